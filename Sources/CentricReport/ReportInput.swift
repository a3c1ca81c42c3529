import CentricTrends

/// A keyword-in-context snippet shown under a theme's chart.
public typealias ReportSnippet = TrendSnippet

/// Everything the report shows: an ungrouped trend table (period x theme) with its trend
/// directions, optionally the directions per group of the grouped table, theme labels, evidence
/// snippets from the latest period, and the run's identity (version and lexicon digest).
public struct ReportInput: Sendable {
    public var table: TrendTable
    /// Directions per (groups, theme) when the run was grouped (`--by`), shown as their own table.
    public var groupedTable: TrendTable?
    public var themeLabels: [String: String]
    public var snippets: [ReportSnippet]
    public var title: String
    public var version: String
    public var documents: Int

    public init(table: TrendTable, groupedTable: TrendTable? = nil, themeLabels: [String: String], snippets: [ReportSnippet],
                title: String = "Centric trend report", version: String, documents: Int? = nil) {
        self.table = table
        self.groupedTable = groupedTable
        self.themeLabels = themeLabels
        self.snippets = snippets
        self.title = title
        self.version = version
        self.documents = documents ?? table.documents
    }
}
