import ArgumentParser
import Centric
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Precision, recall and F1 per theme and language, and sentiment accuracy, against a gold JSON-lines file.")

    @Argument(help: "Gold file: JSON lines with id, lang, text, themes, sentiment.")
    var gold: String

    @OptionGroup var lexicon: LexiconOptions

    @Flag(name: .long, help: "List the items the scorer got wrong.")
    var errors = false

    func run() throws {
        let (items, problems) = GoldEvaluation.read(try readInput(gold))
        for p in problems { printError("\(gold): \(p)") }
        guard !items.isEmpty else { throw ValidationError("\(gold) holds no gold item") }
        let evaluation = GoldEvaluation.evaluate(items, engine: try lexicon.engine(), workers: ProcessInfo.processInfo.activeProcessorCount)
        if errors {
            for e in evaluation.errors {
                print("\(e.id)\tmissed=\(e.missed.joined(separator: ","))\textra=\(e.extra.joined(separator: ","))\tsentiment=\(e.gold?.rawValue ?? "-")->\(e.predicted.rawValue)")
            }
            print("")
        }
        print(evaluation.report(), terminator: "")
    }
}
