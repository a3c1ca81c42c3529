import Foundation

/// Writes RFC 4180 CSV: comma-separated, CRLF-free (LF line ends, which every reader accepts and
/// diff tools prefer), fields quoted only when they hold a comma, quote, CR or LF, quotes doubled.
public struct CSVWriter {
    private var output: String = ""

    public init() {}

    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }

    /// Fixed-decimal formatting with `.` whatever the locale, so outputs are byte-identical.
    /// Integer arithmetic instead of `String(format:)`, which is slow on Linux and sits on the
    /// serial path of every output row; `-0` prints as `0`.
    public static func number(_ x: Double, decimals: Int) -> String {
        guard x.isFinite, abs(x) < 1e15, (0...9).contains(decimals) else {
            return String(format: "%.\(decimals)f", x)
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (x * scale).rounded(.toNearestOrEven)
        let magnitude = Int64(abs(scaled))
        var digits = String(magnitude)
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
        let sign = scaled < 0 && magnitude != 0 ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        let point = digits.index(digits.endIndex, offsetBy: -decimals)
        return sign + digits[..<point] + "." + digits[point...]
    }

    public static func number(_ x: Double?, decimals: Int) -> String {
        x.map { number($0, decimals: decimals) } ?? ""
    }
}

extension TrendTable {
    /// The long-format columns, in their documented order (DESIGN.md and README, "trends.csv"):
    /// `period`, one column per group field, `theme`, `documents`, `documents_with_theme`,
    /// `share`, `hits`, `rate_per_1k`, then the rest, provenance last.
    public var longHeader: [String] {
        ["period"] + groupFields + ["theme", "documents", "documents_with_theme", "share", "hits", "rate_per_1k",
                                    "share_low", "share_high", "mean_sentiment", "net_sentiment", "change", "change_p",
                                    "significant", "small_sample", "lexicon_digest", "centric_version"]
    }

    /// The fields of one row as the CSV (and the JSON and Markdown tables) write them.
    func longFields(_ r: TrendRow) -> [String] {
        [r.period] + r.groups + [
            r.theme, String(r.documents), String(r.documentsWithTheme), CSVWriter.number(r.share, decimals: 4),
            String(r.hits), CSVWriter.number(r.ratePer1k, decimals: 3),
            CSVWriter.number(r.shareLow, decimals: 4), CSVWriter.number(r.shareHigh, decimals: 4),
            CSVWriter.number(r.meanSentiment, decimals: 4), CSVWriter.number(r.netSentiment, decimals: 4),
            CSVWriter.number(r.change, decimals: 4), CSVWriter.number(r.changePValue, decimals: 4),
            r.changePValue == nil ? "" : (isSignificant(r) ? "true" : "false"), r.smallSample ? "true" : "false",
            lexiconDigest, centricVersion,
        ]
    }

    /// The table as long-format CSV.
    public func longCSV() -> String {
        var out = CSVWriter.line(longHeader)
        for r in rows { out += CSVWriter.line(longFields(r)) }
        return out
    }

    /// Wide format: one row per (period, groups), one share column per theme, provenance last.
    public func wideCSV() -> String {
        var out = CSVWriter.line(["period"] + groupFields + ["documents"] + themeIDs + ["lexicon_digest", "centric_version"])
        var i = 0
        while i < rows.count {
            let first = rows[i]
            var fields = [first.period] + first.groups + [String(first.documents)]
            for _ in themeIDs {
                fields.append(CSVWriter.number(rows[i].share, decimals: 4))
                i += 1
            }
            out += CSVWriter.line(fields + [lexiconDigest, centricVersion])
        }
        return out
    }

    /// `trend_directions.csv`: one row per (groups, theme) over the whole range.
    public var directionsHeader: [String] {
        groupFields + ["theme", "periods", "direction", "tau", "p", "slope", "first_period", "last_period",
                       "lexicon_digest", "centric_version"]
    }

    func directionFields(_ d: TrendDirection) -> [String] {
        d.groups + [d.theme, String(d.periods), d.direction.rawValue, CSVWriter.number(d.tau, decimals: 4),
                    CSVWriter.number(d.pValue, decimals: 4), CSVWriter.number(d.slope, decimals: 5),
                    d.firstPeriod, d.lastPeriod, lexiconDigest, centricVersion]
    }

    public func directionsCSV() -> String {
        var out = CSVWriter.line(directionsHeader)
        for d in directions { out += CSVWriter.line(directionFields(d)) }
        return out
    }
}
