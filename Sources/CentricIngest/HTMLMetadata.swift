import Foundation

/// Page metadata cascades: each tries its sources in order and takes the first non-empty value.
enum HTMLMetadata {
    /// The first non-empty `<meta>` content among `keys` (in the order of `keys`), with its key.
    static func meta(_ tree: HTMLTree, _ keys: [String]) -> (key: String, value: String)? {
        for key in keys {
            if let hit = tree.metas.first(where: { $0.key == key }) {
                let value = TextNormalizer.collapse(hit.content)
                if !value.isEmpty { return (key, value) }
            }
        }
        return nil
    }

    static func siteName(_ tree: HTMLTree, jsonLD: JSONLD) -> String? {
        if let found = meta(tree, ["og:site_name", "application-name", "twitter:site:name"]) { return found.value }
        for object in jsonLD.objects {
            if let publisher = object["publisher"], let name = JSONLD.text(publisher) { return name }
        }
        return nil
    }

    static func canonicalURL(_ tree: HTMLTree) -> String? {
        if let link = tree.links.first(where: { $0.rel.split(separator: " ").contains("canonical") }),
           !link.href.trimmingCharacters(in: .whitespaces).isEmpty {
            return link.href.trimmingCharacters(in: .whitespaces)
        }
        return meta(tree, ["og:url"])?.value
    }

    static func description(_ tree: HTMLTree) -> String? {
        meta(tree, ["description", "og:description", "twitter:description", "dc.description", "dcterms.description"])?.value
    }

    static func author(_ tree: HTMLTree, jsonLD: JSONLD) -> String? {
        if let found = meta(tree, ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl"]),
           !found.value.hasPrefix("http") {
            return stripBy(found.value)
        }
        if let name = jsonLD.string("author"), !name.hasPrefix("http") { return stripBy(name) }
        for i in tree.nodes.indices where tree.nodes[i].attributes >= 0 {
            let k = Int(tree.nodes[i].attributes)
            guard tree.attributes[k].itemprop != nil || tree.attributes[k].rel != nil else { continue }
            let a = tree.attributes[k]
            if a.itemprop?.lowercased() == "author" || a.rel?.split(separator: " ").contains("author") == true {
                let text = a.content ?? tree.text(of: i, limit: 200)
                if !text.isEmpty, text.count <= 100 { return stripBy(text) }
            }
        }
        return nil
    }

    /// "By Jane Doe" / "Door Jan Jansen" -> the name.
    static func stripBy(_ text: String) -> String {
        let trimmed = TextNormalizer.collapse(text)
        for prefix in ["by ", "door ", "written by ", "geschreven door ", "auteur: ", "author: "] where trimmed.lowercased().hasPrefix(prefix) {
            return String(trimmed.dropFirst(prefix.count))
        }
        return trimmed
    }

    // MARK: - Language

    /// Declared language: `<html lang>`, then `content-language`, then `og:locale`, then JSON-LD `inLanguage`.
    static func language(_ tree: HTMLTree, jsonLD: JSONLD) -> Found<String>? {
        if tree.root >= 0, let lang = tree.attrs(tree.root)?.lang, let code = normalizeLanguage(lang) {
            return Found(code, rule: "html-lang")
        }
        let metas: [(String, String)] = [
            ("content-language", "meta:content-language"), ("og:locale", "og:locale"), ("language", "meta:language"),
            ("dc.language", "meta:dc.language"), ("dcterms.language", "meta:dcterms.language"),
        ]
        for (key, rule) in metas {
            if let found = meta(tree, [key]), let code = normalizeLanguage(found.value) { return Found(code, rule: rule) }
        }
        if let value = jsonLD.string("inLanguage"), let code = normalizeLanguage(value) { return Found(code, rule: "json-ld") }
        return nil
    }

    /// `nl-NL`, `nl_BE`, `NL` -> `nl`; `en-us` -> `en`; nil for anything that is not a language tag.
    /// A list (`nl, en`) gives its first entry.
    static func normalizeLanguage(_ raw: String) -> String? {
        let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map(String.init) ?? raw
        let primary = first.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "_" }).first
        guard let primary, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let code = primary.lowercased()
        return ["und", "mul", "zxx"].contains(code) ? nil : code
    }

    // MARK: - Title

    /// Title cascade: `og:title`, then the first `<h1>` of the main text's region, then `<title>`,
    /// then `twitter:title` and JSON-LD `headline`. Site-name suffixes (" | Site", " - Site") are cut.
    static func title(_ tree: HTMLTree, mainContainer: Int, siteName: String?, jsonLD: JSONLD) -> String? {
        if let og = meta(tree, ["og:title"])?.value { return stripSiteName(og, siteName: siteName, aggressive: false) }
        if let h1 = firstHeading(tree, near: mainContainer) { return h1 }
        if let title = tree.titleText.map(TextNormalizer.collapse), !title.isEmpty {
            return stripSiteName(title, siteName: siteName, aggressive: true)
        }
        if let twitter = meta(tree, ["twitter:title"])?.value { return stripSiteName(twitter, siteName: siteName, aggressive: false) }
        return jsonLD.string("headline")
    }

    /// The first `<h1>` of the article region, so that a title in an article header beside the body is found.
    static func firstHeading(_ tree: HTMLTree, near container: Int) -> String? {
        let region = articleRegion(tree, container: container)
        guard region >= 0 else { return nil }
        let end = region + Int(tree.subtreeSize[region])
        for i in region..<end where tree.nodes[i].tag == .h1 {
            let text = tree.text(of: i, limit: 400)
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// The highest `<article>`/`<main>` within eight levels above the main container, else the
    /// container's parent: where the title, byline and dates of the main text live.
    static func articleRegion(_ tree: HTMLTree, container: Int) -> Int {
        guard container >= 0, container < tree.nodes.count else { return -1 }
        var region = container
        var cursor = container
        var steps = 0
        while cursor >= 0, cursor != tree.body, steps < 8 {
            let tag = tree.nodes[cursor].tag
            if tag == .article || tag == .main { region = cursor }
            cursor = Int(tree.nodes[cursor].parent)
            steps += 1
        }
        if region == container, container != tree.body, tree.nodes[container].parent >= 0 {
            region = Int(tree.nodes[container].parent)
        }
        return region
    }

    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "]

    /// Cuts a site name from either end of a title. With `aggressive`, a last segment of at most
    /// three words is cut even when the site name is unknown (`<title>` nearly always carries one).
    static func stripSiteName(_ title: String, siteName: String?, aggressive: Bool) -> String {
        let site = siteName?.lowercased()
        for separator in titleSeparators {
            // The stdlib `contains` first: Foundation's `range(of:)` is slow and most separators are absent.
            guard TextNormalizer.contains(title, separator), let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            if let site, tail.lowercased() == site || site.contains(tail.lowercased()) && !tail.isEmpty { return head }
            if let first = title.range(of: separator), let site,
               title[..<first.lowerBound].lowercased() == site { return String(title[first.upperBound...]) }
            if aggressive, tail.split(separator: " ").count <= 3, head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }
}
