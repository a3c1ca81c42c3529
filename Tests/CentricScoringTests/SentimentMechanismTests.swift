import Foundation
import XCTest
import CentricLexicon
import CentricText
@testable import CentricScoring

/// Valence shifters, negated friction, complaint markers, scare quotes, plain questions and
/// derived Dutch words, with the shipped lexicons and the learned models off (these are the
/// documented rules the models read). The sentences are written for these tests.
final class SentimentMechanismTests: XCTestCase {
    let scorer = Scorer(lexicon: NegationTests.lexicon, useModels: false)

    func score(_ text: String, _ language: String) -> DocumentScore {
        let analyzer = Analyzer()
        return scorer.score(analyzer.analyze(blocks: [text], language: language), documentID: "t", cache: MatchCache(), analyzer: analyzer)
    }

    func assertLabel(_ text: String, _ language: String, _ label: SentimentLabel, file: StaticString = #filePath, line: UInt = #line) {
        let s = score(text, language)
        XCTAssertEqual(s.sentiment.label, label, "\(text) scored \(s.sentiment.score)", file: file, line: line)
    }

    // MARK: - Valence shifters

    func testShifterListsAreLoaded() {
        let rules = NegationTests.lexicon.lexicon.rules
        XCTAssertTrue(rules["en"]?.shifters.contains(["fell"]) ?? false)
        XCTAssertTrue(rules["nl"]?.shifters.contains(["einde", "aan"]) ?? false)
    }
    func testReducedNegativeIsPositive() {
        assertLabel("Since the new process started, complaints have fallen sharply.", "en", .positive)
        assertLabel("Sinds de nieuwe werkwijze is het aantal klachten flink gedaald.", "nl", .positive)
        assertLabel("De directie maakte een einde aan de eindeloze wachtrijen.", "nl", .positive)
    }
    func testWithoutShifterTheSameNounIsNegative() {
        assertLabel("Since the new process started, complaints have risen sharply.", "en", .negative)
    }
    func testReducedPositiveIsNegative() {
        assertLabel("Trust in the company has fallen.", "en", .negative)
        assertLabel("Het vertrouwen in de bank is gedaald.", "nl", .negative)
    }
    func testShifterReachesRelativeClause() {
        assertLabel("We now have fewer customers who wait on hold.", "en", .positive)
    }
    func testNegatedShifterShiftsNothing() {
        assertLabel("Complaints have not fallen.", "en", .negative)
    }

    // MARK: - Negated friction and "instead of"

    func testNegatedFrictionIsPositive() {
        assertLabel("I never had to chase anyone.", "en", .positive)
        assertLabel("No paperwork and no queue.", "en", .positive)
        assertLabel("Ik hoefde nergens achteraan te bellen.", "nl", .positive)
    }
    func testNegatorThatReversedAWordAddsNoValenceOfItsOwn() {
        let s = score("I never had to chase anyone.", "en")
        XCTAssertEqual(s.sentiment.negativeMass, 0)
    }
    func testInsteadOfRejectsWhatFollows() {
        assertLabel("The nurse called the doctor herself instead of waiting for the morning round.", "en", .positive)
        assertLabel("Ze belde zelf de arts in plaats van te wachten.", "nl", .positive)
    }

    func testPrepositionalNegatorReachesOnlyItsPhrase() {
        // "zonder" negates "enige uitleg", not the cancelled subscription further on.
        assertLabel("Zonder enige uitleg werd mijn abonnement opgezegd.", "nl", .negative)
        assertLabel("Sorted without any hassle.", "en", .positive)
    }

    // MARK: - Complaint markers

    func testWaitingTimeIsAComplaint() {
        assertLabel("My parcel arrived after 12 days.", "en", .negative)
        assertLabel("Mijn pakket kwam pas na 12 dagen.", "nl", .negative)
    }
    func testDeliveryWithinADurationIsNoComplaint() {
        XCTAssertEqual(score("Delivered within 2 days.", "en").sentiment.negativeMass, 0)
    }
    func testRepeatedContactIsEffort() {
        assertLabel("I called four times about this.", "en", .negative)
        assertLabel("Ik heb al drie keer gebeld.", "nl", .negative)
        XCTAssertEqual(score("Het is drie keer zo belangrijk.", "nl").sentiment.negativeMass, 0)
    }
    func testRepeatedQuestionMarksAreExasperation() {
        assertLabel("Where is my order???", "en", .negative)
    }

    // MARK: - Sarcasm and scare quotes

    func testScareQuotedPraiseDoesNotCount() {
        XCTAssertEqual(score("The brochure promises a 'great' experience.", "en").sentiment.positiveMass, 0)
        XCTAssertGreaterThan(score("The brochure promises a great experience.", "en").sentiment.positiveMass, 0)
    }
    func testSarcasticVerdicts() {
        assertLabel("Alleen 'tevreden' en 'zeer tevreden' als keuze. Zegt genoeg.", "nl", .negative)
        assertLabel("Bedankt voor niks.", "nl", .negative)
    }

    // MARK: - Plain questions

    func testPlainQuestionIsNeutral() {
        assertLabel("Does the premium plan include free delivery?", "en", .neutral)
    }
    func testWhyQuestionKeepsItsComplaint() {
        assertLabel("Why does nobody ever answer the phone?", "en", .negative)
    }

    // MARK: - Derived Dutch words

    func testDutchCompoundTakesItsHeadsValence() {
        XCTAssertLessThan(scorer.valence(of: "facturatiefout", language: "nl") ?? 0, 0)
        assertLabel("Er zat een facturatiefout in mijn rekening.", "nl", .negative)
    }
    func testShortPositiveHeadIsNotASuffix() {
        // -kundige in "verpleegkundige" (nurse) is a suffix, not the praise word "kundige".
        XCTAssertNil(scorer.valence(of: "verpleegkundige", language: "nl"))
    }
    func testNegativePrefixReversesAListedWord() {
        let base = scorer.valence(of: "gezellig", language: "nl") ?? 0
        XCTAssertGreaterThan(base, 0)
        XCTAssertLessThan(scorer.valence(of: "ongezellig", language: "nl") ?? 0, 0)
    }

    // MARK: - Sarcastic praise

    func testBarePraiseBesideAComplaintIsSarcasm() {
        assertLabel("Lovely, a third hour on hold with the bank.", "en", .negative)
        assertLabel("Al drie weken geen reactie op mijn klacht. Geweldig.", "nl", .negative)
    }
    func testPraiseThatNamesItsObjectIsNotSarcasm() {
        // The praise names what it praises: a genuine mixed verdict, not irony.
        XCTAssertNotEqual(score("Friendly staff, but a third hour on hold.", "en").sentiment.label, .negative)
        assertLabel("Lovely, the parcel came early.", "en", .positive)
    }

    // MARK: - Relief

    func testEffortThatWasNotNeededIsPraise() {
        assertLabel("I didn't have to explain anything twice.", "en", .positive)
        assertLabel("Ik hoefde nergens achteraan te bellen.", "nl", .positive)
    }

    // MARK: - Reported practice

    func testThirdPersonReportOfAPracticeEndorsesIt() {
        assertLabel("The insurer now lets a panel of policyholders review every new letter before it is sent, and the chief executive reads a summary of their comments each month.", "en", .positive)
        assertLabel("De gemeente laat sinds dit jaar een panel van inwoners elke nieuwe brief lezen voordat die wordt verstuurd, en de wethouder bespreekt hun opmerkingen elke maand.", "nl", .positive)
    }
    func testTheSameReportInTheFirstPersonOrWithTheAntiPatternIsNotEndorsement() {
        assertLabel("We now let a panel of policyholders review every new letter before it is sent, and the chief executive reads a summary of their comments each month.", "en", .neutral)
        XCTAssertNotEqual(score("The insurer now lets a panel of policyholders review every new letter before it is sent, but every change still needs sign-off from three committees.", "en").sentiment.label, .positive)
    }
}
