import Foundation
import Testing
@testable import CentricReport
import CentricTrends

@Suite struct ReportRendererTests {
    var table: TrendTable {
        var agg = TrendAggregate(unit: .month, groupFields: [], themeIDs: ["voice", "loyalty", "trust"], lexiconDigest: "abc123")
        for month in 1...6 {
            for i in 0..<30 {
                agg.add(TrendObservation(period: String(format: "2025-%02d", month), groups: [], tokens: 40, themes: [
                    ThemeObservation(present: i < month * 4, hits: 1, mentionSentiments: [0.3]),
                    ThemeObservation(present: month == 4 ? i < 20 : i < 3, hits: 0, mentionSentiments: []),
                    ThemeObservation(present: false, hits: 0, mentionSentiments: []),
                ]))
            }
        }
        agg.add(TrendObservation(period: "undated", groups: [], tokens: 4, themes: Array(repeating: ThemeObservation(present: true, hits: 1, mentionSentiments: []), count: 3)))
        return TrendTable(agg, centricVersion: "1.2.3")
    }

    func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

    @Test func oneChartPerThemeWithAPointPerPeriodAndAFullHeatmap() {
        let html = ReportRenderer().render(ReportInput(table: table, themeLabels: ["voice": "Voice <of> the customer"], snippets: [
            ReportSnippet(theme: "voice", language: "nl", period: "2025-06", left: "de ", match: "klant", right: " belde", origin: "a.csv#row=2"),
            ReportSnippet(theme: "voice", language: "en", period: "2025-06", left: "the ", match: "customer", right: " called", origin: "b.csv#row=3"),
        ], version: "1.2.3"))
        #expect(count("<svg class=\"chart\"", in: html) == 3)
        #expect(count("<circle class=\"point", in: html) == 3 * 6)
        #expect(count("<rect class=\"cell", in: html) == 3 * 6)
        #expect(html.contains("Voice &lt;of&gt; the customer"))
        #expect(html.contains("<mark>klant</mark>") && html.contains("Nederlands") && html.contains("English"))
        #expect(html.contains("lexicon abc123") && html.contains("Centric 1.2.3"))
        #expect(html.contains("1 undated"))
        #expect(html.contains("▲ rising"), "voice rises every month")
        #expect(html.contains("id=\"changes\""))
        #expect(count("<li class=\"up\">", in: html) >= 1 && count("<li class=\"down\">", in: html) >= 1, "loyalty jumps in April and falls back in May")
    }

    @Test func selfContained() {
        let html = ReportRenderer().render(ReportInput(table: table, themeLabels: [:], snippets: [], version: "1"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http") == false)
    }

    @Test func sameTableSameBytes() {
        let input = ReportInput(table: table, themeLabels: [:], snippets: [], version: "1")
        #expect(ReportRenderer().render(input) == ReportRenderer().render(input))
    }

    @Test func emptyTableStillRenders() {
        let empty = TrendTable(TrendAggregate(unit: .week, groupFields: [], themeIDs: ["a"], lexiconDigest: "d"))
        let html = ReportRenderer().render(ReportInput(table: empty, themeLabels: [:], snippets: [], version: "1"))
        #expect(html.contains("no dated documents"))
    }
}
