import Foundation
import XCTest
@testable import CentricText

final class CompoundSplitterTests: XCTestCase {
    let splitter = CompoundSplitter(
        words: ["klant", "klanten", "service", "klantenservice", "medewerker", "goedkeuring", "goed", "keuring",
                "procedure", "wacht", "tijd", "wachttijd", "telefoon", "mede", "werker", "leven", "duur", "boodschap", "boodschappen",
                "lijst", "natuur", "lijk", "natuurlijk", "vraag", "vragen"],
        common: [])

    func testTheIssueExamples() {
        XCTAssertEqual(splitter.split("klantenservicemedewerker"), ["klant", "service", "medewerker"],
                       "a known compound part is split again when long")
        XCTAssertEqual(splitter.split("goedkeuringsprocedure"), ["goedkeuring", "procedure"])
    }

    func testLinkingMorphemesAndSingularModifiers() {
        XCTAssertEqual(splitter.split("telefoonwachttijd"), ["telefoon", "wachttijd"], "fewest parts wins")
        XCTAssertEqual(splitter.split("levensduur"), ["leven", "duur"], "a modifier before a linking s is not a plural")
        XCTAssertEqual(splitter.split("boodschappenlijst"), ["boodschap", "lijst"])
        XCTAssertEqual(splitter.split("vragenlijst"), ["vraag", "lijst"])
    }

    func testWordsThatAreNotCompounds() {
        XCTAssertEqual(splitter.split("klant"), [])
        XCTAssertEqual(splitter.split("onbekendwoord"), [])
        XCTAssertEqual(splitter.split("medewerker"), [], "mede- is a prefix, not a modifier")
        XCTAssertEqual(splitter.split("natuurlijk"), [], "-lijk is a suffix, not a head")
    }

    /// `Corpora/compounds/compounds.tsv`: 250 compounds of our own listing with their expected parts
    /// and 46 words that must stay whole, split with the vocabulary the pipeline uses (Debian's
    /// wdutch word list; the lexicons' Dutch words are added in the pipeline, see Engine).
    /// Floors are raised, never lowered.
    func testPrecisionAndRecallOnTheCompoundListing() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Corpora/compounds/compounds.tsv").standardized
        let items = try CompoundEvaluation.load(url)
        XCTAssertGreaterThanOrEqual(items.filter { !$0.parts.isEmpty }.count, 200)
        let words = CompoundEvaluation.vocabulary(wordList: "/usr/share/dict/dutch")
        guard words.count > 100_000 else { return XCTFail("wdutch is not installed: run `make test`, which installs it") }
        let e = CompoundEvaluation(items: items, splitter: CompoundSplitter(words: words))
        XCTAssertGreaterThanOrEqual(e.precision, 0.98, e.report())
        XCTAssertGreaterThanOrEqual(e.recall, 0.98, e.report())
        XCTAssertGreaterThanOrEqual(e.exact, 0.97, e.report())
    }
}
