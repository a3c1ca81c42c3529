import Foundation

/// A page's publication and update dates, each with the rule that found it.
public struct PageDates: Sendable, Equatable {
    public var published: Found<Date>?
    public var updated: Found<Date>?

    public init(published: Found<Date>? = nil, updated: Found<Date>? = nil) {
        self.published = published
        self.updated = updated
    }
}

/// The publication-date cascade (after htmldate), first plausible answer wins, rule recorded:
///
/// | order | rule | source |
/// |---|---|---|
/// | 1 | `json-ld` | JSON-LD `datePublished` (main entity first; `@graph` searched), else `dateCreated` |
/// | 2 | `meta:<name>` | `article:published_time`, `og:published_time`, Dublin Core, `date`, `pubdate`, `publishdate`, `sailthru.date`, `parsely-pub-date`, ... |
/// | 3 | `itemprop:datePublished` | any element with `itemprop=datePublished` (`content`, `datetime` or text) |
/// | 4 | `time:pubdate`, `time` | `<time datetime>`: marked `pubdate`, else inside the article, else anywhere outside furniture |
/// | 5 | `url` | `/2024/03/14/`, `/2024-03-14-`, `/20240314/` in the canonical URL or origin |
/// | 6 | `text:published`, `text:byline`, `text:header`, `text` | a date in visible text: labelled ("Published", "Gepubliceerd op"), then in a byline, then in the article's head (before its main text), then early in the main text |
///
/// Updated dates take the same route with `dateModified`, `article:modified_time`, `<time class=updated>`,
/// and "Updated"/"Bijgewerkt" labels. A date is rejected when it is after now + 1 day or before
/// 1995-01-01 (the cascade moves on); an update earlier than the publication is dropped.
public struct DateFinder: Sendable {
    /// The reference "now"; nil means the clock at each call.
    public var now: Date?

    public init(now: Date? = nil) {
        self.now = now
    }

    // MARK: - Public helpers

    /// Dates in visible text: the first labelled "published" (or, failing that, the first unlabelled)
    /// date, and the first labelled "updated" date. Rules `text:published`, `text`, `text:updated`.
    public func find(inText text: String, monthFirst: Bool = false) -> PageDates {
        let matches = DateScanner.scan(text, monthFirst: monthFirst).filter { plausible($0.date) }
        var result = PageDates()
        if let m = matches.first(where: { $0.label == .published }) { result.published = Found(m.date, rule: "text:published") }
        else if let m = matches.first(where: { $0.label == nil }) { result.published = Found(m.date, rule: "text") }
        if let m = matches.first(where: { $0.label == .updated }) { result.updated = Found(m.date, rule: "text:updated") }
        return result
    }

    /// A day written in a URL path: `/2024/03/14/`, `/2024-03-14-slug`, `/20240314/`.
    public func find(inURL url: String) -> Date? {
        let path: Substring
        if let scheme = url.range(of: "://") {
            let rest = url[scheme.upperBound...]
            path = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        } else {
            path = url[...]
        }
        let parts = path.split(whereSeparator: { !$0.isNumber }).map(String.init)
        for (k, part) in parts.enumerated() {
            if part.count == 4, let y = Int(part), k + 2 < parts.count, (1995...2100).contains(y),
               parts[k + 1].count <= 2, parts[k + 2].count <= 2,
               let date = DateText.day(year: y, month: Int(parts[k + 1]) ?? 0, day: Int(parts[k + 2]) ?? 0), plausible(date) {
                return date
            }
            if part.count == 8, let y = Int(part.prefix(4)), (1995...2100).contains(y),
               let date = DateText.parseISO8601(part), plausible(date) {
                return date
            }
        }
        return nil
    }

    /// Parses a machine-ish date value as meta tags hold them: ISO 8601, RFC 822, a human date,
    /// or a Unix timestamp (seconds or milliseconds).
    public static func parseValue(_ raw: String) -> Date? {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return nil }
        if let date = DateText.parseISO8601(value) ?? DateText.parseRFC822(value) { return date }
        if value.allSatisfy(\.isNumber), value.count == 10 || value.count == 13, let n = Double(value) {
            return Date(timeIntervalSince1970: value.count == 13 ? n / 1000 : n)
        }
        return DateText.parseHuman(value)
    }

    func plausible(_ date: Date) -> Bool {
        DateText.isPlausible(date, now: now ?? Date())
    }

    // MARK: - The cascade

    static let publishedMetas = [
        "article:published_time", "og:published_time", "article:published", "og:article:published_time",
        "datepublished", "dc.date.issued", "dcterms.issued", "dcterms.date", "dc.date", "dc.date.created",
        "dcterms.created", "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
        "published-date", "publication_date", "sailthru.date", "parsely-pub-date", "article.published",
        "citation_publication_date", "citation_date", "originalpublicationdate", "creation_date", "datecreated",
        "cxenseparse:recs:publishtime", "eomportal-lastupdate", "bt:pubdate", "pub_date", "release_date",
    ]
    static let updatedMetas = [
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified",
        "dc.date.modified", "last-modified", "lastmod", "modified_time", "updated_time", "article.updated",
        "revised", "dc.modified",
    ]

    func find(_ e: DateEvidence) -> PageDates {
        var result = PageDates()
        let scans = Scans(e)
        result.published = firstPlausible([
            { e.jsonLD.string("datePublished").map { ($0, "json-ld") } },
            { e.jsonLD.string("dateCreated").map { ($0, "json-ld:dateCreated") } },
        ])
            ?? metaDate(e, Self.publishedMetas)
            ?? firstPlausible(e.itemprops.filter { $0.prop == "datepublished" }.map { hit in { (hit.value, "itemprop:datePublished") } })
            ?? timeDate(e, updated: false)
            ?? e.urls.lazy.compactMap { self.find(inURL: $0) }.first.map { Found($0, rule: "url") }
            ?? textDate(e, label: .published, scans: scans)
        result.updated = firstPlausible([{ e.jsonLD.string("dateModified").map { ($0, "json-ld") } }])
            ?? metaDate(e, Self.updatedMetas)
            ?? firstPlausible(e.itemprops.filter { $0.prop == "datemodified" }.map { hit in { (hit.value, "itemprop:dateModified") } })
            ?? timeDate(e, updated: true)
            ?? textDate(e, label: .updated, scans: scans)
        if let published = result.published, let updated = result.updated, updated.value < published.value {
            result.updated = nil
        }
        return result
    }

    private func firstPlausible(_ candidates: [() -> (String, String)?]) -> Found<Date>? {
        for candidate in candidates {
            if let (raw, rule) = candidate(), let date = Self.parseValue(raw), plausible(date) { return Found(date, rule: rule) }
        }
        return nil
    }

    private func metaDate(_ e: DateEvidence, _ keys: [String]) -> Found<Date>? {
        for key in keys {
            for meta in e.metas where meta.key == key {
                if let date = Self.parseValue(meta.content), plausible(date) { return Found(date, rule: "meta:\(key)") }
            }
        }
        return nil
    }

    private func timeDate(_ e: DateEvidence, updated: Bool) -> Found<Date>? {
        let candidates = e.times.filter { $0.isUpdate == updated && !$0.inFurniture }
        let ordered: [(DateEvidence.Time, String)] =
            candidates.filter(\.isMarked).map { ($0, "time:pubdate") }
            + candidates.filter(\.inArticle).map { ($0, "time") }
            + (updated ? [] : candidates.filter { !$0.inDroppedRegion }.map { ($0, "time") })
        for (time, rule) in ordered {
            if let date = Self.parseValue(time.value), plausible(date) { return Found(date, rule: rule) }
        }
        return nil
    }

    /// Whether `text` holds a run of four digits (a year): texts without one hold no date, and
    /// skipping them keeps the tokenizer off most paragraphs.
    static func mayHoldDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = 0
            for byte in bytes {
                if byte >= 48, byte <= 57 {
                    run += 1
                    if run == 4 { return true }
                } else {
                    run = 0
                }
            }
            return false
        }
    }

    /// Scans of the evidence's text segments, each made at most once (both labels and the
    /// unlabelled rules read the same segments). Keyed by list and position rather than by the
    /// text, which would hash every paragraph again at every lookup.
    private final class Scans {
        enum List: Int { case bylines, mainText, pageText, header }
        let monthFirst: Bool
        let lists: [[String]]
        var cache: [[[DateScanner.Match]?]]
        init(_ e: DateEvidence) {
            monthFirst = e.monthFirst
            lists = [e.bylines, e.mainText, e.pageText, e.header]
            cache = lists.map { Array(repeating: nil, count: $0.count) }
        }
        func count(_ list: List) -> Int { lists[list.rawValue].count }
        func of(_ list: List, _ index: Int) -> [DateScanner.Match] {
            if let known = cache[list.rawValue][index] { return known }
            let segment = lists[list.rawValue][index]
            let matches = DateFinder.mayHoldDate(segment) ? DateScanner.scan(segment, monthFirst: monthFirst, limit: 4) : []
            cache[list.rawValue][index] = matches
            return matches
        }
    }

    private func textDate(_ e: DateEvidence, label: DateScanner.Label, scans: Scans) -> Found<Date>? {
        let rulePrefix = label == .published ? "text:published" : "text:updated"
        for list in [Scans.List.bylines, .mainText, .pageText] {
            for index in 0..<scans.count(list) {
                for m in scans.of(list, index) where m.label == label && plausible(m.date) {
                    return Found(m.date, rule: rulePrefix)
                }
            }
        }
        guard label == .published else { return nil }
        for (list, limit, rule) in [(Scans.List.bylines, Int.max, "text:byline"), (.header, Int.max, "text:header"), (.mainText, 3, "text")] {
            for index in 0..<min(limit, scans.count(list)) {
                if let m = scans.of(list, index).first(where: { $0.label == nil && plausible($0.date) }) {
                    return Found(m.date, rule: rule)
                }
            }
        }
        return nil
    }
}

/// What the extractor hands the date finder: every place a date may hide, already located.
struct DateEvidence {
    struct Time {
        var value: String
        /// `pubdate`, or `itemprop=datePublished`/`dateModified`.
        var isMarked: Bool
        /// Class or itemprop says "updated"/"modified".
        var isUpdate: Bool
        /// Inside the article region (the main container's `<article>`/`<main>`, or its parent).
        var inArticle: Bool
        /// Inside strongly dropped furniture (comments, navigation, hidden elements).
        var inFurniture: Bool
        /// Inside any dropped element (sidebars too).
        var inDroppedRegion: Bool
    }

    var jsonLD = JSONLD(scripts: [])
    var metas: [(key: String, content: String)] = []
    /// Non-`<time>` elements with a date `itemprop`: lowercased prop and value.
    var itemprops: [(prop: String, value: String)] = []
    var times: [Time] = []
    var urls: [String] = []
    /// Texts of byline-like elements (class words such as `byline`, `date`, `meta`, `posted`).
    var bylines: [String] = []
    /// Texts of the article region before the main container (see `HTMLExtractor.dateEvidence`).
    var header: [String] = []
    var mainText: [String] = []
    var pageText: [String] = []
    /// Read `03/04/2022` as March 4 (a US English page).
    var monthFirst = false
}
