import Foundation
import XCTest
@testable import CentricIngest

/// `--delimiter`, `--no-header` and `--date-format` as the readers see them (IngestOptions).
final class CSVFlagsTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("centric-csvflags-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func documents(_ name: String, _ content: String, _ options: IngestOptions) throws -> [Document] {
        try content.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        var docs: [Document] = []
        for source in InputResolver(options: options).sources(for: name, relativeTo: root) {
            try source.read { if case let .document(d) = $0 { docs.append(d) } }
        }
        return docs
    }

    func testForcedDelimiterStillSniffsTheHeader() throws {
        // Sniffing would pick the comma (every row has one); the user says the pipe.
        let csv = "id|comment\n1|Fast, friendly, done.\n2|Slow, and nobody called back.\n"
        let docs = try documents("e.csv", csv, IngestOptions(delimiter: UInt8(ascii: "|")))
        XCTAssertEqual(docs.map(\.text), ["Fast, friendly, done.", "Slow, and nobody called back."])
        XCTAssertEqual(docs.first?.origin, "e.csv#id=1")
    }

    func testNoHeaderReadsTheFirstRowAsData() throws {
        let csv = "comment,channel\nThe agent listened,phone\n"
        let mapping = RecordMapping(text: "column1", fields: ["column2"])
        let docs = try documents("h.csv", csv, IngestOptions(mapping: mapping, hasHeader: false))
        XCTAssertEqual(docs.map(\.text), ["comment", "The agent listened"])
        XCTAssertEqual(docs.last?.fields, ["column2": "phone"])
    }

    func testDateFormatDecidesAmbiguousDates() throws {
        let csv = "id,date,text\n1,03/04/2025,Good help from the shop.\n2,05/06/2025,Nobody listened.\n"
        let us = try documents("d.csv", csv, IngestOptions(mapping: RecordMapping(dateFormat: .monthDayYear)))
        let eu = try documents("d.csv", csv, IngestOptions(mapping: RecordMapping(dateFormat: .dayMonthYear)))
        let day = { (d: Document) in d.published.map { DateFormatting.isoDay($0.value) } ?? "" }
        XCTAssertEqual(us.map(day), ["2025-03-04", "2025-05-06"])
        XCTAssertEqual(eu.map(day), ["2025-04-03", "2025-06-05"])
    }
}

private enum DateFormatting {
    static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
