import Foundation

/// The documented rule that decides which themes a document carries, which is primary, and
/// the sentiment label.
///
/// **Themes.** A theme is present when the summed weight of its hits reaches a threshold that
/// grows slowly with length: 1.0 up to `shortDocumentTokens` words (one ordinary hit is enough in
/// a review), then `1 + log2(words / shortDocumentTokens)` (about 3 for a 600-word article), so
/// a passing mention in a long article does not count while a theme an article is about does.
/// Confidence is `1 - exp(-score / threshold)` for a present theme and `1 - score / threshold`
/// for an absent one. The primary theme is the present theme with the highest score (ties: the
/// lexicon's order); its confidence is its share of the present themes' scores.
///
/// **Sentiment.** `mixed` when both positive and negative clause valences reach
/// `mixedMinimumMass` and the smaller is at least `mixedBalance` of the larger; otherwise
/// `positive` / `negative` when the mean sentence score passes ±`neutralBand`, else `neutral`.
public struct ClassificationRule: Sendable, Equatable {
    public var shortDocumentTokens: Double = 150
    public var neutralBand: Double = 0.05
    public var mixedMinimumMass: Double = 1.0
    public var mixedBalance: Double = 0.5

    public init() {}

    public func threshold(tokens: Int) -> Double {
        let words = Double(tokens)
        return words <= shortDocumentTokens ? 1.0 : 1.0 + log2(words / shortDocumentTokens)
    }

    public func confidence(score: Double, threshold: Double) -> Double {
        let c = score >= threshold ? 1 - exp(-score / threshold) : 1 - score / threshold
        return (c * 1000).rounded() / 1000
    }

    public func primary(_ themes: [ThemeScore]) -> (String?, Double) {
        let present = themes.filter(\.present)
        guard let best = present.max(by: { $0.weightedScore < $1.weightedScore }) else { return (nil, 0) }
        // `max` returns the last of equal maxima; take the first in lexicon order instead.
        let first = present.first { $0.weightedScore == best.weightedScore }!
        let total = present.reduce(0) { $0 + $1.weightedScore }
        return (first.theme, ((first.weightedScore / total) * 1000).rounded() / 1000)
    }

    public func sentimentLabel(score: Double, positiveMass: Double, negativeMass: Double) -> SentimentLabel {
        let small = min(positiveMass, negativeMass), large = max(positiveMass, negativeMass)
        if small >= mixedMinimumMass && small >= mixedBalance * large { return .mixed }
        if score >= neutralBand { return .positive }
        if score <= -neutralBand { return .negative }
        return .neutral
    }
}
