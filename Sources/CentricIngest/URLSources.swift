import Foundation

// MARK: - One URL

/// A page, feed or export given as a URL: fetched with the run's `URLFetcher` when read (not
/// when resolved), then read by the reader its bytes call for, as a file would be.
struct URLInput: Source {
    let origin: String
    let options: IngestOptions
    let fetcher: URLFetcher

    func read(_ emit: (SourceEvent) throws -> Void) throws {
        let outcome: URLFetcher.Outcome
        do {
            outcome = try fetcher.get(origin)
        } catch {
            return try emit(.failed(origin: origin, error))
        }
        let response: URLFetcher.Response
        switch outcome {
        case let .fetched(fetched): response = fetched
        case let .skipped(rejection): return try emit(.skipped(origin: origin, rejection))
        }
        if response.fromCache {
            try emit(.warning(origin: origin, "not modified since the last run (HTTP 304); read from the cache"))
        }
        try FetchedBody.read(response, origin: origin, options: options, fetcher: fetcher, emit)
    }
}

/// Reads fetched bytes with the reader they call for: gzip undone, type from the content, then
/// the Content-Type, then the URL's extension.
enum FetchedBody {
    static func read(
        _ response: URLFetcher.Response, origin: String, options: IngestOptions, fetcher: URLFetcher,
        _ emit: (SourceEvent) throws -> Void
    ) throws {
        var body = response.body
        var path = URL(string: response.url)?.path.lowercased() ?? ""
        if GzipInflater.isGzip(body) {
            do {
                body = try GzipInflater.decompress(body, limit: options.maxBytes)
            } catch {
                return try emit(.failed(origin: origin, error))
            }
            if path.hasSuffix(".gz") { path.removeLast(3) }
        }
        if body.isEmpty { return try emit(.skipped(origin: origin, .empty)) }
        let head = [UInt8](body.prefix(4096))
        if let binary = TextDecoder.binaryKind(head) { return try emit(.skipped(origin: origin, .notText(detected: binary))) }
        let type = response.contentType?.lowercased() ?? ""
        let urlExtension = (path as NSString).pathExtension
        let ext = type.contains("csv") ? "csv" : type.contains("tab-separated") ? "tsv" : type.contains("json") ? "json"
            : type.contains("xml") ? "xml" : type.contains("html") ? "html" : type.contains("text/plain") && urlExtension.isEmpty ? "txt"
            : urlExtension
        let host = URL(string: response.url)?.host ?? origin
        let name = ext == "csv" || ext == "tsv" || ext == "json" || ext == "jsonl"
            ? ((path as NSString).lastPathComponent.isEmpty ? host : (path as NSString).lastPathComponent) : host
        switch InputResolver.kind(head: head, extension: ext) {
        case .feed:
            var reader = FeedReader(data: body, origin: origin, sourceName: host)
            if options.followLinks { reader.linkFetcher = fetcher }
            reader.maxBytes = options.maxBytes
            try reader.read(emit)
        case .html:
            try HTMLPageSource(data: body, origin: origin, httpContentType: response.contentType,
                               extractor: HTMLExtractor(maxBytes: options.maxBytes)).read(emit)
        case .csv:
            var reader = CSVRecordReader(data: body, origin: origin, sourceName: name, mapping: options.mapping,
                                         dialect: options.dialect, maxRecordBytes: options.maxRecordBytes)
            reader.delimiter = options.delimiter
            reader.hasHeader = options.hasHeader
            try reader.read(emit)
        case .jsonLines:
            try JSONLinesReader(data: body, origin: origin, sourceName: name, mapping: options.mapping,
                                maxRecordBytes: options.maxRecordBytes).read(emit)
        case .text:
            try PlainTextSource(data: body, origin: origin, httpContentType: response.contentType).read(emit)
        case nil:
            try emit(.skipped(origin: origin, .unsupported("a response of type \(type.isEmpty ? "unknown" : type)")))
        }
    }
}

// MARK: - URL lists

/// A list of URLs, one per line (`#` comments and blank lines ignored): a `.urls` file, a
/// `.txt` file holding nothing but URLs, or `--urls FILE`. Each URL is an input of its own; a
/// line that is not an http(s) URL is skipped with its line number, a URL listed twice is read once.
struct URLList {
    let input: ByteInput
    let origin: String

    /// Whether a `.txt` file's head is a URL list: its first line (comments aside) is a URL,
    /// and so are at least 80% of its lines, so one mistyped line does not turn a list into an
    /// article (it is reported instead).
    static func looksLikeList(_ head: [UInt8]) -> Bool {
        var lines = String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline)
        if head.count >= 4096, !lines.isEmpty { lines.removeLast() }  // possibly cut
        var urls = 0, others = 0
        for line in lines {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            if isURL(text) {
                urls += 1
            } else {
                if urls == 0 { return false }
                others += 1
            }
        }
        return urls > 0 && Double(urls) >= 0.8 * Double(urls + others)
    }

    static func isURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), !text.contains(where: \.isWhitespace) else { return false }
        return URL(string: text)?.host.map { !$0.isEmpty } ?? false
    }

    /// Streams the list's URLs as sources, and a skip for each line that is not one.
    func forEach(options: IngestOptions, fetcher: URLFetcher, _ body: (any Source) throws -> Void) throws {
        var reader: ChunkReader
        do {
            reader = try input.open()
        } catch let error as IngestError {
            return try body(FailedInput(origin: origin, error: error))
        }
        defer { reader.close() }
        var pending: [UInt8] = []
        var number = 0
        var seen: [String: Int] = [:]
        var any = false
        func line(_ bytes: [UInt8]) throws {
            number += 1
            var text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            if text.isEmpty || text.hasPrefix("#") { return }
            any = true
            let lineOrigin = "\(origin)#line=\(number)"
            guard Self.isURL(text) else {
                return try body(SkippedInput(origin: lineOrigin, rejection: .unsupported(
                    "'\(text.prefix(80))' is not an http(s) URL; a URL list holds one URL per line")))
            }
            if let first = seen[text] {
                return try body(SkippedInput(origin: lineOrigin, rejection: .duplicate(of: "\(origin)#line=\(first) (the same URL)")))
            }
            seen[text] = number
            try body(URLInput(origin: text, options: options, fetcher: fetcher))
        }
        do {
            while let chunk = try reader.next(64 * 1024) {
                var start = 0
                while let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    try line(pending + chunk[start..<newline])
                    pending = []
                    start = newline + 1
                }
                pending += chunk[start...]
                if pending.count > 1 << 20 {
                    return try body(FailedInput(origin: "\(origin)#line=\(number + 1)", error: IngestError(.malformedRecord,
                        "a line longer than 1 MB: this is not a list of URLs", line: number + 1)))
                }
            }
            if !pending.isEmpty { try line(pending) }
        } catch let error as IngestError {
            return try body(FailedInput(origin: origin, error: error))
        }
        if !any { try body(SkippedInput(origin: origin, rejection: .empty)) }
    }
}
