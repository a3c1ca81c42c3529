import Foundation
import Testing
@testable import CentricTrends

@Suite struct TrendTableTests {
    func observation(_ period: String, _ group: String, present: [Bool], hits: [Int], tokens: Int = 100, sentiment: Double = 0.5) -> TrendObservation {
        TrendObservation(period: period, groups: [group], tokens: tokens, themes: zip(present, hits).map {
            ThemeObservation(present: $0.0, hits: $0.1, mentionSentiments: Array(repeating: sentiment, count: $0.1))
        })
    }

    var sample: [TrendObservation] {
        var xs: [TrendObservation] = []
        for i in 0..<40 {
            let period = i < 20 ? "2025-01" : "2025-02"
            xs.append(observation(period, i % 2 == 0 ? "email" : "phone", present: [i % 3 == 0, i >= 20 && i % 2 == 0], hits: [i % 3 == 0 ? 2 : 0, i >= 20 && i % 2 == 0 ? 1 : 0], sentiment: i % 4 == 0 ? -0.5 : 0.4))
        }
        xs.append(observation("undated", "email", present: [true, false], hits: [1, 0]))
        return xs
    }

    @Test func metricsOfACell() throws {
        var aggregate = TrendAggregate(unit: .month, groupFields: ["channel"], themeIDs: ["a", "b"], lexiconDigest: "d")
        sample.forEach { aggregate.add($0) }
        let table = TrendTable(aggregate, options: TrendOptions(minimumDocuments: 5))
        #expect(table.rows.count == 5 * 2)
        let row = try #require(table.rows.first { $0.period == "2025-02" && $0.groups == ["email"] && $0.theme == "b" })
        #expect(row.documents == 10)
        #expect(row.documentsWithTheme == 10)
        #expect(row.share == 1)
        #expect(row.shareLow > 0.65 && row.shareLow < 0.75)
        #expect(row.change == 1)
        #expect((row.changePValue ?? 1) < 0.001)
        #expect(row.ratePer1k == 10)
        #expect(table.rows.last?.period == "undated")
        #expect(table.rows.last?.smallSample == true)
    }

    @Test func shardsMergeToTheSingleRunTableByteForByte() throws {
        var single = TrendAggregate(unit: .month, groupFields: ["channel"], themeIDs: ["a", "b"], lexiconDigest: "d")
        sample.forEach { single.add($0) }
        var generator = SystemRandomNumberGenerator()
        let shuffled = sample.shuffled(using: &generator)
        var shards = (0..<3).map { _ in TrendAggregate(unit: .month, groupFields: ["channel"], themeIDs: ["a", "b"], lexiconDigest: "d") }
        for (i, o) in shuffled.enumerated() { shards[i % 3].add(o) }
        var merged = shards[2]
        try merged.merge(shards[0])
        try merged.merge(shards[1])
        #expect(merged == single)
        #expect(TrendTable(merged).longCSV() == TrendTable(single).longCSV())
    }

    @Test func incompatiblePartialsRefuseToMerge() {
        var a = TrendAggregate(unit: .month, groupFields: [], themeIDs: ["a"], lexiconDigest: "d")
        let b = TrendAggregate(unit: .week, groupFields: [], themeIDs: ["a"], lexiconDigest: "d")
        #expect(throws: TrendAggregate.MergeError.self) { try a.merge(b) }
    }

    @Test func csvHeaderAndQuoting() {
        var aggregate = TrendAggregate(unit: .month, groupFields: ["source"], themeIDs: ["a"], lexiconDigest: "d")
        aggregate.add(TrendObservation(period: "2025-01", groups: ["Shop, \"Centre\""], tokens: 10, themes: [ThemeObservation(present: true, hits: 1, mentionSentiments: [0.2])]))
        let csv = TrendTable(aggregate).longCSV()
        let lines = csv.split(separator: "\n")
        #expect(lines[0] == "period,source,theme,documents,documents_with_theme,share,hits,rate_per_1k,share_low,share_high,mean_sentiment,net_sentiment,change,change_p,significant,small_sample,lexicon_digest,centric_version")
        #expect(lines[1].hasPrefix("2025-01,\"Shop, \"\"Centre\"\"\",a,1,1,1.0000,"))
    }

    @Test func wilsonAndMannKendall() throws {
        let w = Statistics.wilson(5, 10)
        #expect(abs(w.low - 0.2366) < 0.001 && abs(w.high - 0.7634) < 0.001)
        let up = try #require(Statistics.mannKendall([1, 2, 3, 4, 5, 6, 7, 8]))
        #expect(up.s == 28)
        #expect(up.pValue < 0.01)
        let flat = try #require(Statistics.mannKendall([3, 1, 3, 1, 3, 1]))
        #expect(flat.pValue > 0.3)
    }
}

@Suite struct NumberFormattingTests {
    @Test func fixedDecimalsWithoutFoundationFormatting() {
        #expect(CSVWriter.number(0.5, decimals: 4) == "0.5000")
        #expect(CSVWriter.number(1, decimals: 3) == "1.000")
        #expect(CSVWriter.number(0.00004, decimals: 4) == "0.0000")
        #expect(CSVWriter.number(-0.00004, decimals: 4) == "0.0000", "negative zero prints as zero")
        #expect(CSVWriter.number(-0.1234567, decimals: 4) == "-0.1235")
        #expect(CSVWriter.number(12.3456, decimals: 2) == "12.35")
        #expect(CSVWriter.number(1234.5, decimals: 0) == "1234")
        #expect(CSVWriter.number(0.07, decimals: 2) == "0.07")
        #expect(CSVWriter.number(Double?.none, decimals: 2) == "")
    }
}
