import ArgumentParser
import Centric
import CentricLexicon
import Foundation

struct KwicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword-in-context lines (left context, match, right context, origin) for a term, a lexicon entry or a theme.")

    @Argument(help: "A theme id, an entry's pattern as written in the lexicon, or a term (`listen`, `wacht*`, `voice of * customer`).")
    var query: String

    @Argument(help: "Folders, files or URLs to search.")
    var sources: [String]

    @Option(name: .long, help: "Characters of context on each side.")
    var width: Int = 40

    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .long, help: "Worker threads (default: every core).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        guard width > 0 else { throw ValidationError("--width must be positive") }
        let loaded = try LexiconLoader().load(URL(fileURLWithPath: lexicon.lexicons), displayPath: lexicon.lexicons)
        let (resolved, extended): (Kwic.Query, Lexicon)
        do {
            (resolved, extended) = try Kwic.resolve(query, in: loaded.lexicon)
        } catch {
            throw ValidationError("\(error)")
        }
        let engine = Engine(lexicon: extended, issues: loaded.issues, languages: lexicon.languageList)
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let config = RunConfiguration(sources: sources, root: root, languages: lexicon.languageList, workers: workers)
        let pipeline = Pipeline(configuration: config, engine: engine)
        let out = FileHandle.standardOutput
        let width = self.width
        var sinks: [any RunSink] = [Kwic.Sink(query: resolved, width: width) { line in
            out.write(Data((line.formatted(width: width) + "\n").utf8))
        }]
        try pipeline.process(into: &sinks)
        try sinks[0].finish()
    }
}
