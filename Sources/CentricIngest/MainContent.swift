/// Chooses a page's main text: a cascade of rules, the first that finds enough text wins.
///
/// 1. **Drop furniture** (`BoilerplateRules`). A weakly dropped element (a `header`, `form`, or a
///    class hint such as `sidebar`) is *rescued* when it holds at least half of the page's text and
///    three paragraphs of 80+ characters: then it is a page-wide wrapper, not furniture.
/// 2. **`main`: the dominant container.** Every block's *value* is its non-link text (0 for a block
///    whose text is mostly links). Starting at `<body>`, descend into the child holding at least 80%
///    of the current element's value (50% for a unique `<article>`, `<main>`, `role=main` or a class
///    such as `entry-content`/`article-body`/`itemprop=articleBody`, which mark the text explicitly),
///    and stop when no child dominates: the element reached holds the text and little else.
///    A forum thread stops at the list of posts, since no single post dominates.
/// 3. **`body`**: when the container gives under 200 characters, every kept block of the page,
///    if that gives clearly more.
/// 4. **`paragraphs`**: then every `<p>` of the page outside strong furniture (hidden, comments, nav).
///
/// In every rule, short link-dominated blocks and stock phrases ("Share this", "Lees ook") go.
struct MainContent {
    var blocks: [RawBlock]
    /// The chosen container (the `<body>` for the fallbacks).
    var container: Int
    /// `main`, `body`, `paragraphs` or `none`.
    var rule: String
    /// Every block of the page, furniture included, for the date finder.
    var allBlocks: [RawBlock]
    /// Per node: dropped itself (after rescue), and dropped strongly (comments, nav, hidden).
    var removed: [Bool] = []
    var strong: [Bool] = []

    static let descentShare = 0.8
    static let markedDescentShare = 0.5
    static let enoughText = 200

    static func extract(_ tree: HTMLTree) -> MainContent {
        let start = tree.body >= 0 ? tree.body : max(tree.root, 0)
        guard !tree.nodes.isEmpty else { return MainContent(blocks: [], container: -1, rule: "none", allBlocks: []) }
        var removed = Array(repeating: false, count: tree.nodes.count)
        var strong = Array(repeating: false, count: tree.nodes.count)
        for i in tree.nodes.indices where !tree.nodes[i].isText {
            let node = tree.nodes[i]
            let attributes = node.attributes >= 0 ? tree.attributes[Int(node.attributes)] : nil
            if case let .drop(isStrong) = BoilerplateRules.verdict(tag: node.tag, flags: node.flags, attributes: attributes) {
                removed[i] = true
                strong[i] = isStrong
            }
        }
        dropFormWidgets(tree, removed: &removed)
        var blocks = BlockBuilder.build(tree, removed: removed, from: start)
        if rescueWrappers(tree, blocks: blocks, removed: &removed, strong: strong) {
            blocks = BlockBuilder.build(tree, removed: removed, from: start)
        }

        let container = dominantContainer(tree, blocks: blocks, from: start)
        var chosen = clean(blocks.filter { $0.owner == container || tree.isDescendant($0.owner, of: container) })
        var rule = "main"
        if weight(chosen) < enoughText {
            let everything = clean(blocks)
            if weight(everything) * 2 > weight(chosen) * 3 {
                chosen = everything
                rule = "body"
            }
        }
        if weight(chosen) < enoughText {
            let paragraphs = clean(paragraphBlocks(tree, strong: strong, from: start))
            if weight(paragraphs) * 2 > weight(chosen) * 3 {
                chosen = paragraphs
                rule = "paragraphs"
            }
        }
        if chosen.isEmpty { rule = "none" }
        return MainContent(blocks: chosen, container: rule == "main" ? container : start, rule: rule, allBlocks: blocks,
                           removed: removed, strong: strong)
    }

    // MARK: - Form widgets

    /// Most text a form widget holds: a newsletter box or a search bar says a sentence or two.
    static let widgetText = 200

    /// Drops (weakly) the widget around each text-entry control: the highest of its three nearest
    /// ancestors that still holds at most `widgetText` bytes of text. A newsletter box built from bare
    /// `<div>`s ("Join 12,000 readers..." + an e-mail field) has no class or tag to give it away.
    private static func dropFormWidgets(_ tree: HTMLTree, removed: inout [Bool]) {
        guard !tree.textEntryParents.isEmpty else { return }
        var text = Array(repeating: 0, count: tree.nodes.count)
        for i in tree.nodes.indices where tree.nodes[i].isText {
            text[i] = tree.withText(i) { TextNormalizer.weight(bytes: $0) }
        }
        accumulate(tree, &text)
        for parent in tree.textEntryParents {
            var node = Int(parent), widget = -1, steps = 0
            while node >= 0, steps < 3, node != tree.body, text[node] <= widgetText {
                let tag = tree.nodes[node].tag
                if tag == .html || tag == .body || tag == .main || tag == .article { break }
                widget = node
                node = Int(tree.nodes[node].parent)
                steps += 1
            }
            if widget >= 0 { removed[widget] = true }
        }
    }

    private static func weight(_ blocks: [RawBlock]) -> Int {
        blocks.reduce(0) { $0 + $1.weight }
    }

    // MARK: - Rescue

    /// Un-drops weakly dropped elements that hold most of the page's text. True when any changed.
    private static func rescueWrappers(_ tree: HTMLTree, blocks: [RawBlock], removed: inout [Bool], strong: [Bool]) -> Bool {
        var text = Array(repeating: 0, count: tree.nodes.count)
        var long = Array(repeating: 0, count: tree.nodes.count)
        for block in blocks where block.owner >= 0 {
            let w = block.allWeight
            text[block.owner] += w
            if w >= 80 { long[block.owner] += 1 }
        }
        accumulate(tree, &text)
        accumulate(tree, &long)
        let total = text.isEmpty ? 0 : blocks.reduce(0) { $0 + $1.allWeight }
        guard total > 0 else { return false }
        var changed = false
        var hidden = Array(repeating: false, count: tree.nodes.count) // an ancestor is still dropped
        for i in tree.nodes.indices {
            let parent = Int(tree.nodes[i].parent)
            hidden[i] = parent >= 0 && (hidden[parent] || removed[parent])
            if removed[i], !strong[i], !hidden[i], text[i] * 2 >= total, long[i] >= 3 {
                removed[i] = false
                changed = true
            }
        }
        return changed
    }

    /// Adds every node's value into its parent, children first (pre-order, so walk backwards).
    static func accumulate(_ tree: HTMLTree, _ values: inout [Int]) {
        for i in stride(from: tree.nodes.count - 1, through: 1, by: -1) {
            let p = Int(tree.nodes[i].parent)
            if p >= 0 { values[p] += values[i] }
        }
    }

    // MARK: - Dominant container

    static func dominantContainer(_ tree: HTMLTree, blocks: [RawBlock], from start: Int) -> Int {
        var value = Array(repeating: 0, count: tree.nodes.count)
        for block in blocks where block.owner >= 0 { value[block.owner] += block.value }
        accumulate(tree, &value)
        var node = start
        while value[node] > 0 {
            var best = -1, second = -1
            var child = Int(tree.nodes[node].firstChild)
            while child >= 0 {
                if !tree.nodes[child].isText {
                    if best < 0 || value[child] > value[best] {
                        second = best
                        best = child
                    } else if second < 0 || value[child] > value[second] {
                        second = child
                    }
                }
                child = Int(tree.nodes[child].nextSibling)
            }
            guard best >= 0 else { break }
            // A marker counts only when it is unique among siblings with real text: two `<article>`s
            // of comparable size are posts of a thread, not one article.
            let marked = isMarked(tree, best)
                && !(second >= 0 && value[second] * 4 > value[best] && isMarked(tree, second) && tree.nodes[second].tag == tree.nodes[best].tag)
            let share = marked ? markedDescentShare : descentShare
            guard Double(value[best]) >= share * Double(value[node]) else { break }
            node = best
        }
        return node
    }

    private static func isMarked(_ tree: HTMLTree, _ index: Int) -> Bool {
        let tag = tree.nodes[index].tag
        if tag == .article || tag == .main { return true }
        let a = tree.attrs(index)
        if a?.role == "main" { return true }
        return BoilerplateRules.isContentMarker(a)
    }

    // MARK: - Fallback: paragraphs

    /// Every `<p>` of the page outside strongly dropped elements, weak drops ignored.
    private static func paragraphBlocks(_ tree: HTMLTree, strong: [Bool], from start: Int) -> [RawBlock] {
        let all = BlockBuilder.build(tree, removed: strong, from: start)
        return all.filter { $0.owner >= 0 && tree.nodes[$0.owner].tag == .p && !$0.text.isEmpty }
    }

    // MARK: - Block filters

    /// Drops empty, link-dominated and stock-phrase blocks, and headings left without a section.
    static func clean(_ blocks: [RawBlock]) -> [RawBlock] {
        var kept = blocks.filter { block in
            guard !block.text.isEmpty else { return false }
            if block.linkDensity >= 0.8 || (block.linkDensity >= 0.5 && block.weight < 300) { return false }
            return !isStockPhrase(block.text) && !isReadingTime(block.text)
        }
        // A comment section that no markup gives away starts with its title ("Comments (2)",
        // "12 thoughts on ...", "3 reacties"): it and everything after it go.
        if let cut = kept.indices.dropFirst().first(where: { isCommentsTitle(kept[$0].text) }) {
            kept.removeSubrange(cut...)
        }
        // A heading followed by nothing, or by a heading of the same or higher rank, introduced
        // something that was dropped ("Related articles", "Reacties").
        var i = kept.count - 1
        while i >= 0 {
            if kept[i].kind == .heading {
                let next = i + 1 < kept.count ? kept[i + 1] : nil
                if next == nil || (next!.kind == .heading && next!.level <= kept[i].level) {
                    kept.remove(at: i)
                }
            }
            i -= 1
        }
        return kept
    }

    /// Whether a short line titles a comment section: a comment word, with at most a count, a
    /// parenthesised count or a colon around it, or "... on <title>" ("12 thoughts on", "3 reacties op").
    static func isCommentsTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 120,
              commentCoreStems.contains(where: { TextNormalizer.contains(text, $0) }) else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let first = words.first, words.count <= 8 else { return false }
        if words.count <= 3, words.allSatisfy({ commentTitleWords.contains($0) }),
           words.contains(where: { commentCoreWords.contains($0) }) { return true }
        // "12 thoughts on “Title”", "3 responses to", "2 reacties op": the count comes first.
        guard text.first?.isNumber == true, words.count >= 2, commentTitleWords.contains(first),
              commentCoreWords.contains(first), ["on", "to", "op", "bij", "over"].contains(words[1]) else { return false }
        return true
    }

    /// Lowercase parts of every core word, for a cheap first test before lowercasing anything.
    static let commentCoreStems = ["omment", "esponse", "eplies", "houghts", "iscussi", "eactie", "OMMENT", "EACTIE"]
    static let commentCoreWords: Set<String> = [
        "comment", "comments", "responses", "replies", "thoughts", "discussion", "reactie", "reacties", "discussie",
    ]
    static let commentTitleWords: Set<String> = [
        "comment", "comments", "responses", "response", "replies", "thoughts", "reader", "readers", "discussion",
        "reactie", "reacties", "reageer", "lezers", "van", "discussie", "join", "the",
    ]

    /// A byline that gives the reading time ("Hannah Cole · 4 min", "5 min read", "3 minuten leestijd").
    static func isReadingTime(_ text: String) -> Bool {
        guard text.utf8.count <= 80, ["min", "Min", "eestijd", "eading"].contains(where: { TextNormalizer.contains(text, $0) })
        else { return false }
        let lower = text.lowercased()
        if readingTimePhrases.contains(where: { lower.contains($0) }) { return true }
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 2, words.last == "min" || words.last == "minuten" || words.last == "minutes" else { return false }
        return words[words.count - 2].allSatisfy(\.isNumber)
    }

    static let readingTimePhrases = ["min read", "minute read", "minutes read", "reading time", "leestijd", "min lezen", "minuten lezen"]

    /// Short texts that are page furniture whatever element holds them.
    static func isStockPhrase(_ text: String) -> Bool {
        guard text.utf8.count <= 100 else { return false }
        let lower = text.lowercased()
        return stockPhrases.contains { lower.hasPrefix($0) }
    }

    static let stockPhrases: [String] = [
        // English
        "share this", "share on", "share:", "share article", "follow us", "subscribe", "sign up for", "sign up to",
        "leave a comment", "leave a reply", "post a comment", "add a comment", "write a comment", "related articles",
        "related posts", "related stories", "read more", "read also", "see also", "you may also like", "you might also like",
        "like what you read", "liked this article", "enjoyed this", "advertisement", "sponsored", "tags:", "filed under",
        "posted in", "categories:", "category:", "all rights reserved", "©", "copyright ©", "we use cookies",
        "this site uses cookies", "this website uses cookies", "accept all", "accept cookies", "skip to content",
        "skip to main", "back to top", "print this", "email this", "click here to", "previous post", "next post",
        "no comments", "0 comments", "log in to", "login to", "sign in to", "more from", "most read", "trending now",
        // Dutch
        "deel dit", "delen:", "deel op", "deel via", "volg ons", "abonneer", "schrijf je in", "meld je aan",
        "aanmelden voor", "lees ook", "lees meer", "meer lezen", "bekijk ook", "gerelateerde artikelen",
        "gerelateerde berichten", "laat een reactie", "plaats een reactie", "geef een reactie", "reageer op",
        "geen reacties", "0 reacties", "advertentie", "gesponsord", "alle rechten voorbehouden", "wij gebruiken cookies",
        "we gebruiken cookies", "deze website gebruikt cookies", "deze site gebruikt cookies", "accepteer", "akkoord en",
        "naar boven", "ga naar inhoud", "ga direct naar", "trefwoorden:", "categorie:", "geplaatst in", "meest gelezen",
        "vorig artikel", "volgend artikel", "vorige bericht", "volgende bericht",
    ]
}
