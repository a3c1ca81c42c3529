import Foundation

/// Why an input was not turned into a document. Every skip is written to the manifest.
public enum Rejection: Sendable, Equatable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notText(detected: String)
    case unsupported(String)
    case duplicate(of: String)
    case nearDuplicate(of: String, distance: Int)
    case excluded(rule: String)
    case noMainText
    /// A feed item with a title and a link but no content of its own.
    case noContent(String)
    /// robots.txt disallows the URL for Centric; the rule says which line.
    case robotsDisallowed(rule: String)
    /// The server answered 304 Not Modified to the conditional request (`--skip-unchanged`).
    case unchanged

    /// A stable machine-readable code for the manifest.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .tooLarge: "too_large"
        case .notText: "not_text"
        case .unsupported: "unsupported"
        case .duplicate: "duplicate"
        case .nearDuplicate: "near_duplicate"
        case .excluded: "excluded"
        case .noMainText: "no_main_text"
        case .noContent: "no_content"
        case .robotsDisallowed: "robots_disallowed"
        case .unchanged: "unchanged"
        }
    }

    public var description: String {
        switch self {
        case .empty: "the input holds no text"
        case let .tooLarge(bytes, limit):
            "the input is \(bytes) bytes, over the \(limit)-byte limit; raise --max-bytes to read it"
        case let .notText(detected): "the input is binary (\(detected)), not text"
        case let .unsupported(what): "unsupported input: \(what)"
        case let .duplicate(of): "same content as \(of)"
        case let .nearDuplicate(of, distance): "near-duplicate of \(of) (simhash distance \(distance)); use --keep-near-duplicates to keep it"
        case let .excluded(rule): "excluded by \(rule)"
        case .noMainText: "no main text found after removing boilerplate"
        case let .noContent(what): what
        case let .robotsDisallowed(rule): "disallowed by \(rule)"
        case .unchanged: "unchanged since last run (HTTP 304 Not Modified); drop --skip-unchanged to read the cached copy"
        }
    }
}

/// A typed ingest failure: the input could not be read as what it claims to be.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unreadable, malformedRecord, malformedXML, malformedJSON, fetchFailed, undecodable
    }
    public var code: Code
    public var message: String
    /// 1-based line in the input where the problem is, when known.
    public var line: Int?

    public init(_ code: Code, _ message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}

/// What a `Source` reports for each input it meets (file, row, item, URL).
public enum SourceEvent: Sendable {
    case document(Document)
    case skipped(origin: String, Rejection)
    case failed(origin: String, IngestError)
    /// A note that does not change the outcome (e.g. declared and detected encodings disagree).
    case warning(origin: String, String)
}

/// A reader of one kind of input. It streams: each event is handed to `emit` as soon as it is read,
/// so memory does not grow with the size of the input.
public protocol Source: Sendable {
    /// The path or URL this source reads.
    var origin: String { get }
    func read(_ emit: (SourceEvent) throws -> Void) throws
    /// True for sources that read one small input whole and emit a handful of events (a page, a
    /// text file): the pipeline reads many of them in parallel. Record files and feeds stream
    /// and are read one at a time.
    var isSingleDocument: Bool { get }
}

extension Source {
    public var isSingleDocument: Bool { false }
}

extension HTMLPageSource {
    public var isSingleDocument: Bool { true }
}

extension PlainTextSource {
    public var isSingleDocument: Bool { true }
}
