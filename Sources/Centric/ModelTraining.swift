import CentricLexicon
import CentricScoring
import Foundation

/// `centric lexicon train`: fits the learned layers (`LinearModel`) over the lexicon from a
/// labelled corpus.
///
/// Every item is scored by the lexicon with the documented rules alone (the engine must be built
/// with `useModels: false`), and `ModelFeatures` turns the result and the text into features,
/// the same code the scorer runs when it applies the models. Words and word pairs that occur in
/// fewer than `minimumCount` items are left out, so that no single sentence can teach the model
/// a word. Then, by full-batch gradient descent with an L2 penalty (fixed step and number of
/// rounds, sums in item order: the same data gives the same file, byte for byte):
/// - themes: one logistic regression per theme, present at probability `themeThreshold`;
/// - sentiment: one multinomial logistic regression over the four labels.
public struct ModelTraining {
    public struct Options: Sendable {
        public var minimumCount = 3
        public var l2 = 1.0
        public var rounds = 1500
        public var step = 0.5
        public var themeThreshold = 0.35
        public init() {}
    }

    public let engine: Engine
    public let options: Options

    public init(engine: Engine, options: Options = Options()) {
        precondition(!engine.scorer.useModels, "train on the rules' figures: build the engine with useModels: false")
        self.engine = engine
        self.options = options
    }

    /// One item's features: named lexicon features and the names of its word features.
    struct Example {
        var named: [(String, Double)]
        var words: [String]
    }

    public func train(_ items: [GoldItem], workers: Int) -> (themes: LinearModel, sentiment: LinearModel) {
        let workerList = (0..<max(1, workers)).map { _ in engine.makeWorker() }
        let examples = OrderedParallel.map(count: items.count, threads: workerList.count) { i, thread -> Example in
            let worker = workerList[thread]
            let text = worker.analyze(items[i].text.components(separatedBy: "\n\n"), hint: items[i].lang)
            let score = worker.score(text, id: items[i].id)
            return Example(named: ModelFeatures.lexicon(of: score), words: ModelFeatures.wordNames(text))
        }
        // The feature space: the named features (the same for every item), then the words and
        // pairs frequent enough, in name order.
        let namedNames = examples.first?.named.map(\.0) ?? []
        var documentFrequency: [String: Int] = [:]
        for e in examples { for w in e.words { documentFrequency[w, default: 0] += 1 } }
        let wordNames = documentFrequency.filter { $0.value >= options.minimumCount }.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in namedNames.enumerated() { index[name] = i }
        for (i, name) in wordNames.enumerated() { index[name] = namedNames.count + i }
        let rows = examples.map { e -> [(Int, Double)] in
            var row = e.named.enumerated().compactMap { $0.element.1 != 0 ? ($0.offset, $0.element.1) : nil }
            row += e.words.compactMap { index[$0].map { ($0, 1.0) } }.sorted { $0.0 < $1.0 }
            return row
        }
        let featureCount = namedNames.count + wordNames.count

        let themeIDs = engine.lexicon.lexicon.themeIDs
        let themeTargets = items.map { item in themeIDs.map { item.themes.contains($0) ? 1.0 : 0.0 } }
        let themeWeights = fit(rows: rows, targets: themeTargets, features: featureCount, columns: themeIDs.count, softmax: false)

        let labels = SentimentLabel.allCases.map(\.rawValue)
        var sentimentRows: [[(Int, Double)]] = []
        var sentimentTargets: [[Double]] = []
        for (item, row) in zip(items, rows) {
            guard let gold = item.sentiment else { continue }
            sentimentRows.append(row)
            sentimentTargets.append(labels.map { $0 == gold.rawValue ? 1.0 : 0.0 })
        }
        let sentimentWeights = fit(rows: sentimentRows, targets: sentimentTargets, features: featureCount, columns: labels.count, softmax: true)

        func model(_ kind: LinearModel.Kind, _ columns: [String], _ w: [Double], thresholds: [Double]?) -> LinearModel {
            let c = columns.count
            var named: [String: [Double]] = [:]
            for (i, name) in namedNames.enumerated() { named[name] = Array(w[(i * c)..<((i + 1) * c)]) }
            let words = wordNames.indices.map { j -> [Double] in
                let i = namedNames.count + j
                return Array(w[(i * c)..<((i + 1) * c)])
            }
            return LinearModel(kind: kind, columns: columns, thresholds: thresholds, named: named, words: wordNames, wordWeights: words)
        }
        return (model(.themes, themeIDs, themeWeights, thresholds: Array(repeating: options.themeThreshold, count: themeIDs.count)),
                model(.labels, labels, sentimentWeights, thresholds: nil))
    }

    /// Gradient descent on the mean log loss plus `l2 / n` times half the squared weights.
    /// Weights are laid out feature-major (`w[f * columns + c]`).
    func fit(rows: [[(Int, Double)]], targets: [[Double]], features: Int, columns c: Int, softmax: Bool) -> [Double] {
        var w = [Double](repeating: 0, count: features * c)
        guard !rows.isEmpty else { return w }
        let n = Double(rows.count)
        var gradient = w
        var z = [Double](repeating: 0, count: c)
        for _ in 0..<options.rounds {
            for k in gradient.indices { gradient[k] = options.l2 * w[k] / n }
            for (row, y) in zip(rows, targets) {
                for k in 0..<c { z[k] = 0 }
                for (f, v) in row { for k in 0..<c { z[k] += w[f * c + k] * v } }
                if softmax {
                    let top = z.max()!
                    var sum = 0.0
                    for k in 0..<c { z[k] = exp(z[k] - top); sum += z[k] }
                    for k in 0..<c { z[k] = z[k] / sum - y[k] }
                } else {
                    for k in 0..<c { z[k] = 1 / (1 + exp(-z[k])) - y[k] }
                }
                for (f, v) in row { for k in 0..<c { gradient[f * c + k] += z[k] * v / n } }
            }
            for k in w.indices { w[k] -= options.step * gradient[k] }
        }
        return w
    }
}
