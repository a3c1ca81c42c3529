import CentricIngest
import CentricReport
import CentricScoring
import CentricStore
import CentricTrends
import Foundation
import Logging
import Synchronization

/// What a run produced.
public struct RunSummary: Sendable {
    public var totals: RunTotals
    public var files: [URL]
    public var lexiconDigest: String
}

/// The whole job: read every source, analyse and score documents on every core, and write
/// documents.csv, evidence.jsonl, trends.csv, report.html and manifest.json.
///
/// Reading is sequential and streaming (sources emit one event at a time); documents are
/// scored in batches, in parallel, by per-thread workers; results go to the sinks in input
/// order. Memory is bounded by the batch size, not the corpus; output does not depend on the
/// number of threads.
public final class Pipeline {
    public let configuration: RunConfiguration
    public let engine: Engine
    /// Documents scored per parallel batch.
    public var batchSize = 256
    /// Where failed inputs and progress are reported (the CLI sends it to stderr).
    public var logger = Logger(label: "centric.pipeline")

    public init(configuration: RunConfiguration, engine: Engine) {
        self.configuration = configuration
        self.engine = engine
    }

    public func run() throws -> RunSummary {
        let config = configuration
        let out = config.outputDirectory
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let themeIDs = engine.lexicon.lexicon.themeIDs
        let digest = engine.lexicon.lexicon.digest
        var files: [URL] = []
        func file(_ name: String) -> URL {
            let url = out.appendingPathComponent(name)
            files.append(url)
            return url
        }

        let manifest = try ManifestWriter(url: file("manifest.json"), configuration: config, digest: digest, lexiconIssues: engine.lexiconIssues)
        var sinks: [any RunSink] = [manifest, try DocumentsTable(url: file("documents.csv"), themeIDs: themeIDs, digest: digest)]
        if config.writeEvidence { sinks.append(try EvidenceLog(url: file("evidence.jsonl"))) }
        if let path = config.storePath {
            let store = try Store(path: path)
            sinks.append(StoreSink(store: StoreHandle(store: store, run: try store.beginRun(lexiconDigest: digest, version: CentricVersion.string))))
        }
        sinks.append(TrendCollector(configuration: config, themeIDs: themeIDs, digest: digest))

        try process(into: &sinks)
        for i in sinks.indices { try sinks[i].finish() }
        let totals = (sinks[0] as! ManifestWriter).totals
        let trends = sinks.last as! TrendCollector

        let table = TrendTable(trends.aggregate, options: config.trendOptions)
        try table.longCSV(significance: config.trendOptions.significance).write(to: file("trends.csv"), atomically: true, encoding: .utf8)
        if config.writeWide {
            try table.wideCSV().write(to: file("trends-wide.csv"), atomically: true, encoding: .utf8)
        }
        if config.writePartial {
            try PartialFile.encode(trends.aggregate).write(to: file("partial.json"))
        }
        if config.writeReport {
            let labels = Dictionary(uniqueKeysWithValues: engine.lexicon.lexicon.themes.map { ($0.id, $0.label("en")) })
            let input = ReportInput(table: TrendTable(trends.overall, options: config.trendOptions), themeLabels: labels,
                                    snippets: trends.orderedSnippets, version: CentricVersion.string, documents: totals.processed)
            try ReportRenderer().render(input).write(to: file("report.html"), atomically: true, encoding: .utf8)
        }
        return RunSummary(totals: totals, files: files, lexiconDigest: digest)
    }

    /// Reads every source, scores documents in parallel batches and hands results, outcomes and
    /// warnings to `sinks` in input order. Used by `run` (file sinks) and `score` (stdout).
    public func process(into sinks: inout [any RunSink]) throws {
        let workers = (0..<configuration.workers).map { _ in engine.makeWorker() }
        var deduplicator = Deduplicator()
        var batch: [Document] = []
        var processed = 0

        func flush() throws {
            guard !batch.isEmpty else { return }
            let scores = Self.score(batch, workers: workers)
            for (document, score) in zip(batch, scores) {
                for i in sinks.indices {
                    try sinks[i].document(document, score)
                    try sinks[i].outcome(origin: document.origin, .processed(documentID: document.id))
                }
            }
            processed += batch.count
            logger.debug("scored \(processed) documents")
            batch.removeAll(keepingCapacity: true)
        }
        func outcome(_ origin: String, _ outcome: InputOutcome) throws {
            for i in sinks.indices { try sinks[i].outcome(origin: origin, outcome) }
        }

        let resolver = InputResolver(options: configuration.ingest)
        for argument in configuration.sources {
            for source in resolver.sources(for: argument, relativeTo: configuration.root) {
                do {
                    try source.read { event in
                        switch event {
                        case let .document(document):
                            if let original = deduplicator.duplicate(of: document) {
                                try outcome(document.origin, .skipped(.duplicate(of: original)))
                                return
                            }
                            batch.append(document)
                            if batch.count >= batchSize { try flush() }
                        case let .skipped(origin, rejection):
                            try outcome(origin, .skipped(rejection))
                        case let .failed(origin, error):
                            try outcome(origin, .failed(error))
                            logger.warning("\(origin): \(error)")
                        case let .warning(origin, message):
                            for i in sinks.indices { try sinks[i].warning(origin: origin, message) }
                        }
                    }
                } catch let error as IngestError {
                    try outcome(source.origin, .failed(error))
                    logger.warning("\(source.origin): \(error)")
                }
            }
        }
        try flush()
    }

    /// Scores a batch on every worker; the result is in batch order whatever the thread count.
    static func score(_ batch: [Document], workers: [Worker]) -> [DocumentScore] {
        let results = UnsafeMutableBufferPointer<DocumentScore?>.allocate(capacity: batch.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let shared = Unchecked((batch, workers, results))
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers.count) { w in
            let (batch, workers, results) = shared.value
            while true {
                let i = next.increment()
                guard i < batch.count else { break }
                results[i] = workers[w].process(batch[i]).1
            }
        }
        return results.map { $0! }
    }
}

/// Hands non-Sendable values to `concurrentPerform`: each worker object is used by exactly one
/// iteration, and each result slot is written by exactly one thread.
struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A shared work counter for load balancing across threads.
final class Counter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}
