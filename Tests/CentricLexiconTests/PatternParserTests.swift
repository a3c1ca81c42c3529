import XCTest
@testable import CentricLexicon

final class PatternParserTests: XCTestCase {
    func parse(_ s: String) -> Result<Pattern, PatternParser.Failure> {
        var parser = PatternParser()
        return parser.parse(s)
    }

    func testElementKinds() throws {
        let p = try parse("listen * to =customers bureaucra* *feedback").get()
        XCTAssertEqual(p.elements, [.stem(word: "listen"), .gap(max: 3), .stem(word: "to"), .exact("customers"), .prefix("bureaucra"), .suffix("feedback")])
        XCTAssertTrue(p.isPhrase)
    }

    func testChunksAreTokenizedLikeText() throws {
        XCTAssertEqual(try parse("silo's").get().elements, [.stem(word: "silo's")])
        XCTAssertEqual(try parse("24/7 service").get().elements, [.stem(word: "24"), .stem(word: "/"), .stem(word: "7"), .stem(word: "service")])
        XCTAssertEqual(try parse("Van Het Kastje").get().elements, [.stem(word: "van"), .stem(word: "het"), .stem(word: "kastje")])
    }

    func testMalformedPatterns() {
        XCTAssertEqual(parse("* listen"), .failure(.gapAtEdge))
        XCTAssertEqual(parse("listen *"), .failure(.gapAtEdge))
        XCTAssertEqual(parse("*feed*"), .failure(.doubleStar("*feed*")))
        XCTAssertEqual(parse("a * * b"), .failure(.adjacentGaps))
        XCTAssertEqual(parse("   "), .failure(.empty))
    }
}
