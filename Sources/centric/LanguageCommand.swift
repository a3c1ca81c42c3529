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

    @Option(name: .long, help: "Measure accuracy on a labelled TSV (id, lang, text), e.g. Corpora/language/labelled.tsv.")
    var evaluate: String?

    @Flag(name: .long, help: "With --evaluate: do not list the misses.")
    var summary = false

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        // The lexicon's words are evidence for short texts; without a lexicon, function words only.
        let identifier = (try? lexicon.engine())?.identifier ?? LanguageIdentifier(languages: lexicon.languageList)
        if let evaluate {
            let items: [LanguageEvaluation.Item]
            do {
                items = try LanguageEvaluation.load(URL(fileURLWithPath: evaluate))
            } catch {
                throw ValidationError("cannot read \(evaluate): \(error.localizedDescription)")
            }
            print(LanguageEvaluation(items: items, identifier: identifier, hint: hint).report(showMisses: !summary))
            return
        }
        let input: String
        if text.isEmpty || text == ["-"] {
            input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            input = text.joined(separator: " ")
        }
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
