import CentricReport
import CentricTrends
import Foundation

/// Every file written from a trend aggregate, in one place, so `run`, `trends`, `merge` and
/// `report` write the same bytes for the same counts: `trends.csv` (long), `trend_directions.csv`,
/// `trends.json`, `trends.md`, and on request `trends-wide.csv`, `partial.json` and `report.html`.
/// Each names the lexicon digest and the Centric version that produced it.
public struct TrendOutputs: Sendable {
    public var aggregate: TrendAggregate
    public var options: TrendOptions
    /// Display label per theme id (the lexicon's English label).
    public var themeLabels: [String: String]
    /// KWIC snippets from the latest period, for `trends.json` and the report.
    public var snippets: [TrendSnippet]
    public var title = "Centric trend report"

    public init(aggregate: TrendAggregate, options: TrendOptions, themeLabels: [String: String] = [:], snippets: [TrendSnippet] = []) {
        self.aggregate = aggregate
        self.options = options
        self.themeLabels = themeLabels
        self.snippets = snippets
    }

    /// The table as grouped (`--by`).
    public var table: TrendTable { TrendTable(aggregate, options: options, centricVersion: CentricVersion.string) }

    /// The table without groups (period x theme), summed exactly from the grouped counts; `nil`
    /// when the aggregate has no groups.
    public var overallTable: TrendTable? {
        guard !aggregate.groupFields.isEmpty, let overall = try? aggregate.regrouped(by: []) else { return nil }
        return TrendTable(overall, options: options, centricVersion: CentricVersion.string)
    }

    public func json() -> String {
        TrendJSON.encode(TrendJSON.Document(table: table, overall: overallTable, themeLabels: themeLabels, snippets: snippets))
    }

    public func markdown() -> String {
        TrendMarkdown.render(table, themeLabels: themeLabels, title: "Centric trends")
    }

    public func report() -> String {
        let grouped = table
        let input = ReportInput(table: overallTable ?? grouped, groupedTable: grouped.groupFields.isEmpty ? nil : grouped,
                                themeLabels: themeLabels, snippets: snippets, title: title, version: CentricVersion.string)
        return ReportRenderer().render(input)
    }

    /// The report from a `trends.json` read back (`centric report --from trends.json`).
    public static func report(from document: TrendJSON.Document, title: String = "Centric trend report") -> String {
        let grouped = document.table
        let input = ReportInput(table: document.overall ?? grouped, groupedTable: grouped.groupFields.isEmpty ? nil : grouped,
                                themeLabels: document.themeLabels, snippets: document.snippets, title: title,
                                version: CentricVersion.string, documents: grouped.documents)
        return ReportRenderer().render(input)
    }

    /// Which optional files to write besides the four always written.
    public struct Extras: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let wide = Extras(rawValue: 1)
        public static let partial = Extras(rawValue: 2)
        public static let report = Extras(rawValue: 4)
    }

    /// Writes the files into `directory` and returns their URLs in the order written.
    @discardableResult
    public func write(to directory: URL, extras: Extras) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var files: [URL] = []
        func write(_ name: String, _ text: String) throws {
            let url = directory.appendingPathComponent(name)
            try Data(text.utf8).write(to: url, options: .atomic)
            files.append(url)
        }
        let table = self.table
        try write("trends.csv", table.longCSV())
        try write("trend_directions.csv", table.directionsCSV())
        try write("trends.json", json())
        try write("trends.md", markdown())
        if extras.contains(.wide) { try write("trends-wide.csv", table.wideCSV()) }
        if extras.contains(.partial) { try write("partial.json", String(decoding: try PartialFile.encode(aggregate), as: UTF8.self)) }
        if extras.contains(.report) { try write("report.html", report()) }
        return files
    }
}

extension Engine {
    /// Each theme's display label (English, else the id), for tables and the report.
    public var themeLabels: [String: String] {
        Dictionary(lexicon.lexicon.themes.map { ($0.id, $0.label("en")) }, uniquingKeysWith: { a, _ in a })
    }
}
