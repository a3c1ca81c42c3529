import ArgumentParser
import Centric
import CentricIngest
import Foundation

/// How sources are read: record layout, URL fetching, de-duplication (shared by `run` and `score`).
/// Unset options keep the library's defaults (`IngestOptions`, `FetchPolicy`).
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Skip files read whole above this many bytes.")
    var maxBytes: Int = IngestOptions.defaultMaxBytes
    @Option(name: .long, help: "Record column holding the text (default: detected).")
    var text: String?
    @Option(name: .long, help: "Record column holding the date (default: detected).")
    var date: String?
    @Option(name: .long, help: "Record column holding the record id (default: detected, else the row number).")
    var id: String?
    @Option(name: .customLong("lang"), help: "Record column holding the language (default: detected).")
    var langColumn: String?
    @Option(name: .customLong("field"), help: "Record column to keep as a segment field (repeatable; default: short columns).")
    var fields: [String] = []
    @Option(name: .long, help: "Date layout of record date columns: iso, dd-mm-yyyy, mm/dd/yyyy or excel-serial (default: decided per file).")
    var dateFormat: RecordDateFormat?
    @Option(name: .long, help: "CSV separator: , ; | or tab (default: sniffed per file).")
    var delimiter: String?
    @Flag(name: .long, help: "CSV files have no header row (columns are column1, column2...).")
    var noHeader = false
    @Option(name: .long, help: "Only read files inside folders that match this glob (repeatable).")
    var include: [String] = []
    @Option(name: .long, help: "Leave out files and folders that match this glob (repeatable, .centricignore syntax).")
    var exclude: [String] = []

    @Option(name: .customLong("urls"), help: "A file of URLs, one per line, to fetch and read (repeatable).")
    var urlLists: [String] = []
    @Flag(name: .long, help: "Read each feed item's linked page instead of the item's own content.")
    var followLinks = false
    @Option(name: .long, help: "Folder for the HTTP cache (ETag/Last-Modified and last bodies; default: .centric-cache in the output folder, or the current folder).")
    var cache: String?
    @Flag(name: .long, help: "Do not use or write the HTTP cache (no conditional requests).")
    var noCache = false
    @Flag(name: .long, help: "Skip URLs the server reports unchanged since the last run (HTTP 304) instead of reading the cached copy.")
    var skipUnchanged = false
    @Option(name: .long, help: "Seconds without data from a server before a fetch fails (default: 30).")
    var timeout: Double?
    @Option(name: .long, help: "Redirects followed per URL (default: 5).")
    var maxRedirects: Int?
    @Option(name: .long, help: "Retries after HTTP 429/5xx or a dropped connection (default: 3).")
    var retries: Int?
    @Option(name: .long, help: "Least seconds between two requests to one host (default: 1).")
    var hostDelay: Double?

    @Flag(name: .long, help: "Keep near-duplicate articles (reported as warnings) instead of skipping them.")
    var keepNearDuplicates = false

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        _ = try delimiterByte()
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be positive") }
        if let maxRedirects, maxRedirects < 0 { throw ValidationError("--max-redirects must be 0 or more") }
        if let retries, retries < 0 { throw ValidationError("--retries must be 0 or more") }
        if let hostDelay, hostDelay < 0 { throw ValidationError("--host-delay must be 0 or more") }
    }

    func delimiterByte() throws -> UInt8? {
        guard let delimiter else { return nil }
        switch delimiter.lowercased() {
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case "comma": return UInt8(ascii: ",")
        case "semicolon": return UInt8(ascii: ";")
        case "pipe": return UInt8(ascii: "|")
        default:
            guard delimiter.utf8.count == 1, let byte = delimiter.utf8.first, byte >= 0x20, byte < 0x7F,
                  byte != UInt8(ascii: "\""), !(0x30...0x39).contains(byte), !(0x41...0x5A).contains(byte), !(0x61...0x7A).contains(byte) else {
                throw ValidationError("--delimiter must be one punctuation character (, ; | ...) or 'tab', not '\(delimiter)'")
            }
            return byte
        }
    }

    /// The reading options these flags describe. The HTTP cache goes to `--cache`, else
    /// `.centric-cache` under `cacheBase`.
    func ingestOptions(cacheBase: URL) throws -> IngestOptions {
        let mapping = RecordMapping(text: text, date: date, id: id, lang: langColumn, fields: fields.isEmpty ? nil : fields,
                                    dateFormat: dateFormat)
        var fetch = FetchPolicy()
        if let timeout { fetch.readTimeout = timeout }
        if let maxRedirects { fetch.maxRedirects = maxRedirects }
        if let retries { fetch.retries = retries }
        if let hostDelay { fetch.hostDelay = hostDelay }
        fetch.skipUnchanged = skipUnchanged
        if !noCache {
            fetch.cacheDirectory = cache.map { URL(fileURLWithPath: $0) } ?? cacheBase.appendingPathComponent(".centric-cache")
        }
        return IngestOptions(
            mapping: mapping, include: include, exclude: exclude, maxBytes: maxBytes,
            delimiter: try delimiterByte(), hasHeader: noHeader ? false : nil, fetch: fetch, followLinks: followLinks)
    }
}

extension RecordDateFormat: ExpressibleByArgument {}
