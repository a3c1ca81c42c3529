import XCTest
@testable import CentricText

final class CompoundSplitterTests: XCTestCase {
    let splitter = CompoundSplitter(words: ["klant", "klanten", "service", "medewerker", "goedkeuring", "procedure", "wacht", "tijd", "wachttijd", "telefoon"])

    func testSplitsWithLinkingMorphemes() {
        XCTAssertEqual(splitter.split("klantenservicemedewerker"), ["klant", "service", "medewerker"])
        XCTAssertEqual(splitter.split("goedkeuringsprocedure"), ["goedkeuring", "procedure"])
        XCTAssertEqual(splitter.split("telefoonwachttijd"), ["telefoon", "wachttijd"], "fewest parts wins")
    }

    func testUnknownOrSimpleWordsAreNotSplit() {
        XCTAssertEqual(splitter.split("klant"), [])
        XCTAssertEqual(splitter.split("onbekendwoord"), [])
    }
}
