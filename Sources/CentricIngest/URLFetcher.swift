import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// HTTP(S) GET for pages given as URLs: connect/read timeouts and a size cap. First cut: no
/// robots.txt, retries or conditional requests yet (tracked in the URL-ingest issue).
public struct URLFetcher: Sendable {
    public struct Response: Sendable {
        public var url: String
        public var status: Int
        public var contentType: String?
        public var body: Data
    }

    public var timeout: TimeInterval
    public var maxBytes: Int

    public init(timeout: TimeInterval = 20, maxBytes: Int = 50 * 1024 * 1024) {
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    /// Fetches `url`; a non-2xx status, a network error or an oversized body is an `IngestError`.
    public func fetch(_ url: String) throws(IngestError) -> Response {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw IngestError(.fetchFailed, "\(url) is not an http(s) URL")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 3
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: target)
        request.setValue("Centric/0.1 (+text analytics)", forHTTPHeaderField: "User-Agent")
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            box.set(data, response as? HTTPURLResponse, error)
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = box.get()
        if let error { throw IngestError(.fetchFailed, "\(url): \(error.localizedDescription)") }
        guard let response else { throw IngestError(.fetchFailed, "\(url): no HTTP response") }
        guard (200..<300).contains(response.statusCode) else {
            throw IngestError(.fetchFailed, "\(url): HTTP \(response.statusCode)")
        }
        let body = data ?? Data()
        guard body.count <= maxBytes else {
            throw IngestError(.fetchFailed, "\(url): body of \(body.count) bytes exceeds \(maxBytes)")
        }
        return Response(url: response.url?.absoluteString ?? url, status: response.statusCode,
                        contentType: response.value(forHTTPHeaderField: "Content-Type"), body: body)
    }
}

/// Carries the completion handler's values to the waiting thread.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Data?, HTTPURLResponse?, Error?) = (nil, nil, nil)
    func set(_ d: Data?, _ r: HTTPURLResponse?, _ e: Error?) { lock.lock(); value = (d, r, e); lock.unlock() }
    func get() -> (Data?, HTTPURLResponse?, Error?) { lock.lock(); defer { lock.unlock() }; return value }
}
