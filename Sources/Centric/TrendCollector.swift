import CentricIngest
import CentricReport
import CentricScoring
import CentricTrends
import Foundation

/// Feeds scored documents into the trend aggregate (grouped by `--by`; the report's ungrouped
/// table is derived from it exactly by `TrendAggregate.regrouped(by: [])`), and keeps a few
/// evidence snippets per theme and language from the latest period for the report.
struct TrendCollector: RunSink {
    let labeler: PeriodLabeler
    let groupBy: [String]
    private(set) var aggregate: TrendAggregate
    private(set) var snippets: [String: [Candidate]] = [:]
    private var latestPeriod: [String: String] = [:]
    static let snippetsPerThemeAndLanguage = 2

    init(configuration: RunConfiguration, themeIDs: [String], digest: String) {
        labeler = PeriodLabeler(unit: configuration.period, timeZone: configuration.timeZone)
        groupBy = configuration.groupBy
        aggregate = TrendAggregate(unit: configuration.period, groupFields: configuration.groupBy, themeIDs: themeIDs, lexiconDigest: digest)
    }

    /// The value of a `--by` field for a document: a built-in property or a segment field.
    static func groupValue(_ field: String, _ document: Document, _ score: DocumentScore) -> String {
        groupValue(field, source: document.source, kind: document.kind.rawValue, language: score.language,
                   primaryTheme: score.primaryTheme, sentiment: score.sentiment.label.rawValue, fields: document.fields)
    }

    /// The one definition of `--by` fields, shared by runs and by `centric trends` over stored scores.
    static func groupValue(_ field: String, source: String, kind: String, language: String, primaryTheme: String?,
                           sentiment: String, fields: [String: String]) -> String {
        switch field {
        case "source": source
        case "kind": kind
        case "language": language
        case "primary_theme": primaryTheme ?? ""
        case "sentiment": sentiment
        default: fields[field] ?? ""
        }
    }

    static func observation(_ document: Document, _ score: DocumentScore, period: String, groups: [String]) -> TrendObservation {
        var sentiments: [String: [Double]] = [:]
        for e in score.evidence { sentiments[e.theme, default: []].append(e.sentiment) }
        let themes = score.themes.map {
            ThemeObservation(present: $0.present, hits: $0.hits, mentionSentiments: sentiments[$0.theme] ?? [])
        }
        return TrendObservation(period: period, groups: groups, tokens: score.tokenCount, themes: themes)
    }

    mutating func document(_ document: Document, _ score: DocumentScore) throws {
        let period = labeler.label(document.published?.value)
        let groups = groupBy.map { Self.groupValue($0, document, score) }
        let observation = Self.observation(document, score, period: period, groups: groups)
        aggregate.add(observation)
        collectSnippets(document, score, period: period)
    }

    /// Keeps, per theme and language, the snippets of the latest period's documents where the
    /// theme weighs most (ties by document id): a choice that does not depend on the order
    /// documents arrive in, so the report is the same whatever the file order or core count.
    private mutating func collectSnippets(_ document: Document, _ score: DocumentScore, period: String) {
        guard period != PeriodLabeler.undated, !score.evidence.isEmpty else { return }
        var scalars: [Unicode.Scalar]?
        var seenThemes = Set<String>()
        for e in score.evidence {
            guard let theme = score.theme(e.theme), theme.present, seenThemes.insert(e.theme).inserted else { continue }
            let key = e.theme + "\u{0}" + score.language
            if let latest = latestPeriod[key], PeriodLabeler.precedes(period, latest) { continue }
            if latestPeriod[key] != period {
                latestPeriod[key] = period
                snippets[key] = []
            }
            var kept = snippets[key, default: []]
            let candidate = (weight: theme.weightedScore, id: document.id)
            if kept.count >= Self.snippetsPerThemeAndLanguage, let worst = kept.last, !Self.ranksBefore(candidate, (worst.weight, worst.id)) { continue }
            if scalars == nil { scalars = Array(Self.scoredText(document).unicodeScalars) }
            let s = scalars!
            // Evidence offsets point into the scored text; a snippet whose span does not hold the
            // match (which would be a bug upstream) is left out rather than shown misplaced.
            guard e.charStart <= e.charEnd, e.charEnd <= s.count,
                  String(String.UnicodeScalarView(s[e.charStart..<e.charEnd])) == e.text else { continue }
            let from = max(0, e.charStart - 80), to = min(s.count, e.charEnd + 80)
            var left = Self.clean(String(String.UnicodeScalarView(s[from..<e.charStart])))
            var right = Self.clean(String(String.UnicodeScalarView(s[e.charEnd..<to])))
            // Cut at word boundaries rather than mid-word.
            if from > 0, let space = left.firstIndex(of: " ") { left = String(left[left.index(after: space)...]) }
            if to < s.count, let space = right.lastIndex(of: " ") { right = String(right[..<space]) }
            // An ellipsis says where the context was cut, and only there.
            if from > 0 { left = "…" + left }
            if to < s.count { right += "…" }
            if e.charStart > 0, s[e.charStart - 1].properties.isWhitespace, !left.isEmpty { left += " " }
            if e.charEnd < s.count, s[e.charEnd].properties.isWhitespace, !right.isEmpty { right = " " + right }
            kept.append(Candidate(weight: candidate.weight, id: candidate.id, snippet: ReportSnippet(
                theme: e.theme, language: score.language, period: period,
                left: left, match: e.text, right: right, origin: document.origin)))
            kept.sort { Self.ranksBefore(($0.weight, $0.id), ($1.weight, $1.id)) }
            snippets[key] = Array(kept.prefix(Self.snippetsPerThemeAndLanguage))
        }
    }

    /// The text evidence offsets refer to: what `Worker.process` scores (an article's title
    /// first when its blocks do not start with it), blocks joined by blank lines.
    static func scoredText(_ document: Document) -> String {
        var blocks = document.blocks
        if let title = document.title, !title.isEmpty, document.kind == .article, blocks.first != title {
            blocks.insert(title, at: 0)
        }
        return blocks.joined(separator: "\n\n")
    }

    struct Candidate {
        var weight: Double
        var id: String
        var snippet: ReportSnippet
    }

    static func ranksBefore(_ a: (Double, String), _ b: (Double, String)) -> Bool {
        a.0 != b.0 ? a.0 > b.0 : a.1 < b.1
    }

    private static func clean(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Snippets in a stable order: theme, then language, then rank.
    var orderedSnippets: [ReportSnippet] {
        snippets.keys.sorted().flatMap { snippets[$0]!.map(\.snippet) }
    }

    mutating func finish() throws {}
}
