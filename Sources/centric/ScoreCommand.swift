import ArgumentParser
import Centric
import CentricIngest
import Foundation

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Per-document scores as CSV, or JSON lines with --jsonl (`-` reads JSON-lines documents from stdin).")

    @Argument(help: "Folders, files or URLs; - reads JSON-lines documents from standard input.")
    var sources: [String]

    @Flag(name: .long, help: "Write JSON lines instead of CSV.")
    var jsonl = false

    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .long, help: "Worker threads (default: every core).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount


    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        let engine = try lexicon.engine()
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var config = RunConfiguration(sources: sources, root: root, languages: lexicon.languageList, workers: workers)
        config.ingest = try sourceOptions.ingestOptions(cacheBase: root)
        config.urlLists = sourceOptions.urlLists
        config.keepNearDuplicates = sourceOptions.keepNearDuplicates
        let pipeline = Pipeline(configuration: config, engine: engine)
        let out = FileHandle.standardOutput
        var sinks: [any RunSink] = [ScoreLines(json: jsonl, themeIDs: engine.lexicon.lexicon.themeIDs, digest: engine.lexicon.lexicon.digest) {
            out.write(Data($0.utf8))
        }]
        try pipeline.process(into: &sinks)
    }
}
