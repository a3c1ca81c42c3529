import Foundation
import XCTest
@testable import CentricIngest

final class InputResolverTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("centric-resolver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: - Walking folders

    func testFolderIsWalkedInSortedOrderWithRelativeOrigins() throws {
        try write("corpus/b.csv", "id,text\n1,Goed\n")
        try write("corpus/a/2.txt", "two")
        try write("corpus/a/10.txt", "ten")
        try write("corpus/A.md", "# Upper\n\nbody")
        let origins = InputResolver().sources(for: "corpus", relativeTo: root).map(\.origin)
        // Byte order: uppercase before lowercase, "10" before "2"; every machine agrees.
        XCTAssertEqual(origins, ["corpus/A.md", "corpus/a/10.txt", "corpus/a/2.txt", "corpus/b.csv"])
        // The same with a trailing slash and a leading ./, as users type them.
        XCTAssertEqual(InputResolver().sources(for: "./corpus/", relativeTo: root).map(\.origin), origins)
    }

    func testCentricignoreSkipsAWholeFolderOnceAndHonoursGlobsAndNegation() throws {
        try write("corpus/.centricignore", "# gold labels are not input\ngold/\n*.bak\n!keep.bak\n/top-only.txt\n")
        try write("corpus/gold/one.jsonl", "{}")
        try write("corpus/gold/two.jsonl", "{}")
        try write("corpus/sub/gold/three.jsonl", "{}")
        try write("corpus/sub/top-only.txt", "kept: the rule is anchored at the root")
        try write("corpus/top-only.txt", "ignored")
        try write("corpus/old.bak", "x")
        try write("corpus/keep.bak", "x")
        try write("corpus/read.txt", "read me")

        let events = try readAll(InputResolver().sources(for: "corpus", relativeTo: root))
        let skipped = RecordTestSupport.skips(events)
        XCTAssertEqual(skipped.filter { $0.origin.hasPrefix("corpus/gold") }.map(\.origin), ["corpus/gold/"],
                       "an ignored folder is reported once, not file by file")
        XCTAssertEqual(rejection(of: "corpus/gold/", in: events), .excluded(rule: ".centricignore: gold/"))
        XCTAssertEqual(rejection(of: "corpus/sub/gold/", in: events), .excluded(rule: ".centricignore: gold/"))
        XCTAssertEqual(rejection(of: "corpus/old.bak", in: events), .excluded(rule: ".centricignore: *.bak"))
        XCTAssertEqual(rejection(of: "corpus/top-only.txt", in: events), .excluded(rule: ".centricignore: /top-only.txt"))
        // `!keep.bak` re-includes it: it is then judged as a file (an unknown type), not excluded.
        XCTAssertEqual(rejection(of: "corpus/keep.bak", in: events)?.code, "unsupported")
        XCTAssertEqual(RecordTestSupport.documents(events).map(\.origin), ["corpus/read.txt", "corpus/sub/top-only.txt"])
        XCTAssertFalse(events.contains { origin(of: $0).hasSuffix(".centricignore") }, "the ignore file is configuration, not input")
    }

    func testHiddenEntriesIncludeAndExcludeOptions() throws {
        try write("corpus/.git/config", "x")
        try write("corpus/a/keep.csv", "id,text\n1,a\n")
        try write("corpus/a/skip.txt", "x")
        try write("corpus/drafts/x.csv", "id,text\n1,a\n")
        let options = IngestOptions(include: ["*.csv"], exclude: ["drafts/"])
        let events = try readAll(InputResolver(options: options).sources(for: "corpus", relativeTo: root))
        XCTAssertEqual(rejection(of: "corpus/.git/", in: events), .excluded(rule: "hidden"))
        XCTAssertEqual(rejection(of: "corpus/drafts/", in: events), .excluded(rule: "--exclude drafts/"))
        XCTAssertEqual(rejection(of: "corpus/a/skip.txt", in: events), .excluded(rule: "not matched by --include"))
        XCTAssertEqual(RecordTestSupport.documents(events).map(\.origin), ["corpus/a/keep.csv#id=1"])
    }

    // MARK: - File types

    func testFileTypeComesFromContentThenExtension() throws {
        try write("in/feed.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>F</title></channel></rss>")
        try write("in/page.dat", "<!DOCTYPE html><html><body><p>Hallo</p></body></html>")
        try write("in/export.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n")
        try write("in/feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}")
        try write("in/scan.csv", Data("%PDF-1.7\n".utf8) + Data([0, 1, 2, 3]))
        try write("in/logo.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]))
        try write("in/old.csv.gz", Data([0x1F, 0x8B, 8, 0]))
        try write("in/empty.csv", "")
        try write("in/data.tsv", "id\ttext\n1\tgoed\n")
        try write("in/notes.weird", "some text")

        let sources = InputResolver().sources(for: "in", relativeTo: root)
        func source(_ name: String) -> (any Source)? { sources.first { $0.origin == "in/\(name)" } }
        XCTAssertTrue(source("feed.txt") is FeedReader)
        XCTAssertTrue(source("page.dat") is HTMLPageSource)
        XCTAssertTrue(source("export.json") is JSONLinesReader)
        XCTAssertTrue(source("feed.json") is FeedReader)
        XCTAssertTrue(source("data.tsv") is CSVRecordReader)

        let events = try readAll(sources)
        XCTAssertEqual(rejection(of: "in/scan.csv", in: events), .notText(detected: "PDF document"))
        XCTAssertEqual(rejection(of: "in/logo.png", in: events), .notText(detected: "PNG image"))
        // A gzip file is read through zlib; this one is only a header, so it fails and says why.
        XCTAssertTrue(events.contains {
            if case let .failed(origin, error) = $0 { origin == "in/old.csv.gz" && error.message.contains("ends early") } else { false }
        })
        XCTAssertEqual(rejection(of: "in/empty.csv", in: events), .empty)
        XCTAssertEqual(rejection(of: "in/notes.weird", in: events)?.code, "unsupported")
    }

    func testFilesOverTheLimitAreSkippedAsTooLargeButRecordFilesStream() throws {
        try write("big/page.html", "<html><body>" + String(repeating: "<p>x</p>", count: 200) + "</body></html>")
        try write("big/export.csv", "id,text\n" + (1...100).map { "\($0),feedback \($0)" }.joined(separator: "\n"))
        let events = try readAll(InputResolver(options: IngestOptions(maxBytes: 1000)).sources(for: "big", relativeTo: root))
        let size = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("big/page.html").path)[.size] as? Int
        XCTAssertEqual(rejection(of: "big/page.html", in: events), .tooLarge(bytes: try XCTUnwrap(size), limit: 1000))
        XCTAssertEqual(RecordTestSupport.documents(events).count, 100)
    }

    func testPlainTextFileIsOneArticle() throws {
        try write("notes/visit.md", "# Winkelbezoek\n\nDe medewerker was\nvriendelijk.\n\nMaar de kassa was traag.\n")
        let docs = RecordTestSupport.documents(try readAll(InputResolver().sources(for: "notes", relativeTo: root)))
        let doc = try XCTUnwrap(docs.first)
        XCTAssertEqual(doc.title, "Winkelbezoek")
        XCTAssertEqual(doc.blocks, ["De medewerker was vriendelijk.", "Maar de kassa was traag."])
        XCTAssertEqual(doc.kind, .article)
        XCTAssertEqual(doc.source, "notes")
        XCTAssertEqual(doc.id, FeedItem.articleID(blocks: doc.blocks))
    }

    // MARK: - Arguments

    func testSingleFileMissingPathAndAbsoluteArgument() throws {
        try write("one.csv", "id,text\n1,a\n")
        XCTAssertEqual(InputResolver().sources(for: "one.csv", relativeTo: root).map(\.origin), ["one.csv"])

        let missing = try readAll(InputResolver().sources(for: "nope/", relativeTo: root))
        XCTAssertEqual(RecordTestSupport.failures(missing).first?.error.code, .unreadable)

        try write("abs/x.txt", "text")
        let absolute = root.appendingPathComponent("abs").path
        XCTAssertEqual(InputResolver().sources(for: absolute, relativeTo: URL(fileURLWithPath: "/")).map(\.origin),
                       [absolute + "/x.txt"])
    }

    func testURLBecomesOneSourceFetchedOnlyWhenRead() {
        let sources = InputResolver().sources(for: "https://example.com/feed.xml", relativeTo: root)
        XCTAssertEqual(sources.map(\.origin), ["https://example.com/feed.xml"])
        XCTAssertTrue(sources.first is URLInput)
    }

    // MARK: - Globs

    func testGlobMatching() {
        var rules = IgnoreRules()
        rules.add("*.tmp", origin: "tmp")
        rules.add("docs/**/draft-?.md", origin: "drafts")
        rules.add("[Bb]ackup/", origin: "backup")
        XCTAssertEqual(rules.matchingRule("a/b/c.tmp", isDirectory: false), "tmp")
        XCTAssertNil(rules.matchingRule("a/b/c.tmpx", isDirectory: false))
        XCTAssertEqual(rules.matchingRule("docs/draft-1.md", isDirectory: false), "drafts")
        XCTAssertEqual(rules.matchingRule("docs/x/y/draft-2.md", isDirectory: false), "drafts")
        XCTAssertNil(rules.matchingRule("other/docs/draft-1.md", isDirectory: false), "a pattern with a slash is anchored")
        XCTAssertNil(rules.matchingRule("docs/draft-10.md", isDirectory: false))
        XCTAssertEqual(rules.matchingRule("x/Backup", isDirectory: true), "backup")
        XCTAssertNil(rules.matchingRule("x/Backup", isDirectory: false), "a trailing slash matches folders only")
        XCTAssertTrue(IgnoreRules.wildcard(Array("a*b*c".unicodeScalars)[...], Array("aXXbYYc".unicodeScalars)[...]))
        XCTAssertFalse(IgnoreRules.wildcard(Array("a*b*c".unicodeScalars)[...], Array("aXXbYY".unicodeScalars)[...]))
        XCTAssertTrue(IgnoreRules.wildcard(Array("[!a]x".unicodeScalars)[...], Array("bx".unicodeScalars)[...]))
        XCTAssertFalse(IgnoreRules.wildcard(Array("[!a]x".unicodeScalars)[...], Array("ax".unicodeScalars)[...]))
    }

    // MARK: - Helpers

    private func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    private func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func readAll(_ sources: [any Source]) throws -> [SourceEvent] {
        var events: [SourceEvent] = []
        for source in sources { try source.read { events.append($0) } }
        return events
    }

    private func rejection(of origin: String, in events: [SourceEvent]) -> Rejection? {
        RecordTestSupport.skips(events).first { $0.origin == origin }?.rejection
    }

    private func origin(of event: SourceEvent) -> String {
        switch event {
        case let .document(document): document.origin
        case let .skipped(origin, _), let .failed(origin, _), let .warning(origin, _): origin
        }
    }
}
