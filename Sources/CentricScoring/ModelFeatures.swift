import CentricLexicon
import CentricText
import Foundation

/// What the learned models (`LinearModel`) read from one document, built by the same code when
/// they are trained and when they are applied, so that the two can never disagree.
///
/// Lexicon features: `bias`; per theme its summed entry weight (`score:`, as `log(1 + s)`), its
/// share of the strongest theme's score (`share:`) and the threshold rule's decision (`rule:`);
/// the document sentiment (`sentiment`, `stance` = its size), the praise and complaint masses
/// (`praise`, `complaint`, as `log(1 + m)`), the rule's sentiment label
/// (`label:`) and the length (`length`, `log(1 + words) / 5`). Word features: each distinct
/// stem of a word (`w:`), and each distinct pair of adjacent word stems in one sentence (`b:`),
/// counted once per document whatever their frequency, so long texts do not outvote short ones.
public enum ModelFeatures {
    /// The lexicon features of a document scored by the rules, by name, in a fixed order.
    public static func lexicon(of ruleScore: DocumentScore) -> [(String, Double)] {
        Array(zip(names(themes: ruleScore.themes.map(\.theme)),
                  values(themes: ruleScore.themes, sentiment: ruleScore.sentiment, words: ruleScore.tokenCount)))
    }

    /// The names of the lexicon features, in the order `values` gives them.
    public static func names(themes: [String]) -> [String] {
        typealias F = LinearModel.Feature
        var out = [F.bias]
        for id in themes { out += [F.score(id), F.share(id), F.rule(id)] }
        out += [F.sentiment, F.stance, F.praise, F.complaint, F.length]
        out += SentimentLabel.allCases.map { F.label($0.rawValue) }
        return out
    }

    /// The values of the lexicon features, in the order of `names`.
    static func values(themes: [ThemeScore], sentiment: SentimentScore, words: Int) -> [Double] {
        var out: [Double] = [1]
        out.reserveCapacity(1 + 3 * themes.count + 5 + SentimentLabel.allCases.count)
        let strongest = themes.map(\.weightedScore).max() ?? 0
        for t in themes {
            out.append(log1p(t.weightedScore))
            out.append(strongest > 0 ? t.weightedScore / strongest : 0)
            out.append(t.present ? 1 : 0)
        }
        out.append(sentiment.score)
        out.append(abs(sentiment.score))
        out.append(log1p(sentiment.positiveMass))
        out.append(log1p(sentiment.negativeMass))
        out.append(log1p(Double(words)) / 5)
        for label in SentimentLabel.allCases { out.append(sentiment.label == label ? 1 : 0) }
        return out
    }

    /// The stem of a word token as the model names it.
    static func stemKey(_ text: AnalyzedText, _ i: Int) -> String { text.stem(i).lowercased() }

    /// Word and pair feature names of a text, each once, in order of first occurrence (for
    /// training, when no vocabulary exists yet).
    public static func wordNames(_ text: AnalyzedText) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        func add(_ name: String) { if seen.insert(name).inserted { out.append(name) } }
        for sentence in text.sentences {
            var previous: String?
            for i in sentence {
                guard text.tokens[i].kind == .word else { previous = nil; continue }
                let stem = stemKey(text, i)
                add("w:" + stem)
                if let p = previous { add("b:" + p + "_" + stem) }
                previous = stem
            }
        }
        return out
    }

    /// Feature ids of the model's word and pair features present in a text, each once, sorted.
    public static func wordIDs(_ text: AnalyzedText, model: LinearModel, cache: ModelStemCache) -> [Int32] {
        var ids: [Int32] = []
        for sentence in text.sentences {
            var previous: Int32 = -1
            for i in sentence {
                guard text.tokens[i].kind == .word else { previous = -1; continue }
                let id = cache.id(text.stems[i]) { model.stemIndex[stemKey(text, i)] ?? -1 }
                if id >= 0 { ids.append(id) }
                if previous != -1, id != -1, let pair = model.pairIndex[LinearModel.pairKey(previous, id)] { ids.append(pair) }
                previous = id
            }
        }
        ids.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(ids.count)
        for id in ids where unique.last != id { unique.append(id) }
        return unique
    }
}


/// Why the learned models decided as they did: for each theme the model knows, and for the
/// sentiment label it chose, the features present in the text with what each added to the
/// decision's linear score, largest effect first.
public struct ModelReasons: Sendable {
    public var themes: [String: [(feature: String, value: Double)]] = [:]
    public var sentiment: [(feature: String, value: Double)] = []

    public init() {}
}

extension Scorer {
    public func modelReasons(_ text: AnalyzedText, analyzer: Analyzer?) -> ModelReasons {
        var reasons = ModelReasons()
        guard lexicon.lexicon.themeModel != nil || lexicon.lexicon.sentimentModel != nil else { return reasons }
        // The models read what the rules decided: score again with the models off.
        let ruleScore = Scorer(lexicon: lexicon, classification: classification, useModels: false)
            .score(text, documentID: "", cache: MatchCache(), analyzer: analyzer)
        let features = ModelFeatures.lexicon(of: ruleScore)
        if let model = lexicon.lexicon.themeModel {
            let ids = ModelFeatures.wordIDs(text, model: model, cache: ModelStemCache())
            for (c, theme) in model.columns.enumerated() { reasons.themes[theme] = model.contributions(c, named: features, words: ids) }
        }
        if let model = lexicon.lexicon.sentimentModel {
            let ids = ModelFeatures.wordIDs(text, model: model, cache: ModelStemCache())
            let p = model.probabilities(named: features, words: ids)
            let best = p.indices.reduce(0) { p[$1] > p[$0] ? $1 : $0 }
            reasons.sentiment = model.contributions(best, named: features, words: ids)
        }
        return reasons
    }
}
