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
        let (evaluation, scores) = GoldEvaluation.evaluateWithScores(items, engine: try lexicon.engine(), workers: ProcessInfo.processInfo.activeProcessorCount)
        if errors {
            let byID = Dictionary(zip(items.map(\.id), scores), uniquingKeysWith: { a, _ in a })
            for e in evaluation.errors {
                var line = "\(e.id)\tmissed=\(e.missed.joined(separator: ","))\textra=\(e.extra.joined(separator: ","))\tsentiment=\(e.gold?.rawValue ?? "-")->\(e.predicted.rawValue)"
                if let s = byID[e.id] {
                    line += String(format: "\tscore=%+.3f pos=%.2f neg=%.2f", s.sentiment.score, s.sentiment.positiveMass, s.sentiment.negativeMass)
                    line += "\tthemes=" + s.themes.filter { $0.hits > 0 }.map { "\($0.theme):\(String(format: "%.1f", $0.weightedScore))" }.joined(separator: ",")
                }
                print(line)
            }
            print("")
        }
        print(evaluation.report(), terminator: "")
    }
}
