import Foundation
import XCTest

/// `centric run` on a folder of hostile pages: the run finishes, and the manifest gives each page
/// an outcome (processed, or skipped with a code and a reason).
final class HostileInputTests: XCTestCase {
    func testHostilePagesEndUpInTheManifestWithReasons() throws {
        let input = try CLI.temporaryDirectory(), output = try CLI.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let ok = "<html><body><p>The helpdesk answered within a day and the refund arrived a week later.</p></body></html>"
        try Data(ok.utf8).write(to: input.appendingPathComponent("ordinary.html"))
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        png.append(Data(repeating: 7, count: 2048))
        try png.write(to: input.appendingPathComponent("photo.html"))
        let nested = "<html><body>" + String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000) + "</body></html>"
        try Data(nested.utf8).write(to: input.appendingPathComponent("nested.html"))
        var nuls = Data("<html><body><p>Text</p>".utf8)
        nuls.append(Data(repeating: 0, count: 5000))
        try nuls.write(to: input.appendingPathComponent("nuls.html"))
        let big = String(repeating: "<p>Customers waited an hour on the phone.</p>", count: 30_000)
        try Data("<html><body>\(big)</body></html>".utf8).write(to: input.appendingPathComponent("big.html"))

        let result = try CLI.run(["run", input.path, "--out", output.path, "--max-bytes", "1000000", "--no-report"])
        XCTAssertNotEqual(result.status, 2, result.stderr)
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("manifest.json"))) as? [String: Any]
        let inputs = manifest?["inputs"] as? [[String: Any]] ?? []
        func entry(_ name: String) -> [String: Any]? { inputs.first { ($0["origin"] as? String)?.hasSuffix(name) == true } }

        XCTAssertEqual(entry("ordinary.html")?["outcome"] as? String, "processed", "\(inputs)")
        XCTAssertEqual(entry("photo.html")?["outcome"] as? String, "skipped")
        XCTAssertEqual(entry("photo.html")?["code"] as? String, "not_text")
        XCTAssertEqual(entry("nuls.html")?["outcome"] as? String, "skipped")
        XCTAssertEqual(entry("big.html")?["code"] as? String, "too_large")
        XCTAssertNotNil(entry("big.html")?["reason"] as? String)
        // Nothing readable above the parser's nesting limit: skipped with the reason.
        XCTAssertEqual(entry("nested.html")?["outcome"] as? String, "skipped")
        XCTAssertNotNil(entry("nested.html")?["reason"] as? String)
        let totals = manifest?["totals"] as? [String: Int]
        XCTAssertEqual(totals?["inputs"], 5)
    }
}
