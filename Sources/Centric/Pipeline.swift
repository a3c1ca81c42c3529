import CentricIngest
import CentricReport
import CentricScoring
import CentricStore
import CentricTrends
import Foundation
import Logging

/// Carries a batch's scores from the scoring task back to the reading thread, which reads them
/// only after the task's semaphore has signalled.
final class ScoreBox: @unchecked Sendable {
    var scores: [DocumentScore] = []
}

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

        let outputs = TrendOutputs(aggregate: trends.aggregate, options: config.trendOptions,
                                   themeLabels: engine.themeLabels, snippets: trends.orderedSnippets)
        var extras: TrendOutputs.Extras = []
        if config.writeWide { extras.insert(.wide) }
        if config.writePartial { extras.insert(.partial) }
        if config.writeReport { extras.insert(.report) }
        files += try outputs.write(to: out, extras: extras)
        return RunSummary(totals: totals, files: files, lexiconDigest: digest)
    }

    /// Reads every source, scores documents in parallel batches and hands results, outcomes and
    /// warnings to `sinks` in input order. Used by `run` (file sinks) and `score` (stdout).
    public func process(into sinks: inout [any RunSink]) throws {
        let workers = (0..<configuration.workers).map { _ in engine.makeWorker() }
        var deduplicator = Deduplicator(detectNearDuplicates: true)
        var batch: [Document] = []
        var processed = 0
        // Outcomes and warnings met while a batch waits to be scored are held behind it, so every
        // sink sees inputs in input order (a skipped row after a processed one stays after it).
        enum Held {
            case document(Int)
            case outcome(String, InputOutcome)
            case warning(String, String)
        }
        var held: [Held] = []

        // Double buffering: while one batch is scored on the worker threads, this thread writes
        // the previous batch's results and reads the next batch, so reading and writing (serial)
        // overlap with scoring (parallel). Only one batch is ever scored at a time: the workers
        // are not thread-safe.
        var inFlight: (batch: [Document], held: [Held], done: DispatchSemaphore, scores: ScoreBox)?

        func write(_ batch: [Document], _ scores: [DocumentScore], _ held: [Held]) throws {
            for item in held {
                switch item {
                case let .document(index):
                    let (document, score) = (batch[index], scores[index])
                    for i in sinks.indices {
                        try sinks[i].document(document, score)
                        try sinks[i].outcome(origin: document.origin, .processed(documentID: document.id))
                    }
                case let .outcome(origin, outcome):
                    for i in sinks.indices { try sinks[i].outcome(origin: origin, outcome) }
                case let .warning(origin, message):
                    for i in sinks.indices { try sinks[i].warning(origin: origin, message) }
                }
            }
        }

        /// Starts scoring the current batch (after the one in flight has finished) and writes the
        /// finished one; with `draining`, also waits for and writes the batch just started.
        func flush(draining: Bool = false) throws {
            guard !batch.isEmpty || !held.isEmpty || inFlight != nil else { return }
            let previous = inFlight
            previous?.done.wait()
            inFlight = nil
            var heldWithoutBatch: [Held] = []
            if batch.isEmpty {
                heldWithoutBatch = held
            } else {
                let box = ScoreBox()
                let done = DispatchSemaphore(value: 0)
                let shared = Unchecked((batch, workers, box))
                DispatchQueue.global().async {
                    let (batch, workers, box) = shared.value
                    box.scores = Self.score(batch, workers: workers)
                    done.signal()
                }
                inFlight = (batch, held, done, box)
                processed += batch.count
            }
            batch.removeAll(keepingCapacity: true)
            held.removeAll(keepingCapacity: true)
            if let previous { try write(previous.batch, previous.scores.scores, previous.held) }
            try write([], [], heldWithoutBatch)
            logger.debug("scored \(processed) documents")
            if draining, let last = inFlight {
                last.done.wait()
                inFlight = nil
                try write(last.batch, last.scores.scores, last.held)
            }
        }
        func outcome(_ origin: String, _ outcome: InputOutcome) throws {
            guard batch.isEmpty && inFlight == nil else {
                held.append(.outcome(origin, outcome))
                if held.count >= 16 * batchSize { try flush() }
                return
            }
            for i in sinks.indices { try sinks[i].outcome(origin: origin, outcome) }
        }
        func warning(_ origin: String, _ message: String) throws {
            guard batch.isEmpty && inFlight == nil else {
                held.append(.warning(origin, message))
                if held.count >= 16 * batchSize { try flush() }
                return
            }
            for i in sinks.indices { try sinks[i].warning(origin: origin, message) }
        }

        func handle(_ event: SourceEvent) throws {
            switch event {
            case let .document(document):
                switch deduplicator.check(document) {
                case .new: break
                case let .duplicate(original):
                    try outcome(document.origin, .skipped(.duplicate(of: original)))
                    return
                case let .nearDuplicate(original, distance):
                    guard configuration.keepNearDuplicates else {
                        try outcome(document.origin, .skipped(.nearDuplicate(of: original, distance: distance)))
                        return
                    }
                    deduplicator.remember(nearDuplicate: document)
                    try warning(document.origin,
                                "near-duplicate of \(original) (simhash distance \(distance)); kept (--keep-near-duplicates)")
                }
                held.append(.document(batch.count))
                batch.append(document)
                if batch.count >= batchSize { try flush() }
            case let .skipped(origin, rejection):
                try outcome(origin, .skipped(rejection))
            case let .failed(origin, error):
                try outcome(origin, .failed(error))
                logger.warning("\(origin): \(error)")
            case let .warning(origin, message):
                try warning(origin, message)
            }
        }

        // Pages and text files are parsed in parallel windows (extraction is the costly part of
        // reading HTML); their events are then handled in input order. Record files and feeds
        // stream one event at a time.
        var window: [any Source] = []
        func drainWindow() throws {
            guard !window.isEmpty else { return }
            for events in Self.read(window, threads: workers.count) {
                for event in events { try handle(event) }
            }
            window.removeAll(keepingCapacity: true)
        }

        let resolver = InputResolver(options: configuration.ingest)
        func take(_ source: any Source) throws {
            if source.isSingleDocument {
                window.append(source)
                if window.count >= Self.readWindow { try drainWindow() }
                return
            }
            try drainWindow()
            do {
                try source.read(handle)
            } catch let error as IngestError {
                // Events before the error were handled; the rest of the input is lost, and said so.
                try outcome(source.origin, .failed(error))
                logger.warning("\(source.origin): \(error)")
            }
        }
        for argument in configuration.sources {
            try resolver.forEachSource(for: argument, relativeTo: configuration.root, take)
        }
        for list in configuration.urlLists {
            try resolver.forEachURL(inList: list, relativeTo: configuration.root, take)
        }
        try drainWindow()
        try flush(draining: true)
    }

    /// Single-document sources read in parallel at a time.
    static let readWindow = 64

    /// Reads single-document sources on every core; the events come back in source order.
    static func read(_ sources: [any Source], threads: Int) -> [[SourceEvent]] {
        OrderedParallel.map(count: sources.count, threads: threads) { i, _ in
            var events: [SourceEvent] = []
            do {
                try sources[i].read { events.append($0) }
            } catch let error as IngestError {
                events.append(.failed(origin: sources[i].origin, error))
            } catch {
                events.append(.failed(origin: sources[i].origin, IngestError(.unreadable, "\(error)")))
            }
            return events
        }
    }

    /// Scores a batch on every worker; the result is in batch order whatever the thread count.
    static func score(_ batch: [Document], workers: [Worker]) -> [DocumentScore] {
        OrderedParallel.map(count: batch.count, threads: workers.count) { i, thread in
            workers[thread].process(batch[i]).1
        }
    }
}
