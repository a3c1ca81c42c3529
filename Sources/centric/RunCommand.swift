import ArgumentParser
import Centric
import CentricIngest
import CentricTrends
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read sources, score them and write documents.csv, trends.csv, report.html and manifest.json.")

    @Argument(help: "Folders, files or URLs (default: Corpora).")
    var sources: [String] = []

    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .long, help: "Output folder.")
    var out: String = RunConfiguration.defaultOutput

    @Option(name: .long, help: "Trend period: day, week, month, quarter or year.")
    var period: PeriodUnit = .month

    @Option(name: .long, help: "Group trends by fields, comma-separated (source, kind, language, or any CSV column such as channel).")
    var by: String = ""

    @Option(name: .long, help: "Time zone for periods (IANA name).")
    var timeZone: String = "UTC"

    @Option(name: .long, help: "Worker threads (default: every core).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Cells with fewer documents are flagged small_sample.")
    var minDocuments: Int = 10


    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: "Also save documents and scores to this SQLite store.")
    var store: String?

    @Flag(name: .long, help: "Do not write evidence.jsonl.")
    var noEvidence = false
    @Flag(name: .long, help: "Do not write report.html.")
    var noReport = false
    @Flag(name: .long, help: "Also write partial.json, the mergeable aggregate (see `centric merge`).")
    var partial = false
    @Flag(name: .long, help: "Also write trends-wide.csv, one share column per theme.")
    var wide = false

    func validate() throws {
        guard TimeZone(identifier: timeZone) != nil else { throw ValidationError("unknown time zone '\(timeZone)': use an IANA name such as UTC or Europe/Amsterdam") }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var config = RunConfiguration(
            sources: sources.isEmpty ? RunConfiguration.defaultSources : sources, root: root,
            lexicons: URL(fileURLWithPath: lexicon.lexicons), outputDirectory: URL(fileURLWithPath: out), period: period,
            groupBy: by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            timeZone: timeZone, languages: lexicon.languageList, workers: workers,
            ingest: try sourceOptions.ingestOptions(cacheBase: URL(fileURLWithPath: out)),
            writeEvidence: !noEvidence, writeReport: !noReport, trendOptions: TrendOptions(minimumDocuments: minDocuments),
            storePath: store, writePartial: partial, writeWide: wide)
        config.urlLists = sourceOptions.urlLists
        config.keepNearDuplicates = sourceOptions.keepNearDuplicates
        let pipeline = Pipeline(configuration: config, engine: try lexicon.engine())
        let summary = try pipeline.run()
        let t = summary.totals
        print("inputs \(t.inputs): processed \(t.processed), skipped \(t.skipped), failed \(t.failed); warnings \(t.warnings)")
        for file in summary.files { print("wrote \(out)/\(file.lastPathComponent)") }
        if t.processed == 0 && t.inputs > 0 {
            throw ExitCode.failure
        }
    }
}

extension PeriodUnit: ExpressibleByArgument {}
