import CLibXML2
import Foundation

/// Reads a news feed (RSS 2.0, RSS 1.0, Atom 1.0 or JSON Feed 1.1): one article document per item.
///
/// Each item gives a title, a link (the document's origin; `feed#item=N` without one), a date
/// (RSS `pubDate`, Atom `published`/`updated`, `dc:date`), a declared language (`dc:language`,
/// `xml:lang`, the channel's `<language>`) and its content (`content:encoded`, Atom `content`,
/// `summary` or `description`, which hold HTML and go through `HTMLExtractor`). The document's
/// source is the feed's title, its id a hash of its text, so an article reached through two
/// feeds, or a feed and its page, has one id.
///
/// XML is parsed by libxml2 without network access and without expanding entities or loading
/// DTDs, so a feed cannot make it read a local file (XXE) or blow up (billion laughs). A broken
/// feed is recovered as far as libxml2 can: when it breaks off, the items before the break are
/// emitted, an item the break cut off is not, and a `.failed` event says where it broke; an
/// error libxml2 recovers from without losing an item is a `.warning` with its line.
public struct FeedReader: Source {
    public let origin: String
    /// The source name used when the feed has no title (the file name, by default).
    public var sourceName: String

    /// When set (`--follow-links`), each item's linked page is fetched and read instead of the
    /// item's own content; an item with a title but no content is read from its page.
    public var linkFetcher: URLFetcher?
    /// A feed (and a followed page) above this many bytes is skipped as too large.
    public var maxBytes: Int = IngestOptions.defaultMaxBytes

    private let input: ByteInput

    /// Reads the feed file at `fileURL` whole (the caller bounds its size), reported as `origin`.
    public init(fileURL: URL, origin: String) {
        self.input = .file(fileURL)
        self.origin = origin
        self.sourceName = fileURL.lastPathComponent
    }

    /// Reads a feed already in memory (a fetched URL, a test).
    public init(data: Data, origin: String, sourceName: String? = nil) {
        self.input = .data(data)
        self.origin = origin
        self.sourceName = sourceName ?? (origin as NSString).lastPathComponent
    }

    /// Reads a feed from any byte input (a gzip-compressed file).
    init(input: ByteInput, origin: String, sourceName: String) {
        self.input = input
        self.origin = origin
        self.sourceName = sourceName
    }

    public func read(_ emit: (SourceEvent) throws -> Void) throws {
        let data: Data
        do {
            data = try input.readAll(limit: maxBytes)
        } catch let tooLarge as ByteInput.TooLarge {
            return try emit(.skipped(origin: origin, .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit)))
        } catch let error as IngestError {
            return try emit(.failed(origin: origin, IngestError(error.code, "cannot read the feed: \(error.message)")))
        }
        guard let first = data.first(where: { !JSONLinesReader.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else {
            try emit(.skipped(origin: origin, .empty))
            return
        }
        let items: [FeedItem]
        var feedTitle: String?
        if first == UInt8(ascii: "{") {
            guard let feed = try readJSONFeed(data, emit) else { return }
            items = feed.items
            feedTitle = feed.title
        } else {
            guard let feed = try readXMLFeed(data, emit) else { return }
            items = feed.items
            feedTitle = feed.title
        }
        let source = feedTitle.flatMap { $0.isEmpty ? nil : $0 } ?? sourceName
        for item in items {
            if let linkFetcher, let link = item.link {
                try follow(item, link: link, source: source, fetcher: linkFetcher, emit)
            } else {
                try emit(item.event(source: source, following: linkFetcher != nil))
            }
        }
    }

    /// Reads the page `item` links to, in its place. The page's own title, date and language
    /// win; the item's fill what the page lacks, and the feed stays the source. When the page
    /// cannot be had, the item's own content is used (with a warning) if it has any.
    private func follow(_ item: FeedItem, link: String, source: String, fetcher: URLFetcher,
                        _ emit: (SourceEvent) throws -> Void) throws {
        func fallBack(_ why: String, otherwise: SourceEvent) throws {
            if item.blocks.isEmpty { return try emit(otherwise) }
            try emit(.warning(origin: link, "\(why); read the feed item's own content instead"))
            try emit(item.event(source: source, following: true))
        }
        let outcome: URLFetcher.Outcome
        do {
            outcome = try fetcher.get(link)
        } catch {
            return try fallBack("the linked page could not be fetched: \(error.message)", otherwise: .failed(origin: link, error))
        }
        let response: URLFetcher.Response
        switch outcome {
        case let .fetched(fetched): response = fetched
        case let .skipped(rejection):
            return try fallBack("the linked page is not fetched: \(rejection.description)", otherwise: .skipped(origin: link, rejection))
        }
        if response.fromCache {
            try emit(.warning(origin: link, "not modified since the last run (HTTP 304); read from the cache"))
        }
        var events: [SourceEvent] = []
        try HTMLPageSource(data: response.body, origin: link, httpContentType: response.contentType,
                           extractor: HTMLExtractor(maxBytes: maxBytes)).read { events.append($0) }
        for event in events {
            switch event {
            case var .document(page):
                page.source = source
                page.title = page.title ?? item.title
                page.published = page.published ?? item.published
                page.updated = page.updated ?? item.updated
                page.languageHint = page.languageHint ?? item.language
                try emit(.document(page))
            case let .skipped(_, rejection):
                try fallBack("the linked page gave no text (\(rejection.description))", otherwise: event)
                _ = rejection
            default:
                try emit(event)
            }
        }
    }
}

// MARK: - Items

/// What one feed item says, before it becomes a document.
struct FeedItem {
    var origin: String
    /// The item's http(s) link, when it has one (then it is also the origin).
    var link: String?
    var title: String?
    var blocks: [String] = []
    var language: Found<String>?
    var published: Found<Date>?
    var updated: Found<Date>?

    func event(source: String, following: Bool = false) -> SourceEvent {
        guard !blocks.isEmpty else {
            if title != nil, link != nil, !following {
                return .skipped(origin: origin, .noContent("the feed item has a title but no content; run with --follow-links to read its linked page"))
            }
            return .skipped(origin: origin, .noContent("the feed item has no content\(link == nil ? " and no link" : "")"))
        }
        return .document(Document(
            id: Self.articleID(blocks: blocks), origin: origin, source: source, kind: .article,
            title: title, blocks: blocks, languageHint: language, published: published, updated: updated))
    }

    /// The id of an article: a hash of its text, whitespace collapsed, so the same article
    /// reached twice (two feeds, a feed and its page) has one id; the pipeline de-duplicates.
    static func articleID(blocks: [String]) -> String {
        let normalised = blocks.map(TextNormalizer.collapse).filter { !$0.isEmpty }.joined(separator: "\n")
        return StableHash.hex(StableHash.fnv1a64("article", normalised))
    }

    /// Blocks of a value that holds HTML.
    static func htmlBlocks(_ html: String) -> [String] {
        HTMLExtractor().fragmentBlocks(html: html)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Blocks of a value that is plain text: paragraphs split on blank lines.
    static func textBlocks(_ text: String) -> [String] {
        ResolvedRecordMapping.blocks(of: text).map(TextNormalizer.collapse).filter { !$0.isEmpty }
    }

    static func language(_ raw: String?, rule: String) -> Found<String>? {
        guard let raw, let code = RecordMapping.normaliseLanguage(raw) else { return nil }
        return Found(code, rule: rule)
    }
}

// MARK: - JSON Feed

extension FeedReader {
    private func readJSONFeed(_ data: Data, _ emit: (SourceEvent) throws -> Void) throws -> (title: String?, items: [FeedItem])? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            try emit(.failed(origin: origin, IngestError(.malformedJSON,
                "the feed is not valid JSON; fetch it again or check that the file is complete")))
            return nil
        }
        guard let version = object["version"] as? String, version.hasPrefix("https://jsonfeed.org/version/") else {
            try emit(.skipped(origin: origin, .unsupported("a JSON object without a JSON Feed version")))
            return nil
        }
        let feedLanguage = FeedItem.language(object["language"] as? String, rule: "jsonfeed:language")
        var items: [FeedItem] = []
        for (index, element) in ((object["items"] as? [Any]) ?? []).enumerated() {
            guard let entry = element as? [String: Any] else { continue }
            let link = (entry["url"] as? String) ?? (entry["external_url"] as? String)
            var item = FeedItem(origin: link ?? "\(origin)#item=\(index + 1)")
            item.link = link.flatMap { URLList.isURL($0) ? $0 : nil }
            item.title = (entry["title"] as? String).map(TextNormalizer.collapse)
            if let html = entry["content_html"] as? String {
                item.blocks = FeedItem.htmlBlocks(html)
            }
            if item.blocks.isEmpty, let text = entry["content_text"] as? String {
                item.blocks = FeedItem.textBlocks(text)
            }
            if item.blocks.isEmpty, let summary = entry["summary"] as? String {
                item.blocks = FeedItem.textBlocks(summary)
            }
            item.language = FeedItem.language(entry["language"] as? String, rule: "jsonfeed:language") ?? feedLanguage
            if let raw = entry["date_published"] as? String {
                item.published = DateText.parseISO8601(raw).map { Found($0, rule: "jsonfeed:date_published") }
                if item.published == nil { try emit(.warning(origin: item.origin, "unreadable date_published \"\(raw)\"")) }
            }
            if let raw = entry["date_modified"] as? String {
                item.updated = DateText.parseISO8601(raw).map { Found($0, rule: "jsonfeed:date_modified") }
            }
            items.append(item)
        }
        return (object["title"] as? String, items)
    }
}

// MARK: - RSS and Atom

extension FeedReader {
    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    private func readXMLFeed(_ data: Data, _ emit: (SourceEvent) throws -> Void) throws -> (title: String?, items: [FeedItem])? {
        _ = Self.parserReady
        cxml_silence_errors()
        guard data.count < Int(Int32.max) else {
            try emit(.skipped(origin: origin, .tooLarge(bytes: data.count, limit: Int(Int32.max))))
            return nil
        }
        guard let context = xmlNewParserCtxt() else {
            throw IngestError(.unreadable, "libxml2 could not make a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let errors = XMLErrorLog()
        context.pointee._private = Unmanaged.passUnretained(errors).toOpaque()
        // Every error is collected (libxml2 keeps only the last); `serror` is called even with
        // NOERROR, which only silences the printing handlers.
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let log = parser.pointee._private else { return }
            Unmanaged<XMLErrorLog>.fromOpaque(log).takeUnretainedValue().add(error.pointee)
        }
        // Untrusted input: no network, no entity substitution (NOENT), no DTD loading, no HUGE.
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
        let bytes = Self.numericHTMLEntities(data)
        let document = bytes.withUnsafeBytes { raw in
            raw.baseAddress.flatMap { base in
                xmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                                  origin, nil, Int32(options))
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        let wellFormed = context.pointee.wellFormed != 0

        guard let document, let root = xmlDocGetRootElement(document) else {
            try emit(.failed(origin: origin, IngestError(.malformedXML,
                "the file is not XML that can be read\(errors.first.map { ": \($0.describe())" } ?? ""); check that it is a complete feed",
                line: errors.first?.line)))
            return nil
        }
        var parsed: (title: String?, items: [XMLItem])
        switch XMLTree.key(root) {
        case "rss", "rss:rss":
            let channel = XMLTree.elements(root).first { XMLTree.key($0) == "channel" } ?? root
            parsed = rssItems(in: XMLTree.elements(channel), channel: channel)
        case "rdf:RDF":
            let children = XMLTree.elements(root)
            let channel = children.first { XMLTree.key($0) == "channel" }
            parsed = rssItems(in: children, channel: channel)
        case "atom:feed", "feed":
            parsed = atomEntries(root)
        case let other:
            try emit(.skipped(origin: origin, .unsupported("XML whose root is <\(other)>, not an RSS or Atom feed")))
            return nil
        }

        // When the input breaks off, every element still open was cut: in the recovered tree
        // they are the chain of last children from the root (anything closed has a sibling or
        // text after it). An item on that chain holds partial text and is left out.
        let truncated = !wellFormed && (!Self.endsWithEndTag(of: root, bytes) || errors.entries.contains {
            $0.code == Int32(XML_ERR_TAG_NOT_FINISHED.rawValue) || $0.code == Int32(XML_ERR_DOCUMENT_END.rawValue)
        })
        var open = Set<Int>()
        if truncated {
            var node: xmlNodePtr? = root
            while let current = node, current.pointee.type == XML_ELEMENT_NODE {
                open.insert(Self.nodeKey(current))
                node = current.pointee.last
            }
        }
        var cut: [XMLItem] = []
        var kept: [FeedItem] = []
        for item in parsed.items {
            if open.contains(item.key) { cut.append(item) } else { kept.append(item.item) }
        }
        if truncated, let first = errors.first {
            var message = "the feed breaks off: \(first.describe()); \(kept.count) item(s) before the break were read"
            if !cut.isEmpty {
                message += ", and the item starting on line \(cut.map { String($0.line) }.joined(separator: ", ")) was cut off and left out"
            }
            message += ". Fetch the feed again: the file is incomplete"
            try emit(.failed(origin: "\(origin)#line=\(first.line)", IngestError(.malformedXML, message, line: first.line)))
        } else if !wellFormed, let first = errors.first {
            // Recovered without losing an item (an undeclared `&nbsp;`, a stray `&`): a note.
            try emit(.warning(origin: "\(origin)#line=\(first.line)",
                "the feed is not well-formed XML (\(first.describe())\(errors.entries.count > 1 ? " and \(errors.entries.count - 1) more" : "")); libxml2 recovered and every item was read"))
        }
        return (parsed.title, kept)
    }

    private struct XMLItem {
        var item: FeedItem
        var line: Int
        /// Identifies the item's node within one parse (its line and address).
        var key: Int
    }

    /// HTML entities feeds use without declaring them, by code point.
    private static let htmlEntities: [String: Int] = [
        "nbsp": 160, "iexcl": 161, "cent": 162, "pound": 163, "copy": 169, "laquo": 171, "shy": 173,
        "reg": 174, "deg": 176, "middot": 183, "raquo": 187, "frac12": 189, "iquest": 191, "times": 215,
        "agrave": 224, "aacute": 225, "acirc": 226, "auml": 228, "ccedil": 231, "egrave": 232,
        "eacute": 233, "ecirc": 234, "euml": 235, "iacute": 237, "icirc": 238, "iuml": 239,
        "ntilde": 241, "ograve": 242, "oacute": 243, "ocirc": 244, "ouml": 246, "ugrave": 249,
        "uacute": 250, "ucirc": 251, "uuml": 252, "Eacute": 201, "Euml": 203, "Ouml": 214, "Uuml": 220,
        "ndash": 8211, "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218, "ldquo": 8220,
        "rdquo": 8221, "bdquo": 8222, "bull": 8226, "hellip": 8230, "euro": 8364, "trade": 8482,
        "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207, "thinsp": 8201, "ensp": 8194, "emsp": 8195,
    ]

    /// Rewrites undeclared HTML entities (`&nbsp;`) as character references (`&#160;`). libxml2
    /// treats an undeclared entity as an error, drops it, and in recovery also loses the
    /// references after it on the same line (`A&nbsp;B &amp; C` reads `AB  C`).
    static func numericHTMLEntities(_ data: Data) -> Data {
        guard data.contains(UInt8(ascii: "&")) else { return data }
        var out = Data()
        out.reserveCapacity(data.count)
        let bytes = [UInt8](data)
        var i = 0
        var copied = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "&") else { i += 1; continue }
            var j = i + 1
            while j < bytes.count, j - i <= 8, (bytes[j] | 0x20) >= 97, (bytes[j] | 0x20) <= 122 || (bytes[j] >= 48 && bytes[j] <= 57) { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 1,
               let code = htmlEntities[String(decoding: bytes[(i + 1)..<j], as: UTF8.self)] {
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: Array("&#\(code);".utf8))
                copied = j + 1
                i = j + 1
            } else {
                i += 1
            }
        }
        if copied == 0 { return data }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// Whether the input ends with the root element's end tag (then it was not cut short).
    private static func endsWithEndTag(of root: xmlNodePtr, _ data: Data) -> Bool {
        var name = root.pointee.name.map { String(cString: $0) } ?? ""
        if let prefix = root.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
        let tail = String(decoding: data.suffix(name.utf8.count + 64), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard tail.hasSuffix(">"), let start = tail.range(of: "</", options: .backwards) else { return false }
        return tail[start.upperBound...].dropLast().trimmingCharacters(in: .whitespaces) == name
    }

    private static func nodeKey(_ node: xmlNodePtr) -> Int {
        Int(bitPattern: UInt(bitPattern: node))
    }

    private func rssItems(in nodes: [xmlNodePtr], channel: xmlNodePtr?) -> (title: String?, items: [XMLItem]) {
        let channelChildren = channel.map(XMLTree.elements) ?? []
        func first(_ key: String, in children: [xmlNodePtr]) -> String? {
            children.first { XMLTree.key($0) == key }.map(XMLTree.text).flatMap { $0.isEmpty ? nil : $0 }
        }
        let title = first("title", in: channelChildren).map(TextNormalizer.collapse)
        let channelLanguage = FeedItem.language(first("language", in: channelChildren), rule: "rss:language")
            ?? FeedItem.language(first("dc:language", in: channelChildren), rule: "dc:language")
        var items: [XMLItem] = []
        for node in nodes where XMLTree.key(node) == "item" {
            let children = XMLTree.elements(node)
            let index = items.count + 1
            var link = first("link", in: children)?.trimmingCharacters(in: .whitespacesAndNewlines)
            if link == nil, let guid = children.first(where: { XMLTree.key($0) == "guid" }),
               XMLTree.attribute(guid, "isPermaLink") != "false" {
                let value = XMLTree.text(guid).trimmingCharacters(in: .whitespacesAndNewlines)
                if value.hasPrefix("http://") || value.hasPrefix("https://") { link = value }
            }
            var item = FeedItem(origin: link ?? "\(origin)#item=\(index)")
            item.link = link.flatMap { URLList.isURL($0) ? $0 : nil }
            item.title = first("title", in: children).map(TextNormalizer.collapse)
            if let html = first("content:encoded", in: children) {
                item.blocks = FeedItem.htmlBlocks(html)
            }
            if item.blocks.isEmpty, let html = first("description", in: children) {
                item.blocks = FeedItem.htmlBlocks(html)
            }
            if let raw = first("pubDate", in: children),
               let date = DateText.parseRFC822(raw) ?? DateText.parseISO8601(raw) {
                item.published = Found(date, rule: "rss:pubDate")
            } else if let raw = first("dc:date", in: children), let date = DateText.parseISO8601(raw) {
                item.published = Found(date, rule: "dc:date")
            }
            item.language = FeedItem.language(first("dc:language", in: children), rule: "dc:language")
                ?? FeedItem.language(XMLTree.language(node), rule: "xml:lang")
                ?? channelLanguage
            items.append(XMLItem(item: item, line: Int(xmlGetLineNo(node)), key: Self.nodeKey(node)))
        }
        return (title, items)
    }

    private func atomEntries(_ feed: xmlNodePtr) -> (title: String?, items: [XMLItem]) {
        let feedChildren = XMLTree.elements(feed)
        func child(_ name: String, _ children: [xmlNodePtr]) -> xmlNodePtr? {
            children.first { XMLTree.key($0) == "atom:\(name)" || XMLTree.key($0) == name }
        }
        func date(_ name: String, _ children: [xmlNodePtr]) -> Found<Date>? {
            child(name, children).map(XMLTree.text).flatMap(DateText.parseISO8601).map { Found($0, rule: "atom:\(name)") }
        }
        let title = child("title", feedChildren).map(atomText).map { $0.joined(separator: " ") }
        var items: [XMLItem] = []
        for node in feedChildren where ["atom:entry", "entry"].contains(XMLTree.key(node)) {
            let children = XMLTree.elements(node)
            let links = children.filter { ["atom:link", "link"].contains(XMLTree.key($0)) }
            let alternate = links.first { ["alternate", nil].contains(XMLTree.attribute($0, "rel")) } ?? links.first
            let link = alternate.flatMap { XMLTree.attribute($0, "href") }
            var item = FeedItem(origin: link ?? "\(origin)#item=\(items.count + 1)")
            item.link = link.flatMap { URLList.isURL($0) ? $0 : nil }
            item.title = child("title", children).map(atomText).map { $0.joined(separator: " ") }
            if let content = child("content", children), XMLTree.attribute(content, "src") == nil {
                item.blocks = atomText(content)
            }
            if item.blocks.isEmpty, let summary = child("summary", children) {
                item.blocks = atomText(summary)
            }
            item.updated = date("updated", children)
            item.published = date("published", children)
                ?? child("dc:date", children).map(XMLTree.text).flatMap(DateText.parseISO8601).map { Found($0, rule: "dc:date") }
                ?? item.updated
            item.language = FeedItem.language(child("dc:language", children).map(XMLTree.text), rule: "dc:language")
                ?? FeedItem.language(XMLTree.language(node), rule: "xml:lang")
            items.append(XMLItem(item: item, line: Int(xmlGetLineNo(node)), key: Self.nodeKey(node)))
        }
        return (title, items)
    }

    /// An Atom text construct by its `type`: `text` (the default) is plain, `html` is escaped
    /// HTML, `xhtml` is inline XHTML inside a `div`.
    private func atomText(_ node: xmlNodePtr) -> [String] {
        switch XMLTree.attribute(node, "type")?.lowercased() {
        case "html", "text/html":
            return FeedItem.htmlBlocks(XMLTree.text(node))
        case "xhtml", "application/xhtml+xml":
            return FeedItem.htmlBlocks(XMLTree.innerXML(node))
        default:
            return FeedItem.textBlocks(XMLTree.text(node))
        }
    }
}

// MARK: - libxml2 helpers

/// The errors libxml2 reported while parsing one feed.
final class XMLErrorLog {
    struct Entry {
        var code: Int32
        var line: Int
        var message: String
        /// The element named by the error (for "tag not finished": the open element).
        var name: String?
        /// For "tag not finished": the line the open element started on.
        var startLine: Int

        func describe() -> String { "line \(line): \(message)" }
    }

    private(set) var entries: [Entry] = []
    var first: Entry? { entries.first }

    func add(_ error: xmlError) {
        // A hostile file can raise millions of errors; the first hundred say enough.
        guard entries.count < 100, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "error \(error.code)"
        entries.append(Entry(code: error.code, line: Int(error.line), message: message,
                             name: error.str1.map { String(cString: $0) }, startLine: Int(error.int1)))
    }
}

/// Small readers over libxml2 nodes that never follow entity references: an entity's
/// replacement text is never read, whatever the DTD declares.
enum XMLTree {
    /// Namespaces known by their URI, whatever prefix a feed gives them.
    private static let prefixes: [String: String] = [
        "http://www.w3.org/2005/Atom": "atom",
        "http://purl.org/atom/ns#": "atom",
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://purl.org/rss/1.0/": "",
        "http://backend.userland.com/rss2": "",
    ]

    /// `prefix:local` with a canonical prefix, or `local` for elements without a namespace.
    static func key(_ node: xmlNodePtr) -> String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        guard let namespace = node.pointee.ns else { return local }
        let uri = namespace.pointee.href.map { String(cString: $0) } ?? ""
        let prefix = prefixes[uri] ?? namespace.pointee.prefix.map { String(cString: $0) } ?? ""
        return prefix.isEmpty ? local : "\(prefix):\(local)"
    }

    static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// The inherited `xml:lang` of a node.
    static func language(_ node: xmlNodePtr) -> String? {
        guard let value = xmlNodeGetLang(node) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// The text of a node and its descendants. Entity references are not followed: a declared
    /// entity could name a local file or expand exponentially.
    static func text(_ node: xmlNodePtr) -> String {
        var out = ""
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while true {
            guard let current = child else {
                guard let parent = stack.popLast() else { break }
                child = parent.pointee.next
                continue
            }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { out += String(cString: content) }
            case XML_ENTITY_REF_NODE:
                break
            case XML_ELEMENT_NODE:
                if current.pointee.children != nil {
                    stack.append(current)
                    child = current.pointee.children
                    continue
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return out
    }

    /// The markup inside a node (Atom `xhtml` content: the children of its `div`).
    static func innerXML(_ node: xmlNodePtr) -> String {
        let container = elements(node).first { key($0).hasSuffix("div") } ?? node
        guard let buffer = xmlBufferCreate() else { return text(node) }
        defer { xmlBufferFree(buffer) }
        var child = container.pointee.children
        while let current = child {
            if current.pointee.type != XML_ENTITY_REF_NODE {
                xmlNodeDump(buffer, current.pointee.doc, current, 0, 0)
            }
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
