import Foundation
import XCTest

/// The lexicon tools an analyst uses to build and check a lexicon, run end to end on the shipped
/// corpus and lexicons: `kwic`, `lexicon import`, `lexicon lint` and `lexicon stats --corpus`.
final class LexiconToolsTests: XCTestCase {
    static let survey = "Corpora/feedback/survey-export.csv"

    /// KWIC lines are `left<TAB>match<TAB>right<TAB>origin`.
    private func kwicRows(_ result: CLI.Result) -> [[String]] {
        result.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func testKwicForAThemeShowsEveryMatchWithItsOriginAndIsDeterministic() throws {
        let first = try CLI.run(["kwic", "loyalty", Self.survey])
        XCTAssertEqual(first.status, 0, first.stderr)
        let rows = kwicRows(first)
        XCTAssertFalse(rows.isEmpty, "the survey export holds loyalty feedback")
        for row in rows {
            XCTAssertEqual(row.count, 4, "left, match, right, origin: \(row)")
            XCTAssertFalse(row[1].trimmingCharacters(in: .whitespaces).isEmpty, "empty match in \(row)")
            XCTAssertTrue(row[3].hasPrefix(Self.survey + "#id="), "origin names the file and the row: \(row[3])")
        }
        // Both languages of the export are searched.
        let matches = rows.map { $0[1].lowercased() }
        XCTAssertTrue(matches.contains { $0.contains("switch") || $0.contains("loyal") || $0.contains("recommend") }, "\(matches)")
        XCTAssertTrue(matches.contains { $0.contains("nooit meer") || $0.contains("over") || $0.contains("klant") }, "\(matches)")

        // Same input, same lines, whatever the number of workers.
        let again = try CLI.run(["kwic", "loyalty", Self.survey, "--workers", "1"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdout, first.stdout)
    }

    func testKwicForATermPutsTheMatchInTheMiddleColumn() throws {
        let result = try CLI.run(["kwic", "switch*", Self.survey, "--width", "30"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = kwicRows(result)
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            XCTAssertEqual(row.count, 4, "\(row)")
            XCTAssertTrue(row[1].lowercased().hasPrefix("switch"), "the match column holds the term: \(row)")
            XCTAssertLessThanOrEqual(row[0].count, 30, "left context is cut to --width: \(row[0])")
            XCTAssertLessThanOrEqual(row[2].count, 30, "right context is cut to --width: \(row[2])")
            XCTAssertTrue(row[3].contains("#id="), "\(row)")
        }
        XCTAssertEqual(try CLI.run(["kwic", "switch*", Self.survey, "--width", "30"]).stdout, result.stdout)
    }

    func testKwicWithATermThatNeverOccursPrintsNothingAndSucceeds() throws {
        let result = try CLI.run(["kwic", "xylophonequartet", Self.survey])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.lines.isEmpty, result.stdout)
    }

    func testLiwcImportWritesThemesThatLintAcceptsAndThatScore() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A LIWC 2015-style dictionary: categories between `%` lines, then term<TAB>category ids;
        // a prefix wildcard and a multi-word entry.
        let dic = """
        %
        1\tservice_manner
        2\tchurn
        %
        helpful\t1
        friendly\t1
        rude\t1
        switch provider\t2
        cancel*\t2

        """
        let dicURL = dir.appendingPathComponent("mini.dic")
        try Data(dic.utf8).write(to: dicURL)
        let out = dir.appendingPathComponent("imported")

        let imported = try CLI.run(["lexicon", "import", dicURL.path, "--out", out.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let themes = out.appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: themes.path).sorted()
        XCTAssertEqual(files, ["churn.yaml", "service_manner.yaml"])
        let yaml = try String(contentsOf: themes.appendingPathComponent("churn.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("id: churn"), yaml)
        XCTAssertTrue(yaml.contains("cancel*"), yaml)

        // The imported layout passes the same checks as the shipped lexicons.
        let lint = try CLI.run(["lexicon", "lint", out.path])
        XCTAssertEqual(lint.status, 0, lint.stdout + lint.stderr)
        XCTAssertTrue(lint.stdout.contains("0 errors"), lint.stdout)

        // And it scores text: a plain word, a wildcard and the multi-word entry all match.
        let explain = try CLI.run(["explain", "--lexicons", out.path, "--lang", "en",
                                   "The agent was helpful, but I am cancelling and will switch provider."])
        XCTAssertEqual(explain.status, 0, explain.stderr)
        XCTAssertTrue(explain.stdout.contains("\"helpful\" -> service_manner"), explain.stdout)
        XCTAssertTrue(explain.stdout.contains("\"cancelling\" -> churn"), explain.stdout)
        XCTAssertTrue(explain.stdout.contains("\"switch provider\" -> churn"), explain.stdout)
        XCTAssertTrue(explain.stdout.contains("churn: hits 2"), explain.stdout)
        XCTAssertTrue(explain.stdout.contains("PRESENT"), explain.stdout)

        // Importing twice gives the same files.
        let again = dir.appendingPathComponent("again")
        XCTAssertEqual(try CLI.run(["lexicon", "import", dicURL.path, "--out", again.path]).status, 0)
        for file in files {
            XCTAssertEqual(try Data(contentsOf: themes.appendingPathComponent(file)),
                           try Data(contentsOf: again.appendingPathComponent("themes").appendingPathComponent(file)), file)
        }
    }

    func testStatsOnTheFeedbackCorpusListsUnmatchedEntriesAndSuggestions() throws {
        let result = try CLI.run(["lexicon", "stats", "--corpus", "Corpora/feedback", "--suggestions", "5"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = result.stdout
        // The entry table first, with every shipped theme and the sentiment counts.
        for theme in ["collaboration", "customer_experience", "customer_voice", "empowerment", "inward_focus",
                      "leadership_sponsorship", "loyalty", "recognition", "trust_values"] {
            XCTAssertTrue(text.contains("\n" + theme + " "), "\(theme) missing from the table")
        }
        XCTAssertTrue(text.contains("sentiment en:"), text)
        XCTAssertTrue(text.contains("sentiment nl:"), text)

        // Then the corpus part: how many documents, which entries never matched (theme, language,
        // pattern, file:line), and words near theme hits that no entry covers.
        XCTAssertTrue(text.contains("corpus: "), text)
        let lines = result.lines
        let neverHeader = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("entries that never matched: ") })
        let count = Int(lines[neverHeader].split(separator: " ").last ?? "") ?? 0
        XCTAssertGreaterThan(count, 0)
        let firstNever = lines[neverHeader + 1].trimmingCharacters(in: .whitespaces).split(separator: "\t").map(String.init)
        XCTAssertEqual(firstNever.count, 4, "theme, language, pattern, location: \(firstNever)")
        XCTAssertTrue(["en", "nl"].contains(firstNever[1]), "\(firstNever)")
        XCTAssertTrue(firstNever[3].hasPrefix("Lexicons/themes/") && firstNever[3].contains(".yaml:"), "\(firstNever)")

        let suggestionsHeader = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("words near theme hits that no entry covers") })
        let suggestions = lines[(suggestionsHeader + 1)...].filter { $0.hasPrefix("  ") }
        XCTAssertFalse(suggestions.isEmpty, "suggestions for at least one theme")
        for line in suggestions {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            XCTAssertEqual(parts.count, 2, line)
            let words = parts[1].split(separator: ",")
            XCTAssertLessThanOrEqual(words.count, 5, "--suggestions caps each theme: \(line)")
            for w in words { XCTAssertNotNil(w.range(of: #"\(\d+\)$"#, options: .regularExpression), "word (count): \(w)") }
        }

        // Deterministic.
        XCTAssertEqual(try CLI.run(["lexicon", "stats", "--corpus", "Corpora/feedback", "--suggestions", "5"]).stdout, text)
    }
}
