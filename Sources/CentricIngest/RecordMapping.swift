import Foundation

/// Which columns of a record file (CSV, TSV, JSON lines) hold the text, date, id, language and
/// segment fields of each feedback document.
///
/// Every property left `nil` is detected from the column names (English and Dutch), and, for the
/// text, from the values when no name fits. For JSON lines a column is a dotted path into the
/// object (`customer.segment`).
public struct RecordMapping: Sendable, Equatable {
    /// The column holding the feedback text.
    public var text: String?
    /// The column holding the date the feedback was given.
    public var date: String?
    /// The column identifying the record (a response or ticket id); the row number otherwise.
    public var id: String?
    /// The column holding the declared language (`nl`, `en-GB`, `Nederlands`...).
    public var lang: String?
    /// The segment columns to keep as fields; `nil` keeps every remaining short-valued column.
    public var fields: [String]?
    /// The date layout of the date column; `nil` decides it from the values.
    public var dateFormat: RecordDateFormat?

    public init(
        text: String? = nil, date: String? = nil, id: String? = nil, lang: String? = nil,
        fields: [String]? = nil, dateFormat: RecordDateFormat? = nil
    ) {
        self.text = text
        self.date = date
        self.id = id
        self.lang = lang
        self.fields = fields
        self.dateFormat = dateFormat
    }

    /// Everything detected.
    public static let automatic = RecordMapping()

    // MARK: - Known column names (normalised: lowercase, `_` for spaces and hyphens)

    /// Text columns, most telling first.
    static let textNames = [
        "text", "comment", "comments", "feedback", "opmerking", "opmerkingen", "toelichting",
        "review", "body", "message", "bericht", "tekst", "verbatim", "antwoord", "content",
        "reactie", "omschrijving", "description", "answer", "remarks",
    ]
    static let dateNames = [
        "date", "datum", "created_at", "submitted", "submitted_at", "timestamp", "created",
        "ingediend", "ingediend_op", "datum_ingevuld", "response_date", "aangemaakt", "time", "tijdstip",
    ]
    static let idNames = [
        "id", "response_id", "ticket_id", "nummer", "respondent_id", "record_id", "review_id",
        "feedback_id", "uuid", "nr", "ticketnummer", "klantnummer",
    ]
    static let langNames = ["lang", "language", "taal", "locale"]
    /// Segment columns kept even when their values are long or unique.
    static let fieldNames = [
        "channel", "kanaal", "rating", "score", "cijfer", "nps", "segment", "product", "category",
        "categorie", "region", "regio", "country", "land", "brand", "merk", "store", "winkel",
        "department", "afdeling", "source", "bron", "type", "stars", "sterren", "csat", "ces", "team",
    ]
    /// Columns that identify a person: never copied into fields, which end up in output tables.
    static let personalNames = [
        "email", "e_mail", "mail", "name", "naam", "first_name", "last_name", "voornaam", "achternaam",
        "phone", "telefoon", "telefoonnummer", "address", "adres", "ip", "ip_address", "postcode", "zip",
    ]

    /// Whether `name` is a column name this mapping knows (used by header sniffing).
    static func isKnownColumnName(_ name: String) -> Bool {
        let key = normalise(name)
        return [textNames, dateNames, idNames, langNames, fieldNames, personalNames].contains { $0.contains(key) }
    }

    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    // MARK: - Resolving against a file's columns

    /// Binds the mapping to a file's columns, looking at up to a few hundred sample rows (values
    /// aligned with `columns`). Throws when an explicit column is missing or no text column exists.
    func resolve(columns: [String], sample: [[String]]) throws -> ResolvedRecordMapping {
        var claimed = Set<Int>()
        func explicit(_ name: String?, _ role: String) throws -> Int? {
            guard let name else { return nil }
            guard let index = columns.firstIndex(of: name)
                ?? columns.firstIndex(where: { Self.normalise($0) == Self.normalise(name) }) else {
                throw IngestError(.malformedRecord,
                    "no column \"\(name)\" for the \(role); the columns are: \(columns.joined(separator: ", "))")
            }
            claimed.insert(index)
            return index
        }
        func detect(_ names: [String], tokens: Bool) -> Int? {
            let keys = columns.map(Self.normalise)
            // Exact names first (in the order of `names`), then the last part of a dotted path,
            // then (for text and date) a name that contains a known word: `feedback_text`.
            for name in names {
                if let index = keys.indices.first(where: { !claimed.contains($0) && keys[$0] == name }) { return index }
            }
            for name in names {
                if let index = keys.indices.first(where: {
                    !claimed.contains($0) && keys[$0].split(separator: ".").last.map(String.init) == name
                }) { return index }
            }
            guard tokens else { return nil }
            for name in names where !name.contains("_") {
                if let index = keys.indices.first(where: {
                    !claimed.contains($0) && keys[$0].split(whereSeparator: { $0 == "_" || $0 == "." }).contains { $0 == name }
                }) { return index }
            }
            return nil
        }
        func claim(_ index: Int?) -> Int? {
            if let index { claimed.insert(index) }
            return index
        }

        let stats = columns.indices.map { ColumnStats(values: sample, column: $0) }
        var resolved = ResolvedRecordMapping(columns: columns, textIndex: 0)
        resolved.idIndex = try explicit(id, "id") ?? (id == nil ? claim(detect(Self.idNames, tokens: false)) : nil)
        resolved.langIndex = try explicit(lang, "language") ?? (lang == nil ? claim(detect(Self.langNames, tokens: false)) : nil)
        resolved.dateIndex = try explicit(date, "date") ?? (date == nil ? claim(detect(Self.dateNames, tokens: true)) : nil)
        if let textIndex = try explicit(text, "text") {
            resolved.textIndex = textIndex
        } else if let textIndex = claim(detect(Self.textNames, tokens: true)) {
            resolved.textIndex = textIndex
            resolved.textRule = "name"
        } else if let longest = columns.indices.filter({ !claimed.contains($0) })
            .max(by: { stats[$0].meanLength < stats[$1].meanLength }), stats[longest].meanLength >= 15 {
            // No name fits: the column of sentences is the one with the longest values.
            claimed.insert(longest)
            resolved.textIndex = longest
            resolved.textRule = "longest values"
        } else {
            throw IngestError(.malformedRecord,
                "no text column found; name it with --text COLUMN (the columns are: \(columns.joined(separator: ", ")))")
        }

        if let dateIndex = resolved.dateIndex {
            if let dateFormat {
                resolved.dateFormat = dateFormat
            } else if let inferred = RecordDates.inferFormat(sample.map { $0[dateIndex] }) {
                resolved.dateFormat = inferred.format
                resolved.dateFormatAssumed = inferred.assumed
            } else {
                resolved.dateFormat = .iso
            }
        }

        if let fields {
            for name in fields {
                guard let index = columns.firstIndex(of: name)
                    ?? columns.firstIndex(where: { Self.normalise($0) == Self.normalise(name) }) else {
                    throw IngestError(.malformedRecord,
                        "no column \"\(name)\" for a field; the columns are: \(columns.joined(separator: ", "))")
                }
                resolved.fieldIndices.append(index)
            }
        } else {
            for index in columns.indices where !claimed.contains(index) {
                let key = Self.normalise(columns[index])
                let leaf = key.split(separator: ".").last.map(String.init) ?? key
                if Self.personalNames.contains(leaf) || columns[index].isEmpty { continue }
                if Self.fieldNames.contains(leaf) || stats[index].isSegmentLike { resolved.fieldIndices.append(index) }
            }
        }
        return resolved
    }

    // MARK: - Language values

    /// A declared language reduced to its primary subtag (`nl-BE` -> `nl`), with the names
    /// exports write instead of codes (`Nederlands`, `Dutch`, `Engels`). `nil` for anything else.
    public static func normaliseLanguage(_ value: String) -> String? {
        let lowered = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch lowered {
        case "dutch", "nederlands", "nld", "dut", "vlaams", "flemish": return "nl"
        case "english", "engels", "eng": return "en"
        case "german", "duits", "deutsch", "deu", "ger": return "de"
        case "french", "frans", "français", "francais", "fra", "fre": return "fr"
        default: break
        }
        let primary = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary
    }
}

/// What a sample says about one column's values.
private struct ColumnStats {
    var meanLength = 0.0
    var maxLength = 0
    var distinct = 0
    var count = 0

    init<S: Sequence>(values rows: S, column: Int) where S.Element == [String] {
        var total = 0
        var seen = Set<String>()
        for row in rows where column < row.count {
            let value = RecordText.trim(row[column])
            guard !value.isEmpty else { continue }
            count += 1
            total += value.count
            maxLength = max(maxLength, value.count)
            if seen.count < 1000 { seen.insert(value) }
        }
        distinct = seen.count
        meanLength = count == 0 ? 0 : Double(total) / Double(count)
    }

    /// Short values that repeat: a segment to group by, not free text or a second id.
    var isSegmentLike: Bool {
        guard count > 0, maxLength <= 80, meanLength <= 40 else { return false }
        return count < 20 || distinct < count
    }
}

// MARK: - A mapping bound to a file

/// A `RecordMapping` resolved against one file's columns: it turns rows into documents.
struct ResolvedRecordMapping {
    var columns: [String]
    var textIndex: Int
    var textRule = "explicit"
    var dateIndex: Int?
    var dateFormat: RecordDateFormat?
    var dateFormatAssumed = false
    var idIndex: Int?
    var langIndex: Int?
    var fieldIndices: [Int] = []

    /// One line for the run's warnings, so a user sees what was read as what.
    var summary: String {
        var parts = ["text=\(columns[textIndex])"]
        if let dateIndex {
            parts.append("date=\(columns[dateIndex]) (\(dateFormat?.rawValue ?? "iso")\(dateFormatAssumed ? ", assumed: no day above 12 seen" : ""))")
        }
        if let idIndex { parts.append("id=\(columns[idIndex])") }
        if let langIndex { parts.append("lang=\(columns[langIndex])") }
        parts.append("fields=[\(fieldIndices.map { columns[$0] }.joined(separator: ", "))]")
        return "columns: " + parts.joined(separator: ", ")
    }

    /// The document for one record, or why there is none, and a note when its date could not
    /// be read (worth one warning per file).
    ///
    /// - Parameters:
    ///   - values: the record's values, aligned with `columns` (missing ones empty).
    ///   - row: the 1-based data row number, used as the id when the file has no id column.
    ///   - fileOrigin: the file's origin; the record's origin adds `#id=` or `#row=`.
    ///   - sourceName: the file name (not the path): ids survive moving the export.
    func event(values: [String], row: Int, fileOrigin: String, sourceName: String) -> (SourceEvent, dateProblem: String?) {
        func value(_ index: Int?) -> String? {
            guard let index, index < values.count else { return nil }
            let trimmed = RecordText.trim(values[index])
            return trimmed.isEmpty ? nil : trimmed
        }
        let idValue = value(idIndex)
        let origin = idValue.map { "\(fileOrigin)#id=\($0)" } ?? "\(fileOrigin)#row=\(row)"
        let blocks = Self.blocks(of: textIndex < values.count ? values[textIndex] : "")
        guard !blocks.isEmpty else { return (.skipped(origin: origin, .empty), nil) }

        var document = Document(
            id: StableHash.hex(StableHash.fnv1a64("record", sourceName, idValue ?? String(row))),
            origin: origin, source: sourceName, kind: .feedback, blocks: blocks)
        if let raw = value(langIndex), let language = RecordMapping.normaliseLanguage(raw) {
            document.languageHint = Found(language, rule: "column:lang")
        }
        var problem: String?
        if let raw = value(dateIndex) {
            if let date = RecordDates.parse(raw, format: dateFormat ?? .iso) {
                document.published = Found(date, rule: "column:date")
            } else {
                problem = dateProblem(raw)
            }
        }
        for index in fieldIndices {
            if let fieldValue = value(index) { document.fields[columns[index]] = fieldValue }
        }
        return (.document(document), problem)
    }

    /// Why a date value cannot be read in the column's format.
    private func dateProblem(_ raw: String) -> String {
        if dateFormat == .dayMonthYear, RecordDates.parse(raw, format: .monthDayYear) != nil {
            return "the date \"\(raw)\" is month-first but the column was read day-first from the first rows; pass --date-format mm/dd/yyyy"
        }
        return "the date \"\(raw)\" in column \(columns[dateIndex ?? 0]) is not a date in a known layout; the record has no date"
    }

    /// Paragraphs: split on blank lines, each trimmed; line endings made `\n`.
    static func blocks(of text: String) -> [String] {
        // Most feedback is one line: no splitting needed.
        if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            let trimmed = RecordText.trim(text)
            return trimmed.isEmpty ? [] : [trimmed]
        }
        var blocks: [String] = []
        var current: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let trimmed = RecordText.trim(String(line))
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current.removeAll()
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }
}

/// Whitespace trimming without Foundation's bridging, for the per-record path.
enum RecordText {
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}

// MARK: - From records to documents

/// One record's values: a row aligned with the file's columns (CSV), or flattened dotted paths
/// (JSON lines), whose columns are the paths seen in the sample.
enum RecordValues {
    case row([String])
    case object([(path: String, value: String)])

    func aligned(to columns: [String], index: [String: Int]) -> [String] {
        switch self {
        case let .row(values): return values
        case let .object(pairs):
            var values = [String](repeating: "", count: columns.count)
            for (path, value) in pairs {
                if let column = index[path] { values[column] = value }
            }
            return values
        }
    }
}

/// Turns a stream of records into document events: it holds back the first records (and the
/// events between them, so the order stays the file's) until the mapping is resolved on them,
/// then streams. Shared by the CSV and JSON-lines readers.
struct RecordDocumentAssembler {
    let origin: String
    let sourceName: String
    let mapping: RecordMapping
    let sampleSize: Int
    /// The header's column names; JSON lines leave it `nil` and the sample's paths are used.
    var columns: [String]?
    /// How the file was read, for the closing note.
    var note = ""

    private enum Held {
        case record(RecordValues, row: Int, line: Int)
        case event(SourceEvent)
    }
    private var held: [Held] = []
    private var heldRecords = 0
    private var resolved: ResolvedRecordMapping?
    private var columnIndex: [String: Int] = [:]
    private var unresolvable = false
    private var dateProblems = 0

    init(origin: String, sourceName: String, mapping: RecordMapping, sampleSize: Int) {
        self.origin = origin
        self.sourceName = sourceName
        self.mapping = mapping
        self.sampleSize = sampleSize
    }

    func lineOrigin(_ line: Int?) -> String {
        line.map { "\(origin)#line=\($0)" } ?? origin
    }

    mutating func add(values: [String], row: Int, line: Int, _ emit: (SourceEvent) throws -> Void) throws {
        try add(.row(values), row: row, line: line, emit)
    }

    mutating func add(_ values: RecordValues, row: Int, line: Int, _ emit: (SourceEvent) throws -> Void) throws {
        if unresolvable { return }
        guard let resolved else {
            held.append(.record(values, row: row, line: line))
            heldRecords += 1
            if heldRecords >= sampleSize { try resolve(emit) }
            return
        }
        let aligned = values.aligned(to: resolved.columns, index: columnIndex)
        let (event, dateProblem) = resolved.event(values: aligned, row: row, fileOrigin: origin, sourceName: sourceName)
        if let dateProblem {
            dateProblems += 1
            if dateProblems == 1 { try emit(.warning(origin: lineOrigin(line), dateProblem)) }
        }
        try emit(event)
    }

    /// Passes an event through, behind the records held before it.
    mutating func pass(_ event: SourceEvent, _ emit: (SourceEvent) throws -> Void) throws {
        if resolved == nil && !unresolvable {
            held.append(.event(event))
        } else {
            try emit(event)
        }
    }

    mutating func finish(_ emit: (SourceEvent) throws -> Void) throws {
        if resolved == nil && !unresolvable {
            if heldRecords == 0 {
                for case let .event(event) in held { try emit(event) }
                held.removeAll()
                try emit(.skipped(origin: origin, .empty))
                return
            }
            try resolve(emit)
        }
        if dateProblems > 1 {
            try emit(.warning(origin: origin, "\(dateProblems) dates could not be read; those records have no date"))
        }
    }

    private mutating func resolve(_ emit: (SourceEvent) throws -> Void) throws {
        let names = columns ?? discoverColumns()
        columnIndex = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let sample = held.compactMap { item -> [String]? in
            if case let .record(values, _, _) = item { return values.aligned(to: names, index: columnIndex) }
            return nil
        }
        do {
            let bound = try mapping.resolve(columns: names, sample: sample)
            resolved = bound
            try emit(.warning(origin: origin, [note, bound.summary].filter { !$0.isEmpty }.joined(separator: "; ")))
        } catch let error as IngestError {
            unresolvable = true
            for case let .event(event) in held { try emit(event) }
            held.removeAll()
            try emit(.failed(origin: origin, error))
            return
        }
        let items = held
        held.removeAll()
        for item in items {
            switch item {
            case let .record(values, row, line): try add(values, row: row, line: line, emit)
            case let .event(event): try emit(event)
            }
        }
    }

    /// The columns of a headerless sample: every path in first-seen order (JSON lines), or
    /// `column1...` for a CSV file without a header.
    private func discoverColumns() -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        var width = 0
        for case let .record(values, _, _) in held {
            switch values {
            case let .row(row): width = max(width, row.count)
            case let .object(pairs):
                for (path, _) in pairs where seen.insert(path).inserted { names.append(path) }
            }
        }
        if width > 0 { names = (1...width).map { "column\($0)" } }
        // An explicitly named path that the sample never showed is still a column.
        for name in [mapping.text, mapping.date, mapping.id, mapping.lang].compactMap({ $0 }) + (mapping.fields ?? [])
        where seen.insert(name).inserted && width == 0 {
            names.append(name)
        }
        return names
    }
}
