import CentricIngest
import CentricReport
import CentricScoring
import CentricTrends
import Foundation

/// Feeds scored documents into the trend aggregates: the grouped one for `trends.csv` and an
/// ungrouped one for the report's charts; also keeps a few evidence snippets per theme and
/// language from the latest period for the report.
struct TrendCollector: RunSink {
    let labeler: PeriodLabeler
    let groupBy: [String]
    private(set) var aggregate: TrendAggregate
    private(set) var overall: TrendAggregate
    private(set) var snippets: [String: [ReportSnippet]] = [:]
    private var latestPeriod: [String: String] = [:]
    static let snippetsPerThemeAndLanguage = 2

    init(configuration: RunConfiguration, themeIDs: [String], digest: String) {
        labeler = PeriodLabeler(unit: configuration.period, timeZone: configuration.timeZone)
        groupBy = configuration.groupBy
        aggregate = TrendAggregate(unit: configuration.period, groupFields: configuration.groupBy, themeIDs: themeIDs, lexiconDigest: digest)
        overall = TrendAggregate(unit: configuration.period, groupFields: [], themeIDs: themeIDs, lexiconDigest: digest)
    }

    /// The value of a `--by` field for a document: a built-in property or a segment field.
    static func groupValue(_ field: String, _ document: Document, _ score: DocumentScore) -> String {
        switch field {
        case "source": document.source
        case "kind": document.kind.rawValue
        case "language": score.language
        case "primary_theme": score.primaryTheme ?? ""
        case "sentiment": score.sentiment.label.rawValue
        default: document.fields[field] ?? ""
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
        var ungrouped = observation
        ungrouped.groups = []
        overall.add(ungrouped)
        collectSnippets(document, score, period: period)
    }

    private mutating func collectSnippets(_ document: Document, _ score: DocumentScore, period: String) {
        guard period != PeriodLabeler.undated, !score.evidence.isEmpty else { return }
        var scalars: [Unicode.Scalar]?
        for e in score.evidence where score.theme(e.theme)?.present == true {
            let key = e.theme + "\u{0}" + score.language
            if let latest = latestPeriod[key], PeriodLabeler.precedes(period, latest) { continue }
            if latestPeriod[key] != period {
                latestPeriod[key] = period
                snippets[key] = []
            }
            guard snippets[key, default: []].count < Self.snippetsPerThemeAndLanguage,
                  !snippets[key, default: []].contains(where: { $0.origin == document.origin }) else { continue }
            if scalars == nil { scalars = Array(document.text.unicodeScalars) }
            let s = scalars!
            guard e.charEnd <= s.count else { continue }
            let left = String(String.UnicodeScalarView(s[max(0, e.charStart - 70)..<e.charStart]))
            let right = String(String.UnicodeScalarView(s[e.charEnd..<min(s.count, e.charEnd + 70)]))
            snippets[key, default: []].append(ReportSnippet(
                theme: e.theme, language: score.language, period: period,
                left: Self.clean(left), match: e.text, right: Self.clean(right), origin: document.origin))
        }
    }

    private static func clean(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Snippets in a stable order: theme, then language.
    var orderedSnippets: [ReportSnippet] {
        snippets.keys.sorted().flatMap { snippets[$0]! }
    }

    mutating func finish() throws {}
}
