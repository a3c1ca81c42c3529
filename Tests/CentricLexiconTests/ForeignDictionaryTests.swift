import Foundation
import XCTest
@testable import CentricLexicon

/// Imports of other tools' dictionaries, on small fixtures written for these tests.
final class ForeignDictionaryTests: XCTestCase {
    func testLIWC2007WithWildcardsConditionalCodesAndWindows1252() throws {
        let text = "%\n1\tfunct\n2\tposemo (Positive emotion)\n%\na\t1\ncaf\u{E9}\t2\nhapp*\t2\nlike\t(02 134)2/1\n"
        let data = text.data(using: .windowsCP1252)!
        XCTAssertNil(String(data: data, encoding: .utf8), "the fixture must not be UTF-8")
        let (dictionary, issues) = ForeignDictionary.read(data, format: .liwc, file: "test.dic")
        XCTAssertEqual(dictionary.encoding, "windows-1252")
        XCTAssertTrue(issues.contains { $0.message.contains("windows-1252") })
        XCTAssertEqual(dictionary.categories.map(\.id), ["funct", "posemo"])
        XCTAssertEqual(dictionary.categories[0].terms.map(\.term), ["a", "like"])
        XCTAssertEqual(dictionary.categories[1].terms.map(\.term), ["café", "happ*", "like"])
        XCTAssertEqual(dictionary.categories[1].terms.map(\.line), [6, 7, 8])
    }

    func testLIWC2015MultiWordEntries() {
        let text = "%\n10\tdiscrep\n20\ttentat\n%\nkind of\t20\nwould have\t10\t20\nshould\t10\n"
        let (dictionary, issues) = ForeignDictionary.read(Data(text.utf8), format: .liwc, file: "t.dic")
        XCTAssertTrue(issues.isEmpty, "\(issues)")
        XCTAssertEqual(dictionary.categories.first { $0.name == "tentat" }?.terms.map(\.term), ["kind of", "would have"])
        let (themes, _) = dictionary.themes(language: "en", file: "t.dic")
        XCTAssertEqual(themes.first { $0.id == "tentat" }?.entries.map(\.pattern.source), ["=kind =of", "=would =have"])
    }

    func testLIWCUnknownCategoryAndMissingHeaderAreReported() {
        let (_, issues) = ForeignDictionary.read(Data("%\n1\ta\n%\nword\t7\n".utf8), format: .liwc, file: "t.dic")
        XCTAssertTrue(issues.contains { $0.message.contains("category number 7") && $0.location.line == 4 })
    }

    func testLIWC22Dicx() {
        let text = "DicTerm,Affect,Social\r\nhappy*,X,\r\n\"thank you\",X,X\r\nfriend*,,X\r\norphan,,\r\n"
        let (dictionary, issues) = ForeignDictionary.read(Data(text.utf8), format: .liwc22, file: "t.dicx")
        XCTAssertEqual(dictionary.categories.map(\.id), ["affect", "social"])
        XCTAssertEqual(dictionary.categories[0].terms.map(\.term), ["happy*", "thank you"])
        XCTAssertEqual(dictionary.categories[1].terms.map(\.term), ["thank you", "friend*"])
        XCTAssertTrue(issues.contains { $0.message.contains("orphan") })
    }

    func testQuantedaYAMLNested() {
        let text = "positive:\n  - good\n  - great*\neconomy:\n  markets: [stock*, bond*]\n"
        let (dictionary, issues) = ForeignDictionary.read(Data(text.utf8), format: .quanteda, file: "q.yml")
        XCTAssertTrue(issues.isEmpty)
        XCTAssertEqual(dictionary.categories.map(\.id), ["positive", "economy_markets"])
        XCTAssertEqual(dictionary.categories[1].terms.map(\.term), ["stock*", "bond*"])
    }

    func testTermConversion() {
        XCTAssertEqual(try ForeignDictionary.pattern(for: "Happy").get(), "=happy")
        XCTAssertEqual(try ForeignDictionary.pattern(for: "disappoint*").get(), "disappoint*")
        XCTAssertEqual(try ForeignDictionary.pattern(for: "thank you").get(), "=thank =you")
        XCTAssertThrowsError(try ForeignDictionary.pattern(for: ":)").get())
        XCTAssertThrowsError(try ForeignDictionary.pattern(for: "ab*").get())
        XCTAssertThrowsError(try ForeignDictionary.pattern(for: "w*rd").get())
    }

    func testLoaderReadsDicAndQuantedaDirectly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("centric-foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "%\n1\tcomplaint\n%\nrude\t1\nwait*\t1\n".write(to: folder.appendingPathComponent("liwc_en.dic"), atomically: true, encoding: .utf8)
        try "praise:\n  - vriendelijk*\n  - top\n".write(to: folder.appendingPathComponent("extra_nl.yaml"), atomically: true, encoding: .utf8)
        let loaded = try LexiconLoader().load(folder, displayPath: "lex")
        XCTAssertEqual(loaded.lexicon.themeIDs.sorted(), ["complaint", "praise"])
        let complaint = loaded.lexicon.themes.first { $0.id == "complaint" }!
        XCTAssertEqual(complaint.entries.map(\.language), ["en", "en"])
        XCTAssertEqual(complaint.entries.first?.location, SourceLocation(file: "lex/liwc_en.dic", line: 4))
        XCTAssertEqual(loaded.lexicon.themes.first { $0.id == "praise" }?.entries.map(\.language), ["nl", "nl"])
    }
}
