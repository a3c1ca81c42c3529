import Foundation

/// How a page's bytes were decoded (see ``TextDecoder``).
public struct DecodingSummary: Sendable, Equatable {
    /// `UTF-8`, `windows-1252`, ...
    public var encoding: String
    /// `bom`, `http`, `meta`, `detected` or `default`.
    public var rule: String
    /// Replacement characters produced while decoding.
    public var invalidBytes: Int
    /// Disagreements between declared and detected encodings, invalid bytes.
    public var warnings: [String]

    public init(encoding: String, rule: String, invalidBytes: Int, warnings: [String]) {
        self.encoding = encoding
        self.rule = rule
        self.invalidBytes = invalidBytes
        self.warnings = warnings
    }
}

/// A web page reduced to its main text and metadata, every value with its provenance.
public struct HTMLPage: Sendable, Equatable {
    public var origin: String
    /// The main text, in reading order.
    public var blocks: [TextBlock]
    /// `og:title`, else the article's `<h1>`, else `<title>` without its site suffix.
    public var title: String?
    public var author: String?
    /// `og:site_name`, `application-name` or the JSON-LD publisher.
    public var siteName: String?
    public var canonicalURL: String?
    public var description: String?
    /// `<html lang>`, `content-language`, `og:locale`: primary subtag only (`nl-NL` -> `nl`).
    public var declaredLanguage: Found<String>?
    public var published: Found<Date>?
    public var updated: Found<Date>?
    public var decoded: DecodingSummary
    /// Which main-text rule won: `main`, `body`, `paragraphs` (see the extractor's cascade), or `none`.
    public var extractionRule: String
    /// Notes on the extraction itself (e.g. the parser stopped at its nesting limit); encoding notes
    /// are in ``decoded``.
    public var warnings: [String] = []

    /// The main text: blocks separated by blank lines.
    public var text: String { blocks.map(\.text).joined(separator: "\n\n") }
}

/// An input the extractor refuses, with the reason to write to the manifest.
public struct Rejected: Error, Sendable, Equatable {
    public var rejection: Rejection
    public init(_ rejection: Rejection) { self.rejection = rejection }
}

/// Extracts the main text and metadata of an HTML page with libxml2.
///
/// Steps: bound the input (`maxBytes`), decode it at the one decoding point (``TextDecoder``),
/// parse the UTF-8 result with libxml2 (`RECOVER | NOERROR | NOWARNING | NONET | COMPACT`, the
/// page's own encoding declarations ignored since the bytes are already UTF-8), mirror the tree into
/// arrays (no recursion anywhere, so nesting depth cannot exhaust the stack), drop furniture, choose
/// the main container (cascade documented on `MainContent`), then read the metadata and date cascades.
public struct HTMLExtractor: Sendable {
    /// Inputs above this many bytes are rejected as `tooLarge` before anything is decoded.
    public var maxBytes: Int
    public var dateFinder: DateFinder

    /// - Parameters:
    ///   - maxBytes: the size limit, 50 MB by default.
    ///   - now: the reference time for rejecting future dates; nil means the clock.
    public init(maxBytes: Int = 50_000_000, now: Date? = nil) {
        self.maxBytes = maxBytes
        self.dateFinder = DateFinder(now: now)
    }

    /// Extracts a page from raw bytes.
    /// - Throws: ``Rejected`` with `tooLarge`, `empty`, `notText` (binary data) or `noMainText`.
    public func extract(_ data: Data, origin: String, httpContentType: String? = nil) throws(Rejected) -> HTMLPage {
        guard data.count <= maxBytes else { throw Rejected(.tooLarge(bytes: data.count, limit: maxBytes)) }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(data, httpContentType: httpContentType)
        } catch {
            throw Rejected(.notText(detected: error.detected))
        }
        return try extract(decoded, origin: origin)
    }

    /// Extracts a page from text already decoded (``TextDecoder/decode(_:httpContentType:)``).
    public func extract(_ decoded: DecodedText, origin: String) throws(Rejected) -> HTMLPage {
        let bytes = Self.parserBytes(decoded.text)
        guard bytes.contains(where: { $0 > 0x20 }) else { throw Rejected(.empty) }
        guard let tree = HTMLTree.parse(utf8: bytes, url: origin) else { throw Rejected(.empty) }
        let main = MainContent.extract(tree)
        let depthNote = "elements nest deeper than \(HTMLTree.libxmlMaxDepth) levels; the parser stopped there"
        guard !main.blocks.isEmpty else {
            throw Rejected(tree.truncatedByDepth ? .unsupported(depthNote) : .noMainText)
        }

        let jsonLD = JSONLD(scripts: tree.jsonLD)
        let siteName = HTMLMetadata.siteName(tree, jsonLD: jsonLD)
        let title = HTMLMetadata.title(tree, mainContainer: main.container, siteName: siteName, jsonLD: jsonLD)
        var blocks = main.blocks
        // The title is kept apart (`Document.title`); repeating it in the text would count it twice.
        // It is the first heading, or on sites without heading tags (`<b>`, `role=heading` divs) any of
        // the first blocks, sometimes with the date line a single `<br>` away ("Title Last updated: ...").
        if let title, let k = blocks.prefix(3).firstIndex(where: { Self.isTitleLine($0.text, title: title) }),
           blocks[..<k].allSatisfy({ $0.weight < 120 }) {
            blocks.remove(at: k)
        }
        guard !blocks.isEmpty else { throw Rejected(.noMainText) }
        let canonical = HTMLMetadata.canonicalURL(tree)
        let evidence = Self.dateEvidence(tree, main: main, jsonLD: jsonLD, origin: origin, canonical: canonical)
        let dates = dateFinder.find(evidence)

        return HTMLPage(
            origin: origin,
            blocks: blocks.map { TextBlock(kind: $0.kind, text: $0.text) },
            title: title,
            author: HTMLMetadata.author(tree, jsonLD: jsonLD),
            siteName: siteName,
            canonicalURL: canonical,
            description: HTMLMetadata.description(tree),
            declaredLanguage: HTMLMetadata.language(tree, jsonLD: jsonLD),
            published: dates.published,
            updated: dates.updated,
            decoded: DecodingSummary(encoding: decoded.encoding, rule: decoded.rule,
                                     invalidBytes: decoded.invalidBytes, warnings: decoded.warnings),
            extractionRule: main.rule,
            warnings: tree.truncatedByDepth ? ["\(depthNote): text after that point was not read"] : []
        )
    }

    /// The text blocks of an HTML snippet (a feed item's `content:encoded` or `description`):
    /// scripts, styles, navigation, hidden elements and share/social widgets removed, no main-content
    /// scoring (a snippet is all content). Plain text without tags comes back as one block.
    public func fragmentBlocks(html: String) -> [String] {
        let bytes = Self.parserBytes(html)
        guard bytes.contains(where: { $0 > 0x20 }), let tree = HTMLTree.parse(utf8: bytes, url: "") else { return [] }
        var removed = Array(repeating: false, count: tree.nodes.count)
        for i in tree.nodes.indices where !tree.nodes[i].isText {
            let node = tree.nodes[i]
            if case .drop = BoilerplateRules.verdict(tag: node.tag, flags: node.flags, attributes: tree.attrs(i)), !node.flags.contains(.weak) {
                removed[i] = true
            }
        }
        let start = tree.body >= 0 ? tree.body : max(tree.root, 0)
        guard start < tree.nodes.count else { return [] }
        return BlockBuilder.build(tree, removed: removed, from: start)
            .filter { !$0.text.isEmpty && !MainContent.isStockPhrase($0.text) && !($0.linkDensity >= 0.8 && $0.weight < 100) }
            .map(\.text)
    }

    // MARK: - Helpers

    /// The title itself, or the title followed by a short tail (a date line or byline on the same line).
    static func isTitleLine(_ text: String, title: String) -> Bool {
        guard text.utf8.count >= title.utf8.count, text.utf8.count < title.utf8.count + 60 else { return false }
        let lowerText = text.lowercased(), lowerTitle = title.lowercased()
        guard lowerText.hasPrefix(lowerTitle) else { return false }
        let rest = lowerText.dropFirst(lowerTitle.count)
        guard let next = rest.first else { return true }
        return next.isWhitespace || next.isPunctuation
    }

    /// UTF-8 for libxml2, without NULs and C0 controls: libxml2 reports them as fatal
    /// errors and may stop reading at the first one, losing the rest of the page.
    static func parserBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }) {
            bytes.removeAll { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
        }
        return bytes
    }

    /// Class words that mark bylines and date lines.
    static let bylineWords: Set<String> = [
        "byline", "date", "dateline", "time", "timestamp", "meta", "posted", "published", "pubdate", "datum",
        "publicatie", "publicatiedatum", "postdate", "entrydate", "info", "details", "author", "auteur",
    ]

    static func dateEvidence(_ tree: HTMLTree, main: MainContent, jsonLD: JSONLD, origin: String, canonical: String?) -> DateEvidence {
        var e = DateEvidence()
        e.jsonLD = jsonLD
        e.metas = tree.metas.map { ($0.key, $0.content) }
        e.urls = [canonical, HTMLMetadata.meta(tree, ["og:url"])?.value, origin].compactMap { $0 }
        if tree.root >= 0, let lang = tree.attrs(tree.root)?.lang?.lowercased() { e.monthFirst = lang.hasPrefix("en-us") }

        let count = tree.nodes.count
        var inStrong = Array(repeating: false, count: count), inRemoved = Array(repeating: false, count: count)
        for i in 0..<count {
            let p = Int(tree.nodes[i].parent)
            inStrong[i] = main.strong.isEmpty ? false : (main.strong[i] || (p >= 0 && inStrong[p]))
            inRemoved[i] = main.removed.isEmpty ? false : (main.removed[i] || (p >= 0 && inRemoved[p]))
        }
        let region = HTMLMetadata.articleRegion(tree, container: main.container)
        for i in 0..<count where !tree.nodes[i].isText {
            // Only `<time>` and elements with an itemprop matter: skip the rest without copying attributes.
            let isTime = tree.nodes[i].tag == .time
            let k = Int(tree.nodes[i].attributes)
            guard isTime || (k >= 0 && tree.attributes[k].itemprop != nil) else { continue }
            let a = tree.attrs(i)
            let prop = a?.itemprop?.lowercased() ?? ""
            if isTime {
                guard let value = a?.datetime ?? Optional(tree.text(of: i, limit: 100)), !value.isEmpty else { continue }
                let words = Set(BoilerplateRules.classWords(a?.cls ?? ""))
                let isUpdate = prop == "datemodified"
                    || (!words.contains("published") && !words.isDisjoint(with: ["updated", "modified", "update", "bijgewerkt", "gewijzigd"]))
                e.times.append(.init(value: value, isMarked: a?.pubdate == true || prop == "datepublished" || prop == "datemodified",
                                     isUpdate: isUpdate, inArticle: region >= 0 && tree.isDescendant(i, of: region),
                                     inFurniture: inStrong[i], inDroppedRegion: inRemoved[i]))
            } else if prop == "datepublished" || prop == "datemodified" || prop == "datecreated", !inStrong[i] {
                let value = a?.content ?? a?.datetime ?? tree.text(of: i, limit: 100)
                e.itemprops.append((prop == "datecreated" ? "datepublished" : prop, value))
            }
        }

        // Whether a node's class or id names a byline, computed once per node (blocks share ancestors).
        var bylineNode = [Int8](repeating: -1, count: count)
        func isByline(_ node: Int) -> Bool {
            if bylineNode[node] < 0 {
                let k = Int(tree.nodes[node].attributes)
                let hit = k >= 0 && [tree.attributes[k].cls, tree.attributes[k].id].contains { name in
                    name.map { BoilerplateRules.hasWord($0, .byline, orIn: bylineWords) } ?? false
                }
                bylineNode[node] = hit ? 1 : 0
            }
            return bylineNode[node] == 1
        }
        for block in main.allBlocks.prefix(400) where !inStrong[block.owner] {
            var cursor = block.owner, steps = 0
            while cursor >= 0, steps < 3, cursor != tree.body {
                if isByline(cursor) {
                    e.bylines.append(Self.prefix(block.allText, 300))
                    break
                }
                cursor = Int(tree.nodes[cursor].parent)
                steps += 1
            }
        }
        // The article's head: blocks of the article region before the main container (title, kicker,
        // an unlabelled date line such as "ma 3 jan. 2022, 14:32" in a classless span).
        if region >= 0, main.container >= 0, region != main.container {
            e.header = main.allBlocks.lazy
                .filter { $0.owner >= region && $0.owner < main.container && !inStrong[$0.owner]
                    && ($0.owner == region || tree.isDescendant($0.owner, of: region)) }
                .prefix(6).map { Self.prefix($0.allText, 300) }
        }
        e.mainText = main.blocks.prefix(10).map { Self.prefix($0.text, 1000) }
        e.pageText = main.allBlocks.prefix(200).filter { !inStrong[$0.owner] }.map { Self.prefix($0.allText, 1000) }
        return e
    }

    /// `String(text.prefix(n))` (n characters) without walking grapheme clusters when the answer is
    /// known from the bytes: a text of at most n bytes has at most n characters, and in ASCII without
    /// CR every byte is one character.
    static func prefix(_ text: String, _ n: Int) -> String {
        let utf8 = text.utf8
        if utf8.count <= n { return text }
        if !utf8.prefix(n + 1).contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            return String(decoding: utf8.prefix(n), as: UTF8.self)
        }
        return String(text.prefix(n))
    }
}
