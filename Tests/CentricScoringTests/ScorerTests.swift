import XCTest
import CentricLexicon
import CentricText
@testable import CentricScoring

/// A small lexicon written for these tests, independent of the shipped one.
enum TestLexicon {
    static func make() -> CompiledLexicon {
        var parser = PatternParser()
        func entries(_ language: String, _ patterns: [String], polarity: Polarity? = nil, weight: Double = 1) -> [Entry] {
            patterns.map { Entry(pattern: try! parser.parse($0).get(), language: language, weight: weight, polarity: polarity) }
        }
        let themes = [
            Theme(id: "customer_voice", labels: ["en": "Voice"], entries:
                entries("en", ["listen", "feedback"]) + entries("nl", ["luisteren", "*feedback"])),
            Theme(id: "customer_experience", labels: ["en": "Experience"], entries:
                entries("en", ["helpful", "waiting time"]) + entries("nl", ["behulpzaam", "wachttijd"])),
            Theme(id: "inward_focus", labels: ["en": "Inward"], entries:
                entries("en", ["red tape"], polarity: .negative) + entries("en", ["procedure"], weight: 0.5)),
        ]
        let rules = [
            "en": LanguageRules(language: "en", negators: ["not", "n't", "never", "nobody", "no"], negationPhrases: [["not", "once"]],
                                intensifiers: ["very": 1.5], diminishers: ["somewhat": 0.6], contrast: ["but", "however"], clauseBreakers: ["and", "because"]),
            "nl": LanguageRules(language: "nl", negators: ["niet", "geen", "nooit", "niemand"], negationPhrases: [["geen", "enkele"]],
                                intensifiers: ["heel": 1.5, "erg": 1.5], contrast: ["maar", "echter"], clauseBreakers: ["en", "omdat"]),
        ]
        let sentiment = [
            "en": SentimentLexicon(language: "en", exact: ["helpful": 2, "great": 3, "terrible": -3, "slow": -2, "friendly": 2]),
            "nl": SentimentLexicon(language: "nl", exact: ["behulpzaam": 2, "fijn": 2, "traag": -2, "vriendelijk": 2], prefixes: [("teleurgesteld", -2)]),
        ]
        return CompiledLexicon(Lexicon(themes: themes, rules: rules, sentiment: sentiment, digest: "test"))
    }
}

final class ScorerTests: XCTestCase {
    let scorer = Scorer(lexicon: TestLexicon.make())

    func score(_ text: String, _ language: String) -> DocumentScore {
        let analyzer = Analyzer()
        let analysed = analyzer.analyze(blocks: [text], language: language)
        return scorer.score(analysed, documentID: "d", cache: MatchCache(), analyzer: analyzer)
    }

    func testNegatedMentionCountsForThemeButFlipsSentiment() {
        let positive = score("The agent was helpful.", "en")
        let negative = score("The agent was not helpful.", "en")
        XCTAssertEqual(positive.theme("customer_experience")?.present, true)
        XCTAssertEqual(negative.theme("customer_experience")?.present, true, "a negated mention still discusses the theme")
        XCTAssertEqual(negative.theme("customer_experience")?.negatedHits, 1)
        XCTAssertGreaterThan(positive.sentiment.score, 0)
        XCTAssertLessThan(negative.sentiment.score, 0)
        XCTAssertEqual(negative.sentiment.label, .negative)
        XCTAssertEqual(negative.evidence.first?.negated, true)
    }

    func testEnglishContractionAndNobodyNegate() {
        XCTAssertLessThan(score("They weren't helpful at all", "en").sentiment.score, 0)
        XCTAssertEqual(score("Nobody would listen to my feedback", "en").evidence.map(\.negated), [true, true])
    }

    func testNegationScopeEndsAtClauseBoundaries() {
        let s = score("It was not slow, and the staff were helpful.", "en")
        XCTAssertGreaterThan(s.sentiment.score, 0, "not slow (+) and helpful (+)")
        XCTAssertEqual(s.evidence.first { $0.text == "helpful" }?.negated, false)
    }

    func testDutchPostposedNiet() {
        let s = score("Ze luisterden niet naar mijn klacht.", "nl")
        XCTAssertEqual(s.theme("customer_voice")?.present, true)
        XCTAssertEqual(s.evidence.first?.negated, true)
        XCTAssertLessThan(score("Ik vond het niet fijn.", "nl").sentiment.score, 0)
        XCTAssertGreaterThan(score("Ik vond het fijn.", "nl").sentiment.score, 0)
    }

    func testGeenEnkeleIsOneNegator() {
        let s = score("Geen enkele medewerker was behulpzaam", "nl")
        XCTAssertEqual(s.evidence.first?.negated, true)
        XCTAssertLessThan(s.sentiment.score, 0)
    }

    func testIntensifierStrengthens() {
        XCTAssertGreaterThan(score("very helpful", "en").sentiment.score, score("helpful", "en").sentiment.score)
        XCTAssertLessThan(score("somewhat helpful", "en").sentiment.score, score("helpful", "en").sentiment.score)
    }

    func testContrastWeightsTheLaterClause() {
        let s = score("The staff were friendly but the process was terrible.", "en")
        XCTAssertLessThan(s.sentiment.score, 0)
        let t = score("The process was terrible but the staff were friendly.", "en")
        XCTAssertGreaterThan(t.sentiment.score, 0)
    }

    func testEntryPolarityCarriesSentiment() {
        let s = score("So much red tape.", "en")
        XCTAssertEqual(s.theme("inward_focus")?.present, true)
        XCTAssertLessThan(s.sentiment.score, 0)
        XCTAssertLessThan(s.theme("inward_focus")?.sentiment ?? 0, 0)
    }

    func testWeakEntryAloneDoesNotCarryATheme() {
        let s = score("There is a procedure.", "en")
        XCTAssertEqual(s.theme("inward_focus")?.hits, 1)
        XCTAssertEqual(s.theme("inward_focus")?.present, false)
    }

    func testLongDocumentsNeedMoreThanAPassingMention() {
        let filler = Array(repeating: "The company opened a new office in the city centre last spring.", count: 60).joined(separator: " ")
        let s = score(filler + " Someone mentioned feedback once.", "en")
        XCTAssertEqual(s.theme("customer_voice")?.hits, 1)
        XCTAssertEqual(s.theme("customer_voice")?.present, false)
        XCTAssertNil(s.primaryTheme)
    }

    func testEvidenceOffsetsPointAtTheText() {
        let text = "Één klant: de klantfeedback was traag verwerkt."
        let analyzer = Analyzer(compoundSplitter: CompoundSplitter(words: ["klant", "feedback"]))
        let analysed = analyzer.analyze(blocks: [text], language: "nl")
        let s = scorer.score(analysed, documentID: "d", cache: MatchCache(), analyzer: analyzer)
        let e = try! XCTUnwrap(s.evidence.first)
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[e.charStart..<e.charEnd])), "klantfeedback")
        XCTAssertEqual(e.text, "klantfeedback")
    }

    func testMixedSentiment() {
        let s = score("The staff were great and very friendly. The waiting time was terrible and slow.", "en")
        XCTAssertEqual(s.sentiment.label, .mixed)
    }
}
