import Foundation

/// What one document contributes to the trend tables: its period, its group values, and per
/// theme whether it is present, its hits and its mentions' sentiment.
public struct TrendObservation: Sendable {
    public var period: String
    public var groups: [String]
    public var tokens: Int
    public var themes: [ThemeObservation]

    public init(period: String, groups: [String], tokens: Int, themes: [ThemeObservation]) {
        self.period = period
        self.groups = groups
        self.tokens = tokens
        self.themes = themes
    }
}

public struct ThemeObservation: Sendable {
    public var present: Bool
    public var hits: Int
    /// Sentiment of each mention, -1...1.
    public var mentionSentiments: [Double]

    public init(present: Bool, hits: Int, mentionSentiments: [Double]) {
        self.present = present
        self.hits = hits
        self.mentionSentiments = mentionSentiments
    }
}

/// Counts and sums for one (period, groups) cell and one theme. Sentiment is summed in integer
/// millionths, so merging partials in any order gives exactly the same totals.
public struct ThemeCounts: Sendable, Codable, Equatable {
    public var documentsWithTheme = 0
    public var hits = 0
    public var mentions = 0
    public var sentimentMicros: Int64 = 0
    public var positiveMentions = 0
    public var negativeMentions = 0

    public init() {}

    mutating func merge(_ o: ThemeCounts) {
        documentsWithTheme += o.documentsWithTheme
        hits += o.hits
        mentions += o.mentions
        sentimentMicros += o.sentimentMicros
        positiveMentions += o.positiveMentions
        negativeMentions += o.negativeMentions
    }
}

public struct CellCounts: Sendable, Codable, Equatable {
    public var documents = 0
    public var tokens = 0
    public var themes: [ThemeCounts]

    init(themeCount: Int) { themes = Array(repeating: ThemeCounts(), count: themeCount) }
}

/// The mergeable aggregate state behind every trend table: counts and sums only, keyed by period
/// and group values. Shards aggregated anywhere merge into exactly the single-run state.
public struct TrendAggregate: Sendable, Codable, Equatable {
    public struct Key: Sendable, Codable, Hashable, Comparable {
        public var period: String
        public var groups: [String]

        public init(period: String, groups: [String]) {
            self.period = period
            self.groups = groups
        }

        public static func < (a: Key, b: Key) -> Bool {
            if a.period != b.period { return PeriodLabeler.precedes(a.period, b.period) }
            return a.groups.lexicographicallyPrecedes(b.groups)
        }
    }

    public var format = "centric-partial-1"
    public var unit: PeriodUnit
    public var groupFields: [String]
    public var themeIDs: [String]
    public var lexiconDigest: String
    public var cells: [Key: CellCounts] = [:]

    /// A mention counts as positive or negative beyond this sentiment.
    public static let mentionPolarityBand = 0.05

    public init(unit: PeriodUnit, groupFields: [String], themeIDs: [String], lexiconDigest: String) {
        self.unit = unit
        self.groupFields = groupFields
        self.themeIDs = themeIDs
        self.lexiconDigest = lexiconDigest
    }

    public mutating func add(_ o: TrendObservation) {
        let key = Key(period: o.period, groups: o.groups)
        var cell = cells[key] ?? CellCounts(themeCount: themeIDs.count)
        cell.documents += 1
        cell.tokens += o.tokens
        for (t, theme) in o.themes.enumerated() where t < themeIDs.count {
            if theme.present { cell.themes[t].documentsWithTheme += 1 }
            cell.themes[t].hits += theme.hits
            for s in theme.mentionSentiments {
                cell.themes[t].mentions += 1
                cell.themes[t].sentimentMicros += Int64((s * 1_000_000).rounded())
                if s > Self.mentionPolarityBand { cell.themes[t].positiveMentions += 1 }
                if s < -Self.mentionPolarityBand { cell.themes[t].negativeMentions += 1 }
            }
        }
        cells[key] = cell
    }

    public enum MergeError: Error, CustomStringConvertible {
        case incompatible(String)

        public var description: String {
            switch self {
            case let .incompatible(why): "cannot merge partials: \(why); aggregate all shards with the same --period, --by and lexicons"
            }
        }
    }

    /// Adds another partial's counts. Both must use the same period unit, groups and themes.
    public mutating func merge(_ other: TrendAggregate) throws(MergeError) {
        guard other.unit == unit else { throw .incompatible("periods differ (\(unit.rawValue) vs \(other.unit.rawValue))") }
        guard other.groupFields == groupFields else { throw .incompatible("groups differ (\(groupFields) vs \(other.groupFields))") }
        guard other.themeIDs == themeIDs else { throw .incompatible("themes differ") }
        guard other.lexiconDigest == lexiconDigest else { throw .incompatible("lexicon digests differ (\(lexiconDigest) vs \(other.lexiconDigest))") }
        for (key, cell) in other.cells {
            var mine = cells[key] ?? CellCounts(themeCount: themeIDs.count)
            mine.documents += cell.documents
            mine.tokens += cell.tokens
            for t in mine.themes.indices { mine.themes[t].merge(cell.themes[t]) }
            cells[key] = mine
        }
    }

    /// The same counts grouped by a subset of the group fields (in the order given); `[]`
    /// collapses every group into one row per period. Exact: cells are summed, never re-derived.
    public func regrouped(by fields: [String]) throws(MergeError) -> TrendAggregate {
        var indices: [Int] = []
        for f in fields {
            guard let i = groupFields.firstIndex(of: f) else { throw .incompatible("the partial has no group field '\(f)' (it has \(groupFields))") }
            indices.append(i)
        }
        var out = TrendAggregate(unit: unit, groupFields: fields, themeIDs: themeIDs, lexiconDigest: lexiconDigest)
        for key in cells.keys.sorted() {
            let cell = cells[key]!
            let k = Key(period: key.period, groups: indices.map { key.groups[$0] })
            var mine = out.cells[k] ?? CellCounts(themeCount: themeIDs.count)
            mine.documents += cell.documents
            mine.tokens += cell.tokens
            for t in mine.themes.indices { mine.themes[t].merge(cell.themes[t]) }
            out.cells[k] = mine
        }
        return out
    }
}
