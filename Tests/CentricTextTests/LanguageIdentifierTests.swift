import XCTest
@testable import CentricText

final class LanguageIdentifierTests: XCTestCase {
    let identifier = LanguageIdentifier()

    func testLongTextsUseCLD2() {
        let en = identifier.identify("The support team listened to every complaint and changed the process within a week, which customers noticed immediately.")
        XCTAssertEqual(en.code, "en")
        XCTAssertGreaterThan(en.confidence, 0.8)
        let nl = identifier.identify("De klantenservice luisterde naar elke klacht en paste binnen een week het proces aan, wat klanten meteen merkten.")
        XCTAssertEqual(nl.code, "nl")
        XCTAssertGreaterThan(nl.confidence, 0.8)
    }

    func testShortTextsUseFunctionWords() {
        XCTAssertEqual(identifier.identify("Nooit meer.").code, "nl")
        XCTAssertEqual(identifier.identify("Never again.").code, "en")
        XCTAssertEqual(identifier.identify("Niet geholpen").code, "nl")
    }

    func testAmbiguousShortTextIsUndeterminedUnlessHinted() {
        let guess = identifier.identify("Top service!")
        XCTAssertEqual(guess.code, "und")
        XCTAssertLessThan(guess.confidence, 0.5)
        let hinted = identifier.identify("Top service!", hint: "nl-NL")
        XCTAssertEqual(hinted.code, "nl")
        XCTAssertLessThan(hinted.confidence, 0.5, "a hint alone is a weak prior")
    }

    func testGermanIsNotCalledDutch() {
        XCTAssertEqual(identifier.identify("Der Kundendienst war sehr freundlich und hat mir schnell geholfen, danke.").code, "de")
        XCTAssertEqual(identifier.identify("Nicht gut, immer noch kein Anruf").code, "de")
    }

    func testPerBlockLanguageInAMixedDocument() {
        let analyzer = Analyzer()
        let text = analyzer.analyze(blocks: [
            "Ik heb drie keer gebeld over mijn factuur en niemand heeft mij teruggebeld, terwijl dat wel beloofd was door de medewerker.",
            "Their letter said: we value your feedback and will get back to you within two working days, which never happened.",
        ])
        XCTAssertEqual(text.language.code, "nl")
        XCTAssertEqual(text.blocks[0].language.code, "nl")
        XCTAssertEqual(text.blocks[1].language.code, "en")
    }

    func testCodeNormalisation() {
        XCTAssertEqual(LanguageIdentifier.normalizeCode("nl-NL"), "nl")
        XCTAssertEqual(LanguageIdentifier.normalizeCode("EN_gb"), "en")
        XCTAssertEqual(LanguageIdentifier.normalizeCode("dutch"), "nl")
    }
}
