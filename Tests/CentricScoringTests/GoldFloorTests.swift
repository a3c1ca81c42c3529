import Foundation
import XCTest
import CentricLexicon
import CentricText
@testable import CentricScoring

/// Pins the quality floors on the labelled sets with the shipped lexicons, set up as `centric
/// eval` does (compound splitting with the lexicon's Dutch words and Debian's word list):
/// `dev.jsonl`, which the lexicons were tuned on and the learned models trained on, and
/// `fresh-heldout.jsonl`, which neither ever saw (Corpora/gold/README.md). Floors sit a little below the measured figures; raise them
/// when the scorer improves, never lower them.
final class GoldFloorTests: XCTestCase {
    typealias Floors = [String: (macroF1: Double, sentiment: Double)]
    static let devFloors: Floors = [
        "en": (0.95, 0.97),
        "nl": (0.95, 0.96),
    ]
    static let heldOutFloors: Floors = [
        "en": (0.76, 0.84),
        "nl": (0.77, 0.80),
    ]

    func testDevSetFloors() throws {
        try check("dev.jsonl", items: 645, floors: Self.devFloors)
    }

    func testHeldOutSetFloors() throws {
        try check("fresh-heldout.jsonl", items: 900, floors: Self.heldOutFloors)
    }

    private func check(_ file: String, items: Int, floors: Floors) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let goldURL = root.appendingPathComponent("Corpora/gold/\(file)")
        guard let data = FileManager.default.contents(atPath: goldURL.path) else {
            throw XCTSkip("no gold file at Corpora/gold/\(file)")
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
        XCTAssertEqual(evaluation.items, items)
        for (language, floor) in floors {
            XCTAssertGreaterThanOrEqual(evaluation.macroF1(language: language), floor.macroF1, "\(file) \(language) macro-F1")
            XCTAssertGreaterThanOrEqual(evaluation.sentimentAccuracy(language: language), floor.sentiment, "\(file) \(language) sentiment accuracy")
        }
    }
}
