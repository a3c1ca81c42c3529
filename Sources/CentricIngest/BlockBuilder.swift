/// One unit of main text, in reading order.
public struct TextBlock: Sendable, Equatable {
    /// What kind of element the text came from.
    public enum Kind: String, Sendable, Equatable, Codable {
        case heading, paragraph, listItem, quote, tableRow, preformatted
    }

    public var kind: Kind
    /// Whitespace-collapsed text with entities decoded and invisible characters removed.
    /// A table row's cells are joined by ` | `.
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A block as the builder sees it, before main-content selection.
struct RawBlock {
    var kind: TextBlock.Kind
    /// 1...6 for headings, 0 otherwise.
    var level: Int
    /// Text outside dropped elements (empty when the whole block is dropped).
    var text: String
    /// All of the block's text, dropped parts included: date lines often sit in bylines.
    var allText: String
    /// Innermost block-level element holding the text.
    var owner: Int
    /// Non-whitespace bytes of `text`, and of the part of it inside links.
    var weight: Int
    var linkWeight: Int
    /// Non-whitespace bytes of `allText`.
    var allWeight: Int

    var linkDensity: Double { weight == 0 ? 0 : Double(linkWeight) / Double(weight) }
    /// Text that counts towards a container's score: link-dominated blocks count for nothing.
    var value: Int { linkDensity >= 0.5 ? 0 : weight - linkWeight }
}

/// Turns a mirrored DOM into blocks in reading order, in one pass over the pre-order array
/// (an explicit stack of open elements, no recursion).
///
/// Block boundaries are block-level elements and double `<br>`; inline elements join their text.
/// A data table row (a table without block elements inside) becomes one `tableRow` block; a layout
/// table's cells are treated as ordinary containers, since old sites put whole articles in them.
struct BlockBuilder {
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "ul", "caption", "fieldset", "figcaption", "menu", "listing", "plaintext", "xmp", "noframes",
    ]
    /// Elements whose presence inside a table means it is for layout, not data.
    static let layoutSignals: Set<String> = [
        "table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article",
    ]

    private let tree: HTMLTree
    private let removed: [Bool]
    private var blocks: [RawBlock] = []

    // Per-block buffers, as UTF-8 bytes: appending text node by text node to `String`s (and
    // measuring them) cost more than the rest of the builder.
    private var text: [UInt8] = []
    private var allText: [UInt8] = []
    private var weight = 0
    private var linkWeight = 0
    private var pendingBreak = false
    /// Whether the current block has dropped text, i.e. `allText` differs from `text`.
    private var hasDropped = false

    /// - Parameter removed: per node, whether the element itself is dropped (inherited here).
    init(tree: HTMLTree, removed: [Bool]) {
        self.tree = tree
        self.removed = removed
    }

    private struct Open {
        var index: Int
        var end: Int
        var isBlock = false
        var kind: TextBlock.Kind?
        var level = 0
        var isLink = false
        var isRemoved = false
        var dataTable: Bool?
    }

    // Stacks kept beside `open` so that every lookup is O(1) however deep the nesting.
    private var blockStack: [Int] = []
    private var kindStack: [(kind: TextBlock.Kind, level: Int)] = []
    private var tableStack: [Bool] = []
    private var linkDepth = 0
    private var removedDepth = 0

    /// Blocks of the subtree at `start`, in document order.
    static func build(_ tree: HTMLTree, removed: [Bool], from start: Int) -> [RawBlock] {
        var builder = BlockBuilder(tree: tree, removed: removed)
        builder.blocks.reserveCapacity(64)
        builder.run(from: start)
        return builder.blocks
    }

    private mutating func run(from start: Int) {
        guard start >= 0, start < tree.nodes.count else { return }
        let dataTables = Self.dataTables(tree, from: start)
        var open: [Open] = []
        let end = start + Int(tree.subtreeSize[start])
        var i = start
        while i < end {
            while let top = open.last, top.end <= i {
                close(top)
                open.removeLast()
            }
            let node = tree.nodes[i]
            if node.isText {
                let inLink = linkDepth > 0
                tree.withText(i) { append($0, inLink: inLink) }
                i += 1
                continue
            }
            let tag = node.tag
            let inDataTable = tableStack.last ?? false
            var element = Open(index: i, end: i + Int(tree.subtreeSize[i]))
            element.isLink = tag == .a
            element.isRemoved = removed[i]
            if tag == .br {
                if pendingBreak { flush(owner: blockStack.last ?? start) } else { pendingBreak = true }
                append(Self.space, inLink: false)
            } else if tag == .table {
                element.isBlock = true
                element.dataTable = dataTables.contains(i)
            } else if inDataTable {
                if tag == .tr || tag == .caption {
                    element.isBlock = true
                    element.kind = tag == .tr ? .tableRow : .paragraph
                } else if tag == .td || tag == .th {
                    if weight > 0 { append(Self.cellSeparator, inLink: false) }
                }
            } else if node.flags.contains(.block) {
                element.isBlock = true
                switch tag {
                case .h1, .h2, .h3, .h4, .h5, .h6:
                    element.kind = .heading
                    element.level = tag.headingLevel
                case .li, .dd, .dt: element.kind = .listItem
                case .blockquote: element.kind = .quote
                case .pre, .listing, .xmp: element.kind = .preformatted
                default: break
                }
            }
            if element.isBlock {
                flush(owner: blockStack.last ?? start)
                blockStack.append(i)
            }
            if let kind = element.kind { kindStack.append((kind, element.level)) }
            if let data = element.dataTable { tableStack.append(data) }
            if element.isLink { linkDepth += 1 }
            if element.isRemoved { removedDepth += 1 }
            open.append(element)
            i += 1
        }
        while let top = open.last {
            close(top)
            open.removeLast()
        }
        flush(owner: start)
    }

    private mutating func close(_ element: Open) {
        if element.isBlock {
            flush(owner: element.index)
            blockStack.removeLast()
        }
        if element.kind != nil { kindStack.removeLast() }
        if element.dataTable != nil { tableStack.removeLast() }
        if element.isLink { linkDepth -= 1 }
        if element.isRemoved { removedDepth -= 1 }
    }

    private static let space: [UInt8] = [0x20]
    private static let cellSeparator = Array(" | ".utf8)

    private mutating func append(_ content: [UInt8], inLink: Bool) {
        content.withUnsafeBufferPointer { append($0, inLink: inLink) }
    }

    private mutating func append(_ content: UnsafeBufferPointer<UInt8>, inLink: Bool) {
        allText.append(contentsOf: content)
        guard removedDepth == 0 else {
            hasDropped = true
            return
        }
        let w = TextNormalizer.weight(bytes: content)
        if w > 0 { pendingBreak = false }
        text.append(contentsOf: content)
        weight += w
        if inLink { linkWeight += w }
    }

    /// Ends the current block: its kind is that of the innermost open element that gives one
    /// (a `<p>` inside `<li>` is a list item, inside `<blockquote>` a quote).
    private mutating func flush(owner: Int) {
        pendingBreak = false
        defer {
            text.removeAll(keepingCapacity: true)
            allText.removeAll(keepingCapacity: true)
            weight = 0
            linkWeight = 0
            hasDropped = false
        }
        guard weight > 0 || (hasDropped && allText.withUnsafeBufferPointer { TextNormalizer.weight(bytes: $0) } > 0) else { return }
        let kept = weight > 0 ? text.withUnsafeBufferPointer { TextNormalizer.collapse(bytes: $0) } : ""
        let all = hasDropped ? allText.withUnsafeBufferPointer { TextNormalizer.collapse(bytes: $0) } : kept
        guard !all.isEmpty else { return }
        let allWeight = hasDropped ? TextNormalizer.weight(all) : weight
        let giver = kindStack.last
        blocks.append(RawBlock(kind: giver?.kind ?? .paragraph, level: giver?.level ?? 0, text: kept, allText: all,
                               owner: owner, weight: weight, linkWeight: linkWeight, allWeight: allWeight))
    }

    /// Tables with no block-level elements inside: their rows are data, one block per row.
    private static func dataTables(_ tree: HTMLTree, from start: Int) -> Set<Int> {
        var tables: Set<Int> = []
        let end = start + Int(tree.subtreeSize[start])
        var i = start
        while i < end {
            if tree.nodes[i].tag == .table {
                let tableEnd = i + Int(tree.subtreeSize[i])
                var isData = true
                var j = i + 1
                while j < tableEnd {
                    if tree.nodes[j].flags.contains(.layout) { isData = false; break }
                    j += 1
                }
                if isData { tables.insert(i) }
            }
            i += 1
        }
        return tables
    }
}
