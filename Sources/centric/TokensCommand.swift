import ArgumentParser
import Centric
import Foundation

struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Tokens of standard input, one per line: token, kind, normalized [, stem, parts].")

    @Option(name: .long, help: "Language of the text (default: detected).")
    var lang: String?

    @Flag(name: .long, help: "Add the Snowball stem and Dutch compound parts.")
    var stem = false

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let worker = try lexicon.engine().makeWorker()
        for line in TokenListing.lines(text, language: lang, withStems: stem, worker: worker) {
            print(line)
        }
    }
}
