import Foundation

/// The direction of a theme's share over the whole range of dated periods, for one combination
/// of group values: the Mann-Kendall test on the per-period shares (periods with documents, in
/// time order) and Sen's slope in share per period.
public struct TrendDirection: Sendable, Equatable {
    public enum Direction: String, Sendable, Codable {
        case increasing, decreasing
        case none = "no trend"
    }

    public var groups: [String]
    public var theme: String
    /// Dated periods with documents in the series.
    public var periods: Int
    public var firstPeriod: String
    public var lastPeriod: String
    /// `increasing`/`decreasing` when the Mann-Kendall p-value is under the significance level,
    /// `no trend` otherwise (and always with fewer than 3 periods, when tau and p are empty).
    public var direction: Direction
    public var tau: Double?
    public var pValue: Double?
    /// Sen's slope: median change of the share per period (0.01 = one percentage point per period).
    public var slope: Double?

    public init(groups: [String], theme: String, periods: Int, firstPeriod: String, lastPeriod: String,
                direction: Direction, tau: Double?, pValue: Double?, slope: Double?) {
        self.groups = groups
        self.theme = theme
        self.periods = periods
        self.firstPeriod = firstPeriod
        self.lastPeriod = lastPeriod
        self.direction = direction
        self.tau = tau
        self.pValue = pValue
        self.slope = slope
    }

    /// Directions for every (groups, theme) series of `rows`, ordered by group values, then theme
    /// in `themeIDs` order.
    public static func compute(rows: [TrendRow], themeIDs: [String], unit: PeriodUnit, significance: Double) -> [TrendDirection] {
        struct Series { var labels: [String] = []; var times: [Int] = []; var shares: [Double] = [] }
        var series: [[String]: [Series]] = [:]
        let themeIndex = Dictionary(uniqueKeysWithValues: themeIDs.enumerated().map { ($1, $0) })
        for r in rows where r.period != PeriodLabeler.undated && r.documents > 0 {
            guard let t = themeIndex[r.theme] else { continue }
            var s = series[r.groups] ?? Array(repeating: Series(), count: themeIDs.count)
            s[t].labels.append(r.period)
            s[t].times.append(PeriodLabeler.ordinal(r.period, unit: unit) ?? s[t].times.count)
            s[t].shares.append(r.share)
            series[r.groups] = s
        }
        var out: [TrendDirection] = []
        for groups in series.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            for (t, s) in series[groups]!.enumerated() where !s.labels.isEmpty {
                let mk = Statistics.mannKendall(s.shares)
                var direction = Direction.none
                if let mk, mk.pValue < significance, mk.s != 0 { direction = mk.s > 0 ? .increasing : .decreasing }
                out.append(TrendDirection(
                    groups: groups, theme: themeIDs[t], periods: s.labels.count, firstPeriod: s.labels.first!,
                    lastPeriod: s.labels.last!, direction: direction, tau: mk?.tau, pValue: mk?.pValue,
                    slope: mk == nil ? nil : Statistics.sensSlope(times: s.times, values: s.shares)))
            }
        }
        return out
    }
}

/// A keyword-in-context snippet of a theme's mention: evidence shown beside the trend tables.
/// `left` and `right` start or end with `…` where the context was cut.
public struct TrendSnippet: Sendable, Equatable, Codable {
    public var theme: String
    public var language: String
    public var period: String
    public var left: String
    public var match: String
    public var right: String
    public var origin: String

    public init(theme: String, language: String, period: String, left: String, match: String, right: String, origin: String) {
        self.theme = theme
        self.language = language
        self.period = period
        self.left = left
        self.match = match
        self.right = right
        self.origin = origin
    }
}
