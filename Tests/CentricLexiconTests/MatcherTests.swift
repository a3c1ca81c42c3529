import XCTest
import CentricText
@testable import CentricLexicon

final class MatcherTests: XCTestCase {
    func lexicon(_ entries: [(theme: String, language: String, pattern: String)]) -> CompiledLexicon {
        var parser = PatternParser()
        var themes: [Theme] = []
        for id in Array(Set(entries.map(\.theme))).sorted() {
            let es = entries.filter { $0.theme == id }.map { Entry(pattern: try! parser.parse($0.pattern).get(), language: $0.language) }
            themes.append(Theme(id: id, labels: ["en": id], entries: es))
        }
        return CompiledLexicon(Lexicon(themes: themes))
    }

    func matched(_ text: String, _ lexicon: CompiledLexicon, language: String = "en", splitter: CompoundSplitter? = nil) -> [String] {
        let analyzer = Analyzer(compoundSplitter: splitter)
        let analysed = analyzer.analyze(blocks: [text], language: language)
        return Matcher(lexicon).matches(in: analysed, cache: MatchCache(), analyzer: analyzer).map { m in
            let start = Int(analysed.tokens[m.tokens.lowerBound].start), end = Int(analysed.tokens[m.tokens.upperBound - 1].end)
            return lexicon.lexicon.themes[m.theme].id + ":" + String(decoding: analysed.utf8[start..<end], as: UTF8.self)
        }
    }

    func testStemsPrefixesAndExactForms() {
        let lex = lexicon([("v", "en", "listen"), ("b", "en", "bureaucra*"), ("x", "en", "=feedback")])
        XCTAssertEqual(matched("They listened. Bureaucratic rules. Feedback, feedbacks.", lex), ["v:listened", "b:Bureaucratic", "x:Feedback"])
    }

    func testLongestPhraseWinsWithinATheme() {
        let lex = lexicon([("v", "en", "customer"), ("v", "en", "voice of the customer"), ("e", "en", "customer")])
        XCTAssertEqual(matched("the voice of the customer matters", lex), ["v:voice of the customer", "e:customer"])
    }

    func testGapsSkipUpToThreeTokensButNotSentences() {
        let lex = lexicon([("v", "en", "listen * to customers")])
        XCTAssertEqual(matched("we listen to customers", lex), ["v:listen to customers"])
        XCTAssertEqual(matched("we listen very carefully to customers", lex), ["v:listen very carefully to customers"])
        XCTAssertEqual(matched("we listen to them and to what they say to customers", lex), [])
        XCTAssertEqual(matched("we listen. To customers we say", lex), [])
    }

    func testDutchCompoundSuffixesAndParts() {
        let lex = lexicon([("v", "nl", "*feedback"), ("e", "nl", "wachttijd")])
        let splitter = CompoundSplitter(words: ["telefoon", "wachttijd", "klant", "feedback"])
        XCTAssertEqual(matched("de klantfeedback en de telefoonwachttijd", lex, language: "nl", splitter: splitter),
                       ["v:klantfeedback", "e:telefoonwachttijd"])
    }

    func testUndeterminedLanguageTriesEveryLexiconLanguage() {
        let lex = lexicon([("l", "en", "recommend"), ("l", "nl", "aanraden")])
        let analyzer = Analyzer()
        let analysed = analyzer.analyze(blocks: ["Aanraden!"], language: "und")
        XCTAssertEqual(Matcher(lex).matches(in: analysed, cache: MatchCache(), analyzer: analyzer).count, 1)
    }
}
