import Foundation

/// `trends.md`: the trend table for people who read it in a pull request, a wiki or a chat:
/// provenance first, then per group combination a period x theme grid of shares (significant
/// changes marked), the trend over the whole range, the significant changes, and every metric
/// of every row at the end.
public enum TrendMarkdown {
    public static func render(_ table: TrendTable, themeLabels: [String: String] = [:], title: String = "Centric trends") -> String {
        let t = table
        func label(_ id: String) -> String { themeLabels[id] ?? id }
        func groupText(_ values: [String]) -> String {
            zip(t.groupFields, values).map { "\($0)=\($1.isEmpty ? "(none)" : $1)" }.joined(separator: ", ")
        }
        let undated = t.rows.first { $0.period == PeriodLabeler.undated }?.documents ?? 0
        var out = "# \(cell(title))\n\n"
        out += "Centric \(t.centricVersion) · lexicon digest `\(t.lexiconDigest)` · period: \(t.unit.rawValue)"
        out += t.groupFields.isEmpty ? "" : " · groups: \(t.groupFields.joined(separator: ", "))"
        out += " · \(t.documents) documents"
        if t.groupFields.isEmpty, undated > 0 { out += " (\(undated) undated)" }
        out += "\n\nShares are the part of documents carrying a theme. ▲/▼ marks a change on the previous period "
        out += "significant at p < \(CSVWriter.number(t.options.significance, decimals: 2)) (two-proportion test); "
        out += "† marks cells with fewer than \(t.options.minimumDocuments) documents.\n\n"

        // MARK: Share grids
        out += "## Share of documents by theme\n\n"
        var groupOrder: [[String]] = []
        var byGroup: [[String]: [TrendRow]] = [:]
        for r in t.rows {
            if byGroup[r.groups] == nil { groupOrder.append(r.groups) }
            byGroup[r.groups, default: []].append(r)
        }
        groupOrder.sort { $0.lexicographicallyPrecedes($1) }
        for groups in groupOrder {
            if !groups.isEmpty { out += "### \(cell(groupText(groups)))\n\n" }
            out += "| period | documents | " + t.themeIDs.map { cell(label($0)) }.joined(separator: " | ") + " |\n"
            out += "|---|---:|" + String(repeating: "---:|", count: t.themeIDs.count) + "\n"
            let rows = byGroup[groups]!
            var i = 0
            while i < rows.count {
                let first = rows[i]
                var line = "| \(first.period) | \(first.documents)\(first.smallSample ? " †" : "") |"
                while i < rows.count, rows[i].period == first.period {
                    let r = rows[i]
                    var mark = ""
                    if t.isSignificant(r), let c = r.change { mark = c > 0 ? " ▲" : " ▼" }
                    line += " \(percent(r.share))\(mark) |"
                    i += 1
                }
                out += line + "\n"
            }
            out += "\n"
        }

        // MARK: Directions
        out += "## Trend over the whole range\n\n"
        out += "Mann-Kendall test on the per-period shares (dated periods with documents); slope is Sen's slope in percentage points per \(t.unit.rawValue).\n\n"
        out += "| " + (t.groupFields + ["theme", "periods", "direction", "tau", "p", "slope (pt)"]).map(cell).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: t.groupFields.count + 1) + "---:|---|---:|---:|---:|\n"
        for d in t.directions {
            let arrow = d.direction == .increasing ? "▲ " : d.direction == .decreasing ? "▼ " : ""
            out += "| " + (d.groups.map(cell) + [cell(label(d.theme)), String(d.periods), arrow + d.direction.rawValue,
                          CSVWriter.number(d.tau, decimals: 2), CSVWriter.number(d.pValue, decimals: 3),
                          d.slope.map { signed($0 * 100, 2) } ?? ""]).joined(separator: " | ") + " |\n"
        }

        // MARK: Significant changes
        let changes = t.rows.filter { t.isSignificant($0) }
            .sorted { abs($0.change ?? 0) != abs($1.change ?? 0) ? abs($0.change ?? 0) > abs($1.change ?? 0) : PeriodLabeler.precedes($0.period, $1.period) }
        out += "\n## Significant changes on the previous period\n\n"
        if changes.isEmpty {
            out += "None at p < \(CSVWriter.number(t.options.significance, decimals: 2)).\n"
        } else {
            out += "| " + (["period"] + t.groupFields + ["theme", "share", "change (pt)", "p", "documents"]).map(cell).joined(separator: " | ") + " |\n"
            out += "|---|" + String(repeating: "---|", count: t.groupFields.count + 1) + "---:|---:|---:|---:|\n"
            for r in changes {
                out += "| " + ([r.period] + r.groups.map(cell) + [cell(label(r.theme)), percent(r.share), signed((r.change ?? 0) * 100, 1),
                               CSVWriter.number(r.changePValue, decimals: 4), String(r.documents) + (r.smallSample ? " †" : "")]).joined(separator: " | ") + " |\n"
            }
        }

        // MARK: All metrics
        out += "\n## All metrics\n\nThe columns of `trends.csv`.\n\n"
        let header = t.longHeader.dropLast(2)
        out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in "---|" }.joined() + "\n"
        for r in t.rows {
            out += "| " + t.longFields(r).dropLast(2).map(cell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func percent(_ x: Double) -> String { CSVWriter.number(x * 100, decimals: 1) + "%" }

    static func signed(_ x: Double, _ decimals: Int) -> String {
        let s = CSVWriter.number(x, decimals: decimals)
        return s.hasPrefix("-") || Double(s) == 0 ? s : "+" + s
    }

    /// A table cell: pipes escaped, line breaks folded.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
