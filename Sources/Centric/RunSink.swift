import CentricIngest
import CentricScoring

/// What happened to one input, as the manifest records it.
public enum InputOutcome: Sendable, Equatable {
    case processed(documentID: String)
    case skipped(Rejection)
    case failed(IngestError)
}

/// A receiver of a run's results, in input order (ripgrep's sink idea): documents.csv, the
/// evidence lines, the trend aggregate, the manifest and the store are each a sink.
public protocol RunSink {
    mutating func document(_ document: Document, _ score: DocumentScore) throws
    mutating func outcome(origin: String, _ outcome: InputOutcome) throws
    mutating func warning(origin: String, _ message: String) throws
    mutating func finish() throws
}

extension RunSink {
    public mutating func outcome(origin: String, _ outcome: InputOutcome) throws {}
    public mutating func warning(origin: String, _ message: String) throws {}
}
