import CentricTrends
import Foundation

/// Renders the self-contained HTML report: an overview table (latest share, change, trend over
/// the range, sparkline) per theme, the biggest significant changes, a theme x period heatmap,
/// per theme a share-over-time chart with its 95% band and KWIC evidence from the latest period
/// in each language, and the trend per group when the run was grouped. Charts are inline SVG;
/// there is no script and no network use, so the file opens anywhere, offline.
public struct ReportRenderer {
    /// Significant changes listed at the top.
    public var changesShown = 10
    public init() {}

    public func render(_ input: ReportInput) -> String {
        let table = input.table
        let significance = table.options.significance
        let unit = table.unit
        let periods = table.datedPeriods
        let themes = table.themeIDs.map { (id: $0, label: input.themeLabels[$0] ?? $0) }
        func label(_ id: String) -> String { input.themeLabels[id] ?? id }
        var byKey: [String: TrendRow] = [:]
        for r in table.rows where r.groups.isEmpty { byKey[r.theme + "\u{0}" + r.period] = r }
        func series(_ theme: String) -> [TrendRow] { periods.compactMap { byKey[theme + "\u{0}" + $0] } }
        let directions = Dictionary(table.directions.filter { $0.groups.isEmpty }.map { ($0.theme, $0) }, uniquingKeysWith: { a, _ in a })
        let undated = table.rows.first { $0.period == PeriodLabeler.undated }?.documents ?? 0
        let dated = table.rows.filter { $0.period != PeriodLabeler.undated }
        let unitName = unit.rawValue

        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Centric \(input.version.htmlEscaped)">
        <title>\(input.title.htmlEscaped)</title>
        <style>\(Self.css)</style></head><body>
        <header><div class="wrap"><h1>\(input.title.htmlEscaped)</h1>
        <p class="sub">\(input.documents) documents\(undated > 0 ? " (\(undated) undated, counted but not charted)" : "") · \(periods.count) \(unitName) periods\(periods.isEmpty ? "" : ", \(periods.first!.htmlEscaped) to \(periods.last!.htmlEscaped)") · \(themes.count) themes</p>
        <p class="prov"><span>Centric \(input.version.htmlEscaped)</span><span title="\(table.lexiconDigest.htmlEscaped)">lexicon \(String(table.lexiconDigest.prefix(12)).htmlEscaped)</span><span>small sample &lt; \(table.options.minimumDocuments) documents</span><span>significance p &lt; \(CSVWriter.number(significance, decimals: 2))</span></p>
        <nav><a href="#overview">Overview</a><a href="#changes">Significant changes</a><a href="#heatmap">Heatmap</a><a href="#themes">Themes</a>\(input.groupedTable == nil ? "" : "<a href=\"#groups\">By group</a>")</nav>
        </div></header>
        <main class="wrap">
        """

        // MARK: Overview
        html += "<section id=\"overview\"><h2>Overview</h2><p class=\"note\">Latest \(unitName) with at least \(table.options.minimumDocuments) documents: share of documents carrying each theme, with its 95% interval, and its change on the previous \(unitName); then the trend over the whole range (Mann-Kendall test on the per-\(unitName) shares, Sen's slope).</p>"
        html += "<table class=\"overview\"><thead><tr><th>Theme</th><th class=\"num\">Latest share</th><th class=\"num\">Change</th><th>Trend over the range</th><th>Share over time</th></tr></thead><tbody>"
        for theme in themes {
            let s = series(theme.id)
            html += "<tr><td><a href=\"#theme-\(theme.id.htmlEscaped)\">\(theme.label.htmlEscaped)</a></td>"
            // The latest period with enough documents: a last month of two documents says little.
            if let last = s.last(where: { !$0.smallSample }) ?? s.last {
                html += "<td class=\"num\"><b>\(SVGCharts.pct(last.share))</b> <span class=\"ci\">\(SVGCharts.pct(last.shareLow, 0))–\(SVGCharts.pct(last.shareHigh, 0))</span><div class=\"ci\">\(last.documentsWithTheme) of \(last.documents) in \(last.period.htmlEscaped)\(last.smallSample ? " · small sample" : "")</div></td>"
                html += "<td class=\"num\">\(changeBadge(last, significance: significance))</td>"
            } else {
                html += "<td class=\"num\">–</td><td class=\"num\">–</td>"
            }
            html += "<td>\(directionBadge(directions[theme.id], unit: unitName))</td><td>\(SVGCharts.sparkline(s, unit: unit))</td></tr>"
        }
        html += "</tbody></table></section>"

        // MARK: Significant changes
        let changes = dated.filter { table.isSignificant($0) && !$0.smallSample }
            .sorted { abs($0.change ?? 0) != abs($1.change ?? 0) ? abs($0.change ?? 0) > abs($1.change ?? 0) : ($0.period, $0.theme) < ($1.period, $1.theme) }
        html += "<section id=\"changes\"><h2>Biggest significant changes</h2>"
        if changes.isEmpty {
            html += "<p class=\"note\">No change between consecutive periods is significant at p &lt; \(CSVWriter.number(significance, decimals: 2)) in a cell with at least \(table.options.minimumDocuments) documents.</p>"
        } else {
            html += "<p class=\"note\">Changes in share on the previous \(unitName), largest first (two-proportion test, p &lt; \(CSVWriter.number(significance, decimals: 2)); cells with fewer than \(table.options.minimumDocuments) documents left out). \(changes.count) in all.</p><ol class=\"changes\">"
            for r in changes.prefix(changesShown) {
                let up = (r.change ?? 0) > 0
                let previous = r.share - (r.change ?? 0)
                html += "<li class=\"\(up ? "up" : "down")\"><span class=\"delta\">\(up ? "▲" : "▼") \(signed((r.change ?? 0) * 100, 1)) pt</span>"
                html += "<a href=\"#theme-\(r.theme.htmlEscaped)\">\(label(r.theme).htmlEscaped)</a> in <b>\(r.period.htmlEscaped)</b>: \(SVGCharts.pct(previous)) → \(SVGCharts.pct(r.share)) <span class=\"ci\">(\(r.documentsWithTheme) of \(r.documents) documents, p = \(CSVWriter.number(r.changePValue ?? 1, decimals: 3)))</span></li>"
            }
            html += "</ol>"
        }
        html += "</section>"

        // MARK: Heatmap
        html += "<section id=\"heatmap\"><h2>Themes by \(unitName)</h2><div class=\"scroll\">"
        html += SVGCharts.heatmap(themes: themes, periods: periods, significance: significance) { byKey[$0 + "\u{0}" + $1] }
        html += "</div></section>"

        // MARK: Themes
        html += "<section id=\"themes\"><h2>Themes</h2><p class=\"note\">Line: share of documents carrying the theme; band: 95% Wilson interval; orange points: significant change on the previous \(unitName); hollow points: fewer than \(table.options.minimumDocuments) documents. Evidence: matches from the latest \(unitName) with documents in each language.</p><div class=\"grid\">"
        for theme in themes {
            let s = series(theme.id)
            html += "<article class=\"theme\" id=\"theme-\(theme.id.htmlEscaped)\"><div class=\"head\"><h3>\(theme.label.htmlEscaped)</h3>\(directionBadge(directions[theme.id], unit: unitName))</div>"
            html += SVGCharts.shareChart(theme: theme.id, label: theme.label, rows: s, unit: unit, significance: significance)
            let snippets = input.snippets.filter { $0.theme == theme.id }
            if snippets.isEmpty {
                html += "<p class=\"none\">No evidence snippets for this theme in the latest period.</p>"
            } else {
                html += "<div class=\"kwic\">"
                for language in orderedUnique(snippets.map(\.language)) {
                    let these = snippets.filter { $0.language == language }
                    html += "<div class=\"lang-block\" lang=\"\(language.htmlEscaped)\"><h4>\(Self.languageName(language).htmlEscaped) <span>\(these.first!.period.htmlEscaped)</span></h4><ul>"
                    for s in these {
                        html += "<li><span class=\"l\">\(s.left.htmlEscaped)</span><mark>\(s.match.htmlEscaped)</mark><span class=\"r\">\(s.right.htmlEscaped)</span><cite>\(s.origin.htmlEscaped)</cite></li>"
                    }
                    html += "</ul></div>"
                }
                html += "</div>"
            }
            html += "</article>"
        }
        html += "</div></section>"

        // MARK: Groups
        if let grouped = input.groupedTable, !grouped.groupFields.isEmpty {
            html += "<section id=\"groups\"><h2>Trend over the range by \(grouped.groupFields.joined(separator: ", ").htmlEscaped)</h2>"
            html += "<p class=\"note\">Mann-Kendall test on the per-\(unitName) shares of each group; only series with a significant trend are listed, steepest first. All series are in <code>trend_directions.csv</code>.</p>"
            let significant = grouped.directions.filter { $0.direction != .none }
                .sorted { abs($0.slope ?? 0) != abs($1.slope ?? 0) ? abs($0.slope ?? 0) > abs($1.slope ?? 0) : ($0.groups.joined(), $0.theme) < ($1.groups.joined(), $1.theme) }
            if significant.isEmpty {
                html += "<p class=\"note\">No group has a significant trend.</p>"
            } else {
                html += "<table class=\"overview\"><thead><tr>" + grouped.groupFields.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "<th>Theme</th><th>Trend</th><th class=\"num\">Periods</th></tr></thead><tbody>"
                for d in significant {
                    html += "<tr>" + d.groups.map { "<td>\(($0.isEmpty ? "(none)" : $0).htmlEscaped)</td>" }.joined()
                    html += "<td>\(label(d.theme).htmlEscaped)</td><td>\(directionBadge(d, unit: unitName))</td><td class=\"num\">\(d.periods)</td></tr>"
                }
                html += "</tbody></table>"
            }
            html += "</section>"
        }

        html += "</main><footer><div class=\"wrap\">Generated by Centric \(input.version.htmlEscaped) from lexicon \(table.lexiconDigest.htmlEscaped). A theme's share is the part of a period's documents that carry it; bands are 95% Wilson score intervals; a change is tested against the previous dated period with a two-proportion z-test; the trend over the range is the Mann-Kendall test on per-period shares with Sen's slope. Undated documents are counted in the tables but have no place on a time axis.</div></footer></body></html>\n"
        return html
    }

    func changeBadge(_ r: TrendRow, significance: Double) -> String {
        guard let c = r.change else { return "<span class=\"muted\">–</span>" }
        let significant = (r.changePValue ?? 1) < significance
        let cls = significant ? (c > 0 ? "badge up" : "badge down") : "muted"
        return "<span class=\"\(cls)\" title=\"p = \(CSVWriter.number(r.changePValue ?? 1, decimals: 3))\">\(significant ? (c > 0 ? "▲ " : "▼ ") : "")\(signed(c * 100, 1)) pt</span>"
    }

    func directionBadge(_ d: TrendDirection?, unit: String) -> String {
        guard let d else { return "<span class=\"trend none\">no data</span>" }
        guard let p = d.pValue else { return "<span class=\"trend none\" title=\"fewer than 3 periods\">too few periods</span>" }
        // Sen's slope is 0 for a theme absent from most periods even when it clearly rises: then
        // Kendall's tau says more.
        let slope = d.slope.flatMap { abs($0 * 100) >= 0.005 ? "\(signed($0 * 100, 2)) pt/\(unit)" : nil } ?? "tau \(signed(d.tau ?? 0, 2))"
        let title = "Mann-Kendall tau = \(CSVWriter.number(d.tau ?? 0, decimals: 2)), p = \(CSVWriter.number(p, decimals: 3)) over \(d.periods) periods (\(d.firstPeriod) to \(d.lastPeriod))"
        switch d.direction {
        case .increasing: return "<span class=\"trend up\" title=\"\(title.htmlEscaped)\">▲ rising \(slope)</span>"
        case .decreasing: return "<span class=\"trend down\" title=\"\(title.htmlEscaped)\">▼ falling \(slope)</span>"
        case .none: return "<span class=\"trend none\" title=\"\(title.htmlEscaped)\">no clear trend <small>p = \(CSVWriter.number(p, decimals: 2))</small></span>"
        }
    }

    func signed(_ x: Double, _ decimals: Int) -> String {
        let s = CSVWriter.number(x, decimals: decimals)
        return s.hasPrefix("-") ? "−" + s.dropFirst() : (Double(s) == 0 ? s : "+" + s)
    }

    static func languageName(_ code: String) -> String {
        switch code {
        case "en": "English"
        case "nl": "Nederlands"
        case "und": "Unknown language"
        default: code
        }
    }

    private func orderedUnique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }

    static let css = """
    :root{--ink:#1b2531;--muted:#5d6b79;--line:#dde4eb;--bg:#f4f6f9;--card:#fff;--blue:#1f6fb2;--up:#1e7b3a;--down:#c0392b;--hi:#e8590c}
    *{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:var(--ink);background:var(--bg)}
    .wrap{max-width:1320px;margin:0 auto;padding:0 28px}
    header{background:linear-gradient(135deg,#0f3554,#1b5e8c);color:#fff;padding:22px 0 0}header h1{margin:0;font-size:26px;letter-spacing:-.01em}
    .sub{margin:6px 0 8px;opacity:.92}.prov span{display:inline-block;font-size:12px;background:rgba(255,255,255,.14);border-radius:10px;padding:1px 9px;margin:0 6px 4px 0}
    nav{margin-top:10px}nav a{display:inline-block;color:#fff;text-decoration:none;padding:8px 14px 10px;font-size:14px;border-bottom:3px solid transparent}nav a:hover{border-color:#8cc4f0}
    h2{font-size:20px;margin:30px 0 6px}h3{font-size:16px;margin:0}h4{font-size:12px;margin:10px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}h4 span{font-weight:normal;text-transform:none}
    .note{color:var(--muted);margin:0 0 12px;font-size:13.5px;max-width:980px}
    table.overview{border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:8px;width:100%;overflow:hidden}
    .overview th{font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);text-align:left;background:#f8fafc}
    .overview td,.overview th{padding:7px 12px;border-bottom:1px solid var(--line);vertical-align:middle}.overview tr:last-child td{border-bottom:0}
    .overview a{color:var(--ink);font-weight:600;text-decoration:none}.overview a:hover{text-decoration:underline}
    .num{text-align:right;white-space:nowrap}.ci{color:var(--muted);font-size:12px}.muted{color:var(--muted)}
    .badge{display:inline-block;border-radius:4px;padding:1px 7px;font-weight:600;font-size:13px}.badge.up{background:#e3f4e8;color:var(--up)}.badge.down{background:#fbe7e4;color:var(--down)}
    .trend{display:inline-block;font-size:13px;border-radius:12px;padding:2px 10px;white-space:nowrap}.trend.up{background:#e3f4e8;color:var(--up);font-weight:600}
    .trend.down{background:#fbe7e4;color:var(--down);font-weight:600}.trend.none{background:#eef1f4;color:var(--muted)}
    .spark path{fill:none;stroke:var(--blue);stroke-width:1.6}
    ol.changes{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:8px}
    .changes li{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--up);border-radius:6px;padding:8px 12px;font-size:14px}
    .changes li.down{border-left-color:var(--down)}.changes .delta{float:right;font-weight:700;color:var(--up)}.changes li.down .delta{color:var(--down)}
    .changes a{color:var(--ink);font-weight:600}
    .scroll{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px}
    .heatmap{display:block;width:100%;height:auto}.heatmap .rowlabel{font-size:13px;fill:var(--ink)}
    .heatmap .cell.significant.up{stroke:var(--up);stroke-width:2}.heatmap .cell.significant.down{stroke:var(--down);stroke-width:2}.heatmap .cell.small{opacity:.55}
    .cellvalue{font-size:11px;fill:#23313f}.cellvalue.dark{fill:#fff}
    .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(580px,1fr));gap:16px}
    .theme{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;break-inside:avoid}
    .theme .head{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-bottom:4px}
    .chart{width:100%;height:auto;display:block}.gridline{stroke:#edf1f5;stroke-width:1}.baseline{stroke:#b8c3ce;stroke-width:1}
    .axis{font-size:11px;fill:var(--muted)}.latest{font-size:12px;font-weight:700;fill:var(--blue)}.empty{fill:var(--muted);font-size:13px}
    .band{fill:var(--blue);opacity:.15}.line{fill:none;stroke:var(--blue);stroke-width:2.2;stroke-linejoin:round}
    .point{fill:var(--blue);stroke:#fff;stroke-width:1}.point.small{fill:#fff;stroke:var(--blue);stroke-width:1.5}
    .point.significant{fill:var(--hi);stroke:#fff;stroke-width:1.5}.point.significant.small{fill:#fff;stroke:var(--hi)}
    .kwic{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:0 18px;overflow-wrap:anywhere;border-top:1px solid var(--line);margin-top:6px}
    .kwic ul{list-style:none;padding:0;margin:0}.kwic li{font-size:13px;margin:0 0 7px;line-height:1.4}
    .kwic .l,.kwic .r{color:#3d4a57}.kwic mark{background:#ffe49a;border-radius:2px;padding:0 2px;font-weight:600}
    .kwic cite{display:block;color:#8794a1;font-size:11px;font-style:normal;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
    .none{color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding-top:8px;margin:6px 0 0}
    footer{margin-top:34px;padding:18px 0 26px;color:var(--muted);font-size:12.5px;border-top:1px solid var(--line);background:#fff}
    @media (max-width:700px){.grid{grid-template-columns:1fr}.kwic{grid-template-columns:1fr}.wrap{padding:0 14px}}
    @media print{body{background:#fff}header{background:#fff;color:var(--ink)}nav{display:none}.theme,.scroll,table.overview{border-color:#ccc}}
    """
}
