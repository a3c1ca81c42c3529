import CentricScoring
import Foundation

/// `centric eval`: scores every item of a gold JSON-lines file and compares with its labels.
public enum GoldEvaluation {
    public struct Failure: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads a gold file; bad lines are collected, not fatal.
    public static func read(_ data: Data) -> (items: [GoldItem], problems: [Failure]) {
        var items: [GoldItem] = []
        var problems: [Failure] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            do {
                items.append(try decoder.decode(GoldItem.self, from: Data(line)))
            } catch {
                problems.append(Failure(line: lineNumber, message: "not a gold item (needs id, lang, text, themes; sentiment optional): \(error)"))
            }
        }
        return (items, problems)
    }

    /// Scores the items (in parallel, deterministic) and returns the evaluation.
    public static func evaluate(_ items: [GoldItem], engine: Engine, workers: Int) -> Evaluation {
        evaluateWithScores(items, engine: engine, workers: workers).evaluation
    }

    /// Scores the items and returns the evaluation together with every item's score, in item order.
    public static func evaluateWithScores(_ items: [GoldItem], engine: Engine, workers: Int) -> (evaluation: Evaluation, scores: [DocumentScore]) {
        let workerList = (0..<max(1, workers)).map { _ in engine.makeWorker() }
        let results = OrderedParallel.map(count: items.count, threads: workerList.count) { i, thread in
            let worker = workerList[thread]
            let text = worker.analyze(items[i].text.components(separatedBy: "\n\n"), hint: items[i].lang)
            return worker.score(text, id: items[i].id)
        }
        var evaluation = Evaluation(themeIDs: engine.lexicon.lexicon.themeIDs)
        for (item, score) in zip(items, results) {
            evaluation.add(item, predictedThemes: Set(score.presentThemes), predictedSentiment: score.sentiment.label)
        }
        return (evaluation, results)
    }
}
