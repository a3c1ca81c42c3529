import CentricIngest
import CentricLexicon
import CentricScoring
import Foundation

/// Totals of a run; `inputs == processed + skipped + failed` always holds.
public struct RunTotals: Sendable, Equatable {
    public var inputs = 0
    public var processed = 0
    public var skipped = 0
    public var failed = 0
    public var warnings = 0
}

/// `manifest.json`: every input (file, row, item, URL) and what became of it, streamed as the run
/// goes so it never holds a million entries in memory, then the totals. No timestamps: the same
/// input gives the same manifest, byte for byte.
struct ManifestWriter: RunSink {
    private let file: OutputFile
    private let encoder: JSONEncoder
    private var firstInput = true
    private var warnings: [[String: String]] = []
    private(set) var totals = RunTotals()
    static let warningLimit = 10_000

    init(url: URL, configuration: RunConfiguration, digest: String, lexiconIssues: [LexiconIssue]) throws {
        file = try OutputFile(url)
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let config: [String: [String]] = [
            "sources": configuration.sources, "by": configuration.groupBy, "languages": configuration.languages,
            "period": [configuration.period.rawValue], "time_zone": [configuration.timeZoneName],
        ]
        let issues = lexiconIssues.map {
            ["location": $0.location.description, "severity": $0.severity.rawValue, "message": $0.message, "fix": $0.fix]
        }
        try file.write("{\n\"centric_version\": \(json(CentricVersion.string)),\n\"lexicon_digest\": \(json(digest)),\n")
        try file.write("\"configuration\": \(try json(config)),\n\"lexicon_issues\": \(try json(issues)),\n\"inputs\": [\n")
    }

    private func json(_ s: String) -> String {
        String(decoding: (try? encoder.encode(s)) ?? Data("\"\"".utf8), as: UTF8.self)
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One input's line of the manifest, keys in sorted order. Written by hand: one per input on
    /// the serial path, where `JSONEncoder` was a measurable cost.
    struct Entry {
        var origin: String
        var outcome: String
        var document: String?
        var code: String?
        var reason: String?
        var line: Int?

        var json: String {
            var out = "{"
            if let code { out += "\"code\":" + JSONText.string(code) + "," }
            if let document { out += "\"document\":" + JSONText.string(document) + "," }
            if let line { out += "\"line\":\(line)," }
            out += "\"origin\":" + JSONText.string(origin) + ",\"outcome\":" + JSONText.string(outcome)
            if let reason { out += ",\"reason\":" + JSONText.string(reason) }
            return out + "}"
        }
    }

    mutating func document(_ document: Document, _ score: DocumentScore) throws {}

    mutating func outcome(origin: String, _ outcome: InputOutcome) throws {
        totals.inputs += 1
        let entry: Entry
        switch outcome {
        case let .processed(id):
            totals.processed += 1
            entry = Entry(origin: origin, outcome: "processed", document: id)
        case let .skipped(rejection):
            totals.skipped += 1
            entry = Entry(origin: origin, outcome: "skipped", code: rejection.code, reason: rejection.description)
        case let .failed(error):
            totals.failed += 1
            entry = Entry(origin: origin, outcome: "failed", code: error.code.rawValue, reason: error.message, line: error.line)
        }
        try file.write((firstInput ? "" : ",\n") + entry.json)
        firstInput = false
    }

    mutating func warning(origin: String, _ message: String) throws {
        totals.warnings += 1
        if warnings.count < Self.warningLimit { warnings.append(["origin": origin, "message": message]) }
    }

    mutating func finish() throws {
        try file.write("\n],\n\"warnings\": \(try json(warnings)),\n")
        let t = ["inputs": totals.inputs, "processed": totals.processed, "skipped": totals.skipped, "failed": totals.failed, "warnings": totals.warnings]
        try file.write("\"totals\": \(try json(t))\n}\n")
        try file.close()
    }
}
