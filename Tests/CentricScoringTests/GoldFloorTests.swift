import Foundation
import XCTest
import CentricLexicon
import CentricText
@testable import CentricScoring

/// Pins the quality floors on the labelled dev set (Corpora/gold/dev.jsonl) with the shipped
/// lexicons, set up as `centric eval` does (compound splitting with the lexicon's Dutch words
/// and Debian's word list). Floors sit a little below the measured figures; raise them when the
/// scorer improves, never lower them.
final class GoldFloorTests: XCTestCase {
    static let floors: [String: (macroF1: Double, sentiment: Double)] = [
        "en": (0.75, 0.73),
        "nl": (0.71, 0.72),
    ]

    func testDevSetFloors() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let goldURL = root.appendingPathComponent("Corpora/gold/dev.jsonl")
        guard let data = FileManager.default.contents(atPath: goldURL.path) else {
            throw XCTSkip("no gold file at Corpora/gold/dev.jsonl")
        }
        let loaded = try LexiconLoader().load(root.appendingPathComponent("Lexicons"), displayPath: "Lexicons")
        let compiled = CompiledLexicon(loaded.lexicon)
        var words = compiled.words["nl"] ?? []
        if let list = try? String(contentsOfFile: "/usr/share/dict/dutch", encoding: .utf8) {
            for line in list.split(separator: "\n") where line.count >= 3 && line.first?.isLowercase == true { words.insert(String(line)) }
        }
        let analyzer = Analyzer(identifier: LanguageIdentifier(languages: ["en", "nl"], vocabulary: compiled.words),
                                compoundSplitter: CompoundSplitter(words: words))
        let scorer = Scorer(lexicon: compiled)
        let cache = MatchCache()
        var evaluation = Evaluation(themeIDs: loaded.lexicon.themeIDs)
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let item = try decoder.decode(GoldItem.self, from: Data(line))
            let text = analyzer.analyze(blocks: item.text.components(separatedBy: "\n\n"), hint: item.lang)
            let score = scorer.score(text, documentID: item.id, cache: cache, analyzer: analyzer)
            evaluation.add(item, predictedThemes: Set(score.presentThemes), predictedSentiment: score.sentiment.label)
        }
        XCTAssertEqual(evaluation.items, 645)
        for (language, floor) in Self.floors {
            XCTAssertGreaterThanOrEqual(evaluation.macroF1(language: language), floor.macroF1, "\(language) macro-F1")
            XCTAssertGreaterThanOrEqual(evaluation.sentimentAccuracy(language: language), floor.sentiment, "\(language) sentiment accuracy")
        }
    }
}
