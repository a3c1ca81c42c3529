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
    public static func number(_ x: Double, decimals: Int) -> String {
        let s = String(format: "%.\(decimals)f", x)
        return s == "-" + String(format: "%.\(decimals)f", 0.0) ? String(format: "%.\(decimals)f", 0.0) : s
    }

    public static func number(_ x: Double?, decimals: Int) -> String {
        x.map { number($0, decimals: decimals) } ?? ""
    }
}

extension TrendTable {
    /// The long-format columns, in their documented order (README, "trends.csv").
    public var longHeader: [String] {
        ["period"] + groupFields + ["theme", "documents", "documents_with_theme", "share", "share_low", "share_high",
                                    "hits", "rate_per_1k", "mean_sentiment", "net_sentiment", "change", "change_p",
                                    "significant", "small_sample", "lexicon_digest"]
    }

    /// The table as long-format CSV.
    public func longCSV(significance: Double = 0.05) -> String {
        var out = CSVWriter.line(longHeader)
        for r in rows {
            let significant = r.changePValue.map { $0 < significance } ?? false
            out += CSVWriter.line([r.period] + r.groups + [
                r.theme, String(r.documents), String(r.documentsWithTheme),
                CSVWriter.number(r.share, decimals: 4), CSVWriter.number(r.shareLow, decimals: 4),
                CSVWriter.number(r.shareHigh, decimals: 4), String(r.hits), CSVWriter.number(r.ratePer1k, decimals: 3),
                CSVWriter.number(r.meanSentiment, decimals: 4), CSVWriter.number(r.netSentiment, decimals: 4),
                CSVWriter.number(r.change, decimals: 4), CSVWriter.number(r.changePValue, decimals: 4),
                r.changePValue == nil ? "" : (significant ? "true" : "false"), r.smallSample ? "true" : "false",
                lexiconDigest,
            ])
        }
        return out
    }

    /// Wide format: one row per (period, groups), one share column per theme.
    public func wideCSV() -> String {
        var out = CSVWriter.line(["period"] + groupFields + ["documents"] + themeIDs)
        var i = 0
        while i < rows.count {
            let first = rows[i]
            var fields = [first.period] + first.groups + [String(first.documents)]
            for _ in themeIDs {
                fields.append(CSVWriter.number(rows[i].share, decimals: 4))
                i += 1
            }
            out += CSVWriter.line(fields)
        }
        return out
    }
}
