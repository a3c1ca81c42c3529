import CentricTrends
import Foundation

/// SVG charts drawn by Centric itself (no scripts, no CDN), so the report is one offline file.
/// Coordinates are written with one decimal through `fmt`, so the same table gives the same bytes.
enum SVGCharts {
    static func fmt(_ x: Double) -> String { CSVWriter.number(x, decimals: 1) }
    static func pct(_ x: Double, _ decimals: Int = 1) -> String { CSVWriter.number(x * 100, decimals: decimals) + "%" }

    /// Horizontal positions of periods: proportional to time (gaps show as gaps) when the labels
    /// parse, else evenly spaced. Returns fractions 0...1.
    static func positions(_ periods: [String], unit: PeriodUnit) -> [Double] {
        let ordinals = periods.map { PeriodLabeler.ordinal($0, unit: unit) }
        guard periods.count > 1 else { return periods.map { _ in 0.5 } }
        if ordinals.allSatisfy({ $0 != nil }), let lo = ordinals.first!, let hi = ordinals.last!, hi > lo {
            return ordinals.map { Double($0! - lo) / Double(hi - lo) }
        }
        return periods.indices.map { Double($0) / Double(periods.count - 1) }
    }

    /// A nice upper bound for a share axis: the next step of 5, 10, 20... percentage points.
    static func axisMax(_ v: Double) -> Double {
        for step in [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0] where v <= step { return step }
        return 1
    }

    /// A line chart of a theme's share per period with its 95% Wilson band. Each period is one
    /// `<circle class="point">` with a `<title>` tooltip, so tests and screen readers can count them;
    /// significant changes are larger orange points, cells under the small-sample threshold hollow.
    static func shareChart(theme: String, label: String, rows: [TrendRow], unit: PeriodUnit, significance: Double,
                           width: Double = 560, height: Double = 230) -> String {
        let left = 46.0, right = 16.0, top = 16.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        let n = rows.count
        let yMax = axisMax(max(0.05, rows.map(\.shareHigh).max() ?? 0))
        let xs = positions(rows.map(\.period), unit: unit)
        func x(_ i: Int) -> Double { left + plotW * xs[i] }
        func y(_ v: Double) -> Double { top + plotH * (1 - min(v, yMax) / yMax) }

        var svg = "<svg class=\"chart\" data-theme=\"\(theme.htmlEscaped)\" data-periods=\"\(n)\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Share of documents with \(label.htmlEscaped) per \(unit.rawValue)\" xmlns=\"http://www.w3.org/2000/svg\">"
        for k in 0...4 {
            let v = yMax * Double(k) / 4
            svg += "<line x1=\"\(fmt(left))\" x2=\"\(fmt(width - right))\" y1=\"\(fmt(y(v)))\" y2=\"\(fmt(y(v)))\" class=\"gridline\"/>"
            svg += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y(v) + 4))\" class=\"axis\" text-anchor=\"end\">\(Int((v * 100).rounded()))%</text>"
        }
        svg += "<line x1=\"\(fmt(left))\" x2=\"\(fmt(width - right))\" y1=\"\(fmt(y(0)))\" y2=\"\(fmt(y(0)))\" class=\"baseline\"/>"
        guard n > 0 else { return svg + "<text x=\"\(fmt(width / 2))\" y=\"\(fmt(height / 2))\" class=\"empty\" text-anchor=\"middle\">no dated documents</text></svg>" }
        var band = ""
        for i in 0..<n { band += (i == 0 ? "M" : "L") + "\(fmt(x(i))),\(fmt(y(rows[i].shareHigh)))" }
        for i in (0..<n).reversed() { band += "L\(fmt(x(i))),\(fmt(y(rows[i].shareLow)))" }
        svg += "<path d=\"\(band)Z\" class=\"band\"/>"
        var line = ""
        for i in 0..<n { line += (i == 0 ? "M" : "L") + "\(fmt(x(i))),\(fmt(y(rows[i].share)))" }
        svg += "<path d=\"\(line)\" class=\"line\"/>"
        // Period labels: as many as fit without overlapping (about 62 px each), always the last.
        let fit = max(1, Int(plotW / 62))
        let labelEvery = max(1, Int((Double(n) / Double(fit)).rounded(.up)))
        for (i, r) in rows.enumerated() {
            let significant = (r.changePValue ?? 1) < significance
            var cls = "point"
            if significant { cls += (r.change ?? 0) > 0 ? " significant up" : " significant down" }
            if r.smallSample { cls += " small" }
            let radius = significant ? 5.0 : (n > 60 ? 2.2 : 3.4)
            svg += "<circle class=\"\(cls)\" cx=\"\(fmt(x(i)))\" cy=\"\(fmt(y(r.share)))\" r=\"\(fmt(radius))\" data-period=\"\(r.period.htmlEscaped)\">"
            var tip = "\(r.period): \(pct(r.share)) of \(r.documents) documents (95% CI \(pct(r.shareLow))–\(pct(r.shareHigh)))"
            if let c = r.change, let p = r.changePValue {
                tip += "; \(c >= 0 ? "+" : "")\(CSVWriter.number(c * 100, decimals: 1)) pt on the previous period, p = \(CSVWriter.number(p, decimals: 3))"
            }
            if r.smallSample { tip += "; small sample" }
            svg += "<title>\(tip.htmlEscaped)</title></circle>"
            let isLast = i == n - 1
            let nearLast = !isLast && (n - 1 - i) < labelEvery && i % labelEvery == 0 && (x(n - 1) - x(i)) < 62
            if (i % labelEvery == 0 && !nearLast) || isLast {
                let anchor = n > 1 && isLast ? "end" : (n > 1 && i == 0 ? "start" : "middle")
                svg += "<text x=\"\(fmt(x(i)))\" y=\"\(fmt(height - bottom + 18))\" class=\"axis\" text-anchor=\"\(anchor)\">\(r.period.htmlEscaped)</text>"
            }
        }
        // The latest value, labelled at the end of the line.
        let last = rows[n - 1]
        let ly = max(top + 10, y(last.share) - 9)
        svg += "<text x=\"\(fmt(min(x(n - 1), width - right)))\" y=\"\(fmt(ly))\" class=\"latest\" text-anchor=\"end\">\(pct(last.share))</text>"
        return svg + "</svg>"
    }

    /// A small line without axes for the overview table.
    static func sparkline(_ rows: [TrendRow], unit: PeriodUnit, width: Double = 130, height: Double = 30) -> String {
        guard rows.count > 1 else { return "" }
        let xs = positions(rows.map(\.period), unit: unit)
        let yMax = axisMax(max(0.05, rows.map(\.share).max() ?? 0))
        var d = ""
        for (i, r) in rows.enumerated() {
            d += (i == 0 ? "M" : "L") + "\(fmt(2 + (width - 4) * xs[i])),\(fmt(height - 3 - (height - 6) * r.share / yMax))"
        }
        return "<svg class=\"spark\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\"><path d=\"\(d)\"/></svg>"
    }

    /// The fill of a heatmap cell: white to deep blue as the share grows to `top`.
    static func heat(_ v: Double, top: Double) -> String {
        let f = min(1, v / top)
        return "hsl(208,\(Int(40 + 30 * f))%,\(fmt(97 - 62 * f))%)"
    }

    /// A heatmap of theme x period shares (one `<rect class="cell">` per theme and period); darker
    /// is a higher share, outlined cells are significant changes on the previous period, and the
    /// share is printed in the cell when there is room.
    static func heatmap(themes: [(id: String, label: String)], periods: [String], significance: Double,
                        row: (String, String) -> TrendRow?) -> String {
        let labelW = 210.0, headerH = 66.0, cellH = 30.0
        let cellW = periods.isEmpty ? 40 : max(8, min(56, 1040 / Double(periods.count)))
        let width = max(900, labelW + cellW * Double(periods.count) + 12)
        let height = headerH + cellH * Double(themes.count) + 40
        let top = axisMax(max(0.05, themes.flatMap { t in periods.compactMap { row(t.id, $0)?.share } }.max() ?? 0))
        var svg = "<svg class=\"heatmap\" data-themes=\"\(themes.count)\" data-periods=\"\(periods.count)\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" style=\"max-width:\(Int(width))px\" role=\"img\" aria-label=\"Share of documents by theme and period\" xmlns=\"http://www.w3.org/2000/svg\">"
        let labelEvery = max(1, Int((18 / cellW).rounded(.up)))
        for (j, p) in periods.enumerated() where j % labelEvery == 0 || j == periods.count - 1 {
            let x = labelW + cellW * Double(j) + cellW / 2
            svg += "<text class=\"axis\" transform=\"translate(\(fmt(x + 3)),\(fmt(headerH - 8))) rotate(-50)\">\(p.htmlEscaped)</text>"
        }
        for (i, t) in themes.enumerated() {
            let y = headerH + cellH * Double(i)
            svg += "<text class=\"rowlabel\" x=\"\(fmt(labelW - 10))\" y=\"\(fmt(y + cellH / 2 + 4))\" text-anchor=\"end\">\(t.label.htmlEscaped)</text>"
            for (j, p) in periods.enumerated() {
                let x = labelW + cellW * Double(j)
                let r = row(t.id, p)
                let v = r?.share ?? 0
                let significant = r.map { ($0.changePValue ?? 1) < significance } ?? false
                let up = (r?.change ?? 0) > 0
                var cls = "cell"
                if significant { cls += up ? " significant up" : " significant down" }
                if r?.smallSample == true { cls += " small" }
                svg += "<rect class=\"\(cls)\" x=\"\(fmt(x + 1))\" y=\"\(fmt(y + 1))\" width=\"\(fmt(cellW - 2))\" height=\"\(fmt(cellH - 2))\" rx=\"3\" fill=\"\(heat(v, top: top))\" data-theme=\"\(t.id.htmlEscaped)\" data-period=\"\(p.htmlEscaped)\">"
                svg += "<title>\(t.label.htmlEscaped), \(p.htmlEscaped): \(pct(v)) (\(r?.documentsWithTheme ?? 0) of \(r?.documents ?? 0) documents)\(significant ? (up ? ", significant rise" : ", significant fall") : "")</title></rect>"
                if cellW >= 34 {
                    let dark = v / top > 0.55
                    svg += "<text class=\"cellvalue\(dark ? " dark" : "")\" x=\"\(fmt(x + cellW / 2))\" y=\"\(fmt(y + cellH / 2 + 4))\" text-anchor=\"middle\">\(Int((v * 100).rounded()))\(significant ? (up ? "▲" : "▼") : "")</text>"
                }
            }
        }
        // Legend.
        let ly = headerH + cellH * Double(themes.count) + 14
        svg += "<text class=\"axis\" x=\"\(fmt(labelW - 10))\" y=\"\(fmt(ly + 11))\" text-anchor=\"end\">share of documents</text>"
        for k in 0...5 {
            let v = top * Double(k) / 5
            svg += "<rect x=\"\(fmt(labelW + Double(k) * 46))\" y=\"\(fmt(ly))\" width=\"44\" height=\"14\" rx=\"2\" fill=\"\(heat(v, top: top))\"/>"
            svg += "<text class=\"axis\" x=\"\(fmt(labelW + Double(k) * 46 + 22))\" y=\"\(fmt(ly + 25))\" text-anchor=\"middle\">\(Int((v * 100).rounded()))%</text>"
        }
        svg += "<text class=\"axis\" x=\"\(fmt(labelW + 6 * 46 + 8))\" y=\"\(fmt(ly + 11))\">numbers are % of documents; ▲▼ significant change on the previous period</text>"
        return svg + "</svg>"
    }
}
