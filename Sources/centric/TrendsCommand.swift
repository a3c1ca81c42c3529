import ArgumentParser
import Centric
import CentricLexicon
import CentricTrends
import Foundation

/// Output choices shared by `trends` and `merge`: one format to stdout, or every file to a folder.
struct TrendOutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, wide, directions, json, markdown
    }

    @Option(name: .long, help: "What to print without --out: csv (long), wide, directions, json or markdown.")
    var format: Format = .csv

    @Option(name: .long, help: "Write trends.csv, trend_directions.csv, trends.json and trends.md to this folder instead of printing.")
    var out: String?

    @Flag(name: .long, help: "With --out, also write trends-wide.csv.")
    var wide = false
    @Flag(name: .long, help: "With --out, also write report.html.")
    var report = false
    @Flag(name: .long, help: "With --out, also write partial.json.")
    var partial = false

    @Option(name: .long, help: "Cells with fewer documents are flagged small_sample.")
    var minDocuments: Int = 10

    func validate() throws {
        guard minDocuments >= 0 else { throw ValidationError("--min-documents must be 0 or more") }
        if out == nil, wide || report || partial { throw ValidationError("--wide, --report and --partial need --out DIR") }
    }

    var options: TrendOptions { TrendOptions(minimumDocuments: minDocuments) }

    func emit(_ outputs: TrendOutputs) throws {
        if let out {
            var extras: TrendOutputs.Extras = []
            if wide { extras.insert(.wide) }
            if report { extras.insert(.report) }
            if partial { extras.insert(.partial) }
            for file in try outputs.write(to: URL(fileURLWithPath: out), extras: extras) {
                printError("wrote \(out)/\(file.lastPathComponent)")
            }
            return
        }
        let text: String
        switch format {
        case .csv: text = outputs.table.longCSV()
        case .wide: text = outputs.table.wideCSV()
        case .directions: text = outputs.table.directionsCSV()
        case .json: text = outputs.json()
        case .markdown: text = outputs.markdown()
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Options naming the trend source and how to cut it, shared by `trends` and `report`.
struct TrendSourceOptions: ParsableArguments {
    @Option(name: .long, help: "Trend period: day, week, month, quarter or year (default: month; a partial keeps its own).")
    var period: PeriodUnit?

    @Option(name: .long, help: "Group by fields, comma-separated (source, kind, language, primary_theme, sentiment or any record field). A partial can only drop its group fields.")
    var by: String?

    @Option(name: .long, help: "Lexicon folder, for theme order and labels of scores and stores.")
    var lexicons: String = RunConfiguration.defaultLexicons

    var groupList: [String]? {
        by.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    /// The lexicon's themes and labels; without a readable lexicon, `nil` (partials need none).
    func lexicon() -> Lexicon? { Self.lexicon(lexicons) }

    static func lexicon(_ path: String) -> Lexicon? {
        try? LexiconLoader().load(URL(fileURLWithPath: path), displayPath: path).lexicon
    }

    /// Theme labels from the lexicon at `path`, or none (ids are shown) when it cannot be read.
    static func labels(_ path: String) -> [String: String] {
        Dictionary((lexicon(path)?.themes ?? []).map { ($0.id, $0.label("en")) }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads `path` (or stdin for `-`) as scores, a store or a partial.
    func load(_ path: String, options: TrendOptions) throws -> TrendOutputs {
        let kind: TrendInputKind
        if path == "-" {
            kind = .scores
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw ValidationError("cannot read \(path): no such file, or not readable") }
            kind = TrendInputKind.detect(handle.readData(ofLength: 4096))
            try? handle.close()
        }
        let lexicon = lexicon()
        let labels = Dictionary((lexicon?.themes ?? []).map { ($0.id, $0.label("en")) }, uniquingKeysWith: { a, _ in a })
        switch kind {
        case .partial:
            let aggregate = try TrendInputs.aggregate(partial: try readInput(path), period: period, groupBy: groupList)
            return TrendOutputs(aggregate: aggregate, options: options, themeLabels: labels)
        case .scores, .store:
            guard let lexicon else {
                throw ValidationError("cannot load the lexicon at \(lexicons) (--lexicons): scores and stores need it for the list of themes")
            }
            let inputs = TrendInputs(unit: period ?? .month, groupBy: groupList ?? [], themeIDs: lexicon.themeIDs, fallbackDigest: lexicon.digest)
            let aggregate: TrendAggregate
            if kind == .store {
                aggregate = try inputs.aggregate(store: path) { printError("warning: \($0)") }
            } else {
                let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)!
                aggregate = try inputs.aggregate(scoresFrom: handle)
            }
            if aggregate.lexiconDigest != lexicon.digest {
                printError("warning: the scores were made with lexicon \(aggregate.lexiconDigest.prefix(12)), not with \(lexicons) (\(lexicon.digest.prefix(12))); themes follow \(lexicons)")
            }
            return TrendOutputs(aggregate: aggregate, options: options, themeLabels: labels)
        case .trendsJSON:
            throw ValidationError("\(path) is a trends.json table: its counts per cell are final; use it with `centric report --from`")
        }
    }
}

struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "Trend tables from scores (`centric score --jsonl`), a SQLite store (`run --store`) or a partial.json.",
        discussion: """
        The input kind is recognised from its content; `-` reads score JSON lines from stdin. Scores carry \
        the publication day in UTC, so periods are UTC calendar periods. Prints the long CSV (or --format) \
        unless --out names a folder.
        """)

    @Argument(help: "SCORES.jsonl, store.sqlite or partial.json (- for score lines on stdin).")
    var input: String

    @OptionGroup var source: TrendSourceOptions
    @OptionGroup var output: TrendOutputOptions

    func run() throws {
        do {
            try output.emit(try source.load(input, options: output.options))
        } catch let error as TrendInputError {
            throw ValidationError(error.description)
        } catch let error as TrendAggregate.MergeError {
            throw ValidationError(error.description)
        }
    }
}
