import CentricTrends

/// A keyword-in-context snippet shown under a theme's chart.
public struct ReportSnippet: Sendable, Equatable {
    public var theme: String
    public var language: String
    public var period: String
    public var left: String
    public var match: String
    public var right: String
    public var origin: String

    public init(theme: String, language: String, period: String, left: String, match: String, right: String, origin: String) {
        self.theme = theme
        self.language = language
        self.period = period
        self.left = left
        self.match = match
        self.right = right
        self.origin = origin
    }
}

/// Everything the report shows: an ungrouped trend table (period x theme), theme labels,
/// evidence snippets, and the run's identity.
public struct ReportInput: Sendable {
    public var table: TrendTable
    public var themeLabels: [String: String]
    public var snippets: [ReportSnippet]
    public var title: String
    public var version: String
    public var documents: Int

    public init(table: TrendTable, themeLabels: [String: String], snippets: [ReportSnippet], title: String = "Centric trend report", version: String, documents: Int) {
        self.table = table
        self.themeLabels = themeLabels
        self.snippets = snippets
        self.title = title
        self.version = version
        self.documents = documents
    }
}
