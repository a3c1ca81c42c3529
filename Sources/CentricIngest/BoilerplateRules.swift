import Foundation

/// Which elements are page furniture rather than article text, judged from the element alone.
///
/// Three kinds of evidence, in English and Dutch markup:
/// - the tag (`nav`, `aside`, `footer`, ...),
/// - `class`/`id` words (`cookie-banner`, `share-buttons`, `nieuwsbrief`, `lees-ook`, ...),
///   matched as whole words after splitting on `-`, `_`, spaces and camelCase, so `navbar` and
///   `mainNav` match but `canvas` and `unavailable` do not,
/// - ARIA (`role=navigation`, `aria-label="Delen"`) and hiding (`hidden`, `aria-hidden`, `display:none`).
///
/// A verdict is `strong` (always dropped: comment sections, hidden elements, `nav`) or weak (dropped
/// unless the element turns out to hold most of the page's text: see `MainContent`), because wrappers
/// such as `<div class="content has-sidebar">` or an ASP.NET page-wide `<form>` do contain the article.
enum BoilerplateRules {
    enum Verdict: Equatable {
        case keep
        case drop(strong: Bool)
    }

    /// Tags whose content is never article text.
    static let strongTags: Set<String> = ["nav", "menu", "menuitem", "fieldset", "label", "legend", "figcaption", "dialog"]
    /// Tags that are usually furniture but are sometimes (mis)used as page-wide wrappers.
    static let weakTags: Set<String> = ["header", "footer", "aside", "form"]
    /// Never judged by class words: the whole page or its declared main region.
    static let exemptTags: Set<String> = ["html", "body", "main"]

    static func verdict(tag: String, attributes a: HTMLTree.Attributes?) -> Verdict {
        let known = Tag.known[tag]
        return verdict(tag: known.map { Tag(raw: $0.raw) } ?? Tag(raw: UInt16.max), flags: known?.flags ?? [], attributes: a)
    }

    static func verdict(tag: Tag, flags: Tag.Flags, attributes a: HTMLTree.Attributes?) -> Verdict {
        if flags.contains(.strong) { return .drop(strong: true) }
        if let a {
            if a.hidden || a.ariaHidden { return .drop(strong: true) }
            if let style = a.style, isHiddenStyle(style) { return .drop(strong: true) }
        }
        if flags.contains(.weak) { return .drop(strong: false) }
        guard let a else { return .keep }
        if let role = a.role, boilerplateRoles.contains(role) { return .drop(strong: role != "banner" && role != "contentinfo") }
        if let label = a.ariaLabel?.lowercased(), ariaHints.contains(where: { label.contains($0) }) {
            return .drop(strong: false)
        }
        guard !flags.contains(.exempt) else { return .keep }
        for name in [a.cls, a.id] {
            guard let name else { continue }
            // An <article> carries CMS classes like "category-social-media tag-share": only its
            // leading class word counts (`<article class="comment">`, `<article class="related-post">`).
            if let hint = hint(name, firstWordOnly: tag == .article) { return .drop(strong: hint) }
        }
        return .keep
    }

    /// `match(classWords(name))` (only the first word with `firstWordOnly`), computed on bytes
    /// without building a `String` per word: this runs for every element with a class or id.
    static func hint(_ name: String, firstWordOnly: Bool = false) -> Bool? {
        var strong = false, weak = false
        var previousNegates = false
        var previousPairStart: Range<Int>? // the previous word, when it may start a furniture pair
        let scanned = withClassWords(name) { buffer, word in
            let roles = wordRoles.roles(UnsafeBufferPointer(rebasing: buffer[word]))
            let negated = previousNegates
            if !negated {
                if roles.contains(.comment) { strong = true; return false }
                if roles.contains(.furniture) || hasFurniturePrefix(UnsafeBufferPointer(rebasing: buffer[word])) { weak = true }
            }
            // Words sit one separator byte apart in `buffer`, so "previous next" is one slice.
            if let pair = previousPairStart,
               wordRoles.roles(UnsafeBufferPointer(rebasing: buffer[pair.lowerBound..<word.upperBound])).contains(.pair) {
                weak = true
            }
            previousPairStart = !negated && roles.contains(.pairFirst) ? word : nil
            previousNegates = roles.contains(.negating)
            return !firstWordOnly
        }
        guard scanned else {
            let words = classWords(name)
            return match(firstWordOnly ? Array(words.prefix(1)) : words)
        }
        return strong ? true : weak ? false : nil
    }

    /// `share*` (not `shared`, `sharehold*`), `cookie*`, `consent*`.
    private static func hasFurniturePrefix(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func starts(_ prefix: StaticString) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard word.count >= n else { return false }
            for k in 0..<n where word[k] != prefix.utf8Start[k] { return false }
            return true
        }
        if starts("share") { return !(word.count == 6 && word[5] == UInt8(ascii: "d")) && !starts("sharehold") }
        return starts("cookie") || starts("consent")
    }

    /// Calls `body` with each word of an ASCII class or id, as `classWords` splits it: the words are
    /// written lowercased into `buffer`, one byte (a space) apart. `body` returns false to stop.
    /// Returns false, without calling `body`, for a name with non-ASCII bytes (split by `classWords`).
    static func withClassWords(_ name: String, _ body: (UnsafeMutableBufferPointer<UInt8>, Range<Int>) -> Bool) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2 + 1) { buffer in
                var start = 0, end = 0
                var previousLower = false
                func emit() -> Bool {
                    defer { buffer[end] = 0x20; end += 1; start = end }
                    return body(buffer, start..<end)
                }
                for byte in bytes {
                    let isUpper = byte >= 65 && byte <= 90, isLower = byte >= 97 && byte <= 122, isDigit = byte >= 48 && byte <= 57
                    if isUpper || isLower || isDigit {
                        if isUpper, previousLower, end > start, !emit() { return true }
                        buffer[end] = isUpper ? byte + 32 : byte
                        end += 1
                        previousLower = isLower
                    } else {
                        if end > start, !emit() { return true }
                        previousLower = false
                    }
                }
                if end > start { _ = emit() }
                return true
            }
        }
    }

    /// What a class word means to the rules above, for byte lookups.
    struct WordRole: OptionSet {
        var rawValue: UInt16
        static let comment = WordRole(rawValue: 1 << 0)
        static let furniture = WordRole(rawValue: 1 << 1)
        static let pairFirst = WordRole(rawValue: 1 << 2)
        static let negating = WordRole(rawValue: 1 << 3)
        /// A two-word phrase of `furniturePairs` ("lees ook").
        static let pair = WordRole(rawValue: 1 << 4)
        static let compound = WordRole(rawValue: 1 << 5)
        static let contentFirst = WordRole(rawValue: 1 << 6)
        static let contentSecond = WordRole(rawValue: 1 << 7)
        static let byline = WordRole(rawValue: 1 << 8)
    }

    static let wordRoles: WordTable = {
        let lists: [(Set<String>, WordRole)] = [
            (commentWords, .comment), (furnitureWords, .furniture), (pairFirstWords, .pairFirst),
            (negatingWords, .negating), (furniturePairs, .pair), (contentCompounds, .compound),
            (contentFirstWords, .contentFirst), (contentSecondWords, .contentSecond),
            (HTMLExtractor.bylineWords, .byline),
        ]
        return WordTable(lists.flatMap { list, role in list.map { ($0, role) } })
    }()

    /// A static open-addressing hash table from byte strings to roles: a lookup hashes and compares
    /// bytes in place, where `Set<String>.contains` needs a `String` and a seeded SipHash.
    struct WordTable {
        private var keys: [UInt8] = []
        private var entries: [(start: Int, count: Int, roles: WordRole)] = []
        private var slots: [Int32]
        private let mask: Int

        init(_ words: [(String, WordRole)]) {
            var size = 16
            while size < words.count * 4 { size *= 2 }
            mask = size - 1
            slots = Array(repeating: -1, count: size)
            for (word, role) in words {
                let bytes = Array(word.utf8)
                var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
                while slots[slot] >= 0 {
                    let e = entries[Int(slots[slot])]
                    if keys[e.start..<(e.start + e.count)].elementsEqual(bytes) { break }
                    slot = (slot + 1) & mask
                }
                if slots[slot] >= 0 {
                    entries[Int(slots[slot])].roles.insert(role)
                } else {
                    slots[slot] = Int32(entries.count)
                    entries.append((keys.count, bytes.count, role))
                    keys.append(contentsOf: bytes)
                }
            }
        }

        /// FNV-1a.
        private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }

        func roles(_ word: UnsafeBufferPointer<UInt8>) -> WordRole {
            var slot = Self.hash(word) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { return [] }
                let e = entries[index]
                if e.count == word.count, keys.withUnsafeBufferPointer({ k in
                    memcmp(k.baseAddress! + e.start, word.baseAddress!, e.count) == 0
                }) {
                    return e.roles
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether a class or id marks the main text explicitly (`entry-content`, `article-body`, `artikel-tekst`).
    static func isContentMarker(_ a: HTMLTree.Attributes?) -> Bool {
        guard let a else { return false }
        if let prop = a.itemprop?.lowercased(), prop == "articlebody" || prop == "text" || prop == "reviewbody" { return true }
        for name in [a.cls, a.id] {
            guard let name else { continue }
            var marked = false, previousFirst = false
            let scanned = withClassWords(name) { buffer, word in
                let roles = wordRoles.roles(UnsafeBufferPointer(rebasing: buffer[word]))
                if roles.contains(.compound) || (previousFirst && roles.contains(.contentSecond)) { marked = true; return false }
                previousFirst = roles.contains(.contentFirst)
                return true
            }
            if !scanned {
                let words = classWords(name)
                for (k, word) in words.enumerated() {
                    if contentCompounds.contains(word) { return true }
                    if k + 1 < words.count, contentFirstWords.contains(word), contentSecondWords.contains(words[k + 1]) {
                        return true
                    }
                }
            }
            if marked { return true }
        }
        return false
    }

    // MARK: - Word lists

    /// Class words that mark comment sections: always dropped (the eval treats comments as not the article).
    static let commentWords: Set<String> = [
        "comment", "comments", "commentlist", "commentform", "respond", "disqus",
        "reactie", "reacties", "reageer", "reageren", "reactieformulier",
    ]
    /// Class words that mark other furniture.
    static let furnitureWords: Set<String> = [
        "nav", "navbar", "navigation", "navigatie", "navlinks", "menu", "menubar", "megamenu", "submenu", "menuitem",
        "breadcrumb", "breadcrumbs", "crumbs", "kruimelpad", "cookie", "cookies", "cookiebar", "cookiebanner", "consent",
        "gdpr", "newsletter", "nieuwsbrief", "signup", "subscribe", "subscription", "abonneer", "abonneren", "abonnement",
        "share", "shares", "sharing", "sharebar", "sharethis", "addthis", "deel", "delen", "social", "socials",
        "socialmedia", "related", "gerelateerd", "gerelateerde", "recommended", "recommendations", "aanbevolen",
        "sidebar", "zijbalk", "footer", "header", "masthead", "topbar", "toolbar", "advert", "advertisement",
        "advertentie", "advertenties", "ad", "ads", "adv", "adslot", "adunit", "sponsor", "sponsored", "promo",
        "promotion", "promoted", "byline", "meta", "author", "auteur", "bio", "popup", "modal", "overlay",
        "lightbox", "skip", "skiplink", "tags", "tagcloud", "taglist", "trefwoorden",
        "pagination", "pager", "paging", "print", "login", "signin", "search", "searchform", "zoek", "zoeken",
        "trending", "popular", "populair", "mostread", "meestgelezen", "readmore", "leesook", "leesmeer",
        "rating", "ratings", "vote", "disclaimer", "copyright", "offscreen", "outbrain", "taboola",
        "banner", "cta", "teasers", "paywall", "sitemap", "postnav", "prevnext", "newsletterform",
        // forums: poster profiles, signatures, board statistics
        "profile", "postprofile", "userinfo", "signature", "sig", "stat", "stats", "statistics", "whosonline",
        // marketing and media furniture
        "testimonial", "testimonials", "caption", "credit", "credits", "photocredit",
    ]
    /// Two-word furniture phrases split across class words (`lees-ook`, `read-more`, `sr-only`).
    static let furniturePairs: Set<String> = [
        "lees ook", "lees meer", "meer lezen", "read more", "read also", "most read", "meest gelezen", "sr only",
        "visually hidden", "screen reader", "more stories", "you may", "ook interessant", "post navigation",
        "about author", "over auteur", "entry footer", "site info", "is hidden", "d none", "online list",
        "whos online", "who online",
    ]
    /// First words of `furniturePairs`: only these make building the pair worth it.
    static let pairFirstWords: Set<String> = Set(furniturePairs.map { String($0.split(separator: " ")[0]) })
    /// A class word after which a hint does not mean furniture: `has-sidebar`, `no-comments`.
    static let negatingWords: Set<String> = ["has", "with", "no", "without"]

    static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar", "tablist",
    ]
    static let ariaHints: [String] = [
        "breadcrumb", "kruimel", "share", "delen", "deel ", "social", "cookie", "navigat", "menu", "related",
        "gerelateerd", "footer", "comment", "reacties", "newsletter", "nieuwsbrief", "sidebar",
    ]

    static let contentCompounds: Set<String> = [
        "articlebody", "entrycontent", "postcontent", "postbody", "storybody", "storycontent", "articletext",
        "artikeltekst", "artikelbody", "bodytext", "maincontent", "blogpost", "postentry", "richtext",
    ]
    static let contentFirstWords: Set<String> = ["article", "entry", "post", "story", "blog", "news", "artikel", "content", "main", "body", "page"]
    static let contentSecondWords: Set<String> = ["body", "content", "text", "tekst", "inhoud", "entry", "article", "main"]

    // MARK: - Matching

    /// Splits `mainNav site-header__inner` into `main nav site header inner`.
    static func classWords(_ name: String) -> [String] {
        // Class names are nearly always ASCII: split bytes directly, without Unicode property lookups
        // (this runs for every element with a class or id, and dominated extraction time otherwise).
        let utf8 = name.utf8
        if let fast = utf8.withContiguousStorageIfAvailable({ asciiClassWords($0) }) ?? asciiClassWords(Array(utf8)) {
            return fast
        }
        return unicodeClassWords(name)
    }

    /// `classWords` for ASCII names; nil when the name holds a non-ASCII byte.
    private static func asciiClassWords(_ bytes: some Collection<UInt8>) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let isUpper = byte >= 65 && byte <= 90, isLower = byte >= 97 && byte <= 122, isDigit = byte >= 48 && byte <= 57
            if isUpper || isLower || isDigit {
                if isUpper, previousLower, !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                current.append(isUpper ? byte + 32 : byte)
                previousLower = isLower
            } else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    private static func unicodeClassWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in name {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(contentsOf: character.lowercased())
                previousLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Nil when no hint matched; otherwise whether the hint is strong (a comment section).
    static func match(_ words: [String]) -> Bool? {
        var weak = false
        for (k, word) in words.enumerated() {
            if k > 0, negatingWords.contains(words[k - 1]) { continue }
            if commentWords.contains(word) { return true }
            if furnitureWords.contains(word) || word.hasPrefix("share") && word != "shared" && !word.hasPrefix("sharehold")
                || word.hasPrefix("cookie") || word.hasPrefix("consent") {
                weak = true
            } else if k + 1 < words.count, pairFirstWords.contains(word), furniturePairs.contains(word + " " + words[k + 1]) {
                weak = true
            }
        }
        return weak ? false : nil
    }

    /// Whether any class word of `name` is one of `words` (tested as `WordRole`s).
    static func hasWord(_ name: String, _ role: WordRole, orIn words: Set<String>) -> Bool {
        var found = false
        let scanned = withClassWords(name) { buffer, word in
            found = wordRoles.roles(UnsafeBufferPointer(rebasing: buffer[word])).contains(role)
            return !found
        }
        return scanned ? found : classWords(name).contains(where: words.contains)
    }

    static func isHiddenStyle(_ style: String) -> Bool {
        // ASCII styles (nearly all) are compacted as bytes; others need Unicode case and whitespace.
        if style.utf8.allSatisfy({ $0 < 0x80 }) {
            var compact: [UInt8] = []
            compact.reserveCapacity(style.utf8.count)
            for byte in style.utf8 where !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) {
                compact.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
            return compact.withUnsafeBufferPointer { b in
                contains(b, "display:none") || contains(b, "visibility:hidden")
            }
        }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard haystack.count >= n else { return false }
        for i in 0...(haystack.count - n) where memcmp(haystack.baseAddress! + i, needle.utf8Start, n) == 0 { return true }
        return false
    }
}
