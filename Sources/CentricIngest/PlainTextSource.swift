import Foundation

// MARK: - Plain text files

/// A `.txt` or `.md` file as one article: paragraphs split on blank lines; a Markdown file's
/// leading `# ` heading is its title.
public struct PlainTextSource: Source {
    public let origin: String
    private let input: ByteInput
    private let isMarkdown: Bool
    private let httpContentType: String?

    public init(fileURL: URL, origin: String) {
        self.input = .file(fileURL)
        self.origin = origin
        self.isMarkdown = ["md", "markdown"].contains(fileURL.pathExtension.lowercased())
        self.httpContentType = nil
    }

    /// Text already in memory (a fetched `text/plain` URL).
    public init(data: Data, origin: String, httpContentType: String? = nil) {
        self.input = .data(data)
        self.origin = origin
        self.isMarkdown = (httpContentType ?? "").lowercased().contains("markdown") || origin.lowercased().hasSuffix(".md")
        self.httpContentType = httpContentType
    }

    /// Any byte input (a gzip-compressed file).
    init(input: ByteInput, origin: String, isMarkdown: Bool) {
        self.input = input
        self.origin = origin
        self.isMarkdown = isMarkdown
        self.httpContentType = nil
    }

    public func read(_ emit: (SourceEvent) throws -> Void) throws {
        let data: Data
        do {
            data = try input.readAll(limit: Int.max)
        } catch let error as IngestError {
            try emit(.failed(origin: origin, error))
            return
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(data, httpContentType: httpContentType)
        } catch {
            try emit(.skipped(origin: origin, .notText(detected: error.detected)))
            return
        }
        for warning in decoded.warnings { try emit(.warning(origin: origin, warning)) }
        var blocks = ResolvedRecordMapping.blocks(of: decoded.text).map(TextNormalizer.collapse).filter { !$0.isEmpty }
        var title: String?
        if isMarkdown, let first = blocks.first, first.hasPrefix("# ") {
            title = String(first.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            blocks.removeFirst()
        }
        guard !blocks.isEmpty else {
            try emit(.skipped(origin: origin, .empty))
            return
        }
        // The collection is the folder the file sits in, as the user named it (or the host).
        let folder = (origin as NSString).deletingLastPathComponent
        let source = origin.contains("://") ? (URL(string: origin)?.host ?? origin)
            : folder.isEmpty ? (origin as NSString).lastPathComponent : (folder as NSString).lastPathComponent
        try emit(.document(Document(
            id: FeedItem.articleID(blocks: blocks), origin: origin, source: source, kind: .article,
            title: title, blocks: blocks)))
    }
}
