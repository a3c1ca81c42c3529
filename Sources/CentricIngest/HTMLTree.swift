import CLibXML2
import Foundation

/// An element name interned as a small integer: every pass compares tags, and comparing or hashing
/// `String`s per node (with their retain/release) was a large share of extraction time.
/// Names extraction knows have fixed values; other names get per-page values above `Tag.knownCount`,
/// equal for equal names, so two unknown tags still compare as the names would.
struct Tag: Equatable {
    var raw: UInt16

    /// Per-tag properties, looked up once per distinct name when the tree is mirrored.
    struct Flags: OptionSet {
        var rawValue: UInt16
        /// A block-level element (`BlockBuilder.blockTags`).
        static let block = Flags(rawValue: 1 << 0)
        /// Its presence inside a table marks a layout table (`BlockBuilder.layoutSignals`).
        static let layout = Flags(rawValue: 1 << 1)
        /// `BoilerplateRules.strongTags`, `weakTags`, `exemptTags`.
        static let strong = Flags(rawValue: 1 << 2)
        static let weak = Flags(rawValue: 1 << 3)
        static let exempt = Flags(rawValue: 1 << 4)
        /// `HTMLTree.skippedTags`: not mirrored.
        static let skipped = Flags(rawValue: 1 << 5)
    }

    static let text = Tag(raw: 0)
    static let html = Tag(raw: 1), body = Tag(raw: 2), head = Tag(raw: 3), a = Tag(raw: 4), br = Tag(raw: 5)
    static let p = Tag(raw: 6), table = Tag(raw: 7), tr = Tag(raw: 8), td = Tag(raw: 9), th = Tag(raw: 10)
    static let caption = Tag(raw: 11), h1 = Tag(raw: 12), h2 = Tag(raw: 13), h3 = Tag(raw: 14), h4 = Tag(raw: 15)
    static let h5 = Tag(raw: 16), h6 = Tag(raw: 17), li = Tag(raw: 18), dd = Tag(raw: 19), dt = Tag(raw: 20)
    static let blockquote = Tag(raw: 21), pre = Tag(raw: 22), listing = Tag(raw: 23), xmp = Tag(raw: 24)
    static let time = Tag(raw: 25), article = Tag(raw: 26), main = Tag(raw: 27), textarea = Tag(raw: 28)
    static let input = Tag(raw: 29), title = Tag(raw: 30), meta = Tag(raw: 31), link = Tag(raw: 32)
    static let script = Tag(raw: 33)

    /// Names of the fixed values above, in order; then every other name a rule or list mentions.
    static let knownNames: [String] = [
        "", "html", "body", "head", "a", "br", "p", "table", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4",
        "h5", "h6", "li", "dd", "dt", "blockquote", "pre", "listing", "xmp", "time", "article", "main", "textarea",
        "input", "title", "meta", "link", "script",
    ]

    /// Heading level for `h1`...`h6`, else 0.
    var headingLevel: Int {
        raw >= Tag.h1.raw && raw <= Tag.h6.raw ? Int(raw - Tag.h1.raw) + 1 : 0
    }

    /// Every name with a fixed or flagged meaning: value and flags, built from the rule lists.
    static let known: [String: (raw: UInt16, flags: Flags)] = {
        var names = knownNames
        let lists: [(Set<String>, Flags)] = [
            (BlockBuilder.blockTags, .block), (BlockBuilder.layoutSignals, .layout),
            (BoilerplateRules.strongTags, .strong), (BoilerplateRules.weakTags, .weak),
            (BoilerplateRules.exemptTags, .exempt), (HTMLTree.skippedTags, .skipped),
        ]
        for (list, _) in lists { for name in list.sorted() where !names.contains(name) { names.append(name) } }
        var table: [String: (raw: UInt16, flags: Flags)] = [:]
        for (k, name) in names.enumerated() {
            var flags: Flags = []
            for (list, flag) in lists where list.contains(name) { flags.insert(flag) }
            table[name] = (UInt16(k), flags)
        }
        return table
    }()
    static let knownCount = known.count
}

/// A parsed HTML page mirrored into Swift arrays: elements and text nodes in document order.
///
/// libxml2 parses; this copy holds only what extraction needs (tag, parent, siblings, a dozen
/// attributes, text) so the C tree can be freed at once and every later pass is a loop over an
/// array, never a recursion: 100,000 nested elements cost 100,000 array slots, not stack frames.
/// Pre-order means a node's descendants are exactly the indices `i+1 ..< i+subtreeSize[i]`, and a
/// pass from the last index to the first visits every child before its parent.
///
/// A node is plain data (no `String`s): tags are interned (``Tag``) and text lives in one byte
/// arena, so the many passes over `nodes` cost no reference counting.
struct HTMLTree {
    struct Node {
        /// The element name, interned; `.text` for a text node.
        var tag: Tag
        var flags: Tag.Flags = []
        var parent: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Index into `attributes`, or -1 when the element has none that extraction reads.
        var attributes: Int32 = -1
        /// For text nodes: the UTF-8 content, `textBytes[textStart ..< textEnd]`.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        var isText: Bool { tag == .text }
    }

    /// The attributes extraction reads; the rest are dropped.
    struct Attributes {
        var cls: String?
        var id: String?
        var role: String?
        var ariaLabel: String?
        var ariaHidden = false
        var hidden = false
        var style: String?
        var itemprop: String?
        var itemtype: String?
        var datetime: String?
        var pubdate = false
        var content: String?
        var rel: String?
        var href: String?
        var lang: String?
    }

    var nodes: [Node] = []
    var attributes: [Attributes] = []
    /// Text of all text nodes, back to back (see `Node.textStart`).
    var textBytes: [UInt8] = []
    /// Number of nodes in each node's subtree, itself included.
    var subtreeSize: [Int32] = []
    var root: Int = -1
    var body: Int = -1

    // MARK: Head metadata, collected during the walk

    var titleText: String?
    /// `<meta>` tags in document order: key is the lowercased `name`, `property`, `itemprop` or `http-equiv`.
    var metas: [(key: String, content: String)] = []
    /// `<link>` tags: lowercased `rel` and `href`.
    var links: [(rel: String, href: String)] = []
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// Parents of text-entry controls (`<textarea>`, `<input>` of a text-like type): the widgets
    /// around them (newsletter boxes, comment and search forms) are furniture even without a `<form>`.
    var textEntryParents: [Int32] = []

    func attrs(_ index: Int) -> Attributes? {
        let a = nodes[index].attributes
        return a >= 0 ? attributes[Int(a)] : nil
    }

    func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        index > ancestor && index < ancestor + Int(subtreeSize[ancestor])
    }

    /// The text of a text node (nil for an element).
    func text(_ index: Int) -> String? {
        let node = nodes[index]
        guard node.isText else { return nil }
        return String(decoding: textBytes[Int(node.textStart)..<Int(node.textEnd)], as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 bytes of a text node.
    func withText<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let node = nodes[index]
        return textBytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(node.textStart)..<Int(node.textEnd)]))
        }
    }

    /// The text of a subtree, whitespace-collapsed.
    func text(of index: Int, limit: Int = 2000) -> String {
        var parts: [UInt8] = []
        var i = index
        let end = index + Int(subtreeSize[index])
        while i < end, parts.count < limit {
            let node = nodes[i]
            if node.isText {
                parts.append(contentsOf: textBytes[Int(node.textStart)..<Int(node.textEnd)])
                parts.append(0x20)
            }
            i += 1
        }
        return parts.withUnsafeBufferPointer { TextNormalizer.collapse(bytes: $0) }
    }

    // MARK: - Parsing

    /// Elements whose whole subtree never holds readable text; they are not mirrored at all.
    static let skippedTags: Set<String> = [
        "script", "style", "template", "svg", "math", "noscript", "iframe", "object", "embed", "canvas",
        "video", "audio", "picture", "select", "textarea", "button", "input", "map", "head", "link", "meta",
        "title", "base", "option", "datalist", "dialog", "frameset", "frame", "applet",
    ]

    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// True when libxml2 stopped early because elements nest deeper than its limit (256 levels):
    /// the text after that point is missing.
    var truncatedByDepth = false

    /// libxml2's nesting limit without `XML_PARSE_HUGE` (which would also lift its size limits).
    static let libxmlMaxDepth = 256

    /// Parses UTF-8 HTML with libxml2 (recover, no network, no error output, declared encodings
    /// ignored: the bytes are already UTF-8) and mirrors it. Nil when libxml2 gives no document.
    static func parse(utf8 bytes: [UInt8], url: String) -> HTMLTree? {
        _ = parserReady
        cxml_silence_errors()
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        guard !bytes.isEmpty, bytes.count < Int(Int32.max), let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCtxtReadMemory(context, $0, Int32(buffer.count), url, "UTF-8", Int32(options))
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var tree = HTMLTree()
        tree.textBytes.reserveCapacity(bytes.count / 2)
        tree.mirror(doc)
        tree.truncatedByDepth = context.pointee.errNo == XML_ERR_INTERNAL_ERROR.rawValue
            && Int(context.pointee.nameMax) > Self.libxmlMaxDepth
        return tree
    }

    private mutating func mirror(_ doc: htmlDocPtr) {
        // libxml2 interns names per document, so a name pointer seen before has the same tag.
        var tagsByPointer = PointerTable()
        var otherTags: [String: UInt16] = [:]
        var lastChild: [Int32] = []
        // Each frame holds the next sibling to visit at one depth and the mirrored parent's index.
        var stack: [(node: xmlNodePtr?, parent: Int32)] = [(doc.pointee.children, -1)]
        while !stack.isEmpty {
            guard let node = stack[stack.count - 1].node else { stack.removeLast(); continue }
            let parent = stack[stack.count - 1].parent
            stack[stack.count - 1].node = node.pointee.next

            let index: Int32
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                guard let namePointer = node.pointee.name else { continue }
                let tag: Tag, flags: Tag.Flags
                if let known = tagsByPointer.get(UnsafeRawPointer(namePointer)) {
                    (tag, flags) = known
                } else {
                    let name = String(cString: namePointer).lowercased()
                    if let known = Tag.known[name] {
                        (tag, flags) = (Tag(raw: known.raw), known.flags)
                    } else {
                        let raw = otherTags[name] ?? UInt16(clamping: Tag.knownCount + otherTags.count)
                        otherTags[name] = raw
                        (tag, flags) = (Tag(raw: raw), [])
                    }
                    tagsByPointer.set(UnsafeRawPointer(namePointer), (tag, flags))
                }
                if flags.contains(.skipped) {
                    if parent >= 0, tag == .textarea || (tag == .input && Self.isTextEntry(node)) {
                        textEntryParents.append(parent)
                    }
                    collectHeadData(node, tag: tag)
                    if tag == .head {
                        stack.append((node.pointee.children, parent)) // walk head's meta/link/title, not mirrored
                    }
                    continue
                }
                index = Int32(nodes.count)
                var element = Node(tag: tag, flags: flags, parent: parent)
                element.attributes = readAttributes(node)
                nodes.append(element)
                if tag == .html, root < 0 {
                    root = Int(index)
                } else if tag == .body, body < 0 {
                    body = Int(index)
                }
                if node.pointee.children != nil { stack.append((node.pointee.children, index)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard parent >= 0, let content = node.pointee.content else { continue }
                index = Int32(nodes.count)
                let start = Int32(textBytes.count)
                textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                nodes.append(Node(tag: .text, parent: parent, textStart: start, textEnd: Int32(textBytes.count)))
            default:
                continue
            }
            lastChild.append(-1)
            if parent >= 0 {
                let previous = lastChild[Int(parent)]
                if previous < 0 { nodes[Int(parent)].firstChild = index } else { nodes[Int(previous)].nextSibling = index }
                lastChild[Int(parent)] = index
            }
        }
        subtreeSize = Array(repeating: 1, count: nodes.count)
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            let p = Int(nodes[i].parent)
            if p >= 0 { subtreeSize[p] += subtreeSize[i] }
        }
    }

    /// Name pointer -> tag, for one page: a few dozen distinct names, looked up once per element.
    /// Open addressing on the pointer's bits; cheaper than `Dictionary`'s seeded hashing here.
    private struct PointerTable {
        private static let size = 128
        private var keys = [UnsafeRawPointer?](repeating: nil, count: size)
        private var values = [(tag: Tag, flags: Tag.Flags)](repeating: (.text, []), count: size)
        private var count = 0
        /// Used once the table is half full (a page with many custom element names).
        private var overflow: [UnsafeRawPointer: (tag: Tag, flags: Tag.Flags)] = [:]

        private static func slot(_ key: UnsafeRawPointer) -> Int {
            let bits = UInt(bitPattern: key)
            return Int(truncatingIfNeeded: (bits >> 3) ^ (bits >> 10)) & (size - 1)
        }

        func get(_ key: UnsafeRawPointer) -> (tag: Tag, flags: Tag.Flags)? {
            var slot = Self.slot(key)
            while let k = keys[slot] {
                if k == key { return values[slot] }
                slot = (slot + 1) & (Self.size - 1)
            }
            return overflow.isEmpty ? nil : overflow[key]
        }

        mutating func set(_ key: UnsafeRawPointer, _ value: (tag: Tag, flags: Tag.Flags)) {
            guard count < Self.size / 2 else { overflow[key] = value; return }
            var slot = Self.slot(key)
            while keys[slot] != nil { slot = (slot + 1) & (Self.size - 1) }
            keys[slot] = key
            values[slot] = value
            count += 1
        }
    }

    // MARK: - Attributes and head data

    /// Input types a person types into; checkboxes, radios, hidden fields and buttons are not.
    private static let textEntryTypes: Set<String> = ["", "text", "email", "search", "tel", "url", "password"]

    private static func isTextEntry(_ node: xmlNodePtr) -> Bool {
        textEntryTypes.contains((attribute(node, "type") ?? "").lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// What `xmlGetProp` returns (the first attribute of that exact name without a namespace, "" when it
    /// has no value), read from the attribute's text child instead of a copy libxml2 allocates.
    private static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        var property = node.pointee.properties
        while let p = property {
            if p.pointee.ns == nil, let rawName = p.pointee.name, Self.equals(rawName, name) {
                return value(of: p, in: node)
            }
            property = p.pointee.next
        }
        return nil
    }

    private static func equals(_ cName: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        let bytes = name.utf8Start
        for k in 0..<n where cName[k] != bytes[k] { return false }
        return cName[n] == 0
    }

    /// An attribute's value: its single text child directly (the common case), else libxml2's join.
    private static func value(of p: xmlAttrPtr, in node: xmlNodePtr) -> String {
        if let child = p.pointee.children, child.pointee.next == nil,
           child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE {
            guard let content = child.pointee.content else { return "" }
            return String(cString: content)
        }
        guard let v = xmlNodeListGetString(node.pointee.doc, p.pointee.children, 1) else { return "" }
        defer { cxml_free(v) }
        return String(cString: v)
    }

    private enum AttributeName {
        case cls, id, role, ariaLabel, ariaHidden, hidden, style, itemprop, itemtype, datetime, pubdate, content
        case rel, href, lang
    }

    /// The attribute names extraction reads, packed as lowercase ASCII into an integer (at most 15
    /// bytes), so a name is recognised without building a `String`.
    private static let attributeNames: [(key: (UInt64, UInt64), name: AttributeName)] = ([
        ("class", .cls), ("id", .id), ("role", .role), ("aria-label", .ariaLabel), ("aria-hidden", .ariaHidden),
        ("hidden", .hidden), ("style", .style), ("itemprop", .itemprop), ("itemtype", .itemtype),
        ("datetime", .datetime), ("pubdate", .pubdate), ("content", .content), ("rel", .rel), ("href", .href),
        ("lang", .lang), ("xml:lang", .lang),
    ] as [(String, AttributeName)]).map { (pack(Array($0.0.utf8))!, $0.1) }

    /// Up to 15 bytes, ASCII-lowercased, packed with the length; nil when longer.
    private static func pack(_ bytes: some Collection<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= 15 else { return nil }
        var lo: UInt64 = 0, hi = UInt64(bytes.count)
        for (k, byte) in bytes.enumerated() {
            let b = UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            if k < 8 { lo |= b << (8 * UInt64(k)) } else { hi |= b << (8 * UInt64(k - 7)) }
        }
        return (lo, hi)
    }

    private static func attributeName(_ raw: UnsafePointer<xmlChar>) -> AttributeName? {
        var n = 0
        while raw[n] != 0 {
            // Non-ASCII bytes: `String.lowercased()` never turns such a name into one of ours.
            if n == 15 || raw[n] >= 0x80 { return nil }
            n += 1
        }
        guard let key = pack(UnsafeBufferPointer(start: raw, count: n)) else { return nil }
        for entry in attributeNames where entry.key == key { return entry.name }
        return nil
    }

    private mutating func readAttributes(_ node: xmlNodePtr) -> Int32 {
        guard node.pointee.properties != nil else { return -1 }
        var a = Attributes()
        var any = false
        var property = node.pointee.properties
        while let p = property {
            defer { property = p.pointee.next }
            guard let rawName = p.pointee.name, let name = Self.attributeName(rawName) else { continue }
            func value() -> String { Self.value(of: p, in: node) }
            switch name {
            case .cls: a.cls = value()
            case .id: a.id = value()
            case .role: a.role = value().lowercased()
            case .ariaLabel: a.ariaLabel = value()
            case .ariaHidden: a.ariaHidden = value().lowercased() == "true"
            case .hidden: a.hidden = true
            case .style: a.style = value()
            case .itemprop: a.itemprop = value()
            case .itemtype: a.itemtype = value()
            case .datetime: a.datetime = value()
            case .pubdate: a.pubdate = true
            case .content: a.content = value()
            case .rel: a.rel = value().lowercased()
            case .href: a.href = value()
            case .lang: a.lang = value()
            }
            any = true
        }
        guard any else { return -1 }
        attributes.append(a)
        return Int32(attributes.count - 1)
    }

    private mutating func collectHeadData(_ node: xmlNodePtr, tag: Tag) {
        switch tag {
        case .title:
            guard titleText == nil, let content = xmlNodeGetContent(node) else { return }
            defer { cxml_free(content) }
            titleText = String(cString: content)
        case .meta:
            let key = Self.attribute(node, "property") ?? Self.attribute(node, "name")
                ?? Self.attribute(node, "itemprop") ?? Self.attribute(node, "http-equiv")
            guard let key, let content = Self.attribute(node, "content") else { return }
            metas.append((TextNormalizer.trimmingSpaces(key.lowercased()), content))
        case .link:
            guard let rel = Self.attribute(node, "rel"), let href = Self.attribute(node, "href") else { return }
            links.append((rel.lowercased(), href))
        case .script:
            guard let type = Self.attribute(node, "type"), type.lowercased().contains("ld+json"),
                  let content = xmlNodeGetContent(node) else { return }
            defer { cxml_free(content) }
            jsonLD.append(String(cString: content))
        default:
            return
        }
    }
}
