import Foundation

/// How a delimited file is laid out: its separator and whether its first row names the columns.
///
/// Quoting is always RFC 4180 (`"` encloses, `""` escapes); exports that use another quote
/// character are rare enough not to sniff for.
public struct CSVDialect: Sendable, Equatable, CustomStringConvertible {
    /// The field separator, one ASCII byte: `,` `;` tab or `|`.
    public var delimiter: UInt8
    /// Whether the first record is a header row of column names.
    public var hasHeader: Bool

    public init(delimiter: UInt8 = UInt8(ascii: ","), hasHeader: Bool = true) {
        self.delimiter = delimiter
        self.hasHeader = hasHeader
    }

    public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
    /// What Dutch Excel writes: the comma is the decimal separator there.
    public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
    public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))
    public static let pipe = CSVDialect(delimiter: UInt8(ascii: "|"))

    /// The separators sniffing chooses between, in the order that breaks ties.
    public static let candidateDelimiters: [UInt8] = [
        UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"),
    ]

    public var description: String {
        let name: String = switch delimiter {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        case UInt8(ascii: "|"): "pipe"
        default: "byte \(delimiter)"
        }
        return "\(name)-separated, \(hasHeader ? "with" : "without") header"
    }
}

// MARK: - Sniffing

extension CSVDialect {
    /// Guesses the dialect from the first bytes of a file (a BOM-free sample, cut anywhere).
    ///
    /// The delimiter is the candidate that splits the sampled records into the most consistent
    /// number of fields (more than one), quotes respected, so a Dutch `7,5` inside a
    /// semicolon-separated file does not fool it. `preferred` (from a `.tsv` extension) wins
    /// when it splits the sample at all.
    /// `isWholeFile` says the sample is the entire file, so its last record is complete.
    public static func sniff(sample: [UInt8], isWholeFile: Bool = false, preferredDelimiter preferred: UInt8? = nil) -> CSVDialect {
        let delimiter = sniffDelimiter(sample: sample, isWholeFile: isWholeFile, preferred: preferred)
        let records = sampleRecords(sample, delimiter: delimiter, limit: 50, isWholeFile: isWholeFile)
        return CSVDialect(delimiter: delimiter, hasHeader: sniffHeader(records: records))
    }

    static func sniffDelimiter(sample: [UInt8], isWholeFile: Bool, preferred: UInt8?) -> UInt8 {
        var best: (delimiter: UInt8, consistency: Double, width: Int)? = nil
        var candidates = candidateDelimiters
        if let preferred, let index = candidates.firstIndex(of: preferred) {
            candidates.remove(at: index)
            candidates.insert(preferred, at: 0)
        }
        for candidate in candidates {
            let counts = sampleRecords(sample, delimiter: candidate, limit: 50, isWholeFile: isWholeFile).map(\.count)
            guard let width = mode(of: counts), width > 1 else { continue }
            if candidate == preferred { return candidate }
            let consistency = Double(counts.filter { $0 == width }.count) / Double(counts.count)
            // A clearly more consistent split wins; near ties go to the wider split, then to
            // the candidate order.
            if let current = best {
                if consistency > current.consistency + 0.05
                    || (abs(consistency - current.consistency) <= 0.05 && width > current.width) {
                    best = (candidate, consistency, width)
                }
            } else {
                best = (candidate, consistency, width)
            }
        }
        return best?.delimiter ?? preferred ?? UInt8(ascii: ",")
    }

    /// Whether the first record looks like column names rather than data.
    ///
    /// Votes per column, like Python's `csv.Sniffer.has_header`: a known column name, a
    /// non-numeric cell above numeric values, a short label above sentences, or a cell whose
    /// length stands out from a column of equal-length values each count for a header; a numeric first cell, an empty one or a
    /// long sentence count against.
    static func sniffHeader(records: [[String]]) -> Bool {
        guard let first = records.first, !first.isEmpty else { return false }
        let rest = records.dropFirst().filter { $0.count == first.count }
        var votes = 0
        for (column, cell) in first.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.count > 60 || isNumeric(name) {
                votes -= 2
                continue
            }
            if RecordMapping.isKnownColumnName(name) { votes += 2 }
            let values = rest.map { $0[column].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !values.isEmpty else { continue }
            let meanLength = Double(values.reduce(0) { $0 + $1.count }) / Double(values.count)
            if values.allSatisfy(isNumeric) {
                votes += 1
            } else if meanLength >= 20, name.count < 20 {
                // A short label above a column of sentences.
                votes += 1
            } else if let length = values.first?.count, values.allSatisfy({ $0.count == length }),
                      name.count != length {
                votes += 1
            }
        }
        if rest.isEmpty {
            // A single row: column names are short and distinct.
            return votes >= 0 && Set(first).count == first.count
                && first.allSatisfy { $0.count <= 40 && !isNumeric($0) && !$0.isEmpty }
        }
        return votes > 0
    }

    static func isNumeric(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        // Dates and Dutch decimals count as numeric: a header is never made of them.
        return trimmed.unicodeScalars.allSatisfy { "0123456789.,-+/:% ".unicodeScalars.contains($0) }
            && trimmed.unicodeScalars.contains { CharacterSet.decimalDigits.contains($0) }
    }

    /// The records of a sample, at most `limit`. When the sample is only the start of the file,
    /// the record it cuts stays inside the parser and is left out.
    static func sampleRecords(_ sample: [UInt8], delimiter: UInt8, limit: Int, isWholeFile: Bool = false) -> [[String]] {
        var parser = CSVParser(delimiter: delimiter, maxRecordBytes: sample.count + 1)
        var records: [[String]] = []
        let collect: (CSVParser.Output) -> Void = { output in
            if case let .record(raw) = output, records.count < limit, !raw.isBlank {
                records.append(raw.fields.map { String(decoding: $0, as: UTF8.self) })
            }
        }
        sample.withUnsafeBufferPointer { buffer in
            parser.feed(buffer, collect)
            if isWholeFile { parser.finish(collect) }
        }
        return records
    }

    private static func mode(of counts: [Int]) -> Int? {
        guard !counts.isEmpty else { return nil }
        var tally: [Int: Int] = [:]
        for count in counts { tally[count, default: 0] += 1 }
        return tally.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}
