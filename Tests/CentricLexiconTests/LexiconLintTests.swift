import XCTest
@testable import CentricLexicon

final class LexiconLintTests: XCTestCase {
    func entry(_ pattern: String, _ language: String = "en", weight: Double = 1, line: Int) -> Entry {
        var parser = PatternParser()
        return Entry(pattern: try! parser.parse(pattern).get(), language: language, weight: weight,
                     location: SourceLocation(file: "themes/t.yaml", line: line))
    }

    func testDuplicateAcrossThemesIsReportedWithBothPlaces() {
        let lexicon = Lexicon(themes: [
            Theme(id: "a", labels: [:], entries: [entry("red tape", line: 3)]),
            Theme(id: "b", labels: [:], entries: [entry("Red  tape", line: 9)]),
        ])
        let issues = LexiconLint.check(lexicon)
        XCTAssertTrue(issues.contains { $0.location.line == 9 && $0.message.contains("also an entry of `a`") && $0.message.contains("themes/t.yaml:3") })
    }

    func testShadowedEntryNeverMatches() {
        let lexicon = Lexicon(themes: [Theme(id: "a", labels: [:], entries: [entry("listen", weight: 2, line: 3), entry("listening", line: 4)])])
        let issue = LexiconLint.check(lexicon).first { $0.message.contains("never matches") }
        XCTAssertEqual(issue?.location.line, 4)
        XCTAssertFalse(issue?.fix.isEmpty ?? true)
    }

    func testStemCollidingWithFunctionWord() {
        let lexicon = Lexicon(themes: [Theme(id: "recognition", labels: [:], entries: [entry("vieren", "nl", line: 5), entry("=vieren", "nl", line: 6)])])
        let issues = LexiconLint.check(lexicon).filter { $0.message.contains("everyday word") }
        XCTAssertEqual(issues.map(\.location.line), [5])
        XCTAssertTrue(issues[0].fix.contains("=vieren"))
    }

    func testLanguageImbalance() {
        let en = (0..<10).map { entry("word\($0)", line: $0 + 1) }
        let nl = (0..<5).map { entry("woord\($0)", "nl", line: $0 + 20) }
        let issues = LexiconLint.check(Lexicon(themes: [Theme(id: "a", labels: [:], entries: en + nl)]))
        XCTAssertTrue(issues.contains { $0.message.contains("out of balance") && $0.fix.contains("nl") })
    }

    func testSentimentPhrasesParseAndMatch() {
        let (lexicon, issues) = SentimentFileParser.parse("thanks for nothing\t-2.5\nnog steeds\t-1\nstill wait*\t-1.5\ngreat\t+3\nbad * word\t-1\n", language: "en", file: "s.tsv")
        XCTAssertEqual(issues.count, 1, "an inner star is an error")
        XCTAssertEqual(lexicon.exact["great"], 3)
        let forms = ["well", "thanks", "for", "nothing", "still", "waiting"]
        XCTAssertEqual(lexicon.phrase(at: 1, in: forms, end: forms.count)?.valence, -2.5)
        XCTAssertEqual(lexicon.phrase(at: 4, in: forms, end: forms.count)?.valence, -1.5)
        XCTAssertNil(lexicon.phrase(at: 1, in: forms, end: 3), "a phrase never crosses the end")
    }
}
