import Foundation

/// One HTML page (a file, or bytes fetched from a URL) as a `Source`: it emits one `.document`
/// of kind `.article`, or a `.skipped` with the reason (binary, too large, no main text), plus a
/// `.warning` for each encoding or parsing note. It never throws for a bad page.
public struct HTMLPageSource: Source {
    public let origin: String
    private let input: Input
    public var extractor: HTMLExtractor

    private enum Input: Sendable {
        case file(path: String)
        case bytes(Data, contentType: String?)
    }

    /// A page on disk.
    /// - Parameters:
    ///   - path: where to read it.
    ///   - origin: how documents name it (a path relative to the run's root); `path` by default.
    public init(path: String, origin: String? = nil, extractor: HTMLExtractor = HTMLExtractor()) {
        self.origin = origin ?? path
        self.input = .file(path: path)
        self.extractor = extractor
    }

    /// A page already in memory, e.g. fetched from `origin` with the server's `Content-Type`.
    public init(data: Data, origin: String, httpContentType: String? = nil, extractor: HTMLExtractor = HTMLExtractor()) {
        self.origin = origin
        self.input = .bytes(data, contentType: httpContentType)
        self.extractor = extractor
    }

    public func read(_ emit: (SourceEvent) throws -> Void) throws {
        let data: Data, contentType: String?
        switch input {
        case let .file(path):
            // Check the size before reading, so a 100 MB page costs nothing.
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > extractor.maxBytes {
                return try emit(.skipped(origin: origin, .tooLarge(bytes: size, limit: extractor.maxBytes)))
            }
            guard let bytes = FileManager.default.contents(atPath: path) else {
                return try emit(.failed(origin: origin, IngestError(.unreadable, "cannot read \(path)")))
            }
            data = bytes
            contentType = nil
        case let .bytes(bytes, type):
            data = bytes
            contentType = type
        }
        guard !data.isEmpty else { return try emit(.skipped(origin: origin, .empty)) }

        let page: HTMLPage
        do {
            page = try extractor.extract(data, origin: origin, httpContentType: contentType)
        } catch {
            return try emit(.skipped(origin: origin, error.rejection))
        }
        for warning in page.decoded.warnings + page.warnings {
            try emit(.warning(origin: origin, warning))
        }
        try emit(.document(Self.document(from: page)))
    }

    /// The `Document` for an extracted page. Its id hashes the origin and the main text, so it is
    /// stable across runs and changes when the page's text changes.
    public static func document(from page: HTMLPage) -> Document {
        let blocks = page.blocks.map(\.text)
        return Document(
            id: StableHash.hex(page.origin, blocks.joined(separator: "\n")),
            origin: page.origin,
            source: sourceName(page),
            kind: .article,
            title: page.title,
            blocks: blocks,
            languageHint: page.declaredLanguage,
            published: page.published,
            updated: page.updated,
            fields: ["encoding": page.decoded.encoding]
        )
    }

    /// The collection a page belongs to: its site name, else the host of its canonical URL or
    /// origin (without `www.`), else the folder it sits in.
    static func sourceName(_ page: HTMLPage) -> String {
        if let site = page.siteName, !site.isEmpty { return site }
        for candidate in [page.canonicalURL, page.origin].compactMap({ $0 }) {
            if candidate.contains("://"), let host = URL(string: candidate)?.host, !host.isEmpty {
                return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            }
        }
        let folder = (page.origin as NSString).deletingLastPathComponent
        return folder.isEmpty ? "" : (folder as NSString).lastPathComponent
    }
}
