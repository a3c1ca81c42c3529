import CLibXML2
import Foundation

/// A parsed HTML page mirrored into Swift arrays: elements and text nodes in document order.
///
/// libxml2 parses; this copy holds only what extraction needs (tag, parent, siblings, a dozen
/// attributes, text) so the C tree can be freed at once and every later pass is a loop over an
/// array, never a recursion: 100,000 nested elements cost 100,000 array slots, not stack frames.
/// Pre-order means a node's descendants are exactly the indices `i+1 ..< i+subtreeSize[i]`, and a
/// pass from the last index to the first visits every child before its parent.
struct HTMLTree {
    struct Node {
        /// Lowercased element name; empty for a text node.
        var tag: String
        var parent: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Text content, for text nodes.
        var text: String?
        /// Index into `attributes`, or -1 when the element has none that extraction reads.
        var attributes: Int32 = -1
        var isText: Bool { tag.isEmpty }
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

    /// The text of a subtree, whitespace-collapsed.
    func text(of index: Int, limit: Int = 2000) -> String {
        var parts = ""
        var i = index
        let end = index + Int(subtreeSize[index])
        while i < end, parts.utf8.count < limit {
            if let text = nodes[i].text { parts += text; parts += " " }
            i += 1
        }
        return TextNormalizer.collapse(parts)
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
        tree.mirror(doc)
        tree.truncatedByDepth = context.pointee.errNo == XML_ERR_INTERNAL_ERROR.rawValue
            && Int(context.pointee.nameMax) > Self.libxmlMaxDepth
        return tree
    }

    private mutating func mirror(_ doc: htmlDocPtr) {
        var names: [UnsafeRawPointer: String] = [:]
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
                let tag: String
                if let known = names[UnsafeRawPointer(namePointer)] {
                    tag = known
                } else {
                    tag = String(cString: namePointer).lowercased()
                    names[UnsafeRawPointer(namePointer)] = tag
                }
                if Self.skippedTags.contains(tag) {
                    if parent >= 0, tag == "textarea" || (tag == "input" && Self.isTextEntry(node)) {
                        textEntryParents.append(parent)
                    }
                    collectHeadData(node, tag: tag)
                    if tag == "head" {
                        stack.append((node.pointee.children, parent)) // walk head's meta/link/title, not mirrored
                    }
                    continue
                }
                index = Int32(nodes.count)
                var element = Node(tag: tag, parent: parent)
                element.attributes = readAttributes(node)
                nodes.append(element)
                if tag == "html", root < 0 {
                    root = Int(index)
                } else if tag == "body", body < 0 {
                    body = Int(index)
                }
                if node.pointee.children != nil { stack.append((node.pointee.children, index)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard parent >= 0, let content = node.pointee.content else { continue }
                index = Int32(nodes.count)
                nodes.append(Node(tag: "", parent: parent, text: String(cString: content)))
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

    // MARK: - Attributes and head data

    /// Input types a person types into; checkboxes, radios, hidden fields and buttons are not.
    private static let textEntryTypes: Set<String> = ["", "text", "email", "search", "tel", "url", "password"]

    private static func isTextEntry(_ node: xmlNodePtr) -> Bool {
        textEntryTypes.contains((attribute(node, "type") ?? "").lowercased().trimmingCharacters(in: .whitespaces))
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    private mutating func readAttributes(_ node: xmlNodePtr) -> Int32 {
        guard node.pointee.properties != nil else { return -1 }
        var a = Attributes()
        var any = false
        var property = node.pointee.properties
        while let p = property {
            defer { property = p.pointee.next }
            guard let rawName = p.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            func value() -> String {
                guard let v = xmlNodeListGetString(node.pointee.doc, p.pointee.children, 1) else { return "" }
                defer { cxml_free(v) }
                return String(cString: v)
            }
            switch name {
            case "class": a.cls = value()
            case "id": a.id = value()
            case "role": a.role = value().lowercased()
            case "aria-label": a.ariaLabel = value()
            case "aria-hidden": a.ariaHidden = value().lowercased() == "true"
            case "hidden": a.hidden = true
            case "style": a.style = value()
            case "itemprop": a.itemprop = value()
            case "itemtype": a.itemtype = value()
            case "datetime": a.datetime = value()
            case "pubdate": a.pubdate = true
            case "content": a.content = value()
            case "rel": a.rel = value().lowercased()
            case "href": a.href = value()
            case "lang", "xml:lang": a.lang = value()
            default: continue
            }
            any = true
        }
        guard any else { return -1 }
        attributes.append(a)
        return Int32(attributes.count - 1)
    }

    private mutating func collectHeadData(_ node: xmlNodePtr, tag: String) {
        switch tag {
        case "title":
            guard titleText == nil, let content = xmlNodeGetContent(node) else { return }
            defer { cxml_free(content) }
            titleText = String(cString: content)
        case "meta":
            let key = Self.attribute(node, "property") ?? Self.attribute(node, "name")
                ?? Self.attribute(node, "itemprop") ?? Self.attribute(node, "http-equiv")
            guard let key, let content = Self.attribute(node, "content") else { return }
            metas.append((key.lowercased().trimmingCharacters(in: .whitespaces), content))
        case "link":
            guard let rel = Self.attribute(node, "rel"), let href = Self.attribute(node, "href") else { return }
            links.append((rel.lowercased(), href))
        case "script":
            guard let type = Self.attribute(node, "type"), type.lowercased().contains("ld+json"),
                  let content = xmlNodeGetContent(node) else { return }
            defer { cxml_free(content) }
            jsonLD.append(String(cString: content))
        default:
            return
        }
    }
}
