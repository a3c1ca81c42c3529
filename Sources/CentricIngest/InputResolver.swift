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

    /// 50 MB: far above any article or feed, low enough that one stray dump cannot exhaust memory.
    public static let defaultMaxBytes = 50 * 1024 * 1024

    public init(
        mapping: RecordMapping = .automatic, dialect: CSVDialect? = nil, include: [String] = [],
        exclude: [String] = [], maxBytes: Int = IngestOptions.defaultMaxBytes, maxRecordBytes: Int = 16 << 20,
        ignoreFileName: String = ".centricignore"
    ) {
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

/// Turns a user's source argument (a file or a folder) into `Source`s.
///
/// A folder is walked recursively in sorted order (byte order of the names, so every machine
/// reads in the same order). Hidden entries, entries matched by the folder's `.centricignore`
/// or by `exclude`, and files not matched by `include` are reported as skipped: an ignored
/// folder once, not file by file. Origins are the user's argument joined with the path inside
/// the folder, so they are relative whenever the argument was.
public struct InputResolver: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// The sources for `argument`, a path relative to `root` (the current directory) or absolute.
    public func sources(for argument: String, relativeTo root: URL) -> [any Source] {
        var sources: [any Source] = []
        forEachSource(for: argument, relativeTo: root) { sources.append($0) }
        return sources
    }

    /// Streams the sources for `argument` as the walk finds them, so a huge folder is never
    /// listed in memory whole.
    public func forEachSource(
        for argument: String, relativeTo root: URL, _ body: (any Source) throws -> Void
    ) rethrows {
        let prefix = Self.displayPrefix(argument)
        if argument.hasPrefix("http://") || argument.hasPrefix("https://") {
            try body(SkippedInput(origin: argument, rejection: .unsupported("URLs are fetched by the URL reader, not the file resolver")))
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
            try body(source(forFile: url, origin: prefix.isEmpty ? argument : prefix))
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
    ) rethrows {
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
            try body(source(forFile: url, origin: origin(path), size: values?.fileSize))
        }
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
        if ext == "gz" {
            return SkippedInput(origin: origin, rejection: .unsupported("gzip: not yet supported; gunzip the file first"))
        }
        guard let head = Self.head(of: url) else {
            return FailedInput(origin: origin, error: IngestError(.unreadable, "the file cannot be opened; check its permissions"))
        }
        if head.isEmpty { return SkippedInput(origin: origin, rejection: .empty) }
        if let binary = TextDecoder.binaryKind(head) {
            if binary == "gzip data" {
                return SkippedInput(origin: origin, rejection: .unsupported("gzip: not yet supported; gunzip the file first"))
            }
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
        switch kind {
        case .csv:
            // A `.tsv` name makes sniffing prefer tabs (CSVRecordReader looks at the name).
            return CSVRecordReader(fileURL: url, origin: origin, mapping: options.mapping, dialect: options.dialect,
                                   maxRecordBytes: options.maxRecordBytes)
        case .jsonLines:
            return JSONLinesReader(fileURL: url, origin: origin, mapping: options.mapping, maxRecordBytes: options.maxRecordBytes)
        case .feed:
            return FeedReader(fileURL: url, origin: origin)
        case .html:
            return HTMLPageSource(path: url.path, origin: origin, extractor: HTMLExtractor(maxBytes: options.maxBytes))
        case .text:
            return PlainTextSource(fileURL: url, origin: origin)
        }
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

// MARK: - Plain text files

/// A `.txt` or `.md` file as one article: paragraphs split on blank lines; a Markdown file's
/// leading `# ` heading is its title.
public struct PlainTextSource: Source {
    public let origin: String
    let url: URL

    public init(fileURL: URL, origin: String) {
        self.url = fileURL
        self.origin = origin
    }

    public func read(_ emit: (SourceEvent) throws -> Void) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            try emit(.failed(origin: origin, IngestError(.unreadable, "cannot read the file: \(error.localizedDescription)")))
            return
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(data)
        } catch {
            try emit(.skipped(origin: origin, .notText(detected: error.detected)))
            return
        }
        for warning in decoded.warnings { try emit(.warning(origin: origin, warning)) }
        var blocks = ResolvedRecordMapping.blocks(of: decoded.text).map(TextNormalizer.collapse).filter { !$0.isEmpty }
        var title: String?
        if ["md", "markdown"].contains(url.pathExtension.lowercased()), let first = blocks.first, first.hasPrefix("# ") {
            title = String(first.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            blocks.removeFirst()
        }
        guard !blocks.isEmpty else {
            try emit(.skipped(origin: origin, .empty))
            return
        }
        // The collection is the folder the file sits in, as the user named it.
        let folder = (origin as NSString).deletingLastPathComponent
        let source = folder.isEmpty ? url.lastPathComponent : (folder as NSString).lastPathComponent
        try emit(.document(Document(
            id: FeedItem.articleID(blocks: blocks), origin: origin, source: source, kind: .article,
            title: title, blocks: blocks)))
    }
}

// MARK: - Globs

/// Ordered glob rules in `.gitignore` syntax: `#` comments, `!` re-includes, a trailing `/`
/// matches folders only, a pattern with a `/` elsewhere is anchored at the folder root, one
/// without matches a name at any depth; `*` and `?` stay within a name, `**` spans folders.
/// The last matching rule decides, as in git.
struct IgnoreRules: Sendable {
    private struct Rule: Sendable {
        var components: [String]
        var negated: Bool
        var directoryOnly: Bool
        var origin: String
    }

    private var rules: [Rule] = []

    var isEmpty: Bool { rules.isEmpty }

    mutating func add(_ line: String, origin: String) {
        var pattern = line.trimmingCharacters(in: .whitespaces)
        guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return }
        var negated = false
        if pattern.hasPrefix("!") {
            negated = true
            pattern.removeFirst()
        }
        var directoryOnly = false
        while pattern.hasSuffix("/") {
            directoryOnly = true
            pattern.removeLast()
        }
        guard !pattern.isEmpty else { return }
        let anchored = pattern.contains("/")
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        var components = pattern.split(separator: "/").map(String.init)
        if !anchored { components.insert("**", at: 0) }
        rules.append(Rule(components: components, negated: negated, directoryOnly: directoryOnly, origin: origin))
    }

    /// The rule that excludes `path` (relative to the folder root, `/`-separated), or `nil`.
    func matchingRule(_ path: String, isDirectory: Bool) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        var decision: Rule?
        for rule in rules where !rule.directoryOnly || isDirectory {
            if Self.match(rule.components[...], parts[...]) { decision = rule }
        }
        guard let decision, !decision.negated else { return nil }
        return decision.origin
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            for skip in 0...path.count where match(rest, path.dropFirst(skip)) { return true }
            return false
        }
        guard let name = path.first, wildcard(Array(head.unicodeScalars)[...], Array(name.unicodeScalars)[...]) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*`, `?` and `[...]` (with ranges and `!`/`^` negation) within one path component.
    static func wildcard(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex, n = name.startIndex
        var starP: Int?, starN = 0
        while n < name.endIndex {
            if p < pattern.endIndex {
                switch pattern[p] {
                case "*":
                    starP = p
                    starN = n
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, next) = bracket(pattern, p, name[n]) {
                        if matched {
                            p = next
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {
                        p += 1
                        n += 1
                        continue
                    }
                case "\\" where p + 1 < pattern.endIndex:
                    if pattern[p + 1] == name[n] {
                        p += 2
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard let star = starP else { return false }
            p = star + 1
            starN += 1
            n = starN
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Whether `scalar` is in the bracket expression at `start`, and the index after it;
    /// `nil` when the bracket is not closed (then `[` is literal).
    private static func bracket(_ pattern: ArraySlice<Unicode.Scalar>, _ start: Int, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
        var i = start + 1
        var negate = false
        if i < pattern.endIndex, pattern[i] == "!" || pattern[i] == "^" {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.endIndex {
            if pattern[i] == "]" && !first { return (matched != negate, i + 1) }
            first = false
            if i + 2 < pattern.endIndex, pattern[i + 1] == "-", pattern[i + 2] != "]" {
                if pattern[i] <= scalar && scalar <= pattern[i + 2] { matched = true }
                i += 3
            } else {
                if pattern[i] == scalar { matched = true }
                i += 1
            }
        }
        return nil
    }
}
