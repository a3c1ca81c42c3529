import ArgumentParser
import Centric
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every match, negation and theme score of one text (a file path, text, or - for stdin).")

    @Argument(help: "A file, the text itself, or - for standard input.")
    var input: String

    @Option(name: .long, help: "Language of the text (default: detected).")
    var lang: String?

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let text: String
        if input == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else if FileManager.default.fileExists(atPath: input) {
            text = String(decoding: try readInput(input), as: UTF8.self)
        } else {
            text = input
        }
        let engine = try lexicon.engine()
        let worker = engine.makeWorker()
        let analysed = worker.analyze(text.components(separatedBy: "\n\n"), hint: nil, language: lang)
        let score = worker.score(analysed, id: "explain")
        let reasons = engine.scorer.modelReasons(analysed, analyzer: worker.analyzer)
        print(Explanation.render(analysed, score, engine: engine, reasons: reasons), terminator: "")
    }
}
