import Foundation
import XCTest

/// Trend tables and the report end to end: the files `run` writes beside trends.csv, `centric
/// trends` over scores, stores and partials, random shards merging to the single run, and the
/// report rendered in headless Chromium.
final class TrendsReportTests: XCTestCase {
    static let trendFiles = ["trends.csv", "trend_directions.csv", "trends.json", "trends.md", "trends-wide.csv", "report.html"]

    /// One grouped run over the corpus, shared by the tests that only read it.
    nonisolated(unsafe) static var grouped: URL?

    func groupedRun() throws -> URL {
        if let url = Self.grouped { return url }
        let out = try CLI.temporaryDirectory()
        let result = try CLI.run(["run", "--by", "language,channel", "--partial", "--wide", "--workers", "1", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        Self.grouped = out
        return out
    }

    func read(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    // MARK: - Files written by run

    func testEveryTrendFileNamesDigestAndVersion() throws {
        let out = try groupedRun()
        let manifest = try JSONSerialization.jsonObject(with: Data(try read(out, "manifest.json").utf8)) as! [String: Any]
        let digest = manifest["lexicon_digest"] as! String, version = manifest["centric_version"] as! String
        for name in ["trends.csv", "trend_directions.csv", "trends-wide.csv"] {
            let (header, rows) = CSVTable.records(try read(out, name))
            XCTAssertEqual(Array(header.suffix(2)), ["lexicon_digest", "centric_version"], name)
            XCTAssertFalse(rows.isEmpty, name)
            XCTAssertTrue(rows.allSatisfy { $0["lexicon_digest"] == digest && $0["centric_version"] == version }, name)
        }
        let json = try JSONSerialization.jsonObject(with: Data(try read(out, "trends.json").utf8)) as! [String: Any]
        XCTAssertEqual(json["lexicon_digest"] as? String, digest)
        XCTAssertEqual(json["centric_version"] as? String, version)
        XCTAssertEqual(json["group_fields"] as? [String], ["language", "channel"])
        XCTAssertTrue(try read(out, "trends.md").contains("Centric \(version) · lexicon digest `\(digest)`"))
        XCTAssertTrue(try read(out, "report.html").contains("lexicon \(digest.prefix(12))"))
    }

    func testLongCSVColumnsAndDirections() throws {
        let out = try groupedRun()
        let (header, rows) = CSVTable.records(try read(out, "trends.csv"))
        XCTAssertEqual(Array(header.prefix(10)), ["period", "language", "channel", "theme", "documents", "documents_with_theme", "share", "hits", "rate_per_1k", "share_low"])
        let (dHeader, directions) = CSVTable.records(try read(out, "trend_directions.csv"))
        XCTAssertEqual(Array(dHeader.prefix(9)), ["language", "channel", "theme", "periods", "direction", "tau", "p", "slope", "first_period"])
        // One direction per (groups, theme) series with dated documents.
        let series = Set(rows.filter { $0["period"] != "undated" }.map { [$0["language"]!, $0["channel"]!, $0["theme"]!] })
        XCTAssertEqual(directions.count, series.count)
        for d in directions {
            XCTAssertTrue(["increasing", "decreasing", "no trend"].contains(d["direction"]!), d["direction"]!)
            if let p = Double(d["p"]!), d["direction"] != "no trend" { XCTAssertLessThan(p, 0.05) }
            if Int(d["periods"]!)! < 3 { XCTAssertEqual(d["p"], "") }
        }
        // The JSON carries the same rows, and the ungrouped table for the report.
        let json = try JSONSerialization.jsonObject(with: Data(try read(out, "trends.json").utf8)) as! [String: Any]
        XCTAssertEqual((json["rows"] as! [Any]).count, rows.count)
        XCTAssertEqual((json["directions"] as! [Any]).count, directions.count)
        let overall = json["overall"] as! [String: Any]
        let datedOverall = (overall["rows"] as! [[String: Any]]).filter { $0["period"] as? String != "undated" }
        XCTAssertEqual(datedOverall.count, (json["periods"] as! [Any]).count * (json["themes"] as! [Any]).count)
    }

    func testTrendFilesAreByteIdenticalWhateverTheCoresAndFileOrder() throws {
        let first = try groupedRun(), second = try CLI.temporaryDirectory()
        let result = try CLI.run(["run", "Corpora/feedback", "Corpora/feeds", "Corpora/articles", "--by", "language,channel", "--partial", "--wide",
                                  "--workers", "3", "--out", second.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        for name in Self.trendFiles + ["partial.json"] {
            XCTAssertEqual(try Data(contentsOf: first.appendingPathComponent(name)), try Data(contentsOf: second.appendingPathComponent(name)), name)
        }
    }

    // MARK: - centric trends

    func testTrendsFromScoresEqualTheRun() throws {
        let out = try groupedRun()
        let scores = try CLI.run(["score", "--jsonl", "Corpora"])
        XCTAssertEqual(scores.status, 0, scores.stderr)
        let file = try CLI.temporaryDirectory().appendingPathComponent("scores.jsonl")
        try scores.stdout.write(to: file, atomically: true, encoding: .utf8)
        let trends = try CLI.run(["trends", file.path, "--by", "language,channel"])
        XCTAssertEqual(trends.status, 0, trends.stderr)
        XCTAssertEqual(trends.stdout, try read(out, "trends.csv"))
        let directions = try CLI.run(["trends", "-", "--by", "language,channel", "--format", "directions"], stdin: scores.stdout)
        XCTAssertEqual(directions.stdout, try read(out, "trend_directions.csv"))
    }

    func testTrendsFromAStoreEqualTheRun() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("centric.sqlite").path
        let run = try CLI.run(["run", "--store", store, "--period", "week", "--by", "kind", "--no-report", "--no-evidence", "--out", dir.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let trends = try CLI.run(["trends", store, "--period", "week", "--by", "kind"])
        XCTAssertEqual(trends.status, 0, trends.stderr)
        XCTAssertEqual(trends.stdout, try read(dir, "trends.csv"))
    }

    func testTrendsFromAPartialDropsGroupsExactly() throws {
        let out = try groupedRun(), byLanguage = try CLI.temporaryDirectory()
        XCTAssertEqual(try CLI.run(["run", "--by", "language", "--no-report", "--no-evidence", "--out", byLanguage.path]).status, 0)
        let trends = try CLI.run(["trends", out.appendingPathComponent("partial.json").path, "--by", "language", "--out", try CLI.temporaryDirectory().path])
        XCTAssertEqual(trends.status, 0, trends.stderr)
        let folder = URL(fileURLWithPath: trends.stderr.split(separator: "\n")[0].replacingOccurrences(of: "wrote ", with: "")).deletingLastPathComponent()
        for name in ["trends.csv", "trend_directions.csv"] {
            XCTAssertEqual(try read(folder, name), try read(byLanguage, name), name)
        }
        // A partial cannot be re-cut into other periods, nor grouped by a field it does not have.
        XCTAssertEqual(try CLI.run(["trends", out.appendingPathComponent("partial.json").path, "--period", "week"]).status, 2)
        XCTAssertEqual(try CLI.run(["trends", out.appendingPathComponent("partial.json").path, "--by", "source"]).status, 2)
        XCTAssertEqual(try CLI.run(["trends", "no-such-scores.jsonl"]).status, 2)
    }

    /// Random shards of the survey export's rows and of the article pages, each aggregated on its
    /// own (with its own number of workers), merge to exactly the single run's tables.
    func testRandomShardsMergeToTheSingleRunByteForByte() throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        var rng = SplitMix64(seed: seed)
        let context = "seed \(seed)"
        let csvPath = "Corpora/feedback/survey-export.csv"
        let table = Self.parseCSV(try String(contentsOf: CLI.packageRoot.appendingPathComponent(csvPath), encoding: .utf8))
        let header = table[0], rows = Array(table.dropFirst())
        let pages = try FileManager.default.subpathsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("Corpora/articles").path)
            .filter { $0.hasSuffix(".html") }.sorted().map { "Corpora/articles/" + $0 }
        let mapping = ["--text", "comment", "--date", "submitted", "--id", "response_id", "--lang", "lang", "--field", "channel", "--field", "rating"]
        let grouping = ["--by", "language,channel", "--period", "month", "--wide", "--no-report", "--no-evidence"]

        let whole = try CLI.temporaryDirectory()
        let single = try CLI.run(["run", "Corpora/articles", csvPath, "--out", whole.path] + mapping + grouping)
        XCTAssertEqual(single.status, 0, single.stderr)

        let shardCount = Int.random(in: 2...5, using: &rng)
        var shardRows = Array(repeating: [[String]](), count: shardCount)
        var shardPages = Array(repeating: [String](), count: shardCount)
        for (i, row) in rows.shuffled(using: &rng).enumerated() {
            shardRows[i < shardCount ? i : Int.random(in: 0..<shardCount, using: &rng)].append(row)
        }
        for page in pages { shardPages[Int.random(in: 0..<shardCount, using: &rng)].append(page) }

        var partials: [String] = []
        for s in 0..<shardCount {
            let dir = try CLI.temporaryDirectory()
            let csv = dir.appendingPathComponent("shard-\(s).csv")
            try ([header] + shardRows[s]).map(Self.csvLine).joined().write(to: csv, atomically: true, encoding: .utf8)
            let workers = String(Int.random(in: 1...3, using: &rng))
            let result = try CLI.run(["run"] + shardPages[s] + [csv.path, "--out", dir.path, "--partial", "--workers", workers] + mapping + grouping)
            XCTAssertEqual(result.status, 0, "\(context): \(result.stderr)")
            partials.append(dir.appendingPathComponent("partial.json").path)
        }
        let merged = try CLI.run(["merge"] + partials.shuffled(using: &rng))
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(merged.stdout, try read(whole, "trends.csv"), "\(context), \(shardCount) shards")
        let mergedOut = try CLI.temporaryDirectory()
        XCTAssertEqual(try CLI.run(["merge", "--out", mergedOut.path, "--wide"] + partials).status, 0)
        for name in ["trends.csv", "trend_directions.csv", "trends-wide.csv"] {
            XCTAssertEqual(try read(mergedOut, name), try read(whole, name), "\(context): \(name)")
        }
    }

    /// RFC 4180 records, read scalar by scalar (a CRLF is one `Character` in Swift, so a
    /// character-wise reader misses the line ends of a CRLF file).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var quoted = false, afterQuote = false
        for u in text.unicodeScalars {
            if quoted {
                if u == "\"" { quoted = false; afterQuote = true } else { field.append(u) }
                continue
            }
            switch u {
            case "\"": if afterQuote { field.append(u) }; quoted = true
            case ",": row.append(String(field)); field = String.UnicodeScalarView()
            case "\r": break
            case "\n": row.append(String(field)); rows.append(row); row = []; field = String.UnicodeScalarView()
            default: field.append(u)
            }
            afterQuote = false
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }

    static func csvLine(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\n"
    }

    // MARK: - centric report

    func testReportFromTrendsJSONAndFromAPartial() throws {
        let out = try groupedRun()
        let fromJSON = try CLI.run(["report", "--from", out.appendingPathComponent("trends.json").path])
        XCTAssertEqual(fromJSON.status, 0, fromJSON.stderr)
        let original = try read(out, "report.html")
        func count(_ s: String, _ needle: String) -> Int { s.components(separatedBy: needle).count - 1 }
        XCTAssertEqual(count(fromJSON.stdout, "<circle class=\"point"), count(original, "<circle class=\"point"))
        XCTAssertEqual(count(fromJSON.stdout, "<mark>"), count(original, "<mark>"), "trends.json keeps the evidence snippets")
        let fromPartial = try CLI.run(["report", "--from", out.appendingPathComponent("partial.json").path, "--title", "Shards"])
        XCTAssertEqual(fromPartial.status, 0, fromPartial.stderr)
        XCTAssertEqual(count(fromPartial.stdout, "<svg class=\"chart\""), count(original, "<svg class=\"chart\""))
        XCTAssertTrue(fromPartial.stdout.contains("<h1>Shards</h1>"))
    }

    /// Renders report.html in headless Chromium and asserts on the rendered DOM; the screenshot
    /// is kept in the temporary folder for a person to look at.
    func testReportRendersInHeadlessChromium() throws {
        guard let chromium = Self.chromium() else {
            throw XCTSkip("chromium not found (make test installs Debian's chromium package)")
        }
        let out = try groupedRun()
        let report = out.appendingPathComponent("report.html")
        let shot = out.appendingPathComponent("report.png")
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run"]
        let screenshot = try Self.execute(chromium, flags + ["--screenshot=\(shot.path)", "--window-size=1400,3000", report.absoluteString])
        XCTAssertEqual(screenshot.status, 0, screenshot.stderr)
        let png = try Data(contentsOf: shot)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG")
        XCTAssertGreaterThan(png.count, 50_000, "a blank page compresses to almost nothing")
        print("report screenshot: \(shot.path)")

        let dump = try Self.execute(chromium, flags + ["--dump-dom", report.absoluteString])
        XCTAssertEqual(dump.status, 0, dump.stderr)
        let dom = dump.stdout
        let json = try JSONSerialization.jsonObject(with: Data(try read(out, "trends.json").utf8)) as! [String: Any]
        let periods = (json["periods"] as! [String]).count, themes = (json["themes"] as! [Any]).count
        XCTAssertGreaterThanOrEqual(periods, 12)
        // Each theme's chart: one point per period.
        let charts = dom.components(separatedBy: "<svg class=\"chart\"").dropFirst().map { String($0.prefix(upTo: $0.range(of: "</svg>")!.lowerBound)) }
        XCTAssertEqual(charts.count, themes)
        for chart in charts {
            XCTAssertEqual(chart.components(separatedBy: "<circle class=\"point").count - 1, periods, String(chart.prefix(80)))
            XCTAssertEqual(chart.components(separatedBy: "class=\"band\"").count - 1, 1, "one interval band")
        }
        // The heatmap: themes x periods cells.
        XCTAssertEqual(dom.components(separatedBy: "<rect class=\"cell").count - 1, themes * periods)
        // The overview has a row per theme; changes, evidence in both languages, no script.
        XCTAssertEqual(dom.components(separatedBy: "<svg class=\"spark\"").count - 1, themes)
        XCTAssertTrue(dom.contains("id=\"changes\""))
        XCTAssertTrue(dom.contains("<div class=\"lang-block\" lang=\"en\">") && dom.contains("<div class=\"lang-block\" lang=\"nl\">"))
        XCTAssertFalse(dom.contains("<script"))
    }

    static func chromium() -> URL? {
        let env = ProcessInfo.processInfo.environment["CHROMIUM"].map { [$0] } ?? []
        for path in env + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return nil
    }

    /// Runs a program with a time limit (a hung browser fails the test instead of the suite).
    static func execute(_ program: URL, _ arguments: [String], timeout: TimeInterval = 120) throws -> CLI.Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + timeout
        let timer = DispatchQueue.global()
        timer.asyncAfter(deadline: deadline) { if process.isRunning { process.terminate() } }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A seeded generator, so a failing random split can be replayed from the seed in the message.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
