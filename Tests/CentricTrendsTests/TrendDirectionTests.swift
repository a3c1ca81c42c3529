import Foundation
import Testing
@testable import CentricTrends

@Suite struct TrendDirectionTests {
    /// A monthly aggregate where theme `a` rises steadily in group `x` and stays flat in `y`.
    var aggregate: TrendAggregate {
        var agg = TrendAggregate(unit: .month, groupFields: ["g"], themeIDs: ["a", "b"], lexiconDigest: "d")
        for month in 1...10 {
            for i in 0..<20 {
                let period = String(format: "2025-%02d", month)
                agg.add(TrendObservation(period: period, groups: ["x"], tokens: 50, themes: [
                    ThemeObservation(present: i < month * 2, hits: i < month * 2 ? 1 : 0, mentionSentiments: []),
                    ThemeObservation(present: i % 2 == 0, hits: 0, mentionSentiments: []),
                ]))
                agg.add(TrendObservation(period: period, groups: ["y"], tokens: 50, themes: [
                    ThemeObservation(present: i < 5, hits: 0, mentionSentiments: []),
                    ThemeObservation(present: false, hits: 0, mentionSentiments: []),
                ]))
            }
        }
        agg.add(TrendObservation(period: "undated", groups: ["x"], tokens: 5, themes: [
            ThemeObservation(present: true, hits: 1, mentionSentiments: []), ThemeObservation(present: true, hits: 1, mentionSentiments: []),
        ]))
        return agg
    }

    @Test func risingFlatAndAbsentSeries() throws {
        let table = TrendTable(aggregate)
        let d = Dictionary(uniqueKeysWithValues: table.directions.map { ($0.groups[0] + "/" + $0.theme, $0) })
        let rising = try #require(d["x/a"])
        #expect(rising.direction == .increasing)
        #expect(rising.periods == 10, "undated is not a period of the series")
        #expect(rising.tau == 1)
        #expect((rising.pValue ?? 1) < 0.001)
        #expect(abs((rising.slope ?? 0) - 0.1) < 1e-9, "two more documents in 20 each month: 10 points per month")
        #expect(d["x/b"]?.direction == TrendDirection.Direction.none)
        #expect(d["y/a"]?.direction == TrendDirection.Direction.none)
        #expect(d["y/a"]?.pValue == 1, "a constant share is no trend")
        #expect(d["y/b"]?.slope == 0)
        #expect(table.directions.map { $0.groups[0] + $0.theme } == ["xa", "xb", "ya", "yb"])
    }

    @Test func slopeCountsMissingPeriods() {
        // Shares 0.1, 0.2, 0.3 in January, February and April: pairwise slopes 0.1, 0.2/3 and 0.05.
        let slope = Statistics.sensSlope(times: [0, 1, 3], values: [0.1, 0.2, 0.3])
        #expect(slope.map { abs($0 - 0.2 / 3) < 1e-9 } == true)
        #expect(Statistics.sensSlope(times: [0, 2, 4], values: [0.1, 0.2, 0.3]).map { abs($0 - 0.05) < 1e-9 } == true)
    }

    @Test func fewerThanThreePeriodsHaveNoTest() throws {
        var agg = TrendAggregate(unit: .year, groupFields: [], themeIDs: ["a"], lexiconDigest: "d")
        for year in ["2024", "2025"] {
            agg.add(TrendObservation(period: year, groups: [], tokens: 1, themes: [ThemeObservation(present: year == "2025", hits: 0, mentionSentiments: [])]))
        }
        let d = try #require(TrendTable(agg).directions.first)
        #expect(d.direction == .none && d.tau == nil && d.pValue == nil && d.slope == nil && d.periods == 2)
        #expect(TrendTable(agg).directionsCSV().split(separator: "\n")[1] == "a,2,no trend,,,,2024,2025,d,unknown")
    }

    @Test func ordinalsOfEveryUnit() {
        #expect(PeriodLabeler.ordinal("1970-01-01", unit: .day) == 0)
        #expect(PeriodLabeler.ordinal("2025-03-01", unit: .day)! - PeriodLabeler.ordinal("2025-02-28", unit: .day)! == 1)
        #expect(PeriodLabeler.ordinal("2025-W01", unit: .week)! - PeriodLabeler.ordinal("2024-W52", unit: .week)! == 1)
        #expect(PeriodLabeler.ordinal("2021-W01", unit: .week)! - PeriodLabeler.ordinal("2020-W53", unit: .week)! == 1)
        #expect(PeriodLabeler.ordinal("1969-W01", unit: .week)! - PeriodLabeler.ordinal("1968-W52", unit: .week)! == 1)
        #expect(PeriodLabeler.ordinal("2025-01", unit: .month)! - PeriodLabeler.ordinal("2024-12", unit: .month)! == 1)
        #expect(PeriodLabeler.ordinal("2025-Q1", unit: .quarter)! - PeriodLabeler.ordinal("2024-Q4", unit: .quarter)! == 1)
        #expect(PeriodLabeler.ordinal("2025", unit: .year) == 2025)
        #expect(PeriodLabeler.ordinal("undated", unit: .month) == nil)
        #expect(PeriodLabeler.ordinal("2025-03", unit: .week) == nil)
    }

    @Test func regroupingSumsCellsExactly() throws {
        let agg = aggregate
        let overall = try agg.regrouped(by: [])
        #expect(overall.groupFields.isEmpty)
        #expect(overall.cells[.init(period: "2025-01", groups: [])]?.documents == 40)
        #expect(overall.cells[.init(period: "undated", groups: [])]?.themes[1].documentsWithTheme == 1)
        #expect(throws: TrendAggregate.MergeError.self) { try agg.regrouped(by: ["nope"]) }
    }

    @Test func jsonRoundTripsTheTable() throws {
        let table = TrendTable(aggregate, options: TrendOptions(minimumDocuments: 25), centricVersion: "9.9")
        let doc = TrendJSON.Document(table: table, overall: TrendTable(try aggregate.regrouped(by: []), centricVersion: "9.9"),
                                     themeLabels: ["a": "Theme \"A\"\n"], snippets: [TrendSnippet(theme: "a", language: "nl", period: "2025-10", left: "één ", match: "klant", right: " \\ ok", origin: "x.csv#row=1")])
        let json = TrendJSON.encode(doc)
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let back = try TrendJSON.decode(Data(json.utf8))
        #expect(back.table.rows.count == table.rows.count)
        #expect(back.table.directions.map(\.direction) == table.directions.map(\.direction))
        #expect(back.table.rows.first?.groups == ["x"])
        #expect(back.table.options.minimumDocuments == 25)
        #expect(back.table.centricVersion == "9.9")
        #expect(back.overall?.rows.count == 11 * 2)
        #expect(back.themeLabels["a"] == "Theme \"A\"\n")
        #expect(back.snippets == doc.snippets)
        #expect(TrendJSON.encode(back) == json, "what is read back writes the same bytes")
    }

    @Test func markdownNamesProvenanceAndMarksChanges() {
        let md = TrendMarkdown.render(TrendTable(aggregate, centricVersion: "9.9"), themeLabels: ["a": "A | pipe"])
        #expect(md.contains("Centric 9.9 · lexicon digest `d`"))
        #expect(md.contains("### g=x"))
        #expect(md.contains("A \\| pipe"))
        #expect(md.contains("▲ increasing"))
        #expect(md.contains("## All metrics"))
    }
}
