import XCTest
@testable import CentricText

final class SentenceSplitterTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        let analyzer = Analyzer()
        let a = analyzer.analyze(blocks: text.components(separatedBy: "\n\n"), language: "en")
        return a.sentences.map { range in
            let start = Int(a.tokens[range.lowerBound].start), end = Int(a.tokens[range.upperBound - 1].end)
            return String(decoding: a.utf8[start..<end], as: UTF8.self)
        }
    }

    func testSplitsOnTerminatorsButNotAbbreviations() {
        XCTAssertEqual(sentences("Mr. Jansen called. He was helped, e.g. by Dr. Smit! Was it quick? Yes."),
                       ["Mr. Jansen called.", "He was helped, e.g. by Dr. Smit!", "Was it quick?", "Yes."])
    }

    func testDutchAbbreviations() {
        XCTAssertEqual(sentences("Dat is bijv. lastig, d.w.z. traag. Daarna ging het o.a. beter."),
                       ["Dat is bijv. lastig, d.w.z. traag.", "Daarna ging het o.a. beter."])
    }

    func testBlocksAlwaysEndSentences() {
        XCTAssertEqual(sentences("A heading\n\nThe paragraph starts here"), ["A heading", "The paragraph starts here"])
    }

    func testClosingQuoteStaysWithSentence() {
        XCTAssertEqual(sentences("He said \"no.\" Then he left."), ["He said \"no.\"", "Then he left."])
    }

    func testMoreDutchAndEnglishAbbreviations() {
        XCTAssertEqual(sentences("Dhr. De Vries belde m.b.t. zijn factuur, zgn. spoed. Mevr. Smit nam op."),
                       ["Dhr. De Vries belde m.b.t. zijn factuur, zgn. spoed.", "Mevr. Smit nam op."])
        XCTAssertEqual(sentences("Prices rose approx. 5% vs. last year, i.e. too much. We left..."),
                       ["Prices rose approx. 5% vs. last year, i.e. too much.", "We left..."])
    }
}
