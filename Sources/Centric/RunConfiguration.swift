import CentricIngest
import CentricTrends
import Foundation

/// Everything a run needs, validated once: the CLI resolves its flags into this value and the
/// defaults live here and nowhere else.
public struct RunConfiguration: Sendable {
    /// Folders, files or URLs to read, as the user wrote them.
    public var sources: [String]
    /// The folder relative paths are reported against (the current directory).
    public var root: URL
    public var lexicons: URL
    public var outputDirectory: URL
    public var period: PeriodUnit
    public var groupBy: [String]
    public var timeZone: TimeZone
    /// The time zone as the user named it (Foundation reports UTC as "GMT").
    public var timeZoneName: String
    /// Languages scored; others are reported as detected but get no theme hits.
    public var languages: [String]
    public var workers: Int
    public var ingest: IngestOptions
    public var writeEvidence: Bool
    public var writeReport: Bool
    public var trendOptions: TrendOptions
    /// When set, documents and scores are also saved to this SQLite store.
    public var storePath: String?
    /// Write the aggregate state (`partial.json`) for `centric merge`.
    public var writePartial: Bool
    /// Also write trends in wide format (`trends-wide.csv`).
    public var writeWide: Bool
    /// Files listing URLs, one per line (`--urls FILE`), read after `sources`.
    public var urlLists: [String] = []
    /// Keep near-duplicate articles (reported as warnings) instead of skipping them.
    public var keepNearDuplicates = false

    public static let defaultSources = ["Corpora"]
    public static let defaultLexicons = "Lexicons"
    public static let defaultOutput = "out"

    public init(
        sources: [String] = RunConfiguration.defaultSources,
        root: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        lexicons: URL? = nil, outputDirectory: URL? = nil, period: PeriodUnit = .month, groupBy: [String] = [],
        timeZone: String = "UTC", languages: [String] = ["en", "nl"],
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, ingest: IngestOptions = IngestOptions(),
        writeEvidence: Bool = true, writeReport: Bool = true, trendOptions: TrendOptions = TrendOptions(),
        storePath: String? = nil, writePartial: Bool = false, writeWide: Bool = false
    ) {
        self.sources = sources
        self.root = root
        self.lexicons = lexicons ?? root.appendingPathComponent(Self.defaultLexicons)
        self.outputDirectory = outputDirectory ?? root.appendingPathComponent(Self.defaultOutput)
        self.period = period
        self.groupBy = groupBy
        self.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        self.timeZoneName = timeZone
        self.languages = languages
        self.workers = max(1, workers)
        self.ingest = ingest
        self.writeEvidence = writeEvidence
        self.writeReport = writeReport
        self.trendOptions = trendOptions
        self.storePath = storePath
        self.writePartial = writePartial
        self.writeWide = writeWide
    }
}
