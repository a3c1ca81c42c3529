import Foundation
import XCTest
@testable import CentricIngest

final class RecordMappingTests: XCTestCase {
    // MARK: - Automatic mapping

    func testDutchColumnsAreDetected() throws {
        let csv = """
        nummer;datum;Opmerking;kanaal;taal;cijfer;e-mail
        A-17;14-03-2025;Snel geholpen door de servicedesk.;telefoon;NL;8;piet@example.nl
        A-18;15-03-2025;Lang gewacht, geen terugkoppeling.;chat;nl-BE;3;anna@example.nl

        """
        let docs = try documentsOf(csv, name: "klantfeedback.csv", origin: "exports/klantfeedback.csv")
        XCTAssertEqual(docs.count, 2)
        let first = try XCTUnwrap(docs.first)
        XCTAssertEqual(first.blocks, ["Snel geholpen door de servicedesk."])
        XCTAssertEqual(first.kind, .feedback)
        XCTAssertEqual(first.source, "klantfeedback.csv")
        XCTAssertEqual(first.origin, "exports/klantfeedback.csv#id=A-17")
        XCTAssertEqual(first.id, StableHash.hex(StableHash.fnv1a64("record", "klantfeedback.csv", "A-17")))
        XCTAssertEqual(first.languageHint, Found("nl", rule: "column:lang"))
        XCTAssertEqual(first.published, Found(RecordTestSupport.utc(2025, 3, 14), rule: "column:date"))
        XCTAssertEqual(first.fields, ["kanaal": "telefoon", "cijfer": "8"], "the e-mail column must never become a field")
        XCTAssertEqual(docs[1].languageHint?.value, "nl")
    }

    func testEnglishColumnsAndRowNumbersWithoutAnIdColumn() throws {
        let csv = """
        submitted,channel,comment,segment
        2025-01-02T10:15:00Z,app,"Great app, fast checkout",consumer
        2025-01-03,web,Checkout keeps failing,business

        """
        let docs = try documentsOf(csv, name: "survey.csv", origin: "survey.csv")
        XCTAssertEqual(docs.map(\.origin), ["survey.csv#row=1", "survey.csv#row=2"])
        XCTAssertEqual(docs[0].id, StableHash.hex(StableHash.fnv1a64("record", "survey.csv", "1")))
        XCTAssertEqual(docs[0].published?.value, Date(timeIntervalSince1970: RecordTestSupport.utc(2025, 1, 2).timeIntervalSince1970 + 36_900))
        XCTAssertEqual(docs[1].published?.value, RecordTestSupport.utc(2025, 1, 3))
        XCTAssertEqual(docs[0].fields, ["channel": "app", "segment": "consumer"])
        XCTAssertNil(docs[0].languageHint)
    }

    func testIdenticalTextsWithDifferentIdsStaySeparateAndIdsAreStable() throws {
        let csv = "id,text\n1,Top!\n2,Top!\n"
        let first = try documentsOf(csv, name: "a.csv", origin: "a.csv")
        let again = try documentsOf(csv, name: "a.csv", origin: "elsewhere/a.csv")
        XCTAssertEqual(first.count, 2)
        XCTAssertNotEqual(first[0].id, first[1].id)
        // Loading the same export twice (even from another folder) gives the same ids.
        XCTAssertEqual(first.map(\.id), again.map(\.id))
    }

    func testEmptyTextIsSkippedAsEmpty() throws {
        let events = try RecordTestSupport.events(CSVRecordReader(
            data: Data("id,feedback\n1,\n2,ok\n".utf8), origin: "f.csv", sourceName: "f.csv"))
        XCTAssertEqual(RecordTestSupport.skips(events).map(\.origin), ["f.csv#id=1"])
        XCTAssertEqual(RecordTestSupport.skips(events).first?.rejection, .empty)
        XCTAssertEqual(RecordTestSupport.documents(events).count, 1)
    }

    func testExplicitMappingWins() throws {
        let csv = "ref,notes,when,region,product\nx1,Prima hulp,2025-02-01,Noord,Hypotheek\n"
        let mapping = RecordMapping(text: "notes", date: "when", id: "ref", fields: ["region"])
        let docs = try documentsOf(csv, name: "m.csv", origin: "m.csv", mapping: mapping)
        XCTAssertEqual(docs.first?.blocks, ["Prima hulp"])
        XCTAssertEqual(docs.first?.origin, "m.csv#id=x1")
        XCTAssertEqual(docs.first?.published?.value, RecordTestSupport.utc(2025, 2, 1))
        XCTAssertEqual(docs.first?.fields, ["region": "Noord"])
    }

    func testMissingExplicitColumnFailsTheFileWithTheColumnsListed() throws {
        let events = try RecordTestSupport.events(CSVRecordReader(
            data: Data("id,text\n1,a\n".utf8), origin: "m.csv", sourceName: "m.csv", mapping: RecordMapping(text: "body")))
        XCTAssertTrue(RecordTestSupport.documents(events).isEmpty)
        let failure = try XCTUnwrap(RecordTestSupport.failures(events).first)
        XCTAssertEqual(failure.origin, "m.csv")
        XCTAssertTrue(failure.error.message.contains("\"body\""), failure.error.message)
        XCTAssertTrue(failure.error.message.contains("id, text"), failure.error.message)
    }

    func testLongestColumnIsTheTextWhenNoNameFits() throws {
        let csv = "a,b\nx,This product broke after two days of use\ny,Support never answered my emails at all\n"
        let docs = try documentsOf(csv, name: "odd.csv", origin: "odd.csv")
        XCTAssertEqual(docs.map(\.blocks), [["This product broke after two days of use"], ["Support never answered my emails at all"]])
    }

    func testMultiParagraphTextBecomesBlocks() {
        XCTAssertEqual(ResolvedRecordMapping.blocks(of: "First part.\r\n\r\n  Second part\nstill second.\n\n\n"),
                       ["First part.", "Second part\nstill second."])
    }

    // MARK: - Dates

    func testDayFirstIsInferredWhenADayAboveTwelveAppears() {
        let inferred = RecordDates.inferFormat(["03/04/2025", "25/04/2025", "01/05/2025"])
        XCTAssertEqual(inferred?.format, .dayMonthYear)
        XCTAssertEqual(inferred?.assumed, false)
        XCTAssertEqual(RecordDates.parse("03/04/2025", format: .dayMonthYear), RecordTestSupport.utc(2025, 4, 3))
    }

    func testMonthFirstIsInferredWhenTheSecondComponentExceedsTwelve() throws {
        let inferred = RecordDates.inferFormat(["03/04/2025", "04/25/2025", "12/31/2024 11:30 PM"])
        XCTAssertEqual(inferred?.format, .monthDayYear)
        XCTAssertEqual(RecordDates.parse("03/04/2025", format: .monthDayYear), RecordTestSupport.utc(2025, 3, 4))
        XCTAssertEqual(RecordDates.parse("12/31/2024 11:30 PM", format: .monthDayYear),
                       RecordTestSupport.utc(2024, 12, 31).addingTimeInterval(23 * 3600 + 30 * 60))

        // End to end: the column decides, not each value on its own.
        let csv = "date,text\n03/04/2025,first\n04/25/2025,second\n"
        let docs = try documentsOf(csv, name: "us.csv", origin: "us.csv")
        XCTAssertEqual(docs.map { $0.published?.value }, [RecordTestSupport.utc(2025, 3, 4), RecordTestSupport.utc(2025, 4, 25)])
    }

    func testAmbiguousColumnIsReadDayFirstAndSaysItAssumed() {
        let inferred = RecordDates.inferFormat(["01-02-2025", "03-04-2025"])
        XCTAssertEqual(inferred?.format, .dayMonthYear)
        XCTAssertEqual(inferred?.assumed, true)
    }

    func testExcelSerialNumbersWithAndWithoutTime() throws {
        XCTAssertEqual(RecordDates.inferFormat(["45730", "45731.5"])?.format, .excelSerial)
        XCTAssertEqual(RecordDates.parse("45730", format: .excelSerial), RecordTestSupport.utc(2025, 3, 14))
        XCTAssertEqual(RecordDates.parse("45731.5", format: .excelSerial), RecordTestSupport.utc(2025, 3, 15).addingTimeInterval(12 * 3600))
        // A small number is a rating, not a date.
        XCTAssertNil(RecordDates.parse("8", format: .excelSerial))

        let docs = try documentsOf("datum;tekst\n45730;goed\n", name: "x.csv", origin: "x.csv")
        XCTAssertEqual(docs.first?.published?.value, RecordTestSupport.utc(2025, 3, 14))
    }

    func testISOAndTimesAndImpossibleDates() {
        XCTAssertEqual(RecordDates.parse("2025-03-14 10:22", format: .iso), RecordTestSupport.utc(2025, 3, 14).addingTimeInterval(37_320))
        XCTAssertEqual(RecordDates.parse("2025-03-14T10:22:05+01:00", format: .iso), RecordTestSupport.utc(2025, 3, 14).addingTimeInterval(33_725))
        XCTAssertEqual(RecordDates.parse("14.3.2025 08:00", format: .dayMonthYear), RecordTestSupport.utc(2025, 3, 14).addingTimeInterval(28_800))
        XCTAssertEqual(RecordDates.parse("2024-02-29", format: .iso), RecordTestSupport.utc(2024, 2, 29))
        XCTAssertNil(RecordDates.parse("2023-02-29", format: .iso))
        XCTAssertNil(RecordDates.parse("31/04/2025", format: .dayMonthYear))
        XCTAssertNil(RecordDates.parse("soon", format: .iso))
    }

    func testUnreadableDateIsWarnedAboutOnce() throws {
        let events = try RecordTestSupport.events(CSVRecordReader(
            data: Data("datum,tekst\n2025-01-01,a\nmorgen,b\ngisteren,c\n".utf8), origin: "d.csv", sourceName: "d.csv"))
        let warnings = events.compactMap { if case let .warning(origin, message) = $0 { return (origin, message) } else { return nil } }
        XCTAssertEqual(warnings.filter { $0.0 == "d.csv#line=3" }.count, 1)
        XCTAssertTrue(warnings.contains { $0.1.contains("2 dates could not be read") })
        XCTAssertEqual(RecordTestSupport.documents(events).map { $0.published == nil }, [false, true, true])
    }

    // MARK: - Languages

    func testLanguageValuesAreNormalised() {
        XCTAssertEqual(RecordMapping.normaliseLanguage("NL"), "nl")
        XCTAssertEqual(RecordMapping.normaliseLanguage("en-GB"), "en")
        XCTAssertEqual(RecordMapping.normaliseLanguage("Nederlands"), "nl")
        XCTAssertEqual(RecordMapping.normaliseLanguage("English"), "en")
        XCTAssertNil(RecordMapping.normaliseLanguage("?"))
        XCTAssertNil(RecordMapping.normaliseLanguage(""))
    }

    // MARK: - Helpers

    private func documentsOf(_ csv: String, name: String, origin: String, mapping: RecordMapping = .automatic) throws -> [Document] {
        let events = try RecordTestSupport.events(CSVRecordReader(data: Data(csv.utf8), origin: origin, sourceName: name, mapping: mapping))
        XCTAssertTrue(RecordTestSupport.failures(events).isEmpty, "\(RecordTestSupport.failures(events))")
        return RecordTestSupport.documents(events)
    }
}
