import Foundation
import Yams

/// A dictionary in another tool's format, read into categories of terms: LIWC `.dic` (2007 and
/// 2015 layouts), LIWC-22 `.dicx` and quanteda-style YAML. Each category becomes a theme; each
/// term an entry (`ForeignDictionary.pattern(for:)` says how).
public struct ForeignDictionary: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case liwc, liwc22, quanteda

        /// The format a file name implies: `.dic`, `.dicx`, `.yaml`/`.yml`.
        public static func of(_ url: URL) -> Format? {
            switch url.pathExtension.lowercased() {
            case "dic": .liwc
            case "dicx": .liwc22
            case "yaml", "yml": .quanteda
            default: nil
            }
        }
    }

    public struct Category: Sendable, Equatable {
        /// A theme id made from the category name: lowercase letters, digits and `_`.
        public var id: String
        /// The category name as written in the dictionary.
        public var name: String
        /// Terms in file order, each with the line it was read from.
        public var terms: [(term: String, line: Int)]

        public static func == (a: Category, b: Category) -> Bool {
            a.id == b.id && a.name == b.name && a.terms.map(\.term) == b.terms.map(\.term) && a.terms.map(\.line) == b.terms.map(\.line)
        }
    }

    public var format: Format
    public var categories: [Category]
    /// How the bytes were decoded: `utf-8` or `windows-1252` (older LIWC files).
    public var encoding: String

    /// Decodes the bytes (UTF-8, else windows-1252) and parses them; problems are reported with
    /// their line, never fatal.
    public static func read(_ data: Data, format: Format, file: String) -> (ForeignDictionary, [LexiconIssue]) {
        var encoding = "utf-8"
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var text = String(data: bytes, encoding: .utf8)
        if text == nil {
            text = String(data: bytes, encoding: .windowsCP1252)
            encoding = "windows-1252"
        }
        var issues: [LexiconIssue] = []
        if encoding != "utf-8" {
            issues.append(LexiconIssue(.warning, SourceLocation(file: file, line: 0), "not UTF-8; read as windows-1252",
                                       fix: "re-save the file as UTF-8 to be sure of its accents"))
        }
        let categories: [Category]
        switch format {
        case .liwc: categories = parseLIWC(text ?? "", file: file, issues: &issues)
        case .liwc22: categories = parseLIWC22(text ?? "", file: file, issues: &issues)
        case .quanteda: categories = parseQuanteda(text ?? "", file: file, issues: &issues)
        }
        return (ForeignDictionary(format: format, categories: categories, encoding: encoding), issues)
    }

    // MARK: - LIWC .dic (2007, 2015)

    /// `%` / `number<TAB>name` lines / `%` / `term<TAB>number<TAB>number...`. Terms may hold
    /// spaces (2015's multi-word entries); 2007's conditional codes such as `(02 134)125/464`
    /// count for every category number they name after the parenthesis.
    static func parseLIWC(_ text: String, file: String, issues: inout [LexiconIssue]) -> [Category] {
        var names: [(number: String, name: String)] = []
        var terms: [String: [(String, Int)]] = [:]
        var percentLines = 0
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\r")).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "%" {
                percentLines += 1
                continue
            }
            if percentLines == 1 {
                let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
                guard fields.count >= 2, fields[0].allSatisfy(\.isNumber) else {
                    issues.append(LexiconIssue(.error, SourceLocation(file: file, line: lineNumber), "expected `number<TAB>category` in the header",
                                               fix: "write the category number, a tab and its name"))
                    continue
                }
                names.append((fields[0], fields[1]))
                continue
            }
            guard percentLines >= 2 else {
                issues.append(LexiconIssue(.error, SourceLocation(file: file, line: lineNumber), "text before the `%` header",
                                           fix: "start the file with a line holding only `%`"))
                continue
            }
            var fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count == 1 {
                // Space-separated: trailing numbers are categories, the rest is the term.
                var words = line.split(separator: " ").map(String.init)
                var numbers: [String] = []
                while let last = words.last, last.allSatisfy({ $0.isNumber || $0 == "(" || $0 == ")" || $0 == "/" }) {
                    numbers.insert(last, at: 0)
                    words.removeLast()
                }
                fields = [words.joined(separator: " ")] + numbers
            }
            let term = fields[0]
            var codes: [String] = []
            for field in fields.dropFirst() {
                let tail = field.split(separator: ")").last.map(String.init) ?? field
                codes += tail.split(whereSeparator: { !$0.isNumber }).map(String.init)
            }
            guard !term.isEmpty, !codes.isEmpty else {
                issues.append(LexiconIssue(.warning, SourceLocation(file: file, line: lineNumber), "`\(line)` names no category",
                                           fix: "add the category numbers after a tab"))
                continue
            }
            for code in codes { terms[code, default: []].append((term, lineNumber)) }
        }
        if names.isEmpty {
            issues.append(LexiconIssue(.error, SourceLocation(file: file, line: 1), "no category header between `%` lines",
                                       fix: "list the categories as `number<TAB>name` between two `%` lines"))
        }
        let known = Set(names.map(\.number))
        for code in terms.keys.sorted() where !known.contains(code) {
            issues.append(LexiconIssue(.warning, SourceLocation(file: file, line: terms[code]![0].1), "category number \(code) is not in the header",
                                       fix: "add `\(code)<TAB>name` to the header or correct the number"))
        }
        return names.map { Category(id: themeID($0.name), name: $0.name, terms: terms[$0.number] ?? []) }
    }

    // MARK: - LIWC-22 .dicx

    /// CSV: a header `DicTerm,cat1,cat2,...`, then one row per term with a mark (`X`, `1`) under
    /// each category it belongs to.
    static func parseLIWC22(_ text: String, file: String, issues: inout [LexiconIssue]) -> [Category] {
        let rows = CSVLines.parse(text)
        guard let header = rows.first else {
            issues.append(LexiconIssue(.error, SourceLocation(file: file, line: 1), "empty file", fix: "export the dictionary again from LIWC-22"))
            return []
        }
        let names = Array(header.fields.dropFirst())
        var categories = names.map { Category(id: themeID($0), name: $0, terms: []) }
        for row in rows.dropFirst() {
            guard let term = row.fields.first?.trimmingCharacters(in: .whitespaces), !term.isEmpty else { continue }
            var any = false
            for (k, mark) in row.fields.dropFirst().enumerated() where k < categories.count {
                let m = mark.trimmingCharacters(in: .whitespaces)
                if !m.isEmpty && m != "0" {
                    categories[k].terms.append((term, row.line))
                    any = true
                }
            }
            if !any {
                issues.append(LexiconIssue(.warning, SourceLocation(file: file, line: row.line), "`\(term)` is marked for no category",
                                           fix: "put an X under at least one category"))
            }
        }
        return categories
    }

    // MARK: - quanteda YAML

    /// `category: [term, term*]`, nested to any depth (`economy: {markets: [...]}` becomes
    /// `economy_markets`).
    static func parseQuanteda(_ text: String, file: String, issues: inout [LexiconIssue]) -> [Category] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            issues.append(LexiconIssue(.error, SourceLocation(file: file, line: LexiconLoader.line(of: error)),
                                       "YAML syntax error: \(LexiconLoader.problem(of: error))", fix: "correct the YAML"))
            return []
        }
        guard let mapping = root?.mapping else {
            issues.append(LexiconIssue(.error, SourceLocation(file: file, line: 1), "a quanteda dictionary is a mapping of categories",
                                       fix: "write `category: [term, term]`"))
            return []
        }
        var categories: [Category] = []
        func walk(_ mapping: Node.Mapping, path: [String]) {
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if let items = value.sequence {
                    var terms: [(String, Int)] = []
                    for item in items {
                        if let s = item.string { terms.append((s, item.mark?.line ?? 0)) }
                    }
                    let full = (path + [name]).joined(separator: "_")
                    categories.append(Category(id: themeID(full), name: full, terms: terms))
                } else if let nested = value.mapping {
                    walk(nested, path: path + [name])
                } else if let s = value.string {
                    let full = (path + [name]).joined(separator: "_")
                    categories.append(Category(id: themeID(full), name: full, terms: [(s, value.mark?.line ?? 0)]))
                }
            }
        }
        walk(mapping, path: [])
        return categories
    }

    // MARK: - Conversion

    /// `Posemo (Positive emotion)` -> `posemo_positive_emotion`.
    public static func themeID(_ name: String) -> String {
        var id = ""
        for ch in name.lowercased() {
            if ch.isLetter || ch.isNumber { id.append(ch) } else if !id.hasSuffix("_") && !id.isEmpty { id.append("_") }
        }
        while id.hasSuffix("_") { id.removeLast() }
        return id.isEmpty ? "category" : id
    }

    /// Our pattern for a foreign term: foreign dictionaries match forms exactly, so a plain word
    /// becomes `=word`; `word*` stays a prefix; a multi-word term becomes a phrase of those.
    /// Returns nil (with the reason) for terms our schema cannot express.
    public static func pattern(for term: String) -> Result<String, LexiconIssueReason> {
        let words = term.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ").map(String.init)
        guard !words.isEmpty else { return .failure(.init(message: "empty term", fix: "remove it")) }
        var out: [String] = []
        for word in words {
            var core = Substring(word)
            let star = core.hasSuffix("*")
            if star { core = core.dropLast() }
            if core.contains("*") || core.hasPrefix("*") && star {
                return .failure(.init(message: "`\(term)` has an inner star", fix: "use a trailing star only"))
            }
            guard !core.isEmpty, core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" }) else {
                return .failure(.init(message: "`\(term)` is not made of words (emoticon or punctuation)", fix: "patterns hold letters, digits and apostrophes only"))
            }
            let plain = core.replacingOccurrences(of: "-", with: " ")
            if star {
                if core.count >= 3 {
                    out.append(plain + "*")
                } else {
                    return .failure(.init(message: "`\(term)`: prefix shorter than three letters", fix: "lengthen the prefix or list the forms"))
                }
            } else {
                out.append(plain.split(separator: " ").map { "=" + $0 }.joined(separator: " "))
            }
        }
        return .success(out.joined(separator: " "))
    }

    /// The categories as themes with entries in `language` (weight 1, no polarity). Terms that
    /// cannot be expressed are reported and left out.
    public func themes(language: String, file: String) -> ([Theme], [LexiconIssue]) {
        var parser = PatternParser()
        var issues: [LexiconIssue] = []
        var themes: [Theme] = []
        for category in categories {
            var entries: [Entry] = []
            var seen: Set<String> = []
            for (term, line) in category.terms {
                let location = SourceLocation(file: file, line: line)
                switch Self.pattern(for: term) {
                case let .success(text):
                    guard seen.insert(text).inserted else { continue }
                    switch parser.parse(text) {
                    case let .success(pattern):
                        entries.append(Entry(pattern: pattern, language: language, location: location))
                    case let .failure(failure):
                        issues.append(LexiconIssue(.warning, location, "`\(term)`: \(failure)", fix: failure.fix))
                    }
                case let .failure(reason):
                    issues.append(LexiconIssue(.warning, location, reason.message + "; skipped", fix: reason.fix))
                }
            }
            themes.append(Theme(id: category.id, labels: [language: category.name], description: "Imported category `\(category.name)`.", entries: entries))
        }
        return (themes, issues)
    }
}

/// Why an item was left out, and how to fix it.
public struct LexiconIssueReason: Error, Sendable, Equatable {
    public var message: String
    public var fix: String
}

/// A small RFC 4180 reader for `.dicx` files (quoted fields, doubled quotes, CRLF).
enum CSVLines {
    struct Row {
        var fields: [String]
        var line: Int
    }

    static func parse(_ text: String) -> [Row] {
        var rows: [Row] = []
        var field = ""
        var fields: [String] = []
        var quoted = false
        var line = 1
        var rowLine = 1
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(fields: fields, line: rowLine)) }
            fields = []
        }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endRow()
                line += 1
                rowLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
