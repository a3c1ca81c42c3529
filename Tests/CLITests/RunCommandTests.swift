import Foundation
import XCTest

/// `centric run` end to end on the shipped Corpora/ and Lexicons/.
final class RunCommandTests: XCTestCase {
    nonisolated(unsafe) static var output: URL!
    nonisolated(unsafe) static var result: CLI.Result!

    override class func setUp() {
        super.setUp()
        output = try! CLI.temporaryDirectory()
        result = try! CLI.run(["run", "--out", output.path])
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: Self.output.appendingPathComponent(name), encoding: .utf8)
    }

    func testRunSucceedsAndWritesEveryOutput() throws {
        XCTAssertEqual(Self.result.status, 0, Self.result.stderr)
        for name in ["documents.csv", "trends.csv", "manifest.json", "evidence.jsonl", "report.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.output.appendingPathComponent(name).path), name)
        }
        XCTAssertTrue(Self.result.stdout.contains("processed"))
    }

    func testManifestAccountsForEveryInput() throws {
        let facts = try CorpusFacts.load()
        let manifest = try JSONSerialization.jsonObject(with: Data(read("manifest.json").utf8)) as! [String: Any]
        let totals = manifest["totals"] as! [String: Int]
        XCTAssertEqual(totals["inputs"], totals["processed"]! + totals["skipped"]! + totals["failed"]!)
        let expected = facts.pages.count + facts.csv.rows + facts.jsonl.rows + facts.feeds.reduce(0) { $0 + $1.items }
        XCTAssertEqual(totals["processed"], expected, "every page, row, ticket and feed item becomes a document")
        let inputs = manifest["inputs"] as! [[String: Any]]
        XCTAssertEqual(inputs.count, totals["inputs"])
        let skipped = inputs.filter { $0["outcome"] as? String == "skipped" }
        XCTAssertTrue(skipped.allSatisfy { ($0["reason"] as? String)?.isEmpty == false }, "every skip has a reason")
        XCTAssertTrue(skipped.contains { $0["origin"] as? String == "Corpora/gold/" }, "the gold set is excluded by .centricignore, and says so")
        XCTAssertNotNil(manifest["lexicon_digest"] as? String)
    }

    func testDocumentsCSVHasTheDocumentedColumnsAndOneRowPerDocument() throws {
        let (header, rows) = CSVTable.records(try read("documents.csv"))
        XCTAssertEqual(Array(header.prefix(15)), ["id", "origin", "source", "kind", "title", "language", "language_confidence", "published",
                                                 "date_rule", "tokens", "sentiment", "sentiment_label", "primary_theme", "themes", "fields"])
        let themes = ["collaboration", "customer_experience", "customer_voice", "empowerment", "inward_focus",
                      "leadership_sponsorship", "loyalty", "recognition", "trust_values"]
        XCTAssertEqual(Set(header.dropFirst(15).dropLast()), Set(themes))
        XCTAssertEqual(header.last, "lexicon_digest")
        let manifest = try JSONSerialization.jsonObject(with: Data(read("manifest.json").utf8)) as! [String: Any]
        XCTAssertEqual(rows.count, (manifest["totals"] as! [String: Int])["processed"])
        XCTAssertEqual(Set(rows.map { $0["id"]! }).count, rows.count, "ids are unique")
        let multiline = try XCTUnwrap(rows.first { $0["origin"] == "Corpora/feedback/survey-export.csv#id=R-00012" })
        XCTAssertEqual(multiline["kind"], "feedback")
        XCTAssertTrue(multiline["fields"]!.contains("channel="))
    }

    func testLegacyEncodedDutchPagesKeepTheirDiacritics() throws {
        let facts = try CorpusFacts.load()
        let legacy = facts.pages.filter { $0.encoding != "utf-8" }
        XCTAssertGreaterThanOrEqual(legacy.count, 2)
        for page in legacy {
            let text = try CLI.run(["extract", page.file]).stdout
            XCTAssertTrue(text.contains(page.main_sentence), "\(page.file): \(page.main_sentence)")
            XCTAssertFalse(text.contains("Ã"), "\(page.file) has mojibake")
            let encoding = try CLI.run(["extract", "--field", "encoding", page.file]).stdout
            XCTAssertEqual(encoding.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: "iso-8859-1", with: "windows-1252"),
                           "windows-1252", page.file)
        }
    }

    func testExtractionKeepsTheArticleDropsBoilerplateAndFindsMetadata() throws {
        for page in try CorpusFacts.load().pages {
            let text = try CLI.run(["extract", page.file]).stdout
            XCTAssertTrue(text.contains(page.main_sentence), "\(page.file) lost: \(page.main_sentence)")
            XCTAssertFalse(text.contains(page.boilerplate_sentence), "\(page.file) kept boilerplate: \(page.boilerplate_sentence)")
            XCTAssertEqual(try CLI.run(["extract", "--field", "published", page.file]).stdout, page.published + "\n", page.file)
            XCTAssertEqual(try CLI.run(["extract", "--field", "title", page.file]).stdout, page.title + "\n", page.file)
        }
    }

    func testTrendsCSVHeaderAndCountsAgreeWithDocuments() throws {
        let (header, trends) = CSVTable.records(try read("trends.csv"))
        XCTAssertEqual(header, ["period", "theme", "documents", "documents_with_theme", "share", "hits", "rate_per_1k", "share_low", "share_high",
                                "mean_sentiment", "net_sentiment", "change", "change_p", "significant", "small_sample", "lexicon_digest", "centric_version"])
        let (_, documents) = CSVTable.records(try read("documents.csv"))
        // Recount from documents.csv: documents per month and documents carrying each theme.
        var perMonth: [String: Int] = [:], withTheme: [String: Int] = [:], hits: [String: Int] = [:]
        for d in documents {
            let period = d["published"]!.isEmpty ? "undated" : String(d["published"]!.prefix(7))
            perMonth[period, default: 0] += 1
            for theme in d["themes"]!.split(separator: ";") { withTheme[period + "/" + theme, default: 0] += 1 }
            for theme in ["loyalty", "collaboration"] { hits[period + "/" + theme, default: 0] += Int(d[theme]!)! }
        }
        XCTAssertGreaterThanOrEqual(perMonth.count, 12, "the corpus spans at least 12 months")
        for row in trends {
            let period = row["period"]!, theme = row["theme"]!
            XCTAssertEqual(Int(row["documents"]!), perMonth[period], "\(period)")
            XCTAssertEqual(Int(row["documents_with_theme"]!), withTheme[period + "/" + theme] ?? 0, "\(period) \(theme)")
            if let h = hits[period + "/" + theme] { XCTAssertEqual(Int(row["hits"]!), h) }
            let share = Double(row["share"]!)!, low = Double(row["share_low"]!)!, high = Double(row["share_high"]!)!
            XCTAssertTrue(low <= share && share <= high)
        }
        XCTAssertEqual(trends.map { $0["period"]! }, trends.map { $0["period"]! }.sorted { $0 == "undated" ? false : ($1 == "undated" ? true : $0 < $1) })
    }

    /// The sample rows written to express one theme unmistakably must come out with it; the rows
    /// written without any theme must come out with none. Floor: raise it, never lower it.
    func testClearThemeRowsComeOutWithTheirThemes() throws {
        let facts = try CorpusFacts.load()
        let (_, documents) = CSVTable.records(try read("documents.csv"))
        var byID: [String: Set<String>] = [:]
        for d in documents where d["origin"]!.contains("#id=R-") {
            byID[String(d["origin"]!.split(separator: "=").last!)] = Set(d["themes"]!.split(separator: ";").map(String.init))
        }
        var correct = 0
        var wrong: [String] = []
        for row in facts.clear_theme_rows {
            let got = try XCTUnwrap(byID[row.id], row.id)
            let ok = row.themes.isEmpty ? got.isEmpty : Set(row.themes).isSubset(of: got)
            if ok { correct += 1 } else { wrong.append("\(row.id) want \(row.themes) got \(got.sorted())") }
        }
        let rate = Double(correct) / Double(facts.clear_theme_rows.count)
        XCTAssertGreaterThanOrEqual(rate, 0.90, wrong.joined(separator: "\n"))
    }

    func testOutputIsByteIdenticalWhateverTheNumberOfWorkers() throws {
        let one = try CLI.temporaryDirectory(), two = try CLI.temporaryDirectory()
        XCTAssertEqual(try CLI.run(["run", "--out", one.path, "--workers", "1"]).status, 0)
        XCTAssertEqual(try CLI.run(["run", "--out", two.path, "--workers", "3"]).status, 0)
        for name in ["documents.csv", "trends.csv", "manifest.json", "evidence.jsonl", "report.html"] {
            let a = try Data(contentsOf: one.appendingPathComponent(name)), b = try Data(contentsOf: two.appendingPathComponent(name))
            XCTAssertEqual(a, b, name)
            XCTAssertEqual(a, try Data(contentsOf: Self.output.appendingPathComponent(name)), name)
        }
    }

    func testEvidenceLinesPointIntoTheirDocuments() throws {
        let lines = try read("evidence.jsonl").split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 100)
        for line in lines.prefix(200) {
            let e = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let chars = e["chars"] as! [Int]
            XCTAssertEqual((e["text"] as! String).unicodeScalars.count, chars[1] - chars[0])
            XCTAssertTrue((e["entry_location"] as! String).hasPrefix("Lexicons/themes/"))
        }
    }
}
