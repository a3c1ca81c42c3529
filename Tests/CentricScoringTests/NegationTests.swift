import Foundation
import XCTest
import CentricLexicon
import CentricText
@testable import CentricScoring

/// Negation, intensity, contrast and phrase handling with the shipped lexicons
/// (Lexicons/languages and Lexicons/sentiment), one test per negator of the issue list. These
/// are the documented rules, so the learned models (tested by GoldFloorTests) are off.
final class NegationTests: XCTestCase {
    static let lexicon: CompiledLexicon = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = try! LexiconLoader().load(root.appendingPathComponent("Lexicons"), displayPath: "Lexicons")
        return CompiledLexicon(loaded.lexicon)
    }()
    let scorer = Scorer(lexicon: NegationTests.lexicon, useModels: false)

    func score(_ text: String, _ language: String) -> DocumentScore {
        let analyzer = Analyzer()
        return scorer.score(analyzer.analyze(blocks: [text], language: language), documentID: "t", cache: MatchCache(), analyzer: analyzer)
    }

    func assertNegative(_ text: String, _ language: String, file: StaticString = #filePath, line: UInt = #line) {
        let s = score(text, language)
        XCTAssertLessThan(s.sentiment.score, 0, "\(text)", file: file, line: line)
        XCTAssertEqual(s.sentiment.label, .negative, "\(text)", file: file, line: line)
    }

    // MARK: - English negators

    func testEnglishBaselineIsPositive() {
        XCTAssertEqual(score("The staff were helpful.", "en").sentiment.label, .positive)
    }
    func testNot() { assertNegative("The staff were not helpful.", "en") }
    func testContractedNot() { assertNegative("The staff weren't helpful.", "en") }
    func testNever() { assertNegative("The staff were never helpful.", "en") }
    func testNo() { assertNegative("No friendly word from anyone.", "en") }
    func testNobody() { assertNegative("Nobody was friendly.", "en") }
    func testHardly() { assertNegative("The staff were hardly friendly.", "en") }
    func testNotOnceIsOneNegator() {
        assertNegative("Not once was anyone friendly.", "en")
        XCTAssertTrue(score("Not once did they listen.", "en").evidence.contains { $0.theme == "customer_voice" && $0.negated })
    }
    func testNegationStopsAtClauseBreaker() {
        XCTAssertGreaterThan(score("The room was not clean, and the staff were wonderful and friendly.", "en").sentiment.positiveMass, 0)
    }
    func testNegatorWithoutSentimentWordStillComplains() {
        assertNegative("Nobody came.", "en")
        assertNegative("I called three times. Nobody called back.", "en")
    }
    func testNegatedThemeMentionKeepsTheme() {
        let s = score("Nobody listened to my complaint.", "en")
        XCTAssertEqual(s.theme("customer_voice")?.present, true)
        XCTAssertLessThan(s.sentiment.score, 0)
    }

    // MARK: - Dutch negators

    func testDutchBaselineIsPositive() {
        XCTAssertEqual(score("Het personeel was vriendelijk.", "nl").sentiment.label, .positive)
    }
    func testNietBefore() { assertNegative("Het personeel was niet vriendelijk.", "nl") }
    func testNietAfterTheWordItNegates() {
        assertNegative("Behulpzaam waren ze niet.", "nl")
        assertNegative("Ik vond het gesprek fijn niet.", "nl")
        XCTAssertTrue(score("Ze luisterden niet.", "nl").evidence.contains { $0.theme == "customer_voice" && $0.negated })
    }
    func testGeen() { assertNegative("Geen vriendelijk woord gehoord.", "nl") }
    func testGeenEnkele() { assertNegative("Geen enkele medewerker was vriendelijk.", "nl") }
    func testNooit() { assertNegative("Ze zijn nooit vriendelijk.", "nl") }
    func testNiemand() {
        assertNegative("Niemand was vriendelijk.", "nl")
        assertNegative("Niemand belde terug.", "nl")
    }
    func testNergens() { assertNegative("Nergens was het personeel vriendelijk.", "nl") }
    func testAllerminst() { assertNegative("Het personeel was allerminst vriendelijk.", "nl") }

    // MARK: - Intensity

    func testIntensifiersAndDiminishers() {
        // Words outside theme entries: an entry's own polarity is fixed, not intensified.
        let plain = score("The food was nice.", "en").sentiment.positiveMass
        XCTAssertGreaterThan(score("The food was very nice.", "en").sentiment.positiveMass, plain)
        XCTAssertLessThan(score("The food was somewhat nice.", "en").sentiment.positiveMass, plain)
        let nl = score("De medewerker was vriendelijk.", "nl").sentiment.positiveMass
        XCTAssertGreaterThan(score("De medewerker was heel vriendelijk.", "nl").sentiment.positiveMass, nl)
        XCTAssertGreaterThan(score("De medewerker was echt vriendelijk.", "nl").sentiment.positiveMass, nl)
        XCTAssertLessThan(score("De bezorging was nogal traag.", "nl").sentiment.negativeMass,
                          score("De bezorging was traag.", "nl").sentiment.negativeMass)
    }

    func testSuperIntensifiesOrIsSentimentItself() {
        XCTAssertEqual(score("Het was super.", "nl").sentiment.label, .positive)
        XCTAssertGreaterThan(score("Super lekker eten.", "nl").sentiment.positiveMass,
                             score("Lekker eten.", "nl").sentiment.positiveMass)
    }

    // MARK: - Contrast

    func testContrastTurnsPraiseIntoMixed() {
        XCTAssertEqual(score("Friendly staff, but the queue was terrible.", "en").sentiment.label, .mixed)
        XCTAssertEqual(score("Aardig personeel, maar de wachttijd was vreselijk.", "nl").sentiment.label, .mixed)
    }

    func testLaterClauseWeighsMore() {
        let s = score("The food was great but the service was terrible.", "en")
        XCTAssertLessThan(s.sentiment.score, 0)
        let h = score("However, the agent was helpful.", "en")
        XCTAssertGreaterThan(h.sentiment.score, 0)
    }

    // MARK: - Phrases and sarcasm

    func testSentimentPhrases() {
        assertNegative("Thanks for nothing.", "en")
        assertNegative("De app werkt niet.", "nl")
        assertNegative("Geweldig hoor, weer drie kwartier in de wacht.", "nl")
    }

    // MARK: - Exclamative "never so", ratings, requests and lukewarm one-liners

    func testNeverSoIsAnExclamativeNotANegation() {
        assertNegative("Nog nooit zo slecht behandeld in een winkel.", "nl")
        assertNegative("I have never been treated so badly.", "en")
        XCTAssertEqual(score("Nog nooit zo snel en vriendelijk geholpen.", "nl").sentiment.label, .positive)
        // "not so" stays a negation ("not so good" is a complaint).
        assertNegative("The service was not so good.", "en")
    }

    func testStarRatingsCarryTheWritersStance() {
        assertNegative("1/5. Delivery took three weeks.", "en")
        assertNegative("2 sterren. Bezorging duurde drie weken.", "nl")
        XCTAssertEqual(score("5 stars. Delivered the next morning.", "en").sentiment.label, .positive)
        XCTAssertEqual(score("4/5. Op dinsdag geleverd.", "nl").sentiment.label, .positive)
    }

    func testRequestsCarryLessStanceThanStatements() {
        let request = score("The card reader is broken, please replace it.", "en").sentiment.score
        let statement = score("The card reader is broken, it was replaced.", "en").sentiment.score
        XCTAssertLessThan(statement, 0)
        XCTAssertLessThan(abs(request), abs(statement))
    }

    func testLukewarmOneLinersAreNeutral() {
        XCTAssertEqual(score("Service was fine, nothing special.", "en").sentiment.label, .neutral)
        XCTAssertEqual(score("Prima geholpen, verder niks bijzonders.", "nl").sentiment.label, .neutral)
        XCTAssertEqual(score("It was OK. Not great, not terrible.", "en").sentiment.label, .neutral)
        // Strong words still win over a lukewarm marker.
        XCTAssertEqual(score("Okay, this was the worst and rudest service I have ever had, absolutely appalling.", "en").sentiment.label, .negative)
    }
}
