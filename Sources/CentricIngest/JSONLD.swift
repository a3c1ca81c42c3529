import Foundation

/// The schema.org objects of a page's `<script type="application/ld+json">` blocks, flattened
/// (`@graph` arrays and top-level arrays opened up), ordered with the main entity first.
struct JSONLD {
    var objects: [[String: Any]] = []

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle", "report", "liveblogposting",
        "socialmediaposting", "discussionforumposting", "review", "posting", "pressrelease", "medicalwebpage",
    ]
    /// Objects whose dates are not the page's: a comment's date is not the article's.
    static let foreignTypes: Set<String> = ["comment", "answer", "question", "person", "event", "offer", "product", "imageobject", "videoobject"]

    init(scripts: [String]) {
        var articles: [[String: Any]] = [], pages: [[String: Any]] = [], others: [[String: Any]] = []
        for script in scripts {
            var body = script.trimmingCharacters(in: .whitespacesAndNewlines)
            // CMSs wrap JSON in CDATA or HTML comments to hide it from old parsers.
            for wrapper in ["<![CDATA[", "]]>", "<!--", "-->", "//<![CDATA[", "//]]>"] {
                body = body.replacingOccurrences(of: wrapper, with: "")
            }
            guard let data = body.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            var queue: [Any] = [json]
            while let item = queue.popLast() {
                if let array = item as? [Any] { queue.append(contentsOf: array.reversed()); continue }
                guard let object = item as? [String: Any] else { continue }
                if let graph = object["@graph"] { queue.append(graph) }
                let types = Self.types(object)
                if !types.isDisjoint(with: Self.articleTypes) { articles.append(object) }
                else if types.contains(where: { $0.hasSuffix("webpage") }) { pages.append(object) }
                else if types.isDisjoint(with: Self.foreignTypes) { others.append(object) }
            }
        }
        objects = articles + pages + others
    }

    static func types(_ object: [String: Any]) -> Set<String> {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return Set(types.compactMap { ($0 as? String)?.lowercased() }) }
        return []
    }

    /// The first string value of `key`, main entity first.
    func string(_ key: String) -> String? {
        for object in objects {
            if let value = Self.text(object[key]) { return value }
        }
        return nil
    }

    /// A plain string, or the `name` of an object (`"author": {"name": ...}`), or the first of an array.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let object as [String: Any]: return text(object["name"]) ?? text(object["@value"])
        case let array as [Any]:
            for item in array { if let t = text(item) { return t } }
            return nil
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
