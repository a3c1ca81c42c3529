import Foundation

/// One data record of a delimited file, decoded.
public struct CSVRecord: Sendable, Equatable {
    /// The values, in column order.
    public var fields: [String]
    /// The 1-based physical line the record starts on (a quoted value may span lines).
    public var line: Int
    /// The 1-based data row number: the header is not counted, nor are blank lines; a row
    /// reported as malformed is.
    public var row: Int

    public init(fields: [String], line: Int, row: Int) {
        self.fields = fields
        self.line = line
        self.row = row
    }
}

/// What `CSVRecordReader.readRecords` reports, in file order.
public enum CSVRecordEvent: Sendable, Equatable {
    /// How the file is read, decided from its first 64 KB; always the first event.
    case layout(CSVDialect, encoding: String)
    /// The column names, when the file has a header row.
    case header([String])
    case record(CSVRecord)
    /// A record that could not be read (the error carries its line); reading goes on after it.
    case failed(IngestError)
    case warning(String)
}

/// Reads a CSV, TSV or semicolon-separated export as a stream of records, and (as a `Source`)
/// as feedback documents through a `RecordMapping`.
///
/// The file is read in 1 MB chunks and parsed on bytes, so memory holds one chunk and one
/// record, whatever the file's size. The encoding and the dialect are decided once, from the
/// first 64 KB; a broken record is reported with its line and reading goes on.
public struct CSVRecordReader: Source {
    public let origin: String
    /// The file name the records' ids and `source` are built on (not the path: ids survive a move).
    public var sourceName: String
    public var mapping: RecordMapping
    /// The dialect to use instead of sniffing one.
    public var dialect: CSVDialect?
    /// The longest record accepted; a longer one is almost always an unclosed quote.
    public var maxRecordBytes: Int
    /// The separator to use (`--delimiter`); whether there is a header is still sniffed.
    public var delimiter: UInt8?
    /// Whether the first row is a header (`--no-header` sets `false`); the separator is still sniffed.
    public var hasHeader: Bool?

    private let input: ByteInput

    /// How many bytes the encoding and dialect are decided from.
    static let headBytes = 64 * 1024
    static let chunkBytes = 1 << 20
    /// How many records are looked at before the mapping is resolved.
    static let sampleRecords = 200

    /// Reads the file at `fileURL`, reporting it as `origin` (a path relative to where the user
    /// ran the command, or whatever the user gave).
    public init(
        fileURL: URL, origin: String, mapping: RecordMapping = .automatic, dialect: CSVDialect? = nil,
        maxRecordBytes: Int = 16 << 20
    ) {
        self.input = .file(fileURL)
        self.origin = origin
        self.sourceName = fileURL.lastPathComponent
        self.mapping = mapping
        self.dialect = dialect
        self.maxRecordBytes = maxRecordBytes
    }

    /// Reads records from memory (standard input, tests); `sourceName` stands in for the file name.
    public init(
        data: Data, origin: String, sourceName: String, mapping: RecordMapping = .automatic,
        dialect: CSVDialect? = nil, maxRecordBytes: Int = 16 << 20
    ) {
        self.input = .data(data)
        self.origin = origin
        self.sourceName = sourceName
        self.mapping = mapping
        self.dialect = dialect
        self.maxRecordBytes = maxRecordBytes
    }

    /// Reads any byte input (a gzip-compressed file, standard input); `sourceName` names the records.
    init(
        input: ByteInput, origin: String, sourceName: String, mapping: RecordMapping = .automatic,
        dialect: CSVDialect? = nil, maxRecordBytes: Int = 16 << 20
    ) {
        self.input = input
        self.origin = origin
        self.sourceName = sourceName
        self.mapping = mapping
        self.dialect = dialect
        self.maxRecordBytes = maxRecordBytes
    }

    // MARK: - Documents

    /// Emits one feedback document per record (or `.skipped(.empty)` for a record without text),
    /// `.failed` for broken records, and one `.warning` that says how the file was read.
    public func read(_ emit: (SourceEvent) throws -> Void) throws {
        // Locals, not `self`, inside the per-record closure: capturing self copied the reader
        // for every record.
        let origin = self.origin
        var reading = RecordDocumentAssembler(
            origin: origin, sourceName: sourceName, mapping: mapping, sampleSize: Self.sampleRecords)
        do {
            try readRecords { event in
                switch event {
                case let .layout(dialect, encoding):
                    reading.note = "read as \(dialect), \(encoding)"
                case let .header(names):
                    reading.columns = names
                case let .record(record):
                    try reading.add(values: record.fields, row: record.row, line: record.line, emit)
                case let .failed(error):
                    try reading.pass(.failed(origin: reading.lineOrigin(error.line), error), emit)
                case let .warning(message):
                    try reading.pass(.warning(origin: origin, message), emit)
                }
            }
        } catch let binary as BinaryContent {
            try emit(.skipped(origin: origin, .notText(detected: binary.detected)))
            return
        }
        try reading.finish(emit)
    }

    // MARK: - Records

    /// Streams the file's records: first `.layout`, then `.header` (when there is one), then
    /// `.record`s, `.failed` and `.warning`s in file order.
    public func readRecords(_ body: (CSVRecordEvent) throws -> Void) throws {
        var reader = try input.open()
        defer { reader.close() }

        // The head: at least 64 KB (or the whole file) decides encoding and dialect.
        var head = [UInt8]()
        var atEnd = false
        while head.count < Self.headBytes {
            guard let chunk = try reader.next(Self.chunkBytes) else { atEnd = true; break }
            head.append(contentsOf: chunk)
        }
        if head.isEmpty { return }

        var text = try TextLayer.decide(head: &head, isWholeFile: atEnd)
        let headText = text.transcode(head, isFinal: atEnd)
        head = []
        let sample = Array(headText.prefix(Self.headBytes))
        let sampleIsWhole = atEnd && sample.count == headText.count
        var dialect: CSVDialect
        if let given = self.dialect {
            dialect = given
        } else if let delimiter {
            let records = CSVDialect.sampleRecords(sample, delimiter: delimiter, limit: 50, isWholeFile: sampleIsWhole)
            dialect = CSVDialect(delimiter: delimiter, hasHeader: CSVDialect.sniffHeader(records: records))
        } else {
            let lowered = sourceName.lowercased()
            dialect = CSVDialect.sniff(
                sample: sample, isWholeFile: sampleIsWhole,
                preferredDelimiter: lowered.hasSuffix(".tsv") || lowered.hasSuffix(".tsv.gz") ? UInt8(ascii: "\t") : nil)
        }
        if let hasHeader { dialect.hasHeader = hasHeader }
        try body(.layout(dialect, encoding: text.encodingName))
        if let warning = text.warning { try body(.warning(warning)) }

        var parser = CSVParser(delimiter: dialect.delimiter, maxRecordBytes: maxRecordBytes)
        var expectHeader = dialect.hasHeader
        var width: Int?
        var row = 0

        func take(_ raw: CSVParser.RawRecord) throws {
            if raw.isBlank { return }
            let fields = raw.fields.map { text.decode($0) }
            if expectHeader {
                expectHeader = false
                width = fields.count
                try body(.header(fields))
                return
            }
            // A broken row keeps its number, so mending it later does not renumber (and re-id)
            // the rows after it.
            row += 1
            guard let expected = width else {
                width = fields.count
                try body(.record(CSVRecord(fields: fields, line: raw.line, row: row)))
                return
            }
            guard fields.count == expected else {
                let what = fields.count > expected
                    ? "a value holding the separator without quotes around it"
                    : "a value missing, or a line break inside a value without quotes around it"
                try body(.failed(IngestError(.malformedRecord,
                    "the record has \(fields.count) fields where the file has \(expected): \(what); quote values that contain \(Self.name(of: dialect.delimiter)) or line breaks, then read the file again",
                    line: raw.line)))
                return
            }
            try body(.record(CSVRecord(fields: fields, line: raw.line, row: row)))
        }

        func handle(_ output: CSVParser.Output) throws {
            switch output {
            case let .record(raw): try take(raw)
            case let .broken(line, reason):
                let message = switch reason {
                case .unclosedQuote:
                    "a quote opened in this record is never closed; the lines after it were read as new records. Close the quote, or double a quote inside a value (\"\")"
                case let .tooLong(limit):
                    "the record is longer than \(limit) bytes, most likely because a quote is not closed; the lines after it were read as new records. Close the quote, or raise the record limit"
                }
                try body(.failed(IngestError(.malformedRecord, message, line: line)))
            }
        }

        func parse(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBufferPointer { try parser.feed($0, handle) }
        }

        try parse(headText)
        while !atEnd {
            guard let chunk = try reader.next(Self.chunkBytes) else { atEnd = true; break }
            try parse(text.transcode(chunk, isFinal: false))
        }
        try parse(text.transcode([], isFinal: true))
        try parser.finish(handle)
        if text.invalidBytes > 0 {
            try body(.warning("\(text.invalidBytes) bytes were not valid in the file's encoding (\(text.encodingName)); the values holding them were read as windows-1252"))
        }
    }

    static func name(of delimiter: UInt8) -> String {
        switch delimiter {
        case UInt8(ascii: "\t"): "tabs"
        default: "'\(String(UnicodeScalar(delimiter)))'"
        }
    }
}

// MARK: - Reading bytes

/// Where the bytes come from: a file read in chunks, a gzip-compressed file inflated in chunks,
/// standard input (read as it arrives, so a pipe streams), or memory.
enum ByteInput: Sendable {
    case file(URL)
    case gzip(URL)
    case stdin
    case data(Data)

    func open() throws -> ChunkReader {
        switch self {
        case let .file(url):
            return ChunkReader(handle: try Self.handle(url), data: nil)
        case let .gzip(url):
            var reader = ChunkReader(handle: try Self.handle(url), data: nil)
            reader.inflater = try GzipInflater()
            return reader
        case .stdin:
            var reader = ChunkReader(handle: FileHandle.standardInput, data: nil)
            reader.isStream = true
            return reader
        case let .data(data):
            return ChunkReader(handle: nil, data: data)
        }
    }

    private static func handle(_ url: URL) throws -> FileHandle {
        do {
            return try FileHandle(forReadingFrom: url)
        } catch {
            throw IngestError(.unreadable, "cannot open the file: \(error.localizedDescription)")
        }
    }

    /// Every byte (decompressed for gzip); past `limit` bytes it throws `TooLarge`.
    func readAll(limit: Int) throws -> Data {
        if case let .data(data) = self { return data }
        var reader = try open()
        defer { reader.close() }
        var all = Data()
        while let chunk = try reader.next(CSVRecordReader.chunkBytes) {
            all.append(contentsOf: chunk)
            if all.count > limit { throw TooLarge(bytes: all.count, limit: limit) }
        }
        return all
    }

    /// Thrown by `readAll` when the input is over its limit (at least `bytes`).
    struct TooLarge: Error {
        var bytes: Int
        var limit: Int
    }
}

/// Hands out successive chunks of a file, a gzip stream, a pipe or a `Data`.
struct ChunkReader {
    let handle: FileHandle?
    var data: Data?
    var inflater: GzipInflater?
    /// A pipe: hand out what has arrived instead of waiting for a full chunk.
    var isStream = false
    private var offset = 0

    init(handle: FileHandle?, data: Data?) {
        self.handle = handle
        self.data = data
    }

    /// The next chunk of at most `count` bytes, or `nil` at the end.
    mutating func next(_ count: Int) throws -> [UInt8]? {
        if let inflater, let handle {
            while true {
                if inflater.needsInput {
                    guard let compressed = try read(handle, count), !compressed.isEmpty else {
                        try inflater.finish()
                        return nil
                    }
                    inflater.supply(compressed)
                }
                let piece = try inflater.inflate(limit: count)
                if !piece.isEmpty { return piece }
            }
        }
        if let handle {
            if isStream {
                let chunk = handle.availableData
                return chunk.isEmpty ? nil : [UInt8](chunk)
            }
            guard let chunk = try read(handle, count), !chunk.isEmpty else { return nil }
            return chunk
        }
        guard let data, offset < data.count else { return nil }
        let end = min(offset + count, data.count)
        defer { offset = end }
        return [UInt8](data[data.startIndex + offset ..< data.startIndex + end])
    }

    private func read(_ handle: FileHandle, _ count: Int) throws -> [UInt8]? {
        do {
            return try handle.read(upToCount: count).map { [UInt8]($0) }
        } catch {
            throw IngestError(.unreadable, "reading the file failed: \(error.localizedDescription)")
        }
    }

    func close() {
        if handle !== FileHandle.standardInput { try? handle?.close() }
    }
}

// MARK: - The byte-level parser

/// An RFC 4180 state machine over bytes, fed in chunks of any size.
///
/// It works on bytes, not characters: in UTF-8 and every single-byte legacy encoding the
/// separators, quotes and line breaks are single ASCII bytes that never occur inside another
/// character, so fields can be cut first and decoded afterwards. (UTF-16 is transcoded to
/// UTF-8 before it gets here.)
///
/// A record that cannot end well (a quote still open at the end of input, or a record past
/// `maxRecordBytes`, which is what an unclosed quote in a big file looks like) is reported as
/// broken, and parsing starts again on the physical line after the broken record's first
/// line, from bytes the parser kept, so no seek on the input is needed and the run goes on.
struct CSVParser {
    struct RawRecord {
        var fields: [[UInt8]]
        /// 1-based physical line where the record starts.
        var line: Int
        /// An empty line: not a record.
        var isBlank: Bool { fields.count == 1 && fields[0].isEmpty }
    }

    enum Broken: Equatable {
        case unclosedQuote
        case tooLong(limit: Int)
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted, skipLine
    }

    let delimiter: UInt8
    let maxRecordBytes: Int

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [[UInt8]] = []
    /// Every byte of the open record, for replay after it breaks.
    private var recordRaw: [UInt8] = []
    private var recordOpen = false
    private var recordLine = 1
    private var line = 1
    private var afterCR = false

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    init(delimiter: UInt8, maxRecordBytes: Int) {
        self.delimiter = delimiter
        self.maxRecordBytes = maxRecordBytes
    }

    /// What the parser hands out, in input order.
    enum Output {
        case record(RawRecord)
        /// A record that broke, by its start line; parsing goes on from the line after that.
        case broken(line: Int, reason: Broken)
    }

    /// Parses `bytes`, handing each complete record (blank ones included) and each broken one to `emit`.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Output) throws -> Void) rethrows {
        for byte in bytes {
            if let failure = try step(byte, emit) {
                try emit(.broken(line: failure.line, reason: failure.reason))
                try replay(emit)
            }
        }
    }

    /// Ends the input: the last record without a final line break is emitted, an open quote
    /// breaks its record (and the rest is parsed again from the line after its start).
    mutating func finish(_ emit: (Output) throws -> Void) rethrows {
        while state == .quoted {
            try emit(.broken(line: recordLine, reason: .unclosedQuote))
            try replay(emit)
        }
        if state != .skipLine && recordOpen { try endRecord(emit) }
        state = .fieldStart
    }

    /// Restarts after a broken record: its kept bytes are parsed again, skipping its first line.
    private mutating func replay(_ emit: (Output) throws -> Void) rethrows {
        var pending = recordRaw
        line = recordLine
        resetRecord()
        state = .skipLine
        afterCR = false
        var index = 0
        while index < pending.count {
            let byte = pending[index]
            index += 1
            if let failure = try step(byte, emit) {
                try emit(.broken(line: failure.line, reason: failure.reason))
                // The new broken record's bytes come first, then what was still to replay.
                pending = recordRaw + pending[index...]
                index = 0
                line = recordLine
                resetRecord()
                state = .skipLine
                afterCR = false
            }
        }
    }

    private mutating func step(_ byte: UInt8, _ emit: (Output) throws -> Void) rethrows -> (line: Int, reason: Broken)? {
        let isBreak = byte == Self.lf || byte == Self.cr
        // The LF of a CRLF belongs to the line break already counted.
        let isSecondHalf = byte == Self.lf && afterCR
        afterCR = byte == Self.cr
        defer { if isBreak && !isSecondHalf { line += 1 } }

        if state == .skipLine {
            if isBreak { state = .fieldStart }
            return nil
        }
        if !recordOpen {
            if isSecondHalf { return nil }
            recordOpen = true
            recordLine = line
        }
        recordRaw.append(byte)
        if recordRaw.count > maxRecordBytes {
            return (recordLine, .tooLong(limit: maxRecordBytes))
        }

        switch state {
        case .fieldStart, .unquoted:
            if byte == delimiter {
                fields.append(field)
                field.removeAll(keepingCapacity: true)
                state = .fieldStart
            } else if isBreak {
                try endRecord(emit)
            } else if byte == Self.quote && state == .fieldStart {
                state = .quoted
            } else {
                // A stray quote inside an unquoted value is kept as text, as Excel does.
                field.append(byte)
                state = .unquoted
            }
        case .quoted:
            if byte == Self.quote {
                state = .quoteInQuoted
            } else {
                field.append(byte)
            }
        case .quoteInQuoted:
            if byte == Self.quote {
                field.append(byte)
                state = .quoted
            } else if byte == delimiter {
                fields.append(field)
                field.removeAll(keepingCapacity: true)
                state = .fieldStart
            } else if isBreak {
                try endRecord(emit)
            } else {
                // `"abc"def`: lenient, like Python's csv module: the text after the quote is kept.
                field.append(byte)
                state = .unquoted
            }
        case .skipLine:
            break
        }
        return nil
    }

    private mutating func endRecord(_ emit: (Output) throws -> Void) rethrows {
        fields.append(field)
        let record = RawRecord(fields: fields, line: recordLine)
        resetRecord()
        try emit(.record(record))
    }

    private mutating func resetRecord() {
        fields.removeAll()
        field.removeAll()
        recordRaw.removeAll(keepingCapacity: recordRaw.capacity <= 1 << 20)
        recordOpen = false
        state = .fieldStart
    }
}

// MARK: - The text layer

/// A record file's encoding, decided once from its head by `TextDecoder`'s rules; it then
/// decodes each field. UTF-16 files are transcoded to UTF-8 on the way in, so the byte parser
/// only ever sees UTF-8 or a single-byte encoding.
struct TextLayer {
    private enum Mode {
        case utf8
        case utf16(littleEndian: Bool)
        case other(TextDecoder.Encoding)
    }

    private var mode: Mode
    private(set) var encodingName: String
    /// A note when the decision was a guess worth telling.
    private(set) var warning: String?
    /// Bytes that were not valid in the file's encoding (replaced, or read as windows-1252).
    private(set) var invalidBytes = 0
    private var carry: [UInt8] = []

    /// Decides the encoding from the head of a file and removes its byte order mark.
    /// Throws `BinaryContent` when the head is not text at all.
    static func decide(head: inout [UInt8], isWholeFile: Bool) throws(BinaryContent) -> TextLayer {
        if let (encoding, length) = TextDecoder.byteOrderMark(head) {
            head.removeFirst(length)
            switch encoding {
            case .utf16LE: return TextLayer(mode: .utf16(littleEndian: true), encodingName: "UTF-16LE (BOM)")
            case .utf16BE: return TextLayer(mode: .utf16(littleEndian: false), encodingName: "UTF-16BE (BOM)")
            default: return TextLayer(mode: .utf8, encodingName: "UTF-8 (BOM)")
            }
        }
        // The first 64 KB, cut at its last line break, so a character split by the cut is no evidence.
        var sample = head.prefix(CSVRecordReader.headBytes)
        if !isWholeFile || head.count > sample.count, let lastBreak = sample.lastIndex(of: UInt8(ascii: "\n")) {
            sample = sample[...lastBreak]
        }
        let decided = try TextDecoder.decode(Data(sample))
        let name = "\(decided.encoding) (\(decided.rule))"
        switch decided.encoding {
        case "UTF-8": return TextLayer(mode: .utf8, encodingName: name)
        case "UTF-16LE": return TextLayer(mode: .utf16(littleEndian: true), encodingName: name)
        case "UTF-16BE": return TextLayer(mode: .utf16(littleEndian: false), encodingName: name)
        default:
            guard var encoding = TextDecoder.Encoding(label: decided.encoding) else {
                return TextLayer(mode: .utf8, encodingName: name)
            }
            var name = name
            if decided.rule == "detected", encoding != .windows1252 {
                // uchardet takes Dutch cp1252 for windows-1250 when it sees a few accented letters
                // (then `ï` comes out as `ď`). Centric reads English and Dutch, whose single-byte
                // exports are cp1252, so a guessed single-byte encoding is read as cp1252.
                name = "windows-1252 (detected \(decided.encoding), read as windows-1252)"
                encoding = .windows1252
            }
            var layer = TextLayer(mode: .other(encoding), encodingName: name)
            layer.warning = "the file is not UTF-8; read as \(name), decided from its first 64 KB. Save it as UTF-8 to be sure"
            return layer
        }
    }

    private init(mode: Mode, encodingName: String) {
        self.mode = mode
        self.encodingName = encodingName
    }

    /// The bytes the parser sees: the same bytes, except UTF-16, which becomes UTF-8 here
    /// (an odd byte or a split surrogate pair waits for the next chunk).
    mutating func transcode(_ bytes: [UInt8], isFinal: Bool) -> [UInt8] {
        guard case let .utf16(littleEndian) = mode else { return bytes }
        var input = carry + bytes
        carry = []
        if !isFinal {
            if input.count % 2 == 1 { carry = [input.removeLast()] }
            if input.count >= 2 {
                let a = UInt16(input[input.count - 2]), b = UInt16(input[input.count - 1])
                let unit = littleEndian ? a | b << 8 : a << 8 | b
                if (0xD800...0xDBFF).contains(unit) {
                    carry = Array(input.suffix(2)) + carry
                    input.removeLast(2)
                }
            }
        }
        let (text, invalid) = TextDecoder.decodeUTF16(input[...], littleEndian: littleEndian)
        invalidBytes += invalid
        return Array(text.utf8)
    }

    /// One field's text.
    mutating func decode(_ bytes: [UInt8]) -> String {
        switch mode {
        case .utf8, .utf16:
            let (text, invalid) = TextDecoder.decodeUTF8(bytes[...])
            guard invalid > 0 else { return text }
            // Exports glued together from several systems mix in cp1252 values: read such a
            // value as windows-1252 rather than littering it with replacement characters.
            invalidBytes += invalid
            return TextDecoder.decodeWindows1252(bytes[...])
        case let .other(encoding):
            guard let (text, invalid) = TextDecoder.decode(bytes[...], as: encoding) else {
                return TextDecoder.decodeWindows1252(bytes[...])
            }
            invalidBytes += invalid
            return text
        }
    }
}
