import CentricLexicon
import Foundation

/// `centric lexicon import`: converts another tool's dictionary into Centric's lexicon layout
/// (Lexicons/README.md), so it can be linted, edited and loaded like the shipped lexicons.
///
/// - LIWC `.dic` (2007 and 2015), LIWC-22 `.dicx` and quanteda YAML: one theme file per
///   category in `OUT/themes/<id>.yaml`, the terms as entries of `--lang` (plain words become
///   `=word`, since those tools match forms exactly; `word*` stays a prefix; multi-word terms
///   become phrases). Terms the schema cannot hold (emoticons, inner stars) are reported.
/// - VADER's TSV (`term<TAB>mean<TAB>sd<TAB>ratings`): `OUT/sentiment/<lang>.tsv` with the
///   term and its mean valence, checked by the same parser the loader uses.
public enum LexiconImport {
    public enum Kind: String, Sendable, CaseIterable {
        case liwc, liwc22, quanteda, vader

        public static func of(_ url: URL) -> Kind? {
            switch url.pathExtension.lowercased() {
            case "dic": .liwc
            case "dicx": .liwc22
            case "yaml", "yml": .quanteda
            case "tsv", "txt": .vader
            default: nil
            }
        }
    }

    public struct Result: Sendable {
        /// Files written, as `displayOut`-relative paths.
        public var written: [String]
        public var issues: [LexiconIssue]
        public var summary: String
    }

    public static func convert(_ data: Data, kind: Kind, name: String, language: String, to out: URL, displayOut: String) throws -> Result {
        switch kind {
        case .vader:
            return try convertVADER(data, name: name, language: language, to: out, displayOut: displayOut)
        case .liwc, .liwc22, .quanteda:
            let format: ForeignDictionary.Format = kind == .liwc ? .liwc : kind == .liwc22 ? .liwc22 : .quanteda
            let (dictionary, found) = ForeignDictionary.read(data, format: format, file: name)
            let (themes, problems) = dictionary.themes(language: language, file: name)
            let folder = out.appendingPathComponent("themes")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var written: [String] = []
            var used: Set<String> = []
            for theme in themes {
                var id = theme.id
                var n = 2
                while !used.insert(id).inserted {
                    id = "\(theme.id)_\(n)"
                    n += 1
                }
                let yaml = themeYAML(theme, id: id, language: language, source: name, format: dictionary.format.rawValue, encoding: dictionary.encoding)
                try Data(yaml.utf8).write(to: folder.appendingPathComponent("\(id).yaml"))
                written.append("\(displayOut)/themes/\(id).yaml")
            }
            let entries = themes.reduce(0) { $0 + $1.entries.count }
            return Result(written: written, issues: found + problems,
                          summary: "\(themes.count) categories, \(entries) entries (\(language)), read as \(dictionary.encoding)")
        }
    }

    /// One theme file in the native schema; entries for `language`, an empty list for the other
    /// shipped language so the file loads as it is.
    static func themeYAML(_ theme: Theme, id: String, language: String, source: String, format: String, encoding: String) -> String {
        let label = theme.labels[language] ?? id
        var out = "# Imported by `centric lexicon import` from \(source) (\(format), \(encoding)).\n"
        out += "id: \(id)\n"
        out += "labels:\n"
        for code in Set(["en", "nl", language]).sorted() {
            out += "  \(code): \(quoted(label))\n"
        }
        out += "description: >-\n  Imported category \(quoted(label)) of \(source).\n"
        out += "entries:\n"
        for code in Set(["en", "nl", language]).sorted() {
            let entries = code == language ? theme.entries : []
            if entries.isEmpty {
                out += "  \(code): []\n"
                continue
            }
            out += "  \(code):\n"
            for entry in entries {
                out += "    - \(quoted(entry.pattern.source))\n"
            }
        }
        return out
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func convertVADER(_ data: Data, name: String, language: String, to out: URL, displayOut: String) throws -> Result {
        let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? ""
        var lines: [String] = ["# Imported by `centric lexicon import` from \(name) (VADER layout): term and mean valence."]
        var issues: [LexiconIssue] = []
        var seen: Set<String> = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let location = SourceLocation(file: name, line: lineNumber)
            guard fields.count >= 2, let valence = Double(fields[1]) else {
                issues.append(LexiconIssue(.warning, location, "not `term<TAB>valence`; skipped", fix: "separate term and valence with a tab"))
                continue
            }
            let term = fields[0].lowercased()
            guard valence != 0, (-4...4).contains(valence) else {
                issues.append(LexiconIssue(.warning, location, "`\(term)`: valence \(valence) is 0 or outside -4...4; skipped", fix: "use VADER's scale"))
                continue
            }
            guard seen.insert(term).inserted else {
                issues.append(LexiconIssue(.warning, location, "`\(term)` is listed twice; the first is kept", fix: "remove one line"))
                continue
            }
            lines.append("\(term)\t\(valence > 0 ? "+" : "")\(valence)")
        }
        let body = lines.joined(separator: "\n") + "\n"
        // Check the result with the loader's own parser.
        let (lexicon, problems) = SentimentFileParser.parse(body, language: language, file: "sentiment/\(language).tsv")
        let folder = out.appendingPathComponent("sentiment")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(body.utf8).write(to: folder.appendingPathComponent("\(language).tsv"))
        return Result(written: ["\(displayOut)/sentiment/\(language).tsv"], issues: issues + problems,
                      summary: "\(lexicon.count) sentiment terms (\(language))")
    }
}
