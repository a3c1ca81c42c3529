import CentricIngest
@testable import CentricScoring
import Foundation
import XCTest
@testable import CentricStore

final class StoreTests: XCTestCase {
    func document(_ id: String, _ published: Date?) -> Document {
        Document(id: id, origin: "export.csv#id=\(id)", source: "export.csv", kind: .feedback, blocks: ["text \(id)"],
                 published: published.map { Found($0, rule: "column:date") }, fields: ["channel": "email"])
    }

    func score(_ id: String, present: Bool) -> DocumentScore {
        DocumentScore(documentID: id, language: "en", languageConfidence: 0.9, tokenCount: 12,
                      themes: [ThemeScore(theme: "loyalty", hits: present ? 2 : 1, negatedHits: 0, weightedScore: present ? 2 : 0.5,
                                          ratePer1k: 0, sentiment: -0.4, present: present, confidence: 0.8)],
                      sentiment: SentimentScore(score: -0.3, label: .negative, positiveShare: 0, negativeShare: 1),
                      primaryTheme: present ? "loyalty" : nil, primaryConfidence: 1, evidence: [])
    }

    func testSavesAndReplacesDocumentsAcrossRuns() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("centric-store-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        let run = try store.beginRun(lexiconDigest: "abc", version: "test")
        try store.save([(document("a", Date(timeIntervalSince1970: 1_700_000_000)), score("a", present: true)),
                        (document("b", nil), score("b", present: false))], run: run)
        XCTAssertEqual(try store.documentCount(), 2)
        XCTAssertEqual(try store.documents(withTheme: "loyalty"), ["a"])

        // A second run over the same ids replaces rows instead of adding them.
        let reopened = try Store(path: path)
        let second = try reopened.beginRun(lexiconDigest: "abc", version: "test")
        try reopened.save([(document("b", nil), score("b", present: true))], run: second)
        XCTAssertEqual(try reopened.documentCount(), 2)
        XCTAssertEqual(try reopened.documents(withTheme: "loyalty"), ["a", "b"])
        XCTAssertGreaterThan(second, run)
    }
}
