import Foundation
import XCTest
@testable import CentricIngest

/// Hostile pages through `HTMLPageSource`, the way a run meets them: each ends as a document or as a
/// skip with a reason (which the run writes to its manifest), in bounded time, without crashing.
final class HostileHTMLTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("centric-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func events(_ name: String, _ data: Data, extractor: HTMLExtractor = HTMLExtractor(),
                        seconds: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> [SourceEvent] {
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        let start = Date()
        var all: [SourceEvent] = []
        try HTMLPageSource(path: url.path, origin: name, extractor: extractor).read { all.append($0) }
        XCTAssertLessThan(Date().timeIntervalSince(start), seconds, "\(name) took unbounded time", file: file, line: line)
        return all
    }

    private func skipped(_ all: [SourceEvent]) -> Rejection? {
        for event in all { if case let .skipped(_, rejection) = event { return rejection } }
        return nil
    }

    private func document(_ all: [SourceEvent]) -> Document? {
        for event in all { if case let .document(d) = event { return d } }
        return nil
    }

    func testHundredThousandNestedElementsAreReadUpToTheLimitWithAWarning() throws {
        let depth = 100_000
        let html = "<html><body><p>A paragraph before the nesting, about service and waiting times.</p>"
            + String(repeating: "<div><span>", count: depth / 2) + "deep" + String(repeating: "</span></div>", count: depth / 2)
            + "</body></html>"
        let all = try events("nested.html", Data(html.utf8))
        XCTAssertEqual(document(all)?.blocks.first, "A paragraph before the nesting, about service and waiting times.")
        XCTAssertTrue(all.contains { if case let .warning(_, m) = $0 { return m.contains("nest") } else { return false } },
                      "the truncation is reported: \(all)")
    }

    func testHundredMegabytePageIsSkippedAsTooLargeWithoutBeingRead() throws {
        let url = dir.appendingPathComponent("huge.html")
        // Written in chunks so the test itself stays small in memory.
        FileManager.default.createFile(atPath: url.path, contents: Data("<html><body>".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        let chunk = Data(String(repeating: "<p>Customers waited an hour on the phone.</p>\n", count: 20_000).utf8)
        var written = 12
        while written < 100_000_000 {
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
        try handle.close()
        let start = Date()
        var all: [SourceEvent] = []
        try HTMLPageSource(path: url.path, origin: "huge.html").read { all.append($0) }
        XCTAssertLessThan(Date().timeIntervalSince(start), 1, "the size is checked before reading")
        guard case let .tooLarge(bytes, limit)? = skipped(all) else { return XCTFail("\(all)") }
        XCTAssertGreaterThanOrEqual(bytes, 100_000_000)
        XCTAssertEqual(limit, HTMLExtractor().maxBytes)
        XCTAssertEqual(skipped(all)?.code, "too_large")
    }

    func testPageFullOfNulBytesIsProcessed() throws {
        var data = Data("<html><body><p>Before the NULs: the helpdesk answered within a day.</p>".utf8)
        data.append(Data(repeating: 0, count: 10_000))
        data.append(Data("<p>After the NULs: the refund arrived a week later.</p></body></html>".utf8))
        let all = try events("nul.html", data)
        // Either read (NULs dropped) or skipped as binary: both are decisions with a reason, never a crash.
        if let doc = document(all) {
            XCTAssertTrue(doc.blocks.joined(separator: " ").contains("Before the NULs"), "\(doc.blocks)")
        } else {
            XCTAssertNotNil(skipped(all), "\(all)")
        }
        // A few stray NULs in an ordinary page (under 1% of its start) are dropped and the page is read.
        let filler = String(repeating: "<p>The support team called back the same afternoon and solved it.</p>\n", count: 20)
        let sprinkled = Data("<html><body><p>Stray\u{0} NUL\u{0} bytes in\u{0} a paragraph about service.</p>\(filler)</body></html>".utf8)
        let doc = document(try events("sprinkled.html", sprinkled))
        XCTAssertEqual(doc?.blocks.first, "Stray NUL bytes in a paragraph about service.")
    }

    func testPNGWithAnHTMLNameIsSkippedAsNotText() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        png.append(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        let rejection = skipped(try events("photo.html", png))
        XCTAssertEqual(rejection, .notText(detected: "PNG image"))
        XCTAssertEqual(rejection?.code, "not_text")
    }

    func testEntityBombIsNotExpanded() throws {
        // Billion laughs in an internal subset: the HTML parser must not expand it (no NOENT, no DTD load).
        var lol = "<!DOCTYPE html [<!ENTITY a \"lollollollollollollollollollol\">"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            lol += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
            previous = name
        }
        lol += "]><html><body><p>The page under the bomb talks about customer service.</p><p>&j;&j;&j;</p></body></html>"
        let all = try events("lol.html", Data(lol.utf8))
        if let doc = document(all) {
            XCTAssertLessThan(doc.blocks.joined().utf8.count, 10_000, "entities were expanded")
        } else {
            XCTAssertNotNil(skipped(all), "\(all)")
        }
        // Millions of character references: linear work, bounded output.
        let refs = "<html><body><p>" + String(repeating: "&amp;&lt;&#x41;&eacute;", count: 500_000) + "</p></body></html>"
        let many = try events("refs.html", Data(refs.utf8), seconds: 20)
        XCTAssertTrue(document(many) != nil || skipped(many) != nil, "\(many)")
    }

    func testEmptyAndWhitespacePagesAreSkippedWithReasons() throws {
        XCTAssertEqual(skipped(try events("empty.html", Data()))?.code, "empty")
        XCTAssertEqual(skipped(try events("blank.html", Data("  \n\t ".utf8)))?.code, "empty")
        XCTAssertEqual(skipped(try events("furniture.html", Data("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8)))?.code,
                       "no_main_text")
    }
}
