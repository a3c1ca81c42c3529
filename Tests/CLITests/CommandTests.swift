import Foundation
import XCTest

/// The single-stage commands, as users debugging a page or a lexicon run them.
final class CommandTests: XCTestCase {
    func testLanguageOnShortAndLongTexts() throws {
        XCTAssertTrue(try CLI.run(["language", "Nooit meer."]).stdout.hasPrefix("nl\t"))
        XCTAssertTrue(try CLI.run(["language", "Never again."]).stdout.hasPrefix("en\t"))
        let lines = try CLI.run(["language", "--lines", "-"], stdin: "De klantenservice belde me niet terug.\nThe agent called me back within an hour.\nTop!\n").lines
        XCTAssertEqual(lines.map { String($0.prefix(while: { $0 != "\t" })) }, ["nl", "en", "und"])
        let confidence = try XCTUnwrap(Double(lines[2].split(separator: "\t")[1]))
        XCTAssertLessThan(confidence, 0.5)
    }

    func testTokensWithStemsAndCompoundParts() throws {
        let result = try CLI.run(["tokens", "--lang", "nl", "--stem"], stdin: "De klantenservicemedewerkers belden me 's ochtends terug: € 12,50!")
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = result.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertTrue(rows.allSatisfy { $0.count == 5 }, "token, kind, normalized, stem, parts")
        let compound = try XCTUnwrap(rows.first { $0[0] == "klantenservicemedewerkers" })
        XCTAssertEqual(compound[1], "word")
        XCTAssertTrue(compound[4].contains("medewerker"), compound[4])
        XCTAssertEqual(rows.first { $0[0] == "'s" }?[1], "word")
        XCTAssertEqual(rows.first { $0[0] == "12,50" }?[1], "number")
        XCTAssertEqual(rows.first { $0[0] == "€" }?[1], "symbol")
    }

    func testEvalPrintsMetricsEndingWithTheTwoSummaryLines() throws {
        let result = try CLI.run(["eval", "Corpora/gold/dev.jsonl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.lines
        XCTAssertTrue(lines[lines.count - 2].hasPrefix("sentiment_accuracy=0."))
        XCTAssertTrue(lines[lines.count - 1].hasPrefix("macro_f1=0."))
        XCTAssertTrue(result.stdout.contains("customer_voice"))
    }

    func testExplainShowsNegatedMatches() throws {
        let result = try CLI.run(["explain", "--lang", "en", "The agent did not listen to my feedback."])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("customer_voice"), result.stdout)
        XCTAssertTrue(result.stdout.contains("NEGATED"), result.stdout)
    }

    func testScoreStreamsJSONLines() throws {
        let result = try CLI.run(["score", "--jsonl", "Corpora/feedback/support-tickets.jsonl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.lines
        XCTAssertEqual(lines.count, try CorpusFacts.load().jsonl.rows)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        XCTAssertEqual(first["kind"] as? String, "feedback")
        XCTAssertNotNil(first["sentiment_label"])
    }

    func testLexiconLintAcceptsTheShippedLexicons() throws {
        let result = try CLI.run(["lexicon", "lint", "Lexicons"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("0 errors"))
    }

    func testLexiconLintReportsFileLineAndFix() throws {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try "id: t\nlabels: {en: T}\nentries:\n  en:\n    - good words\n    - \"* bad\"\n".write(to: dir.appendingPathComponent("themes/t.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "lint", dir.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("themes/t.yaml:6: error"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fix:"), result.stdout)
    }

    func testBadUsageExitsWithTwo() throws {
        XCTAssertEqual(try CLI.run(["run", "--period", "fortnight"]).status, 2)
        XCTAssertEqual(try CLI.run(["extract", "--field", "colour", "x.html"]).status, 2)
        XCTAssertEqual(try CLI.run(["no-such-command"]).status, 2)
    }

    func testMissingLexiconIsAClearError() throws {
        let result = try CLI.run(["run", "--lexicons", "NoSuchFolder", "--out", try CLI.temporaryDirectory().path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--lexicons"), result.stderr)
    }

    func testPartialsFromShardsMergeToTheSingleRunTable() throws {
        let whole = try CLI.temporaryDirectory(), a = try CLI.temporaryDirectory(), b = try CLI.temporaryDirectory()
        XCTAssertEqual(try CLI.run(["run", "--out", whole.path, "--partial", "--no-report"]).status, 0)
        XCTAssertEqual(try CLI.run(["run", "Corpora/articles", "Corpora/feeds", "--out", a.path, "--partial", "--no-report"]).status, 0)
        XCTAssertEqual(try CLI.run(["run", "Corpora/feedback", "--out", b.path, "--partial", "--no-report"]).status, 0)
        let merged = try CLI.run(["merge", a.appendingPathComponent("partial.json").path, b.appendingPathComponent("partial.json").path])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(merged.stdout, try String(contentsOf: whole.appendingPathComponent("trends.csv"), encoding: .utf8))
    }
}
