import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How URLs are fetched: the limits and manners of a polite crawler. Defaults live here.
public struct FetchPolicy: Sendable, Equatable {
    /// Seconds without a byte from the server (while connecting or reading) before giving up.
    /// URLSession on Linux has one idle timer for both phases, so connect and read share it.
    public var readTimeout: TimeInterval
    /// Seconds a whole exchange (one request, redirects not included) may take.
    public var totalTimeout: TimeInterval
    /// Redirects followed per URL; one more is a failure, and so is a loop.
    public var maxRedirects: Int
    /// The largest body accepted (after Content-Encoding is undone); a larger one fails the URL.
    public var maxBytes: Int
    /// Retries after a 429 or 5xx answer, or a dropped connection (not after a timeout: a slow
    /// server stays slow, and each retry would cost another full timeout).
    public var retries: Int
    /// The first retry waits this long; each further one twice as long (a `Retry-After` header
    /// asking for longer wins).
    public var backoff: TimeInterval
    /// A `Retry-After` above this is not waited for: the URL fails and says so.
    public var maxRetryAfter: TimeInterval
    /// The least time between two requests to the same host (robots.txt included).
    public var hostDelay: TimeInterval
    /// Fetch each host's robots.txt and skip what it disallows for `Centric` (or `*`).
    public var respectRobots: Bool
    /// Where ETag/Last-Modified and the last bodies are kept between runs; `nil`: no cache.
    public var cacheDirectory: URL?
    /// On a 304, skip the URL (`unchanged since last run`) instead of reading the cached body.
    public var skipUnchanged: Bool
    public var userAgent: String

    /// The product token robots.txt groups are matched against.
    public static let robotsAgent = "centric"

    public init(
        readTimeout: TimeInterval = 30, totalTimeout: TimeInterval = 120, maxRedirects: Int = 5,
        maxBytes: Int = IngestOptions.defaultMaxBytes, retries: Int = 3, backoff: TimeInterval = 1,
        maxRetryAfter: TimeInterval = 120, hostDelay: TimeInterval = 1, respectRobots: Bool = true,
        cacheDirectory: URL? = nil, skipUnchanged: Bool = false,
        userAgent: String = "Centric/0.1 (text analytics; honours robots.txt)"
    ) {
        self.readTimeout = readTimeout
        self.totalTimeout = totalTimeout
        self.maxRedirects = maxRedirects
        self.maxBytes = maxBytes
        self.retries = retries
        self.backoff = backoff
        self.maxRetryAfter = maxRetryAfter
        self.hostDelay = hostDelay
        self.respectRobots = respectRobots
        self.cacheDirectory = cacheDirectory
        self.skipUnchanged = skipUnchanged
        self.userAgent = userAgent
    }
}

/// HTTP(S) GET for URLs, URL lists and feed links: timeouts, a redirect cap with loop detection,
/// a size cap, gzip, retries with exponential backoff on 429/5xx (honouring `Retry-After`), a
/// per-host delay, robots.txt, and conditional requests from an ETag/Last-Modified cache.
///
/// One fetcher serves a whole run (it holds the per-host state: robots rules, last request
/// times), and is safe to share between threads. Requests are blocking: the caller's thread
/// waits on a semaphore while URLSession works on its own queue (never call it from a Swift
/// concurrency task that URLSession's callbacks would need).
public final class URLFetcher: Sendable {
    /// A response as readers want it.
    public struct Response: Sendable {
        /// The URL the body came from, after redirects.
        public var url: String
        public var status: Int
        public var contentType: String?
        public var body: Data
        /// True when the server said 304 and the body is the one kept from the last run.
        public var fromCache: Bool
    }

    /// What became of a fetch that did not fail.
    public enum Outcome: Sendable {
        case fetched(Response)
        /// The URL is not read, for the reason given (robots.txt, unchanged since last run).
        case skipped(Rejection)
    }

    public let policy: FetchPolicy
    private let state = Locked(State())
    private let cache: HTTPCache?

    private struct State {
        var robots: [String: RobotsRules] = [:]
        var lastRequest: [String: Date] = [:]
    }

    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
        self.cache = policy.cacheDirectory.map(HTTPCache.init(directory:))
    }

    /// The old entry point: fetches `url` with `maxBytes` as the cap; a skip becomes an error.
    public convenience init(timeout: TimeInterval = 20, maxBytes: Int) {
        self.init(policy: FetchPolicy(readTimeout: timeout, maxBytes: maxBytes, hostDelay: 0))
    }

    /// Fetches `url`'s body; a skip (robots.txt, unchanged) is thrown as an error too.
    public func fetch(_ url: String) throws(IngestError) -> Response {
        switch try get(url) {
        case let .fetched(response): return response
        case let .skipped(rejection): throw IngestError(.fetchFailed, rejection.description)
        }
    }

    /// Fetches `url`, or says why not; a failure (network, HTTP status, size, redirects) throws.
    public func get(_ url: String) throws(IngestError) -> Outcome {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased(),
              scheme == "http" || scheme == "https", target.host != nil else {
            throw IngestError(.fetchFailed, "'\(url)' is not an http(s) URL")
        }
        let cached = cache?.entry(for: url)
        var current = target
        var visited: [String] = [url]
        var redirects = 0
        while true {
            if policy.respectRobots, let rule = try disallowingRule(for: current) {
                return .skipped(.robotsDisallowed(rule: rule))
            }
            var request = URLRequest(url: current)
            if redirects == 0, let cached {
                if let etag = cached.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
                if let modified = cached.lastModified { request.setValue(modified, forHTTPHeaderField: "If-Modified-Since") }
            }
            let exchange = try withRetries(request)
            let status = exchange.response.statusCode
            if [301, 302, 303, 307, 308].contains(status) {
                guard let location = exchange.response.value(forHTTPHeaderField: "Location"),
                      let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                    throw IngestError(.fetchFailed, "HTTP \(status) redirect without a usable Location header")
                }
                let key = next.absoluteString
                if let loopStart = visited.firstIndex(of: key) {
                    let loop = (visited[loopStart...] + [key]).joined(separator: " -> ")
                    throw IngestError(.fetchFailed, "redirect loop: \(loop); the site sends the request in a circle")
                }
                redirects += 1
                if redirects > policy.maxRedirects {
                    throw IngestError(.fetchFailed,
                        "more than \(policy.maxRedirects) redirects (\(visited.joined(separator: " -> ")) -> \(key)); stopped following")
                }
                visited.append(key)
                current = next
                continue
            }
            let finalURL = exchange.response.url?.absoluteString ?? current.absoluteString
            if status == 304, let cached {
                if policy.skipUnchanged { return .skipped(.unchanged) }
                guard let body = cache?.body(of: cached) else {
                    throw IngestError(.fetchFailed, "HTTP 304 Not Modified, but the cached copy is gone; delete the cache folder and run again")
                }
                return .fetched(Response(url: cached.finalURL ?? finalURL, status: 304, contentType: cached.contentType,
                                         body: body, fromCache: true))
            }
            guard (200..<300).contains(status) else {
                throw IngestError(.fetchFailed, "HTTP \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))")
            }
            var body = exchange.body
            let encoding = exchange.response.value(forHTTPHeaderField: "Content-Encoding")?.lowercased() ?? ""
            if encoding.contains("gzip"), GzipInflater.isGzip(body) {
                // libcurl normally undoes the encoding; this covers a server that double-encodes
                // or a client build that does not.
                body = try GzipInflater.decompress(body, limit: policy.maxBytes)
            }
            let contentType = exchange.response.value(forHTTPHeaderField: "Content-Type")
            cache?.store(url: url, response: exchange.response, finalURL: finalURL, contentType: contentType, body: body)
            return .fetched(Response(url: finalURL, status: status, contentType: contentType, body: body, fromCache: false))
        }
    }

    // MARK: - Retries

    private struct Exchange {
        var response: HTTPURLResponse
        var body: Data
    }

    /// One request with retries on 429, 5xx and dropped connections.
    private func withRetries(_ request: URLRequest) throws(IngestError) -> Exchange {
        var attempt = 0
        while true {
            let result = perform(request)
            var wait = policy.backoff * pow(2, Double(attempt))
            let problem: String
            switch result {
            case let .success(exchange):
                let status = exchange.response.statusCode
                guard status == 429 || (500..<600).contains(status) else { return exchange }
                problem = "HTTP \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))"
                if let header = exchange.response.value(forHTTPHeaderField: "Retry-After"),
                   let asked = Self.retryAfter(header) {
                    if asked > policy.maxRetryAfter {
                        throw IngestError(.fetchFailed,
                            "\(problem); the server asks to retry after \(Int(asked)) s, longer than the \(Int(policy.maxRetryAfter)) s limit; run again later")
                    }
                    wait = max(wait, asked)
                }
                if attempt >= policy.retries {
                    throw IngestError(.fetchFailed, "\(problem) after \(attempt + 1) attempt\(attempt == 0 ? "" : "s"); the server kept failing")
                }
            case let .failure(failure):
                if failure.retryable && attempt < policy.retries {
                    problem = failure.message
                } else {
                    throw IngestError(.fetchFailed, attempt == 0 ? failure.message : "\(failure.message) (after \(attempt + 1) attempts)")
                }
            }
            _ = problem
            attempt += 1
            Thread.sleep(forTimeInterval: wait)
        }
    }

    /// `Retry-After` as seconds: a number of seconds or an HTTP date.
    static func retryAfter(_ header: String) -> TimeInterval? {
        let text = header.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSinceNow)
    }

    // MARK: - One exchange

    private struct Failure: Error {
        var message: String
        var retryable: Bool
    }

    /// One request, no redirects followed, the per-host delay kept.
    private func perform(_ request: URLRequest) -> Result<Exchange, Failure> {
        if let host = request.url.map(Self.hostKey) { waitForTurn(host) }
        var request = request
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.readTimeout
        configuration.timeoutIntervalForResource = policy.totalTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let delegate = FetchDelegate(maxBytes: policy.maxBytes)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request).resume()
        delegate.done.wait()
        let (response, body, error, tooLarge) = delegate.result
        if tooLarge {
            return .failure(Failure(message: "the body is larger than \(policy.maxBytes) bytes; raise --max-bytes to read it", retryable: false))
        }
        if let error {
            let nsError = error as NSError
            if nsError.code == NSURLErrorTimedOut {
                return .failure(Failure(message: "timed out: no data from the server for \(Self.seconds(policy.readTimeout)) (or the exchange took over \(Self.seconds(policy.totalTimeout)))", retryable: false))
            }
            let retryable = [NSURLErrorNetworkConnectionLost, NSURLErrorCannotConnectToHost, NSURLErrorNotConnectedToInternet].contains(nsError.code)
            return .failure(Failure(message: "cannot fetch: \(error.localizedDescription)", retryable: retryable))
        }
        guard let response else { return .failure(Failure(message: "no HTTP response", retryable: true)) }
        return .success(Exchange(response: response, body: body))
    }

    private static func seconds(_ t: TimeInterval) -> String {
        t == t.rounded() ? "\(Int(t)) s" : String(format: "%.1f s", t)
    }

    /// `scheme://host:port`, the unit robots.txt and the per-host delay apply to.
    static func hostKey(_ url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "http"
        let port = url.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(url.host?.lowercased() ?? "")\(port)"
    }

    /// Sleeps until `hostDelay` has passed since the last request to `host`, then claims the slot.
    private func waitForTurn(_ host: String) {
        guard policy.hostDelay > 0 else { return }
        let now = Date()
        let start: Date = state.withLock { state in
            let earliest = state.lastRequest[host].map { $0.addingTimeInterval(policy.hostDelay) } ?? now
            let start = max(now, earliest)
            state.lastRequest[host] = start
            return start
        }
        let wait = start.timeIntervalSince(now)
        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
    }

    // MARK: - robots.txt

    /// The robots.txt rule that disallows `url`, or `nil` when it may be fetched.
    private func disallowingRule(for url: URL) throws(IngestError) -> String? {
        let host = Self.hostKey(url)
        let rules: RobotsRules
        if let known = state.withLock({ $0.robots[host] }) {
            rules = known
        } else {
            rules = try fetchRobots(host)
            state.withLock { $0.robots[host] = rules }
        }
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        return rules.disallowingRule(for: path).map { "\(host)/robots.txt (\($0))" }
    }

    /// RFC 9309: a 4xx robots.txt allows everything; a 5xx disallows everything for now; an
    /// unreachable host fails the URL that needed it.
    private func fetchRobots(_ host: String) throws(IngestError) -> RobotsRules {
        guard let url = URL(string: host + "/robots.txt") else { return RobotsRules(text: "") }
        var current = url
        for _ in 0...policy.maxRedirects {
            switch perform(URLRequest(url: current)) {
            case let .failure(failure):
                throw IngestError(.fetchFailed, "robots.txt of \(host) could not be fetched: \(failure.message)")
            case let .success(exchange):
                let status = exchange.response.statusCode
                if [301, 302, 303, 307, 308].contains(status),
                   let location = exchange.response.value(forHTTPHeaderField: "Location"),
                   let next = URL(string: location, relativeTo: current)?.absoluteURL {
                    current = next
                    continue
                }
                if (200..<300).contains(status) {
                    return RobotsRules(text: String(decoding: exchange.body.prefix(512 * 1024), as: UTF8.self))
                }
                if (500..<600).contains(status) || status == 429 {
                    return RobotsRules.disallowAll(because: "robots.txt answered HTTP \(status); RFC 9309 says to assume everything is disallowed")
                }
                return RobotsRules(text: "")
            }
        }
        return RobotsRules(text: "")
    }
}

// MARK: - URLSession delegate

/// Collects one task's response and body, stops a body over the cap as it arrives, and refuses
/// redirects (the fetcher follows them itself, to count them and catch loops).
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let maxBytes: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var response: HTTPURLResponse?
    private var body = Data()
    private var error: Error?
    private var tooLarge = false

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    var result: (HTTPURLResponse?, Data, Error?, Bool) {
        lock.lock()
        defer { lock.unlock() }
        return (response, body, error, tooLarge)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        self.response = response as? HTTPURLResponse
        let declared = response.expectedContentLength
        let over = declared > Int64(maxBytes) && (self.response?.value(forHTTPHeaderField: "Content-Encoding") ?? "").isEmpty
        if over { tooLarge = true }
        lock.unlock()
        completionHandler(over ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        body.append(data)
        let over = body.count > maxBytes
        if over {
            tooLarge = true
            body = Data()
        }
        lock.unlock()
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        self.error = error
        if response == nil { response = task.response as? HTTPURLResponse }
        lock.unlock()
        done.signal()
    }
}

/// A value behind a lock, for state shared by the threads that fetch.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
