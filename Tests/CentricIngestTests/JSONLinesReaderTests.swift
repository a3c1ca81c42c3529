import Foundation
import XCTest
@testable import CentricIngest

final class JSONLinesReaderTests: XCTestCase {
    func testBadLineIsReportedWithItsLineNumberAndReadingGoesOn() throws {
        let jsonl = """
        {"id": "t1", "text": "Refund came quickly", "date": "2025-03-14"}
        {"id": "t2", "text": "broken line"
        [1, 2, 3]

        {"id": "t3", "text": "Nobody called back", "lang": "en"}
        """
        let events = try RecordTestSupport.events(JSONLinesReader(data: Data(jsonl.utf8), origin: "in/tickets.jsonl", sourceName: "tickets.jsonl"))
        XCTAssertEqual(RecordTestSupport.documents(events).map(\.origin), ["in/tickets.jsonl#id=t1", "in/tickets.jsonl#id=t3"])
        let failed = RecordTestSupport.failures(events)
        XCTAssertEqual(failed.map(\.origin), ["in/tickets.jsonl#line=2", "in/tickets.jsonl#line=3"])
        XCTAssertEqual(failed.map(\.error.line), [2, 3])
        XCTAssertEqual(failed.map(\.error.code), [.malformedJSON, .malformedJSON])
        XCTAssertTrue(failed[1].error.message.contains("array"), failed[1].error.message)
        XCTAssertEqual(RecordTestSupport.documents(events).last?.languageHint, Found("en", rule: "column:lang"))
        XCTAssertEqual(RecordTestSupport.documents(events).first?.published?.value, RecordTestSupport.utc(2025, 3, 14))
    }

    func testNestedDottedPathsAreFieldsAndMappable() throws {
        let jsonl = """
        {"feedback": {"text": "Goede uitleg over de hypotheek"}, "customer": {"segment": "starter", "email": "x@y.nl"}, "score": 9}
        {"feedback": {"text": "Te lang in de wacht"}, "customer": {"segment": "senior"}, "score": 4.5, "tags": ["wachttijd", "telefoon"]}
        """
        let events = try RecordTestSupport.events(JSONLinesReader(data: Data(jsonl.utf8), origin: "nps.jsonl", sourceName: "nps.jsonl"))
        let docs = RecordTestSupport.documents(events)
        XCTAssertEqual(docs.map(\.blocks), [["Goede uitleg over de hypotheek"], ["Te lang in de wacht"]])
        XCTAssertEqual(docs[0].fields["customer.segment"], "starter")
        XCTAssertEqual(docs[0].fields["score"], "9")
        XCTAssertEqual(docs[1].fields["score"], "4.5")
        XCTAssertNil(docs[0].fields["customer.email"], "personal data must not become a field")
        XCTAssertEqual(docs.map(\.origin), ["nps.jsonl#row=1", "nps.jsonl#row=2"])

        let explicit = RecordMapping(text: "feedback.text", fields: ["customer.segment"])
        let mapped = RecordTestSupport.documents(try RecordTestSupport.events(JSONLinesReader(
            data: Data(jsonl.utf8), origin: "nps.jsonl", sourceName: "nps.jsonl", mapping: explicit)))
        XCTAssertEqual(mapped.map(\.fields), [["customer.segment": "starter"], ["customer.segment": "senior"]])
    }

    func testFlattenKeepsScalarsAndSortsPaths() {
        let pairs = JSONLinesReader.flatten(["b": ["y": true, "x": NSNull()], "a": [1, 2], "c": [["k": "v"]]])
        XCTAssertEqual(pairs.map(\.path), ["a", "b.y", "c.0.k"])
        XCTAssertEqual(pairs.map(\.value), ["1; 2", "true", "v"])
    }

    func testJSONArrayFileIsReadAsRecords() throws {
        let json = #"[{"comment": "Fijne app"}, 5, {"comment": "Crasht steeds"}]"#
        let events = try RecordTestSupport.events(JSONLinesReader(data: Data(json.utf8), origin: "a.json", sourceName: "a.json"))
        XCTAssertEqual(RecordTestSupport.documents(events).map(\.origin), ["a.json#row=1", "a.json#row=3"])
        XCTAssertEqual(RecordTestSupport.failures(events).map(\.origin), ["a.json#row=2"])
    }

    func testLinesSplitAcrossReadChunksAndCRLF() throws {
        // Over 1 MB of lines, so at least one line is cut by the chunk boundary.
        var text = ""
        for index in 1...12_000 {
            text += "{\"id\": \(index), \"text\": \"Feedback number \(index) with some padding to make it longer\"}\r\n"
        }
        let url = try RecordTestSupport.temporaryFile("many.jsonl", Data(text.utf8))
        let events = try RecordTestSupport.events(JSONLinesReader(fileURL: url, origin: "many.jsonl"))
        XCTAssertTrue(RecordTestSupport.failures(events).isEmpty, "\(RecordTestSupport.failures(events).prefix(2))")
        let docs = RecordTestSupport.documents(events)
        XCTAssertEqual(docs.count, 12_000)
        XCTAssertEqual(docs.last?.blocks, ["Feedback number 12000 with some padding to make it longer"])
    }

    func testOverlongLineIsReported() throws {
        let jsonl = "{\"text\": \"short\"}\n{\"text\": \"" + String(repeating: "a", count: 500) + "\"}\n{\"text\": \"after\"}\n"
        let events = try RecordTestSupport.events(JSONLinesReader(
            data: Data(jsonl.utf8), origin: "l.jsonl", sourceName: "l.jsonl", maxRecordBytes: 100))
        XCTAssertEqual(RecordTestSupport.failures(events).map(\.error.line), [2])
        XCTAssertEqual(RecordTestSupport.documents(events).map(\.blocks), [["short"], ["after"]])
    }
}
