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

    static func verdict(tag: String, attributes a: HTMLTree.Attributes?, cache: HintCache? = nil) -> Verdict {
        if strongTags.contains(tag) { return .drop(strong: true) }
        if let a {
            if a.hidden || a.ariaHidden { return .drop(strong: true) }
            if let style = a.style, isHiddenStyle(style) { return .drop(strong: true) }
        }
        if weakTags.contains(tag) { return .drop(strong: false) }
        guard let a else { return .keep }
        if let role = a.role, boilerplateRoles.contains(role) { return .drop(strong: role != "banner" && role != "contentinfo") }
        if let label = a.ariaLabel?.lowercased(), ariaHints.contains(where: { label.contains($0) }) {
            return .drop(strong: false)
        }
        guard !exemptTags.contains(tag) else { return .keep }
        for name in [a.cls, a.id].compactMap({ $0 }) {
            // An <article> carries CMS classes like "category-social-media tag-share": only its
            // leading class word counts (`<article class="comment">`, `<article class="related-post">`).
            let hint: Bool?
            if tag == "article" {
                hint = match(Array(classWords(name).prefix(1)))
            } else if let cache {
                hint = cache.hint(name)
            } else {
                hint = match(classWords(name))
            }
            if let hint { return .drop(strong: hint) }
        }
        return .keep
    }

    /// Class-hint verdicts by class or id string, for one page: menus, cards and comment lists repeat
    /// the same class on dozens of elements.
    final class HintCache {
        private var known: [String: Bool?] = [:]
        func hint(_ name: String) -> Bool? {
            if let hit = known[name] { return hit }
            let hint = BoilerplateRules.match(BoilerplateRules.classWords(name))
            known[name] = .some(hint)
            return hint
        }
    }

    /// Whether a class or id marks the main text explicitly (`entry-content`, `article-body`, `artikel-tekst`).
    static func isContentMarker(_ a: HTMLTree.Attributes?) -> Bool {
        guard let a else { return false }
        if let prop = a.itemprop?.lowercased(), prop == "articlebody" || prop == "text" || prop == "reviewbody" { return true }
        for name in [a.cls, a.id].compactMap({ $0 }) {
            let words = classWords(name)
            for (k, word) in words.enumerated() {
                if contentCompounds.contains(word) { return true }
                if k + 1 < words.count, contentFirstWords.contains(word), contentSecondWords.contains(words[k + 1]) {
                    return true
                }
            }
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

    static func isHiddenStyle(_ style: String) -> Bool {
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
