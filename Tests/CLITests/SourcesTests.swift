import Foundation
import XCTest

/// End to end: `centric run` on our malformed samples, record-layout flags, standard input and
/// URL lists, checked in manifest.json and documents.csv.
final class SourcesTests: XCTestCase {
    struct Manifest: Decodable {
        struct Input: Decodable {
            var origin: String
            var outcome: String
            var code: String?
            var reason: String?
            var line: Int?
        }
        struct Totals: Decodable {
            var inputs: Int
            var processed: Int
            var skipped: Int
            var failed: Int
            var warnings: Int
        }
        struct Warning: Decodable {
            var origin: String
            var message: String
        }
        var inputs: [Input]
        var warnings: [Warning]
        var totals: Totals
    }

    private func manifest(_ out: URL) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json")))
    }

    private func assertReconciles(_ m: Manifest, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(m.totals.inputs, m.inputs.count, "every input is listed", file: file, line: line)
        XCTAssertEqual(m.totals.inputs, m.totals.processed + m.totals.skipped + m.totals.failed, file: file, line: line)
        XCTAssertEqual(m.totals.processed, m.inputs.filter { $0.outcome == "processed" }.count, file: file, line: line)
        for input in m.inputs where input.outcome != "processed" {
            XCTAssertFalse((input.reason ?? "").isEmpty, "\(input.origin) has no reason", file: file, line: line)
        }
    }

    func testMalformedCorpusEveryOutcomeAccountedFor() throws {
        let out = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["run", "Corpora/malformed", "--out", out.path, "--no-report", "--no-evidence"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let m = try manifest(out)
        assertReconciles(m)
        func outcome(_ origin: String) -> Manifest.Input? { m.inputs.first { $0.origin == "Corpora/malformed/" + origin } }

        XCTAssertEqual(outcome("binary-named.csv")?.code, "not_text")
        XCTAssertEqual(outcome("corrupt-export.csv.gz")?.outcome, "failed")
        XCTAssertTrue(outcome("corrupt-export.csv.gz")?.reason?.contains("gzip data is corrupt") == true)

        XCTAssertEqual(outcome("not-json.jsonl#line=2")?.code, "malformedJSON")
        XCTAssertEqual(outcome("not-json.jsonl#line=2")?.line, 2)
        XCTAssertEqual(outcome("not-json.jsonl#line=4")?.outcome, "failed")
        XCTAssertEqual(outcome("not-json.jsonl#id=T-1")?.outcome, "processed")
        XCTAssertEqual(outcome("not-json.jsonl#id=T-3")?.outcome, "processed")

        XCTAssertEqual(outcome("unclosed-quote.csv#line=3")?.code, "malformedRecord")
        XCTAssertTrue(outcome("unclosed-quote.csv#line=3")?.reason?.contains("never closed") == true)
        for id in ["R-1", "R-3", "R-4"] {
            XCTAssertEqual(outcome("unclosed-quote.csv#id=\(id)")?.outcome, "processed", id)
        }

        let feedFailure = m.inputs.first { $0.origin.hasPrefix("Corpora/malformed/truncated-feed.rss#line=") }
        XCTAssertEqual(feedFailure?.code, "malformedXML")
        XCTAssertTrue(feedFailure?.reason?.contains("breaks off") == true)
        XCTAssertEqual(m.inputs.first { $0.origin == "https://example.org/klant-aan-het-woord" }?.outcome, "processed")

        // The README documents the samples; the folder's .centricignore leaves it out, and says so.
        XCTAssertEqual(outcome("README.md")?.code, "excluded")
        XCTAssertEqual(m.totals.processed, 6)
        XCTAssertEqual(m.totals.failed, 5)
        XCTAssertEqual(m.totals.skipped, 2)
        // Inputs are listed in input order: the file walk's, then each file's rows in order.
        let files = m.inputs.map { $0.origin.components(separatedBy: "#")[0] }.filter { $0.hasPrefix("Corpora/") }
        XCTAssertEqual(files, files.sorted())
    }

    func testRecordLayoutFlagsEndToEnd() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // No header, semicolons, day-first dates that never settle the order by themselves.
        let csv = """
        T-1;03-04-2025;De medewerker luisterde echt naar mij en loste het op.;telefoon;nl
        T-2;05-06-2025;Nobody called me back after my complaint.;email;en
        T-3;07-08-2025;Top service!;chat;en
        """
        try csv.write(to: dir.appendingPathComponent("export.txt.csv"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run([
            "run", dir.appendingPathComponent("export.txt.csv").path, "--out", out.path, "--no-report", "--no-evidence",
            "--delimiter", ";", "--no-header", "--date-format", "mm/dd/yyyy", "--id", "column1", "--date", "column2",
            "--text", "column3", "--field", "column4", "--lang", "column5",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let m = try manifest(out)
        assertReconciles(m)
        XCTAssertEqual(m.totals.processed, 3)
        let table = CSVTable.records(try String(contentsOf: out.appendingPathComponent("documents.csv"), encoding: .utf8))
        XCTAssertEqual(table.rows.map { $0["origin"] ?? "" }.map { ($0 as NSString).lastPathComponent },
                       ["export.txt.csv#id=T-1", "export.txt.csv#id=T-2", "export.txt.csv#id=T-3"])
        // --date-format mm/dd/yyyy: 03-04-2025 is March 4th.
        XCTAssertEqual(table.rows.map { $0["published"] ?? "" }, ["2025-03-04", "2025-05-06", "2025-07-08"])
        XCTAssertEqual(table.rows.map { $0["fields"] ?? "" }, ["column4=telefoon", "column4=email", "column4=chat"])
        XCTAssertEqual(table.rows.first?["kind"], "feedback")

        let bad = try CLI.run(["run", "--delimiter", "ab", "--out", out.path])
        XCTAssertEqual(bad.status, 2)
    }

    func testStandardInputStreamsJSONLines() throws {
        let input = """
        {"id": "a1", "text": "The agent listened to me and fixed it."}
        not json
        {"id": "a2", "text": "Niemand luisterde naar mij."}

        """
        let result = try CLI.run(["score", "--jsonl", "-"], stdin: input)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.lines.count, 2)
        XCTAssertTrue(result.lines[0].contains(#""origin":"stdin#id=a1""#), result.lines[0])
        XCTAssertTrue(result.stderr.contains("stdin#line=2"), result.stderr)
    }

    func testURLListRunTwiceSendsConditionalRequests() throws {
        let script = CLI.packageRoot.appendingPathComponent("Tests/CentricIngestTests/Fixtures/http_fixture_server.py")
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", script.path]
        let pipe = Pipe()
        server.standardOutput = pipe
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        var portLine = Data()
        while true {
            let byte = pipe.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            portLine.append(byte)
        }
        guard let port = Int(String(decoding: portLine, as: UTF8.self)) else { throw XCTSkip("python3 fixture server did not start") }
        let base = "http://127.0.0.1:\(port)"

        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("nightly.urls")
        try "\(base)/etag\n\(base)/private/1\n\(base)/loop/a\n".write(to: list, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let arguments = ["run", "--urls", list.path, "--out", out.path, "--no-report", "--no-evidence", "--host-delay", "0", "--retries", "0"]
        // `run --urls` alone still reads the default corpus; point it at an empty folder.
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)

        XCTAssertEqual(try CLI.run(arguments + [empty.path]).status, 0)
        let first = try manifest(out)
        assertReconciles(first)
        XCTAssertEqual(first.inputs.map(\.outcome), ["processed", "skipped", "failed"])
        XCTAssertEqual(first.inputs[1].code, "robots_disallowed")
        XCTAssertTrue(first.inputs[2].reason?.hasPrefix("redirect loop") == true)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(".centric-cache/http/index.jsonl").path))

        XCTAssertEqual(try CLI.run(arguments + [empty.path]).status, 0)
        let second = try manifest(out)
        XCTAssertEqual(second.inputs.first?.outcome, "processed", "re-read from the cache after a 304")
        XCTAssertTrue(second.warnings.contains { $0.message.contains("HTTP 304") })

        XCTAssertEqual(try CLI.run(arguments + [empty.path, "--skip-unchanged"]).status, 1, "nothing processed")
        let third = try manifest(out)
        XCTAssertEqual(third.inputs.first?.code, "unchanged")
        XCTAssertEqual(third.inputs.first?.reason?.hasPrefix("unchanged since last run"), true)
    }
}
