import Foundation
import XCTest
@testable import CentricIngest

/// A real HTTP server on 127.0.0.1 (Fixtures/http_fixture_server.py), started and stopped per test.
final class FixtureServer {
    let process = Process()
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/http_fixture_server.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw XCTSkip("the fixture HTTP server did not start (python3 missing?)")
        }
        self.port = port
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// How often each path was requested.
    func stats() throws -> [String: Int] {
        let data = try Data(contentsOf: URL(string: base + "/stats")!)
        return try JSONDecoder().decode([String: Int].self, from: data)
    }
}

final class URLFetcherTests: XCTestCase {
    private var server: FixtureServer!
    private var cache: URL!

    override func setUpWithError() throws {
        server = try FixtureServer()
        cache = FileManager.default.temporaryDirectory.appendingPathComponent("centric-http-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        server?.stop()
        try? FileManager.default.removeItem(at: cache)
    }

    private func policy(_ change: (inout FetchPolicy) -> Void = { _ in }) -> FetchPolicy {
        var policy = FetchPolicy(readTimeout: 1, totalTimeout: 5, maxRedirects: 5, maxBytes: 1 << 20, retries: 2,
                                 backoff: 0.05, maxRetryAfter: 5, hostDelay: 0, cacheDirectory: cache)
        change(&policy)
        return policy
    }

    private func body(_ outcome: URLFetcher.Outcome) -> String? {
        if case let .fetched(response) = outcome { return String(decoding: response.body, as: UTF8.self) }
        return nil
    }

    private func failure(_ url: String, _ fetcher: URLFetcher) -> IngestError? {
        do {
            _ = try fetcher.get(url)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Conditional requests

    func testETagThenNotModifiedOnTheNextRunReadsTheCachedBody() throws {
        let first = try URLFetcher(policy: policy()).get(server.base + "/etag")
        XCTAssertTrue(body(first)?.contains("Cached page") == true)
        // A new run (a new fetcher) sends If-None-Match and gets 304: the body comes from the cache.
        guard case let .fetched(again) = try URLFetcher(policy: policy()).get(server.base + "/etag") else {
            return XCTFail("expected the cached body")
        }
        XCTAssertTrue(again.fromCache)
        XCTAssertEqual(again.status, 304)
        XCTAssertTrue(String(decoding: again.body, as: UTF8.self).contains("Cached page"))
        XCTAssertEqual(try server.stats()["/etag:conditional"], 1)
        // --skip-unchanged: the same 304 skips the URL with a reason.
        guard case let .skipped(rejection) = try URLFetcher(policy: policy { $0.skipUnchanged = true }).get(server.base + "/etag") else {
            return XCTFail("expected a skip")
        }
        XCTAssertEqual(rejection, .unchanged)
        XCTAssertTrue(rejection.description.hasPrefix("unchanged since last run"))
    }

    func testAURLInputReportsTheCachedReadAsAWarning() throws {
        let options = IngestOptions(fetch: policy())
        _ = try events(server.base + "/etag", options)
        let second = try events(server.base + "/etag", options)
        XCTAssertEqual(second.documents, 1)
        XCTAssertTrue(second.warnings.contains { $0.contains("HTTP 304") })
    }

    // MARK: - Retries

    func testServerErrorThenSuccessIsRetried() throws {
        XCTAssertTrue(body(try URLFetcher(policy: policy()).get(server.base + "/flaky"))?.contains("Flaky page") == true)
        XCTAssertEqual(try server.stats()["/flaky"], 2)
    }

    func testPersistentServerErrorFailsAfterTheRetries() throws {
        let error = failure(server.base + "/always-500", URLFetcher(policy: policy()))
        XCTAssertEqual(error?.code, .fetchFailed)
        XCTAssertTrue(error?.message.contains("HTTP 503") == true, error?.message ?? "")
        XCTAssertTrue(error?.message.contains("after 3 attempts") == true, error?.message ?? "")
        XCTAssertEqual(try server.stats()["/always-500"], 3)
    }

    func testTooManyRequestsHonoursRetryAfter() throws {
        let start = Date()
        XCTAssertTrue(body(try URLFetcher(policy: policy()).get(server.base + "/busy"))?.contains("Busy page") == true)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.9, "Retry-After: 1 was not waited for")
        XCTAssertEqual(try server.stats()["/busy"], 2)
        // A Retry-After beyond the limit is not waited for.
        let error = failure(server.base + "/too-busy", URLFetcher(policy: policy()))
        XCTAssertTrue(error?.message.contains("retry after 3600 s") == true, error?.message ?? "")
    }

    // MARK: - Redirects

    func testRedirectLoopIsAFailureWithAReason() throws {
        let error = failure(server.base + "/loop/a", URLFetcher(policy: policy()))
        XCTAssertEqual(error?.code, .fetchFailed)
        XCTAssertTrue(error?.message.hasPrefix("redirect loop:") == true, error?.message ?? "")
        XCTAssertTrue(error?.message.contains("/loop/b ->") == true, error?.message ?? "")
    }

    func testRedirectChainUnderTheCapIsFollowed() throws {
        guard case let .fetched(response) = try URLFetcher(policy: policy()).get(server.base + "/chain/1") else {
            return XCTFail("expected a page")
        }
        XCTAssertEqual(response.url, server.base + "/chain/3")
        XCTAssertTrue(String(decoding: response.body, as: UTF8.self).contains("End of the chain"))
        // With a cap of 1 the same chain fails.
        let error = failure(server.base + "/chain/1", URLFetcher(policy: policy { $0.maxRedirects = 1 }))
        XCTAssertTrue(error?.message.hasPrefix("more than 1 redirects") == true, error?.message ?? "")
    }

    // MARK: - robots.txt, gzip, size, timeouts

    func testRobotsDisallowIsASkipWithTheRule() throws {
        let fetcher = URLFetcher(policy: policy())
        guard case let .skipped(rejection) = try fetcher.get(server.base + "/private/secret") else {
            return XCTFail("expected a skip")
        }
        XCTAssertEqual(rejection.code, "robots_disallowed")
        XCTAssertTrue(rejection.description.contains("Disallow: /private/"), rejection.description)
        XCTAssertNotNil(body(try fetcher.get(server.base + "/articles/1")))
        // robots.txt is fetched once per host and run.
        XCTAssertEqual(try server.stats()["/robots.txt"], 1)
        XCTAssertNil(try server.stats()["/private/secret"])
    }

    func testGzipEncodedBodyIsDecoded() throws {
        let text = body(try URLFetcher(policy: policy()).get(server.base + "/gzip"))
        XCTAssertTrue(text?.contains("Compressed page") == true, text ?? "nil")
    }

    func testOversizedBodyFails() throws {
        let error = failure(server.base + "/big", URLFetcher(policy: policy()))
        XCTAssertTrue(error?.message.contains("larger than 1048576 bytes") == true, error?.message ?? "")
    }

    func testSlowServerHitsTheReadTimeout() throws {
        let start = Date()
        let error = failure(server.base + "/slow", URLFetcher(policy: policy()))
        XCTAssertTrue(error?.message.hasPrefix("timed out") == true, error?.message ?? "")
        XCTAssertLessThan(Date().timeIntervalSince(start), 3.5)
        XCTAssertEqual(try server.stats()["/slow"], 1, "a timeout is not retried")
    }

    func testPerHostDelayIsKept() throws {
        let fetcher = URLFetcher(policy: policy { $0.hostDelay = 0.3 })
        let start = Date()
        for n in 1...3 { _ = try fetcher.get(server.base + "/articles/\(n)") }
        // robots.txt + 3 pages: three gaps of at least 0.3 s.
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.85)
    }

    // MARK: - Through the resolver

    private struct Events {
        var documents = 0
        var skipped: [(String, Rejection)] = []
        var failed: [(String, IngestError)] = []
        var warnings: [String] = []
        var docs: [Document] = []
    }

    private func events(_ argument: String, _ options: IngestOptions, root: URL? = nil) throws -> Events {
        var result = Events()
        let resolver = InputResolver(options: options)
        try resolver.forEachSource(for: argument, relativeTo: root ?? cache) { source in
            try source.read { event in
                switch event {
                case let .document(d):
                    result.documents += 1
                    result.docs.append(d)
                case let .skipped(o, r): result.skipped.append((o, r))
                case let .failed(o, e): result.failed.append((o, e))
                case let .warning(_, w): result.warnings.append(w)
                }
            }
        }
        return result
    }

    func testURLListFileReadsEachURLAndReportsBadLines() throws {
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let list = """
        # nightly list
        \(server.base)/articles/1
        not a url
        \(server.base)/loop/a
        \(server.base)/private/2
        \(server.base)/export.csv
        \(server.base)/articles/1
        """
        try list.write(to: cache.appendingPathComponent("sites.txt"), atomically: true, encoding: .utf8)
        let result = try events("sites.txt", IngestOptions(fetch: policy()))
        XCTAssertEqual(result.documents, 3)  // one page, two CSV records
        XCTAssertEqual(result.failed.map(\.0), [server.base + "/loop/a"])
        XCTAssertEqual(result.skipped.map(\.1.code), ["unsupported", "robots_disallowed", "duplicate"])
        XCTAssertEqual(result.skipped.first?.0, "sites.txt#line=3")
    }

    func testFollowLinksReadsTheLinkedPages() throws {
        // Without --follow-links: a title-only item is skipped and says how to read it.
        let plain = try events(server.base + "/feed.xml", IngestOptions(fetch: policy()))
        XCTAssertEqual(plain.documents, 2)
        XCTAssertEqual(plain.skipped.map(\.1.code), ["no_content"])
        XCTAssertTrue(plain.skipped.first?.1.description.contains("--follow-links") == true)

        let followed = try events(server.base + "/feed.xml", IngestOptions(fetch: policy(), followLinks: true))
        XCTAssertEqual(followed.docs.map(\.origin), [server.base + "/articles/1", server.base + "/articles/2", server.base + "/private/3"])
        XCTAssertTrue(followed.docs[0].text.contains("Part 0 of story 11"))
        XCTAssertTrue(followed.docs[1].text.contains("story 12"), "the page's text replaces the item summary")
        XCTAssertEqual(followed.docs[0].source, "Fixture feed")
        XCTAssertNotNil(followed.docs[0].published)
        // robots.txt forbids the third page: the item's own content stands in, with a warning.
        XCTAssertTrue(followed.docs[2].text.contains("feed's own words"))
        XCTAssertTrue(followed.warnings.contains { $0.contains("robots.txt") })
    }
}
