import Foundation
import XCTest
@testable import CentricIngest

final class CSVRecordReaderTests: XCTestCase {
    // MARK: - Quoting (RFC 4180)

    func testQuotedSeparatorsDoubledQuotesAndLineBreaks() throws {
        let csv = "id,text,channel\n1,\"Slow, but \"\"friendly\"\"\nstaff\",email\n2,plain,phone\n"
        let read = try records(csv)
        XCTAssertEqual(read.header, ["id", "text", "channel"])
        XCTAssertEqual(read.records.map(\.fields), [
            ["1", "Slow, but \"friendly\"\nstaff", "email"],
            ["2", "plain", "phone"],
        ])
        // The second record starts on line 4: the first one spans lines 2 and 3.
        XCTAssertEqual(read.records.map(\.line), [2, 4])
        XCTAssertEqual(read.records.map(\.row), [1, 2])
        XCTAssertTrue(read.failures.isEmpty)
    }

    func testCRLFLineEndingsAndStartLines() throws {
        let csv = "id,text\r\n1,\"two\r\nlines\"\r\n\r\n2,after a blank line\r\n"
        let read = try records(csv)
        XCTAssertEqual(read.records.map(\.fields), [["1", "two\r\nlines"], ["2", "after a blank line"]])
        XCTAssertEqual(read.records.map(\.line), [2, 5])
    }

    func testLastRecordWithoutFinalLineBreak() throws {
        let read = try records("a,b\n1,\"x\"")
        XCTAssertEqual(read.records.map(\.fields), [["1", "x"]])
    }

    func testChunkBoundariesDoNotChangeTheRecords() {
        let csv = Array("id,text\r\n1,\"a \"\"b\"\"\r\nc\"\r\n2,d;e\r\n3,\"\"\r\n".utf8)
        func parse(chunk: Int) -> [[String]] {
            var parser = CSVParser(delimiter: UInt8(ascii: ","), maxRecordBytes: 1 << 20)
            var out: [[String]] = []
            let collect: (CSVParser.Output) -> Void = { output in
                if case let .record(raw) = output {
                    out.append(raw.fields.map { String(decoding: $0, as: UTF8.self) } + ["@\(raw.line)"])
                }
            }
            var start = 0
            while start < csv.count {
                let end = min(start + chunk, csv.count)
                csv[start..<end].withUnsafeBufferPointer { parser.feed($0, collect) }
                start = end
            }
            parser.finish(collect)
            return out
        }
        let whole = parse(chunk: csv.count)
        XCTAssertEqual(whole.count, 4)
        XCTAssertEqual(whole[1], ["1", "a \"b\"\r\nc", "@2"])
        for size in [1, 2, 3, 7] {
            XCTAssertEqual(parse(chunk: size), whole, "chunk size \(size)")
        }
    }

    func testVeryLongFieldAcrossReadChunks() throws {
        let long = String(repeating: "lang verhaal, met komma's; ", count: 100_000) // about 2.7 MB
        let url = try RecordTestSupport.temporaryFile("long.csv", Data("id,opmerking\n1,\"\(long)\"\n2,kort\n".utf8))
        var fields: [[String]] = []
        try CSVRecordReader(fileURL: url, origin: "long.csv").readRecords { event in
            if case let .record(record) = event { fields.append(record.fields) }
        }
        XCTAssertEqual(fields.count, 2)
        XCTAssertEqual(fields.first?[1], long)
        XCTAssertEqual(fields.last, ["2", "kort"])
    }

    // MARK: - Dialects

    func testSemicolonSeparatedDutchExcelWithDecimalCommas() throws {
        let csv = "nummer;opmerking;cijfer\n1;Snel geholpen, top;8,5\n2;Duurde lang, jammer;4,0\n3;Prima;7\n"
        let read = try records(csv)
        XCTAssertEqual(read.dialect?.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(read.records.map { $0.fields[2] }, ["8,5", "4,0", "7"])
    }

    func testTabAndPipeAreSniffed() throws {
        XCTAssertEqual(try records("id\ttext\n1\ta, b\n2\tc, d\n").dialect?.delimiter, UInt8(ascii: "\t"))
        XCTAssertEqual(try records("id|text\n1|a, b; c\n2|d\n").dialect?.delimiter, UInt8(ascii: "|"))
    }

    func testHeaderlessFileIsSniffedAsData() throws {
        let read = try records("1,2025-03-01,Great service from the team\n2,2025-03-02,Slow delivery again\n")
        XCTAssertEqual(read.dialect?.hasHeader, false)
        XCTAssertNil(read.header)
        XCTAssertEqual(read.records.count, 2)
        XCTAssertEqual(read.records.first?.line, 1)
    }

    // MARK: - Encodings

    func testUTF8ByteOrderMarkIsNotPartOfTheFirstColumnName() throws {
        let read = try records(Data([0xEF, 0xBB, 0xBF]) + Data("tekst,kanaal\nGoed,app\n".utf8))
        XCTAssertEqual(read.header, ["tekst", "kanaal"])
        XCTAssertEqual(read.encoding?.hasPrefix("UTF-8"), true)
    }

    func testWindows1252FileIsDecoded() throws {
        // Dutch Excel on Windows saves "CSV" as cp1252: é, ë, ï and curly quotes are single bytes.
        let lines = [
            "id;opmerking",
            "1;Het café was gesloten, jammer. De geïnteresseerde klant wachtte.",
            "2;Ruim één uur wachten op de financiële afdeling – niet oké.",
            "3;Prima service, ‘snel’ geholpen.",
        ]
        let bytes = lines.joined(separator: "\n").unicodeScalars.map { scalar -> UInt8 in
            switch scalar {
            case "–": 0x96
            case "‘": 0x91
            case "’": 0x92
            default: UInt8(scalar.value) // Latin-1 range: the same byte in cp1252
            }
        }
        XCTAssertNil(String(bytes: bytes, encoding: .utf8), "the fixture must not be UTF-8")
        let read = try records(Data(bytes))
        XCTAssertEqual(read.records.map { $0.fields[1] }, Array(lines.dropFirst()).map { String($0.dropFirst(2)) })
        XCTAssertFalse(read.encoding?.hasPrefix("UTF-8") ?? true, read.encoding ?? "")
    }

    func testUTF16LittleEndianExcelUnicodeText() throws {
        let text = "id\topmerking\n1\tprettig geëindigd\n2\tveel te duur 😞\n"
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let read = try records(data)
        XCTAssertEqual(read.records.map { $0.fields[1] }, ["prettig geëindigd", "veel te duur 😞"])
    }

    // MARK: - Broken records

    func testUnclosedQuoteIsReportedWithItsLineAndReadingGoesOn() throws {
        let csv = "id,text\n1,fine\n2,\"never closed\n3,next row\n4,last row\n"
        let read = try records(csv)
        XCTAssertEqual(read.failures.map(\.line), [3])
        XCTAssertEqual(read.failures.first?.code, .malformedRecord)
        XCTAssertTrue(read.failures.first?.message.contains("quote") ?? false)
        XCTAssertEqual(read.records.map { $0.fields[0] }, ["1", "3", "4"])
        XCTAssertEqual(read.records.map(\.line), [2, 4, 5])
    }

    func testOverlongRecordIsReportedAndSkipped() throws {
        let csv = "id,text\n1,\"runs on and on\n" + String(repeating: "x", count: 300) + "\n2,ok\n"
        var failures: [IngestError] = []
        var rows: [[String]] = []
        try CSVRecordReader(data: Data(csv.utf8), origin: "o.csv", sourceName: "o.csv", maxRecordBytes: 100)
            .readRecords { event in
                if case let .failed(error) = event { failures.append(error) }
                if case let .record(record) = event { rows.append(record.fields) }
            }
        XCTAssertEqual(failures.first?.line, 2)
        XCTAssertTrue(failures.first?.message.contains("100 bytes") ?? false)
        XCTAssertEqual(rows.last, ["2", "ok"])
    }

    func testWrongNumberOfFieldsIsReportedAsMalformedWithItsLine() throws {
        let csv = "id,text,channel\n1,good,app\n2,too,many,fields\n3,short\n4,fine,web\n"
        let read = try records(csv)
        XCTAssertEqual(read.failures.map(\.line), [3, 4])
        XCTAssertEqual(read.records.map { $0.fields[0] }, ["1", "4"])
        // Broken rows keep their numbers: row 4 stays row 4 once rows 2 and 3 are mended.
        XCTAssertEqual(read.records.map(\.row), [1, 4])
    }

    func testFailedEventsCarryTheLineInTheirOrigin() throws {
        let events = try RecordTestSupport.events(CSVRecordReader(
            data: Data("id,text\n1,good\n2,\"open\n".utf8), origin: "exports/nps.csv", sourceName: "nps.csv"))
        let failed = events.compactMap { event -> (String, IngestError)? in
            if case let .failed(origin, error) = event { return (origin, error) }
            return nil
        }
        XCTAssertEqual(failed.map(\.0), ["exports/nps.csv#line=3"])
        XCTAssertEqual(failed.first?.1.line, 3)
        XCTAssertEqual(RecordTestSupport.documents(events).count, 1)
    }

    // MARK: - Helpers

    private struct Read {
        var dialect: CSVDialect?
        var encoding: String?
        var header: [String]?
        var records: [CSVRecord] = []
        var failures: [IngestError] = []
    }

    private func records(_ text: String) throws -> Read { try records(Data(text.utf8)) }

    private func records(_ data: Data) throws -> Read {
        var read = Read()
        try CSVRecordReader(data: data, origin: "test.csv", sourceName: "test.csv").readRecords { event in
            switch event {
            case let .layout(dialect, encoding): (read.dialect, read.encoding) = (dialect, encoding)
            case let .header(names): read.header = names
            case let .record(record): read.records.append(record)
            case let .failed(error): read.failures.append(error)
            case .warning: break
            }
        }
        return read
    }
}

// MARK: - Shared test helpers

/// Helpers for the record, feed and folder reader tests, in one namespace so they cannot clash
/// with other test files' helpers in this target.
enum RecordTestSupport {
    /// Every event a source emits, in order.
    static func events(_ source: some Source) throws -> [SourceEvent] {
        var events: [SourceEvent] = []
        try source.read { events.append($0) }
        return events
    }

    static func documents(_ events: [SourceEvent]) -> [Document] {
        events.compactMap { if case let .document(document) = $0 { return document } else { return nil } }
    }

    static func failures(_ events: [SourceEvent]) -> [(origin: String, error: IngestError)] {
        events.compactMap { if case let .failed(origin, error) = $0 { return (origin, error) } else { return nil } }
    }

    static func skips(_ events: [SourceEvent]) -> [(origin: String, rejection: Rejection)] {
        events.compactMap { if case let .skipped(origin, rejection) = $0 { return (origin, rejection) } else { return nil } }
    }

    /// A file in a fresh temporary folder.
    static func temporaryFile(_ name: String, _ data: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("centric-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Midnight UTC on a day.
    static func utc(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }
}
