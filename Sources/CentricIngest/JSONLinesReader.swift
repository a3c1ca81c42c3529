import Foundation

/// Reads JSON lines (one object per line) as feedback documents through a `RecordMapping`,
/// whose columns are dotted paths into each object (`customer.segment`).
///
/// Streams: the file is read in 1 MB chunks and one line is held at a time. A line that is not a
/// JSON object is reported with its line number and reading goes on. A file whose first byte is
/// `[` is read as one JSON array of objects instead (the caller bounds its size).
public struct JSONLinesReader: Source {
    public let origin: String
    /// The file name the records' ids and `source` are built on.
    public var sourceName: String
    public var mapping: RecordMapping
    /// The longest line accepted.
    public var maxRecordBytes: Int

    private let input: ByteInput

    public init(fileURL: URL, origin: String, mapping: RecordMapping = .automatic, maxRecordBytes: Int = 16 << 20) {
        self.input = .file(fileURL)
        self.origin = origin
        self.sourceName = fileURL.lastPathComponent
        self.mapping = mapping
        self.maxRecordBytes = maxRecordBytes
    }

    /// Reads JSON lines from memory (standard input, tests); `sourceName` stands in for the file name.
    public init(data: Data, origin: String, sourceName: String, mapping: RecordMapping = .automatic,
                maxRecordBytes: Int = 16 << 20) {
        self.input = .data(data)
        self.origin = origin
        self.sourceName = sourceName
        self.mapping = mapping
        self.maxRecordBytes = maxRecordBytes
    }

    /// Reads any byte input (a gzip-compressed file, standard input); `sourceName` names the records.
    init(input: ByteInput, origin: String, sourceName: String, mapping: RecordMapping = .automatic,
         maxRecordBytes: Int = 16 << 20) {
        self.input = input
        self.origin = origin
        self.sourceName = sourceName
        self.mapping = mapping
        self.maxRecordBytes = maxRecordBytes
    }

    public func read(_ emit: (SourceEvent) throws -> Void) throws {
        var assembler = RecordDocumentAssembler(
            origin: origin, sourceName: sourceName, mapping: mapping, sampleSize: CSVRecordReader.sampleRecords)
        assembler.note = "read as JSON lines"
        var reader = try input.open()
        defer { reader.close() }

        var line = 0
        var row = 0
        var pending: [UInt8] = []
        var overlong = false
        var first = true

        func take(_ bytes: ArraySlice<UInt8>) throws {
            line += 1
            var bytes = bytes
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard bytes.contains(where: { !Self.isSpace($0) }) else { return }
            row += 1
            guard bytes.count <= maxRecordBytes else {
                try assembler.pass(.failed(origin: assembler.lineOrigin(line), IngestError(.malformedJSON,
                    "the line is longer than \(maxRecordBytes) bytes; split the record or raise the record limit",
                    line: line)), emit)
                return
            }
            switch Self.object(in: Data(bytes)) {
            case let .success(pairs):
                try assembler.add(.object(pairs), row: row, line: line, emit)
            case let .failure(error):
                try assembler.pass(.failed(origin: assembler.lineOrigin(line),
                                           IngestError(error.code, error.message, line: line)), emit)
            }
        }

        while let chunk = try reader.next(CSVRecordReader.chunkBytes) {
            if first {
                first = false
                let start = chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                if chunk[start...].first(where: { !Self.isSpace($0) }) == UInt8(ascii: "[") {
                    var all = Data(chunk[start...])
                    while let more = try reader.next(CSVRecordReader.chunkBytes) { all.append(contentsOf: more) }
                    try readArray(all, &assembler, emit)
                    try assembler.finish(emit)
                    return
                }
            }
            var start = chunk.startIndex
            while let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
                if overlong {
                    overlong = false
                    line += 1
                    row += 1
                    try assembler.pass(.failed(origin: assembler.lineOrigin(line), IngestError(.malformedJSON,
                        "the line is longer than \(maxRecordBytes) bytes; split the record or raise the record limit",
                        line: line)), emit)
                } else if pending.isEmpty {
                    try take(chunk[start..<newline])
                } else {
                    pending.append(contentsOf: chunk[start..<newline])
                    try take(pending[...])
                    pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
                }
                start = newline + 1
            }
            if !overlong {
                pending.append(contentsOf: chunk[start...])
                if pending.count > maxRecordBytes {
                    overlong = true
                    pending = []
                }
            }
        }
        if overlong {
            line += 1
            try assembler.pass(.failed(origin: assembler.lineOrigin(line), IngestError(.malformedJSON,
                "the line is longer than \(maxRecordBytes) bytes; split the record or raise the record limit",
                line: line)), emit)
        } else if !pending.isEmpty {
            try take(pending[...])
        }
        try assembler.finish(emit)
    }

    /// A whole-file JSON array of objects: element N is row N (no line numbers to give).
    private func readArray(_ data: Data, _ assembler: inout RecordDocumentAssembler,
                           _ emit: (SourceEvent) throws -> Void) throws {
        let array: [Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [Any] else { throw CocoaError(.propertyListReadCorrupt) }
            array = parsed
        } catch {
            try emit(.failed(origin: origin, IngestError(.malformedJSON,
                "the file starts like a JSON array but is not valid JSON; fix it, or write one object per line (JSON lines)")))
            return
        }
        assembler.note = "read as a JSON array"
        for (index, element) in array.enumerated() {
            guard let object = element as? [String: Any] else {
                try assembler.pass(.failed(origin: "\(origin)#row=\(index + 1)", IngestError(.malformedJSON,
                    "element \(index + 1) of the array is not a JSON object")), emit)
                continue
            }
            try assembler.add(.object(Self.flatten(object)), row: index + 1, line: 0, emit)
        }
    }

    // MARK: - One line

    struct LineError: Error {
        var code: IngestError.Code
        var message: String
    }

    /// The flattened object on one line, or why there is none.
    static func object(in data: Data) -> Result<[(path: String, value: String)], LineError> {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let preview = String(decoding: data.prefix(60), as: UTF8.self)
            return .failure(LineError(code: .malformedJSON,
                message: "the line is not JSON (it starts \"\(preview)\"); each line must hold one JSON object"))
        }
        guard let object = value as? [String: Any] else {
            return .failure(LineError(code: .malformedJSON,
                message: "the line holds a JSON \(kind(of: value)), not an object; each line must hold one JSON object"))
        }
        return .success(flatten(object))
    }

    /// Nested objects become dotted paths (`customer.segment`), arrays of scalars one value
    /// joined with `; `, and objects inside arrays indexed paths (`items.0.name`). Null is left
    /// out. Paths come sorted, so the columns found do not depend on dictionary order.
    static func flatten(_ object: [String: Any]) -> [(path: String, value: String)] {
        var pairs: [(path: String, value: String)] = []
        func walk(_ value: Any, _ path: String) {
            if let dictionary = value as? [String: Any] {
                for key in dictionary.keys.sorted() {
                    walk(dictionary[key]!, path.isEmpty ? key : "\(path).\(key)")
                }
            } else if let array = value as? [Any] {
                if array.allSatisfy({ scalar($0) != nil }) {
                    let joined = array.compactMap(scalar).joined(separator: "; ")
                    if !joined.isEmpty { pairs.append((path, joined)) }
                } else {
                    for (index, element) in array.enumerated() { walk(element, "\(path).\(index)") }
                }
            } else if let text = scalar(value) {
                pairs.append((path, text))
            }
        }
        walk(object, "")
        return pairs
    }

    /// A JSON scalar as text: numbers without a trailing `.0`, booleans as `true`/`false`.
    static func scalar(_ value: Any) -> String? {
        switch value {
        case let text as String: return text
        case is NSNull: return nil
        case let number as NSNumber:
            // Booleans are NSNumbers too; their Objective-C type is `c` on Linux and Darwin alike.
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            if let integer = Int(exactly: number.doubleValue), !number.stringValue.contains("e") {
                return String(integer)
            }
            return number.stringValue
        default: return nil
        }
    }

    private static func kind(of value: Any) -> String {
        switch value {
        case is [Any]: "array"
        case is String: "string"
        case is NSNull: "null"
        default: "number or boolean"
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
