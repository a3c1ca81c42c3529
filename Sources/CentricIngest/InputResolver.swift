import Foundation

/// The reading options that apply to every input of a run, resolved once from the command line
/// (DESIGN.md: defaults live in one place).
public struct IngestOptions: Sendable, Equatable {
    /// How record files (CSV, TSV, JSON lines) map onto documents.
    public var mapping: RecordMapping
    /// A CSV dialect to use instead of sniffing each file's.
    public var dialect: CSVDialect?
    /// Globs a file inside a folder must match to be read (none: every file).
    public var include: [String]
    /// Globs of files and folders to leave out, in `.centricignore` syntax.
    public var exclude: [String]
    /// Files read whole (pages, feeds, text, JSON arrays) above this size are skipped as too large.
    /// Record files are streamed, so their size is not limited, only each record's.
    public var maxBytes: Int
    /// The longest CSV record or JSON line accepted (a longer one is almost always an unclosed quote).
    public var maxRecordBytes: Int
    /// The ignore file read at the root of a folder.
    public var ignoreFileName: String
    /// The CSV separator (`--delimiter`); sniffed per file when `nil`.
    public var delimiter: UInt8?
    /// Whether CSV files start with a header row (`--no-header` sets `false`); sniffed when `nil`.
    public var hasHeader: Bool?
    /// How URLs (arguments, URL lists, feed links) are fetched.
    public var fetch: FetchPolicy
    /// Read each feed item's linked page instead of the item's own content (`--follow-links`).
    public var followLinks: Bool

    /// 50 MB: far above any article or feed, low enough that one stray dump cannot exhaust memory.
    public static let defaultMaxBytes = 50 * 1024 * 1024

    public init(
        mapping: RecordMapping = .automatic, dialect: CSVDialect? = nil, include: [String] = [],
        exclude: [String] = [], maxBytes: Int = IngestOptions.defaultMaxBytes, maxRecordBytes: Int = 16 << 20,
        ignoreFileName: String = ".centricignore", delimiter: UInt8? = nil, hasHeader: Bool? = nil,
        fetch: FetchPolicy = FetchPolicy(), followLinks: Bool = false
    ) {
        self.delimiter = delimiter
        self.hasHeader = hasHeader
        self.fetch = fetch
        self.followLinks = followLinks
        self.mapping = mapping
        self.dialect = dialect
        self.include = include
        self.exclude = exclude
        self.maxBytes = maxBytes
        self.maxRecordBytes = maxRecordBytes
        self.ignoreFileName = ignoreFileName
    }
}

/// What a file holds, decided from its first bytes and, failing that, its extension.
public enum InputKind: String, Sendable, Equatable {
    case csv, jsonLines, feed, html, text
}

/// Turns a user's source argument (a file, a folder or an http(s) URL) into `Source`s.
///
/// A folder is walked recursively in sorted order (byte order of the names, so every machine
/// reads in the same order). Hidden entries, entries matched by the folder's `.centricignore`
/// or by `exclude`, and files not matched by `include` are reported as skipped: an ignored
/// folder once, not file by file. Origins are the user's argument joined with the path inside
/// the folder, so they are relative whenever the argument was.
public struct InputResolver: Sendable {
    public let options: IngestOptions
    /// Fetches every URL of the run (it keeps the per-host state: robots.txt, delays).
    public let fetcher: URLFetcher

    /// The name `-` (standard input) is reported under, and its records' source.
    public static let standardInputName = "stdin"

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
        var policy = options.fetch
        policy.maxBytes = options.maxBytes
        self.fetcher = URLFetcher(policy: policy)
    }

    /// The sources for `argument`, a path relative to `root` (the current directory) or absolute.
    public func sources(for argument: String, relativeTo root: URL) -> [any Source] {
        var sources: [any Source] = []
        try? forEachSource(for: argument, relativeTo: root) { sources.append($0) }
        return sources
    }

    /// Streams the sources for `argument` as the walk finds them, so a huge folder is never
    /// listed in memory whole.
    public func forEachSource(
        for argument: String, relativeTo root: URL, _ body: (any Source) throws -> Void
    ) throws {
        let prefix = Self.displayPrefix(argument)
        if argument.lowercased().hasPrefix("http://") || argument.lowercased().hasPrefix("https://") {
            try body(URLInput(origin: argument, options: options, fetcher: fetcher))
            return
        }
        if argument == "-" {
            // Standard input is JSON lines (`centric score --jsonl -` under Spark's RDD.pipe),
            // read as it arrives.
            try body(JSONLinesReader(input: .stdin, origin: Self.standardInputName, sourceName: Self.standardInputName,
                                     mapping: options.mapping, maxRecordBytes: options.maxRecordBytes))
            return
        }
        let url = argument.hasPrefix("/") ? URL(fileURLWithPath: argument) : root.appendingPathComponent(argument)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            try body(FailedInput(origin: argument, error: IngestError(.unreadable,
                "no such file or folder; check the path (it is read relative to the current directory)")))
            return
        }
        guard isDirectory.boolValue else {
            try file(url, origin: prefix.isEmpty ? argument : prefix, size: nil, body)
            return
        }
        var rules = IgnoreRules()
        for pattern in options.exclude { rules.add(pattern, origin: "--exclude \(pattern)") }
        let ignoreFile = url.appendingPathComponent(options.ignoreFileName)
        if let text = try? String(contentsOf: ignoreFile, encoding: .utf8) {
            for line in text.split(whereSeparator: \.isNewline) {
                rules.add(String(line), origin: "\(options.ignoreFileName): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        var includes = IgnoreRules()
        for pattern in options.include { includes.add(pattern, origin: "--include \(pattern)") }
        try walk(url, relative: "", prefix: prefix, rules: rules, includes: includes, body)
    }

    private func walk(
        _ folder: URL, relative: String, prefix: String, rules: IgnoreRules, includes: IgnoreRules,
        _ body: (any Source) throws -> Void
    ) throws {
        func origin(_ path: String) -> String { prefix.isEmpty ? path : "\(prefix)/\(path)" }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            try body(FailedInput(origin: origin(relative) + "/", error: IngestError(.unreadable, "the folder cannot be listed; check its permissions")))
            return
        }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            let url = folder.appendingPathComponent(name)
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey, .fileSizeKey])
            let isSymlink = values?.isSymbolicLink ?? false
            var isDirectory = values?.isDirectory ?? false
            if isSymlink {
                var target: ObjCBool = false
                isDirectory = FileManager.default.fileExists(atPath: url.path, isDirectory: &target) && target.boolValue
            }
            if name.hasPrefix(".") {
                if relative.isEmpty && name == options.ignoreFileName { continue }
                try body(SkippedInput(origin: origin(path) + (isDirectory ? "/" : ""), rejection: .excluded(rule: "hidden")))
                continue
            }
            if let rule = rules.matchingRule(path, isDirectory: isDirectory) {
                try body(SkippedInput(origin: origin(path) + (isDirectory ? "/" : ""), rejection: .excluded(rule: rule)))
                continue
            }
            if isDirectory {
                if isSymlink {
                    // Links to folders can loop back; a user who wants one names it directly.
                    try body(SkippedInput(origin: origin(path) + "/", rejection: .excluded(rule: "symbolic link to a folder (not followed)")))
                    continue
                }
                try walk(url, relative: path, prefix: prefix, rules: rules, includes: includes, body)
                continue
            }
            if !includes.isEmpty && includes.matchingRule(path, isDirectory: false) == nil {
                try body(SkippedInput(origin: origin(path), rejection: .excluded(rule: "not matched by --include")))
                continue
            }
            try file(url, origin: origin(path), size: values?.fileSize, body)
        }
    }

    /// Streams the URLs of a URL list (`--urls FILE`), each an input of its own.
    public func forEachURL(inList argument: String, relativeTo root: URL, _ body: (any Source) throws -> Void) throws {
        let url = argument.hasPrefix("/") ? URL(fileURLWithPath: argument) : root.appendingPathComponent(argument)
        let origin = Self.displayPrefix(argument)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return try body(FailedInput(origin: origin, error: IngestError(.unreadable,
                "no such URL list; check the path given to --urls")))
        }
        let input: ByteInput = url.pathExtension.lowercased() == "gz" ? .gzip(url) : .file(url)
        try URLList(input: input, origin: origin).forEach(options: options, fetcher: fetcher, body)
    }

    /// One file: a URL list expands to its URLs; anything else is one source.
    private func file(_ url: URL, origin: String, size: Int?, _ body: (any Source) throws -> Void) throws {
        let ext = url.pathExtension.lowercased()
        if ext == "urls" || (["txt", "text"].contains(ext) && Self.head(of: url).map(URLList.looksLikeList) == true) {
            return try URLList(input: .file(url), origin: origin).forEach(options: options, fetcher: fetcher, body)
        }
        try body(source(forFile: url, origin: origin, size: size))
    }

    /// The argument as origins show it: trailing slashes and leading `./` removed; `.` is empty.
    static func displayPrefix(_ argument: String) -> String {
        var prefix = argument
        while prefix.count > 1 && prefix.hasSuffix("/") { prefix.removeLast() }
        while prefix.hasPrefix("./") { prefix.removeFirst(2) }
        return prefix == "." ? "" : prefix
    }

    // MARK: - One file

    /// The reader for one file, chosen from its first bytes and its extension, or a skip that says why.
    public func source(forFile url: URL, origin: String) -> any Source {
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize
        return source(forFile: url, origin: origin, size: size)
    }

    private func source(forFile url: URL, origin: String, size: Int?) -> any Source {
        let ext = url.pathExtension.lowercased()
        guard let head = Self.head(of: url) else {
            return FailedInput(origin: origin, error: IngestError(.unreadable, "the file cannot be opened; check its permissions"))
        }
        if head.isEmpty { return SkippedInput(origin: origin, rejection: .empty) }
        if GzipInflater.isGzip(head) || ext == "gz" {
            return gzipSource(url, origin: origin)
        }
        if let binary = TextDecoder.binaryKind(head) {
            return SkippedInput(origin: origin, rejection: .notText(detected: binary))
        }
        guard let kind = Self.kind(head: head, extension: ext) else {
            return SkippedInput(origin: origin, rejection: .unsupported(
                "unknown file type \(ext.isEmpty ? "(no extension)" : "'.\(ext)'"); name it .txt, .csv, .jsonl, .html or .xml to read it"))
        }
        let isArray = Self.firstSignificantByte(head) == UInt8(ascii: "[")
        let readWhole = kind == .feed || kind == .html || kind == .text || (kind == .jsonLines && isArray)
        if readWhole, let size, size > options.maxBytes {
            return SkippedInput(origin: origin, rejection: .tooLarge(bytes: size, limit: options.maxBytes))
        }
        return reader(kind, input: .file(url), origin: origin, fileName: url.lastPathComponent)
    }

    /// The reader for `kind` over `input`; `fileName` names records and feeds.
    private func reader(_ kind: InputKind, input: ByteInput, origin: String, fileName: String) -> any Source {
        switch kind {
        case .csv:
            // A `.tsv` name makes sniffing prefer tabs (CSVRecordReader looks at the name).
            var reader = CSVRecordReader(input: input, origin: origin, sourceName: fileName, mapping: options.mapping,
                                         dialect: options.dialect, maxRecordBytes: options.maxRecordBytes)
            reader.delimiter = options.delimiter
            reader.hasHeader = options.hasHeader
            return reader
        case .jsonLines:
            return JSONLinesReader(input: input, origin: origin, sourceName: fileName, mapping: options.mapping,
                                   maxRecordBytes: options.maxRecordBytes)
        case .feed:
            var reader = FeedReader(input: input, origin: origin, sourceName: fileName)
            reader.maxBytes = options.maxBytes
            if options.followLinks { reader.linkFetcher = fetcher }
            return reader
        case .html:
            if case let .file(url) = input {
                return HTMLPageSource(path: url.path, origin: origin, extractor: HTMLExtractor(maxBytes: options.maxBytes))
            }
            return WholeInput(input: input, origin: origin, limit: options.maxBytes) { data, emit in
                try HTMLPageSource(data: data, origin: origin, extractor: HTMLExtractor(maxBytes: options.maxBytes)).read(emit)
            }
        case .text:
            return PlainTextSource(input: input, origin: origin,
                                   isMarkdown: ["md", "markdown"].contains((fileName as NSString).pathExtension.lowercased()))
        }
    }

    // MARK: - gzip

    /// A `.gz` file: its type is sniffed from the first decompressed bytes and the name inside
    /// (`export.csv.gz` is a CSV export whose records keep the ids of `export.csv`); records
    /// stream through the inflater, pages and feeds are inflated whole (up to `maxBytes`).
    private func gzipSource(_ url: URL, origin: String) -> any Source {
        var inner = url.lastPathComponent
        if inner.lowercased().hasSuffix(".gz") { inner.removeLast(3) }
        if inner.lowercased().hasSuffix(".tgz") { return SkippedInput(origin: origin, rejection: .notText(detected: "gzip-compressed tar archive")) }
        let head: [UInt8]
        do {
            var reader = try ByteInput.gzip(url).open()
            defer { reader.close() }
            var bytes: [UInt8] = []
            while bytes.count < 4096, let chunk = try reader.next(4096 - bytes.count) { bytes += chunk }
            head = bytes
        } catch let error as IngestError {
            return FailedInput(origin: origin, error: error)
        } catch {
            return FailedInput(origin: origin, error: IngestError(.unreadable, "\(error)"))
        }
        if head.isEmpty { return SkippedInput(origin: origin, rejection: .empty) }
        if let binary = TextDecoder.binaryKind(head) {
            return SkippedInput(origin: origin, rejection: .notText(detected: "gzip-compressed \(binary)"))
        }
        let ext = (inner as NSString).pathExtension.lowercased()
        guard let kind = Self.kind(head: head, extension: ext) else {
            return SkippedInput(origin: origin, rejection: .unsupported(
                "unknown type inside the gzip file \(ext.isEmpty ? "(no extension)" : "'.\(ext)'"); name it .csv.gz, .jsonl.gz, .html.gz, .xml.gz or .txt.gz"))
        }
        return reader(kind, input: .gzip(url), origin: origin, fileName: inner)
    }
    /// The first 4 KB of a file, or `nil` when it cannot be opened.
    static func head(of url: URL) -> [UInt8]? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.read(upToCount: 4096) ?? Data())
        } catch {
            return nil
        }
    }

    /// Content first (a feed saved as `.txt` is still a feed), then the extension.
    static func kind(head: [UInt8], extension ext: String) -> InputKind? {
        let lowered = String(decoding: head.prefix(1024).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        let start = lowered.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if start.hasPrefix("<?xml") || start.hasPrefix("<rss") || start.hasPrefix("<feed") || start.hasPrefix("<rdf:rdf") {
            if lowered.contains("<rss") || lowered.contains("<feed") || lowered.contains("<rdf:rdf") { return .feed }
            if lowered.contains("<html") { return .html }
        }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
        if start.hasPrefix("{") {
            return lowered.contains("jsonfeed.org/version") ? .feed : .jsonLines
        }
        switch ext {
        case "csv", "tsv", "tab": return .csv
        case "txt", "text", "md", "markdown": return .text
        case "html", "htm", "xhtml": return .html
        case "xml", "rss", "atom": return .feed
        case "json", "jsonl", "ndjson": return .jsonLines
        default: return nil
        }
    }

    private static func firstSignificantByte(_ head: [UInt8]) -> UInt8? {
        head.first { !JSONLinesReader.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
    }
}

// MARK: - Sources that only report

/// An input read whole (within a limit), then handed to a reader of bytes in memory.
struct WholeInput: Source {
    let input: ByteInput
    let origin: String
    let limit: Int
    let reader: @Sendable (Data, (SourceEvent) throws -> Void) throws -> Void

    var isSingleDocument: Bool { true }

    func read(_ emit: (SourceEvent) throws -> Void) throws {
        let data: Data
        do {
            data = try input.readAll(limit: limit)
        } catch let tooLarge as ByteInput.TooLarge {
            return try emit(.skipped(origin: origin, .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit)))
        } catch let error as IngestError {
            return try emit(.failed(origin: origin, error))
        }
        try reader(data, emit)
    }
}

/// An input that is not read, and why (a skipped file, an ignored folder).
struct SkippedInput: Source {
    let origin: String
    let rejection: Rejection

    func read(_ emit: (SourceEvent) throws -> Void) throws {
        try emit(.skipped(origin: origin, rejection))
    }
}

/// An input that could not be reached at all (a missing path, an unreadable folder).
struct FailedInput: Source {
    let origin: String
    let error: IngestError

    func read(_ emit: (SourceEvent) throws -> Void) throws {
        try emit(.failed(origin: origin, error))
    }
}
