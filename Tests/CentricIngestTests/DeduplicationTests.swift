import Foundation
import XCTest
@testable import CentricIngest

final class DeduplicationTests: XCTestCase {
    private let story = """
    Last spring the company asked its own staff to phone a hundred customers who had left. The \
    calls were not scripted, and nobody tried to win anyone back; the point was to listen. What they \
    heard was not about price. People had left because they were passed from one desk to another, \
    because letters contradicted what the call centre had promised, and because nobody seemed to \
    own a problem once it crossed a department line. \
    The customer service team at the regional energy company changed the way it works this year. \
    Instead of sending every caller from one department to the next, the first agent now owns the \
    question until it is solved. Customers say they finally feel heard, and complaints fell by a third \
    in six months, according to figures the company published on Tuesday.
    """

    private func article(_ text: String, _ origin: String) -> Document {
        Document(id: FeedItem.articleID(blocks: [text]), origin: origin, source: "s", kind: .article, blocks: [text])
    }

    private func record(_ text: String, id: String, _ origin: String) -> Document {
        Document(id: id, origin: origin, source: "export.csv", kind: .feedback, blocks: [text])
    }

    func testSameArticleThroughAFeedAFolderAndAURLIsOneDocument() {
        var dedup = DocumentDeduplicator()
        XCTAssertEqual(dedup.check(article(story, "feed.rss#item=1")), .new)
        // Re-wrapped and re-cased: still the same text.
        let rewrapped = story.uppercased().replacingOccurrences(of: ". ", with: ".\n  ")
        XCTAssertEqual(dedup.check(article(rewrapped, "pages/story.html")), .duplicate(of: "feed.rss#item=1"))
    }

    func testNearDuplicateIsReportedWithItsDistance() {
        var dedup = DocumentDeduplicator()
        XCTAssertEqual(dedup.check(article(story, "a.html")), .new)
        let edited = story.replacingOccurrences(of: "on Tuesday", with: "on Wednesday")
        guard case let .nearDuplicate(of, distance) = dedup.check(article(edited, "b.html")) else {
            return XCTFail("a one-word edit should be a near-duplicate")
        }
        XCTAssertEqual(of, "a.html")
        XCTAssertLessThanOrEqual(distance, DocumentDeduplicator.nearDuplicateDistance)
        // A different story on the same subject is not.
        let other = """
        Passengers on the night train to Berlin waited four hours without news last weekend. The \
        operator says its staff had no information either, and promises a new alert system before \
        the summer holidays begin, along with refunds for everyone who travelled that night.
        """
        XCTAssertEqual(dedup.check(article(other, "c.html")), .new)
    }

    func testSimhashIsStableAndShortTextsAreOnlyCheckedExactly() {
        XCTAssertEqual(DocumentDeduplicator.simhash([story]), DocumentDeduplicator.simhash([story]))
        XCTAssertNil(DocumentDeduplicator.simhash(["Top service!"]))
        var dedup = DocumentDeduplicator()
        XCTAssertEqual(dedup.check(article("Great service, thanks.", "a")), .new)
        XCTAssertEqual(dedup.check(article("Great service, thanks!", "b")), .new)
    }

    func testFeedbackIsNeverNearDeduplicatedButTheSameIdIsADuplicate() {
        var dedup = DocumentDeduplicator()
        XCTAssertEqual(dedup.check(record("Top service!", id: "r1", "export.csv#id=1")), .new)
        XCTAssertEqual(dedup.check(record("Top service!", id: "r2", "export.csv#id=2")), .new)
        XCTAssertEqual(dedup.check(record(story, id: "r3", "export.csv#id=3")), .new)
        XCTAssertEqual(dedup.check(record(story + " Indeed.", id: "r4", "export.csv#id=4")), .new)
        // Loading the same export twice: same ids, nothing added.
        XCTAssertEqual(dedup.check(record("Top service!", id: "r1", "copy/export.csv#id=1")), .duplicate(of: "export.csv#id=1"))
    }

    func testLoadingTheSameExportTwiceGivesTheSameIds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("centric-dedup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("copy"), withIntermediateDirectories: true)
        let csv = "id,comment\n1,Top service!\n2,Top service!\n"
        try csv.write(to: root.appendingPathComponent("export.csv"), atomically: true, encoding: .utf8)
        try csv.write(to: root.appendingPathComponent("copy/export.csv"), atomically: true, encoding: .utf8)
        var dedup = DocumentDeduplicator()
        var verdicts: [DocumentDeduplicator.Verdict] = []
        for path in ["export.csv", "copy/export.csv"] {
            for source in InputResolver().sources(for: path, relativeTo: root) {
                try source.read { if case let .document(d) = $0 { verdicts.append(dedup.check(d)) } }
            }
        }
        XCTAssertEqual(verdicts, [.new, .new, .duplicate(of: "export.csv#id=1"), .duplicate(of: "export.csv#id=2")])
    }

    func testDistanceThresholdIsExactThroughTheBandIndex() {
        // Every pair within the threshold shares a band, so none is missed, wherever the bits are.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var dedup = DocumentDeduplicator()
            let base = UInt64.random(in: .min ... .max, using: &generator)
            XCTAssertNil(dedup.near(simhash: base, origin: "base"))
            let flips = Int.random(in: 1...8, using: &generator)
            var bits = Set<Int>()
            while bits.count < flips { bits.insert(Int.random(in: 0..<64, using: &generator)) }
            let other = bits.reduce(base) { $0 ^ (1 << UInt64($1)) }
            let found = dedup.near(simhash: other, origin: "other")
            if flips <= DocumentDeduplicator.nearDuplicateDistance {
                XCTAssertEqual(found?.of, "base")
                XCTAssertEqual(found?.distance, flips)
            } else {
                XCTAssertNil(found)
            }
        }
    }
}
