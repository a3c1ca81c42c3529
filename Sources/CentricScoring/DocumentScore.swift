/// The sentiment label of a document or mention.
public enum SentimentLabel: String, Sendable, Codable, CaseIterable {
    case positive, negative, neutral, mixed
}

/// One lexicon match kept as evidence: what matched, where, and how it counted.
public struct Evidence: Sendable, Equatable, Codable {
    public var theme: String
    /// The entry's pattern as written in the lexicon.
    public var entry: String
    /// `file:line` of the entry in the lexicon.
    public var entryLocation: String?
    /// The matched text as written.
    public var text: String
    /// Token index range (half-open).
    public var tokenStart: Int
    public var tokenEnd: Int
    /// Offsets in Unicode scalars (code points) into the document text, half-open, as Python and
    /// JavaScript count them.
    public var charStart: Int
    public var charEnd: Int
    public var negated: Bool
    public var weight: Double
    /// Sentiment of the mention in -1...1 (its clause's valence, flipped when negated).
    public var sentiment: Double
}

/// A theme's score in one document.
public struct ThemeScore: Sendable, Equatable {
    public var theme: String
    public var hits: Int
    public var negatedHits: Int
    /// Sum of the weights of the hits (with contrast weighting).
    public var weightedScore: Double
    /// Hits per 1,000 word tokens.
    public var ratePer1k: Double
    /// Mean sentiment of the theme's mentions, -1...1 (0 when none).
    public var sentiment: Double
    /// True when the classification rule says the document carries the theme.
    public var present: Bool
    /// 0...1: how sure the rule (or the theme model) is that the theme is present (or absent).
    public var confidence: Double
    /// The theme model's probability that the theme is present (nil when no model decided).
    public var probability: Double? = nil
}

/// Document-level sentiment.
public struct SentimentScore: Sendable, Equatable {
    /// -1...1, the mean of the sentiment-bearing sentences' normalised valences.
    public var score: Double
    public var label: SentimentLabel
    /// Share of sentiment-bearing sentences that are positive / negative.
    public var positiveShare: Double
    public var negativeShare: Double
    /// Summed positive and negative clause valences (VADER scale, before contrast weighting):
    /// how much praise and how much complaint the text holds; `mixed` is read from these.
    public var positiveMass: Double = 0
    public var negativeMass: Double = 0
    /// The sentiment model's probability of `label` (nil when the rule decided).
    public var labelProbability: Double? = nil
}

/// What scoring produces for one document; plain values, safe to send between threads.
public struct DocumentScore: Sendable, Equatable {
    public var documentID: String
    public var language: String
    public var languageConfidence: Double
    /// Word and number tokens.
    public var tokenCount: Int
    /// One per lexicon theme, in lexicon order.
    public var themes: [ThemeScore]
    public var sentiment: SentimentScore
    /// The present theme with the highest score, if any.
    public var primaryTheme: String?
    public var primaryConfidence: Double
    public var evidence: [Evidence]

    public func theme(_ id: String) -> ThemeScore? { themes.first { $0.theme == id } }
    public var presentThemes: [String] { themes.filter(\.present).map(\.theme) }
}
