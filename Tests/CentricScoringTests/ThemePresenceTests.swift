import XCTest
import CentricLexicon
import CentricText
@testable import CentricScoring

/// The presence rule beyond the plain weight threshold: entries that count only where their
/// clause evaluates something, and the share of the strongest theme a second theme must reach.
final class ThemePresenceTests: XCTestCase {
    static func lexicon() -> CompiledLexicon {
        var parser = PatternParser()
        func entry(_ pattern: String, weight: Double = 1, evaluated: Bool = false) -> Entry {
            Entry(pattern: try! parser.parse(pattern).get(), language: "en", weight: weight, evaluated: evaluated)
        }
        let themes = [
            Theme(id: "customer_experience", labels: ["en": "Experience"], entries: [
                entry("=parcel", evaluated: true), entry("waiting time", weight: 2),
            ]),
            Theme(id: "customer_voice", labels: ["en": "Voice"], entries: [
                entry("feedback", weight: 2), entry("listened", weight: 2),
            ]),
            Theme(id: "loyalty", labels: ["en": "Loyalty"], entries: [
                entry("=switch"), entry("recommend"), entry("we recommend", weight: 0),
            ]),
        ]
        let rules = ["en": LanguageRules(language: "en", negators: ["not"], contrast: ["but"], clauseBreakers: ["and"])]
        let sentiment = ["en": SentimentLexicon(language: "en", exact: ["late": -1.5, "lovely": 2.5, "damaged": -2])]
        return CompiledLexicon(Lexicon(themes: themes, rules: rules, sentiment: sentiment, digest: "presence-test"))
    }

    func score(_ text: String, rule: ClassificationRule = ClassificationRule()) -> DocumentScore {
        let analyzer = Analyzer()
        let analysed = analyzer.analyze(blocks: [text], language: "en")
        return Scorer(lexicon: Self.lexicon(), classification: rule)
            .score(analysed, documentID: "d", cache: MatchCache(), analyzer: analyzer)
    }

    func testEvaluatedEntryCountsOnlyInAClauseThatEvaluates() {
        let neutral = score("The parcel arrives on Tuesday.")
        XCTAssertEqual(neutral.theme("customer_experience")?.present, false)
        XCTAssertTrue(neutral.evidence.isEmpty, "an entry that did not count is not shown as evidence")

        let judged = score("The parcel was damaged.")
        XCTAssertEqual(judged.theme("customer_experience")?.present, true)
        XCTAssertEqual(judged.evidence.map(\.entry), ["=parcel"])
    }

    func testEvaluationInAnotherClauseDoesNotCount() {
        // The sentiment sits in the clause after "and", not in the one naming the parcel.
        let other = score("The parcel came on Tuesday and the weather was lovely.")
        XCTAssertEqual(other.theme("customer_experience")?.present, false)
    }

    func testWeakSecondThemeDoesNotRideAlong() {
        // voice 4 (two strong hits), loyalty 1: above the plain threshold, below 0.4 of the strongest.
        let text = "They asked for feedback and listened, so I did not switch."
        let strict = score(text)
        XCTAssertEqual(strict.presentThemes, ["customer_voice"])
        XCTAssertGreaterThan(strict.theme("loyalty")?.confidence ?? 0, 0, "an absent theme still gets a confidence of its absence")

        var lenient = ClassificationRule()
        lenient.minimumShareOfStrongest = 0
        XCTAssertEqual(score(text, rule: lenient).presentThemes, ["customer_voice", "loyalty"])
    }

    func testEqualThemesAreBothPresent() {
        let both = score("The waiting time was long and nobody read my feedback.")
        XCTAssertEqual(both.presentThemes, ["customer_experience", "customer_voice"])
    }

    func testStopPhraseHidesTheShorterEntryAndCountsForNothing() {
        let advice = score("We recommend a restart.")
        XCTAssertEqual(advice.theme("loyalty")?.present, false)
        XCTAssertEqual(advice.theme("loyalty")?.hits, 0)
        XCTAssertTrue(advice.evidence.isEmpty)
        XCTAssertEqual(score("I would recommend them.").theme("loyalty")?.present, true)
    }

    func testPresenceThresholdIsAdjustable() {
        var low = ClassificationRule()
        low.presenceThreshold = 0.5
        XCTAssertEqual(low.threshold(tokens: 10), 0.5)
        XCTAssertEqual(low.threshold(tokens: 600), 1.5, accuracy: 1e-9, "grows with log2 of the length like the default")
        XCTAssertEqual(ClassificationRule().threshold(tokens: 600), 3, accuracy: 1e-9)
    }
}
