import Foundation

/// The documented rule that decides which themes a document carries, which is primary, and
/// the sentiment label.
///
/// **Themes.** A theme is present when the summed weight of its hits reaches a threshold that
/// grows slowly with length: `presenceThreshold` (1.0) up to `shortDocumentTokens` words (one
/// ordinary hit is enough in a review), then that times `1 + log2(words / shortDocumentTokens)`
/// (about 3 for a 600-word article), so a passing mention in a long article does not count while
/// a theme an article is about does; and when it reaches `minimumShareOfStrongest` (0.4) of the
/// score of the document's strongest theme, so that a stray cue of another theme does not ride
/// along. Confidence is `1 - exp(-score / threshold)` for a present theme and `1 - score / bar`
/// for an absent one, where `bar` is the higher of the two conditions. The primary theme is the present theme with the highest score (ties: the
/// lexicon's order); its confidence is its share of the present themes' scores.
///
/// **Sentiment.** Word and phrase valences (VADER scale) are summed per clause: intensifiers
/// and diminishers scale the next sentiment word, a negator in scope reverses it (×-0.74), an
/// entry's own polarity adds ±1.5 × weight, questions count half, and clauses after a contrast
/// word weigh 1.5 (before it 0.5). A negator that reversed nothing adds its own valence when the
/// sentiment lexicon lists one ("Nobody came."). Each sentence's sum is normalised to -1...1
/// (`s / sqrt(s² + 15)`) and the document score is the mean over sentences that carry any
/// sentiment, so a three-page text does not saturate. The label, in this order:
/// 1. `mixed` when the unweighted positive and negative masses both reach `mixedMinimumMass`
///    and the smaller is at least `mixedBalance` of the larger;
/// 2. `mixed` when praise (≥ `contrastTurnMass`) before the text's first contrast word is
///    followed by anything that is not praise ("Friendly staff, but the queue took an hour"),
///    or complaint before it by praise after it;
/// 3. `positive` / `negative` when the score passes ±`neutralBand`, else `neutral`.
///
/// The scorer adds these rules before the label: a star rating (`2 stars`, `4/5`, `8/10`,
/// `3 sterren`) adds its own valence (a middle rating adds praise and complaint alike), a
/// sentence with `please`/`graag` counts half like a question, and a text of at most 30 words
/// that calls itself middling (`fine, nothing special`, `average`, `niks bijzonders`) is
/// `neutral` unless its score reaches ±0.55. `never`/`nooit` followed by `so`/`zo`/`such` is an
/// exclamative ("nog nooit zo slecht geholpen"), not a negation. A valence shifter of the
/// language rules (`fell`, `cleared`, `minder`, `einde aan`) reverses (×-0.8) its clause
/// ("complaints fell" is praise). A waiting time told as waiting ("after 40 minutes", "al 3
/// weken") adds -1.2, repeated contact ("called four times", "drie keer gebeld") -1.2 and
/// "???" -1.0; praise of at most four words in scare quotes does not count, and bare praise
/// beside a complaint ("Great, another hour on hold") is reversed. A text whose stance words
/// all sit in questions or requests is `neutral` unless its score reaches ±0.3 or it asks
/// *why*/*waarom*. After the themes: a neutral third-person text of at least 20 words (no *I,
/// we, you, ik, wij, u*) that carries a theme with `stance: practice` and none with `stance:
/// anti-pattern` is `positive`, a report that endorses the practice.
public struct ClassificationRule: Sendable, Equatable {
    public var shortDocumentTokens: Double = 150
    /// The summed entry weight a theme needs in a short document.
    public var presenceThreshold: Double = 1.0
    /// A present theme must reach this share of the strongest theme's score: a passing cue of
    /// a second theme does not ride along with the theme the text is about.
    public var minimumShareOfStrongest: Double = 0.4
    public var neutralBand: Double = 0.05
    public var mixedMinimumMass: Double = 1.0
    public var mixedBalance: Double = 0.5
    /// The valence a side of a contrast needs to count as praise (or complaint) for `mixed`.
    public var contrastTurnMass: Double = 1.0
    /// What the other side may hold at most: 0 means "anything that is not praise".
    public var contrastTurnOpposite: Double = 0

    public init() {}

    public func threshold(tokens: Int) -> Double {
        let words = Double(tokens)
        return words <= shortDocumentTokens ? presenceThreshold : presenceThreshold * (1.0 + log2(words / shortDocumentTokens))
    }

    /// Whether a theme with `score` is present, given the length threshold and the score of the
    /// document's strongest theme.
    public func isPresent(score: Double, threshold: Double, strongest: Double) -> Bool {
        score >= threshold && score >= minimumShareOfStrongest * strongest
    }

    public func confidence(score: Double, threshold: Double) -> Double {
        confidence(score: score, threshold: threshold, strongest: 0)
    }

    /// How sure the rule is of its decision: `1 - exp(-score / threshold)` for a present theme,
    /// and for an absent one how far the score stays below the bar it missed.
    public func confidence(score: Double, threshold: Double, strongest: Double) -> Double {
        let bar = max(threshold, minimumShareOfStrongest * strongest)
        let c = score >= bar ? 1 - exp(-score / threshold) : 1 - score / bar
        return (c * 1000).rounded() / 1000
    }

    public func primary(_ themes: [ThemeScore]) -> (String?, Double) {
        let present = themes.filter(\.present)
        // With a theme model, its probabilities rank the themes; otherwise the scores do.
        let useProbability = present.contains { $0.probability != nil }
        func key(_ t: ThemeScore) -> Double { useProbability ? t.probability ?? 0 : t.weightedScore }
        guard let best = present.max(by: { key($0) < key($1) }) else { return (nil, 0) }
        // `max` returns the last of equal maxima; take the first in lexicon order instead.
        let first = present.first { key($0) == key(best) }!
        let total = present.reduce(0) { $0 + key($1) }
        return (first.theme, total > 0 ? ((key(first) / total) * 1000).rounded() / 1000 : 0)
    }

    public func sentimentLabel(score: Double, positiveMass: Double, negativeMass: Double) -> SentimentLabel {
        sentimentLabel(score: score, positiveMass: positiveMass, negativeMass: negativeMass, beforeContrast: 0, afterContrast: 0)
    }

    /// The label from the document score, the praise and complaint masses, and the valence
    /// before and after the text's first contrast word (`but`, `maar`; 0 and 0 when none).
    public func sentimentLabel(score: Double, positiveMass: Double, negativeMass: Double,
                               beforeContrast: Double, afterContrast: Double) -> SentimentLabel {
        let small = min(positiveMass, negativeMass), large = max(positiveMass, negativeMass)
        if small >= mixedMinimumMass && small >= mixedBalance * large { return .mixed }
        // "Friendly staff, but the queue took an hour": praise turned by a contrast word into
        // something that is not praise.
        if beforeContrast >= contrastTurnMass && afterContrast <= contrastTurnOpposite { return .mixed }
        if beforeContrast <= -contrastTurnMass && afterContrast >= contrastTurnMass { return .mixed }
        if score >= neutralBand { return .positive }
        if score <= -neutralBand { return .negative }
        return .neutral
    }
}
