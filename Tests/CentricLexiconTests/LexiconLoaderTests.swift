import Foundation
import XCTest
@testable import CentricLexicon

final class LexiconLoaderTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("centric-lexicon-\(UUID().uuidString)")
        for sub in ["themes", "languages", "sentiment"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func testLoadsThemesRulesAndSentiment() throws {
        try write("themes/loyalty.yaml", """
        id: loyalty
        labels: {en: Loyalty and churn, nl: Loyaliteit}
        entries:
          en:
            - cancel* my subscription
            - pattern: would recommend
              weight: 1.5
              polarity: positive
          nl:
            - opzeggen
        """)
        try write("languages/en.yaml", "language: en\nnegators: [not, \"n't\", never]\nintensifiers: {very: 1.5}\ncontrast: [but]\n")
        try write("sentiment/en.tsv", "# comment\ngreat\t3.1\nterribl*\t-3\n")
        let loaded = try LexiconLoader().load(folder, displayPath: "Lex")
        XCTAssertEqual(loaded.issues, [])
        let lexicon = loaded.lexicon
        XCTAssertEqual(lexicon.themeIDs, ["loyalty"])
        XCTAssertEqual(lexicon.themes[0].entries.count, 3)
        XCTAssertEqual(lexicon.themes[0].entries[1].weight, 1.5)
        XCTAssertEqual(lexicon.themes[0].entries[1].polarity, .positive)
        XCTAssertEqual(lexicon.themes[0].entries[1].location, SourceLocation(file: "Lex/themes/loyalty.yaml", line: 6))
        XCTAssertEqual(lexicon.rules["en"]?.negators, ["not", "n't", "never"])
        XCTAssertEqual(lexicon.sentiment["en"]?.valence(of: "terribly"), -3)
        XCTAssertEqual(lexicon.sentiment["en"]?.valence(of: "great"), 3.1)
        XCTAssertEqual(lexicon.digest.count, 32)
    }

    func testBadEntriesAreReportedWithLineAndFixAndSkipped() throws {
        try write("themes/voice.yaml", """
        id: customer_voice
        labels: {en: Voice}
        entries:
          en:
            - listen * to customers
            - "* bad start"
            - pattern: feedback
              weight: -1
            - pattern: survey
              polarity: sideways
            - listen * to customers
        """)
        let loaded = try LexiconLoader().load(folder, displayPath: "Lex")
        XCTAssertEqual(loaded.lexicon.themes[0].entries.map(\.pattern.source), ["listen * to customers"])
        let lines = loaded.issues.map(\.location.line)
        XCTAssertEqual(lines, [6, 8, 10, 11])
        XCTAssertEqual(loaded.issues.map(\.severity), [.error, .error, .error, .warning])
        XCTAssertTrue(loaded.issues.allSatisfy { !$0.fix.isEmpty })
    }

    func testEvaluatedEntriesAreReadAndCheckedValues() throws {
        try write("themes/experience.yaml", """
        id: customer_experience
        labels: {en: Experience}
        entries:
          en:
            - {pattern: "=delivery", evaluated: true}
            - {pattern: waiting time, evaluated: false}
            - {pattern: queue, evaluated: often}
            - {pattern: the delivery address, weight: 0}
        """)
        let loaded = try LexiconLoader().load(folder, displayPath: "Lex")
        XCTAssertEqual(loaded.lexicon.themes[0].entries.map(\.evaluated), [true, false, false])
        XCTAssertEqual(loaded.lexicon.themes[0].entries.last?.weight, 0, "weight 0 is a stop phrase, not an error")
        XCTAssertEqual(loaded.issues.map(\.location.line), [7])
        XCTAssertEqual(loaded.issues.first?.severity, .error)
        XCTAssertTrue(loaded.issues.first?.fix.contains("evaluated: true") ?? false)
    }

    func testThemeStanceIsReadAndCheckedValues() throws {
        try write("themes/inward_focus.yaml", "id: inward_focus\nlabels: {en: Inward}\nstance: anti-pattern\nentries:\n  en: [red tape]\n")
        try write("themes/customer_voice.yaml", "id: customer_voice\nlabels: {en: Voice}\nstance: practise\nentries:\n  en: [feedback]\n")
        try write("themes/loyalty.yaml", "id: loyalty\nlabels: {en: Loyalty}\nentries:\n  en: [switch]\n")
        let loaded = try LexiconLoader().load(folder, displayPath: "Lex")
        let stances = Dictionary(uniqueKeysWithValues: loaded.lexicon.themes.map { ($0.id, $0.stance) })
        XCTAssertEqual(stances["inward_focus"], .antiPattern)
        XCTAssertEqual(stances["loyalty"], .some(nil), "no stance: an outcome, not a way of working")
        XCTAssertEqual(stances["customer_voice"], .some(nil), "a misspelt stance is dropped")
        let issue = try XCTUnwrap(loaded.issues.first { $0.location.file.hasSuffix("customer_voice.yaml") })
        XCTAssertEqual(issue.severity, .error)
        XCTAssertEqual(issue.location.line, 3)
        XCTAssertTrue(issue.fix.contains("stance: practice"))
    }

    func testYAMLSyntaxErrorNamesTheLine() throws {
        try write("themes/good.yaml", "id: good\nlabels: {en: Good}\nentries:\n  en: [kind]\n")
        try write("themes/broken.yaml", "id: broken\nentries:\n  en:\n    - \"unclosed\n")
        let loaded = try LexiconLoader().load(folder, displayPath: "Lex")
        XCTAssertEqual(loaded.lexicon.themeIDs, ["good"], "the broken file is skipped, the rest is used")
        let issue = try XCTUnwrap(loaded.issues.first { $0.location.file.hasSuffix("broken.yaml") })
        XCTAssertEqual(issue.severity, .error)
        XCTAssertTrue(issue.message.contains("YAML"))
    }

    func testNoThemesIsAnError() throws {
        try write("languages/en.yaml", "language: en\n")
        XCTAssertThrowsError(try LexiconLoader().load(folder)) { error in
            guard case .noThemes = error as? LexiconError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try LexiconLoader().load(folder.appendingPathComponent("missing")))
    }

    func testDigestChangesWithContent() throws {
        try write("themes/a.yaml", "id: a\nlabels: {en: A}\nentries:\n  en: [kind]\n")
        let first = try LexiconLoader().load(folder).lexicon.digest
        try write("themes/a.yaml", "id: a\nlabels: {en: A}\nentries:\n  en: [kinder]\n")
        let second = try LexiconLoader().load(folder).lexicon.digest
        XCTAssertNotEqual(first, second)
    }
}
