import Foundation

/// One labelled item of a gold file (DESIGN.md): id, language, text, themes, sentiment.
public struct GoldItem: Sendable, Equatable, Decodable {
    public var id: String
    public var lang: String
    public var text: String
    public var themes: [String]
    public var sentiment: SentimentLabel?

    public init(id: String, lang: String, text: String, themes: [String], sentiment: SentimentLabel?) {
        self.id = id
        self.lang = lang
        self.text = text
        self.themes = themes
        self.sentiment = sentiment
    }
}

/// Precision, recall and F1 of one theme (in one language or overall).
public struct ThemeMetrics: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var support: Int { truePositives + falseNegatives }

    mutating func add(gold: Bool, predicted: Bool) {
        switch (gold, predicted) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): break
        }
    }

    static func + (a: ThemeMetrics, b: ThemeMetrics) -> ThemeMetrics {
        ThemeMetrics(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                     falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// Scores predictions against gold labels: per theme and language, macro and micro F1, and
/// sentiment accuracy with a confusion table.
public struct Evaluation: Sendable {
    public let themeIDs: [String]
    /// [language: [theme: metrics]]
    public private(set) var byLanguage: [String: [String: ThemeMetrics]] = [:]
    /// [gold: [predicted: count]]
    public private(set) var confusion: [SentimentLabel: [SentimentLabel: Int]] = [:]
    public private(set) var sentimentByLanguage: [String: (correct: Int, total: Int)] = [:]
    public private(set) var items = 0
    /// Items whose predicted themes or sentiment differ from gold, for `--errors`.
    public private(set) var errors: [(id: String, missed: [String], extra: [String], gold: SentimentLabel?, predicted: SentimentLabel)] = []

    public init(themeIDs: [String]) {
        self.themeIDs = themeIDs
    }

    public mutating func add(_ gold: GoldItem, predictedThemes: Set<String>, predictedSentiment: SentimentLabel) {
        items += 1
        let goldThemes = Set(gold.themes)
        for theme in themeIDs {
            byLanguage[gold.lang, default: [:]][theme, default: ThemeMetrics()].add(gold: goldThemes.contains(theme), predicted: predictedThemes.contains(theme))
        }
        if let g = gold.sentiment {
            confusion[g, default: [:]][predictedSentiment, default: 0] += 1
            var s = sentimentByLanguage[gold.lang] ?? (0, 0)
            s.total += 1
            if g == predictedSentiment { s.correct += 1 }
            sentimentByLanguage[gold.lang] = s
        }
        let missed = goldThemes.subtracting(predictedThemes).sorted()
        let extra = predictedThemes.subtracting(goldThemes).sorted()
        if !missed.isEmpty || !extra.isEmpty || (gold.sentiment != nil && gold.sentiment != predictedSentiment) {
            errors.append((gold.id, missed, extra, gold.sentiment, predictedSentiment))
        }
    }

    public var languages: [String] { byLanguage.keys.sorted() }

    /// Metrics of a theme over all languages.
    public func overall(_ theme: String) -> ThemeMetrics {
        byLanguage.values.reduce(ThemeMetrics()) { $0 + ($1[theme] ?? ThemeMetrics()) }
    }

    /// Mean F1 over themes, in one language or (nil) over the whole file.
    public func macroF1(language: String? = nil) -> Double {
        guard !themeIDs.isEmpty else { return 0 }
        let f1s = themeIDs.map { theme in language.map { byLanguage[$0]?[theme]?.f1 ?? 0 } ?? overall(theme).f1 }
        return f1s.reduce(0, +) / Double(f1s.count)
    }

    /// F1 of all theme decisions pooled, in one language or over the whole file.
    public func microF1(language: String? = nil) -> Double {
        let pooled = themeIDs.reduce(ThemeMetrics()) { sum, theme in
            sum + (language.map { byLanguage[$0]?[theme] ?? ThemeMetrics() } ?? overall(theme))
        }
        return pooled.f1
    }

    public func sentimentAccuracy(language: String? = nil) -> Double {
        if let language {
            guard let s = sentimentByLanguage[language], s.total > 0 else { return 0 }
            return Double(s.correct) / Double(s.total)
        }
        let correct = sentimentByLanguage.values.reduce(0) { $0 + $1.correct }
        let total = sentimentByLanguage.values.reduce(0) { $0 + $1.total }
        return total == 0 ? 0 : Double(correct) / Double(total)
    }

    /// The report `centric eval` prints; its last two lines are `sentiment_accuracy=0.NNN` and
    /// `macro_f1=0.NNN` over the whole file.
    public func report() -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        var out = "items: \(items)\n\n"
        out += pad("theme", 24) + pad("lang", 6) + pad("precision", 11) + pad("recall", 8) + pad("f1", 7) + "support\n"
        for theme in themeIDs {
            for language in languages {
                let m = byLanguage[language]?[theme] ?? ThemeMetrics()
                out += pad(theme, 24) + pad(language, 6) + pad(f(m.precision), 11) + pad(f(m.recall), 8) + pad(f(m.f1), 7) + "\(m.support)\n"
            }
            let m = overall(theme)
            out += pad(theme, 24) + pad("all", 6) + pad(f(m.precision), 11) + pad(f(m.recall), 8) + pad(f(m.f1), 7) + "\(m.support)\n"
        }
        out += "\n"
        for language in languages {
            out += "\(language): macro_f1=\(f(macroF1(language: language))) micro_f1=\(f(microF1(language: language))) sentiment_accuracy=\(f(sentimentAccuracy(language: language)))\n"
        }
        out += "all: macro_f1=\(f(macroF1())) micro_f1=\(f(microF1()))\n\n"
        out += "sentiment confusion (rows gold, columns predicted)\n"
        let labels = SentimentLabel.allCases
        out += pad("", 10) + labels.map { pad($0.rawValue, 10) }.joined() + "\n"
        for g in labels {
            out += pad(g.rawValue, 10) + labels.map { pad(String(confusion[g]?[$0] ?? 0), 10) }.joined() + "\n"
        }
        out += "\nsentiment_accuracy=\(f(sentimentAccuracy()))\nmacro_f1=\(f(macroF1()))\n"
        return out
    }
}
