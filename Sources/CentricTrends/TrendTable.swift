import Foundation

/// One row of a trend table: a (period, group values, theme) cell and its metrics.
public struct TrendRow: Sendable, Equatable {
    public var period: String
    public var groups: [String]
    public var theme: String
    public var documents: Int
    public var documentsWithTheme: Int
    public var share: Double
    public var shareLow: Double
    public var shareHigh: Double
    public var hits: Int
    public var tokens: Int
    public var ratePer1k: Double
    /// Mean sentiment of the theme's mentions (nil without mentions).
    public var meanSentiment: Double?
    /// Positive minus negative share of the mentions (nil without mentions).
    public var netSentiment: Double?
    /// Share minus the previous dated period's share for the same groups and theme.
    public var change: Double?
    public var changePValue: Double?
    public var smallSample: Bool

    public init(period: String, groups: [String], theme: String, documents: Int, documentsWithTheme: Int, share: Double,
                shareLow: Double, shareHigh: Double, hits: Int, tokens: Int, ratePer1k: Double, meanSentiment: Double?,
                netSentiment: Double?, change: Double?, changePValue: Double?, smallSample: Bool) {
        self.period = period
        self.groups = groups
        self.theme = theme
        self.documents = documents
        self.documentsWithTheme = documentsWithTheme
        self.share = share
        self.shareLow = shareLow
        self.shareHigh = shareHigh
        self.hits = hits
        self.tokens = tokens
        self.ratePer1k = ratePer1k
        self.meanSentiment = meanSentiment
        self.netSentiment = netSentiment
        self.change = change
        self.changePValue = changePValue
        self.smallSample = smallSample
    }
}

/// Options of the table built from an aggregate.
public struct TrendOptions: Sendable, Equatable {
    /// Cells with fewer documents are flagged `small_sample`.
    public var minimumDocuments: Int
    /// p-value under which a change is called significant.
    public var significance: Double

    public init(minimumDocuments: Int = 10, significance: Double = 0.05) {
        self.minimumDocuments = minimumDocuments
        self.significance = significance
    }
}

/// A trend table: rows ordered by period (chronological, `undated` last), group values, then
/// theme in lexicon order. Derived from a `TrendAggregate` and nothing else, so merged partials
/// give exactly the single-run table.
public struct TrendTable: Sendable {
    public var groupFields: [String]
    public var themeIDs: [String]
    public var unit: PeriodUnit
    public var lexiconDigest: String
    /// The Centric version named in every output written from the table.
    public var centricVersion: String
    public var options: TrendOptions
    public var rows: [TrendRow]
    /// Trend over the whole range per (groups, theme): Mann-Kendall and Sen's slope.
    public var directions: [TrendDirection]
    /// Documents in the aggregate, dated or not.
    public var documents: Int

    public init(_ aggregate: TrendAggregate, options: TrendOptions = TrendOptions(), centricVersion: String = "unknown") {
        self.options = options
        self.centricVersion = centricVersion
        documents = aggregate.cells.values.reduce(0) { $0 + $1.documents }
        groupFields = aggregate.groupFields
        themeIDs = aggregate.themeIDs
        unit = aggregate.unit
        lexiconDigest = aggregate.lexiconDigest
        var rows: [TrendRow] = []
        // Previous dated cell per (groups, theme) for the change metrics.
        var previous: [[String]: CellCounts] = [:]
        for key in aggregate.cells.keys.sorted() {
            let cell = aggregate.cells[key]!
            let before = key.period == PeriodLabeler.undated ? nil : previous[key.groups]
            for (t, theme) in aggregate.themeIDs.enumerated() {
                let counts = cell.themes[t]
                let share = cell.documents > 0 ? Double(counts.documentsWithTheme) / Double(cell.documents) : 0
                let interval = Statistics.wilson(counts.documentsWithTheme, cell.documents)
                var change: Double?
                var p: Double?
                if let before, before.documents > 0 {
                    let k0 = before.themes[t].documentsWithTheme
                    change = share - Double(k0) / Double(before.documents)
                    p = Statistics.twoProportionPValue(counts.documentsWithTheme, cell.documents, k0, before.documents)
                }
                rows.append(TrendRow(
                    period: key.period, groups: key.groups, theme: theme, documents: cell.documents,
                    documentsWithTheme: counts.documentsWithTheme, share: share,
                    shareLow: interval.low, shareHigh: interval.high, hits: counts.hits, tokens: cell.tokens,
                    ratePer1k: cell.tokens > 0 ? Double(counts.hits) * 1000 / Double(cell.tokens) : 0,
                    meanSentiment: counts.mentions > 0 ? Double(counts.sentimentMicros) / 1_000_000 / Double(counts.mentions) : nil,
                    netSentiment: counts.mentions > 0 ? Double(counts.positiveMentions - counts.negativeMentions) / Double(counts.mentions) : nil,
                    change: change, changePValue: p, smallSample: cell.documents < options.minimumDocuments))
            }
            if key.period != PeriodLabeler.undated { previous[key.groups] = cell }
        }
        self.rows = rows
        directions = TrendDirection.compute(rows: rows, themeIDs: themeIDs, unit: unit, significance: options.significance)
    }

    /// Rebuilds a table from rows already computed (read back from `trends.json`).
    public init(groupFields: [String], themeIDs: [String], unit: PeriodUnit, lexiconDigest: String, centricVersion: String,
                options: TrendOptions, rows: [TrendRow], directions: [TrendDirection], documents: Int) {
        self.groupFields = groupFields
        self.themeIDs = themeIDs
        self.unit = unit
        self.lexiconDigest = lexiconDigest
        self.centricVersion = centricVersion
        self.options = options
        self.rows = rows
        self.directions = directions
        self.documents = documents
    }

    /// Dated periods in chronological order (periods of the rows, `undated` left out).
    public var datedPeriods: [String] {
        var seen = Set<String>()
        return rows.map(\.period).filter { $0 != PeriodLabeler.undated && seen.insert($0).inserted }
    }

    /// Whether a row's change on the previous period is significant at the table's level.
    public func isSignificant(_ row: TrendRow) -> Bool {
        (row.changePValue ?? 1) < options.significance
    }
}
