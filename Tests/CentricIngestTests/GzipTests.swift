import Foundation
import XCTest
@testable import CentricIngest

final class GzipTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("centric-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func read(_ name: String, options: IngestOptions = IngestOptions()) throws -> [SourceEvent] {
        var events: [SourceEvent] = []
        for source in InputResolver(options: options).sources(for: name, relativeTo: root) {
            try source.read { events.append($0) }
        }
        return events
    }

    private func documents(_ events: [SourceEvent]) -> [Document] {
        events.compactMap { if case let .document(d) = $0 { d } else { nil } }
    }

    func testRoundTripAcrossChunkBoundariesAndMembers() throws {
        let text = Data((0..<50_000).map { "line \($0) of a long export\n" }.joined().utf8)
        let once = GzipInflater.compress(text)
        XCTAssertEqual(try GzipInflater.decompress(once, limit: .max), text)
        // Two members back to back (`cat a.gz b.gz`) read as one stream, as gunzip does.
        XCTAssertEqual(try GzipInflater.decompress(once + once, limit: .max), text + text)
        XCTAssertThrowsError(try GzipInflater.decompress(once, limit: 1000))
    }

    func testCompressedCSVStreamsWithTheIdsOfThePlainFile() throws {
        let csv = "id,date,comment\n" + (1...500).map { "R-\($0),2025-03-01,Answer number \($0) was quick and kind.\n" }.joined()
        try Data(csv.utf8).write(to: root.appendingPathComponent("export.csv"))
        try GzipInflater.compress(Data(csv.utf8)).write(to: root.appendingPathComponent("export.csv.gz"))
        let plain = documents(try read("export.csv"))
        let packed = documents(try read("export.csv.gz"))
        XCTAssertEqual(packed.count, 500)
        XCTAssertEqual(packed.map(\.id), plain.map(\.id), "the same export, compressed or not, gives the same ids")
        XCTAssertEqual(packed.first?.origin, "export.csv.gz#id=R-1")
    }

    func testTypeIsSniffedFromTheDecompressedContent() throws {
        // No inner extension: the content says JSON lines, a feed, HTML.
        let jsonl = #"{"id":"1","text":"Het personeel luisterde echt naar mij."}"# + "\n"
        try GzipInflater.compress(Data(jsonl.utf8)).write(to: root.appendingPathComponent("dump.gz"))
        XCTAssertEqual(documents(try read("dump.gz")).map(\.kind), [.feedback])
        let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>A</title><link>https://example.org/a</link><description>Customers were finally heard by the company.</description></item>
        </channel></rss>
        """
        try GzipInflater.compress(Data(feed.utf8)).write(to: root.appendingPathComponent("feed.gz"))
        XCTAssertEqual(documents(try read("feed.gz")).map(\.origin), ["https://example.org/a"])
        let text = "Plain words about service.\n\nA second paragraph."
        try GzipInflater.compress(Data(text.utf8)).write(to: root.appendingPathComponent("notes.txt.gz"))
        XCTAssertEqual(documents(try read("notes.txt.gz")).first?.blocks.count, 2)
    }

    func testCorruptGzipIsAFailedInputWithAReason() throws {
        var bytes = [UInt8](GzipInflater.compress(Data(String(repeating: "klantgericht werken ", count: 400).utf8)))
        for i in 20..<40 { bytes[i] ^= 0x5A }
        try Data(bytes).write(to: root.appendingPathComponent("broken.csv.gz"))
        let events = try read("broken.csv.gz")
        guard case let .failed(origin, error)? = events.first else { return XCTFail("expected a failure, got \(events)") }
        XCTAssertEqual(origin, "broken.csv.gz")
        XCTAssertEqual(error.code, .undecodable)
        XCTAssertTrue(error.message.contains("gzip data is corrupt"), error.message)
    }

    func testTruncatedGzipSaysItWasCutOff() throws {
        let full = [UInt8](GzipInflater.compress(Data((0..<2000).map { "row \($0)\n" }.joined().utf8)))
        try Data(full[..<(full.count - 12)]).write(to: root.appendingPathComponent("cut.txt.gz"))
        let events = try read("cut.txt.gz")
        guard case let .failed(_, error)? = events.first else { return XCTFail("expected a failure, got \(events)") }
        XCTAssertTrue(error.message.contains("ends early"), error.message)
    }
}
