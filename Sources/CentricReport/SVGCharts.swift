import CentricTrends
import Foundation

/// SVG charts drawn by Centric itself (no scripts, no CDN), so the report is one offline file.
enum SVGCharts {
    static func fmt(_ x: Double) -> String { String(format: "%.1f", x) }

    /// A line chart of a theme's share per period with its 95% Wilson band. Each point is a
    /// `<circle class="point">` with a `<title>` tooltip, so tests and screen readers can count them.
    static func shareChart(theme: String, label: String, rows: [TrendRow], width: Double = 560, height: Double = 220) -> String {
        let left = 44.0, right = 12.0, top = 14.0, bottom = 40.0
        let plotW = width - left - right, plotH = height - top - bottom
        let n = rows.count
        let maxShare = max(0.05, (rows.map(\.shareHigh).max() ?? 0))
        let yMax = min(1, (maxShare * 10).rounded(.up) / 10)
        func x(_ i: Int) -> Double { n <= 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(n - 1) }
        func y(_ v: Double) -> Double { top + plotH * (1 - v / yMax) }

        var svg = "<svg class=\"chart\" data-theme=\"\(theme.htmlEscaped)\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Share of documents with \(label.htmlEscaped) per period\" xmlns=\"http://www.w3.org/2000/svg\">"
        // Grid and y axis labels.
        for k in 0...4 {
            let v = yMax * Double(k) / 4
            svg += "<line x1=\"\(fmt(left))\" x2=\"\(fmt(width - right))\" y1=\"\(fmt(y(v)))\" y2=\"\(fmt(y(v)))\" class=\"grid\"/>"
            svg += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y(v) + 4))\" class=\"axis\" text-anchor=\"end\">\(Int((v * 100).rounded()))%</text>"
        }
        guard n > 0 else { return svg + "</svg>" }
        // Interval band.
        var band = ""
        for (i, r) in rows.enumerated() { band += (i == 0 ? "M" : "L") + "\(fmt(x(i))),\(fmt(y(r.shareHigh)))" }
        for (i, r) in rows.enumerated().reversed() { band += "L\(fmt(x(i))),\(fmt(y(r.shareLow)))" }
        svg += "<path d=\"\(band)Z\" class=\"band\"/>"
        var line = ""
        for (i, r) in rows.enumerated() { line += (i == 0 ? "M" : "L") + "\(fmt(x(i))),\(fmt(y(r.share)))" }
        svg += "<path d=\"\(line)\" class=\"line\"/>"
        let labelEvery = max(1, Int((Double(n) / 8).rounded(.up)))
        for (i, r) in rows.enumerated() {
            let significant = (r.changePValue ?? 1) < 0.05
            svg += "<circle class=\"point\(significant ? " significant" : "")\" cx=\"\(fmt(x(i)))\" cy=\"\(fmt(y(r.share)))\" r=\"\(significant ? 5 : 3.5)\">"
            svg += "<title>\(r.period.htmlEscaped): \(String(format: "%.1f", r.share * 100))% of \(r.documents) documents (95% CI \(String(format: "%.1f", r.shareLow * 100))–\(String(format: "%.1f", r.shareHigh * 100))%)</title></circle>"
            if i % labelEvery == 0 || i == n - 1 {
                svg += "<text x=\"\(fmt(x(i)))\" y=\"\(fmt(height - bottom + 16))\" class=\"axis\" text-anchor=\"middle\">\(r.period.htmlEscaped)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// A heatmap of theme x period shares; darker is a higher share.
    static func heatmap(themes: [(id: String, label: String)], periods: [String], share: (String, String) -> TrendRow?) -> String {
        let cell = 34.0, labelW = 190.0, headerH = 64.0
        let width = labelW + cell * Double(periods.count) + 10
        let height = headerH + cell * Double(themes.count) + 10
        var svg = "<svg class=\"heatmap\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Theme by period heatmap\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (j, p) in periods.enumerated() {
            let x = labelW + cell * Double(j) + cell / 2
            svg += "<text class=\"axis\" transform=\"translate(\(fmt(x)),\(fmt(headerH - 6))) rotate(-50)\">\(p.htmlEscaped)</text>"
        }
        for (i, t) in themes.enumerated() {
            let y = headerH + cell * Double(i)
            svg += "<text class=\"axis\" x=\"\(fmt(labelW - 8))\" y=\"\(fmt(y + cell / 2 + 4))\" text-anchor=\"end\">\(t.label.htmlEscaped)</text>"
            for (j, p) in periods.enumerated() {
                let x = labelW + cell * Double(j)
                let row = share(t.id, p)
                let v = row?.share ?? 0
                let lightness = 97 - 62 * min(1, v / 0.6)
                svg += "<rect class=\"cell\" x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(cell - 2))\" height=\"\(fmt(cell - 2))\" fill=\"hsl(205,70%,\(fmt(lightness))%)\">"
                svg += "<title>\(t.label.htmlEscaped), \(p.htmlEscaped): \(String(format: "%.1f", v * 100))% (\(row?.documentsWithTheme ?? 0)/\(row?.documents ?? 0))</title></rect>"
            }
        }
        return svg + "</svg>"
    }
}
