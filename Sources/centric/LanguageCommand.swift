import ArgumentParser
import Centric
import CentricText
import Foundation

struct LanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Print the language code and confidence of a text (`-` or nothing reads stdin).")

    @Argument(help: "Text to identify, or - for standard input.")
    var text: [String] = []

    @Flag(name: .long, help: "One answer per input line.")
    var lines = false

    @Option(name: .long, help: "Declared language, used as a prior.")
    var hint: String?

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let input: String
        if text.isEmpty || text == ["-"] {
            input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            input = text.joined(separator: " ")
        }
        // The lexicon's words are evidence for short texts; without a lexicon, function words only.
        let identifier = (try? lexicon.engine())?.identifier ?? LanguageIdentifier(languages: lexicon.languageList)
        if lines {
            // A final newline ends the last line; it does not start an empty one.
            let body = input.hasSuffix("\n") ? String(input.dropLast()) : input
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                print(identifier.identify(String(line), hint: hint).description)
            }
        } else {
            print(identifier.identify(input, hint: hint).description)
        }
    }
}
