import Foundation
import Yams

/// Loads a lexicon folder in Centric's schema (Lexicons/README.md):
/// `themes/*.yaml` (one theme per file), `languages/*.yaml` (negators, intensifiers, contrast
/// words) and `sentiment/*.tsv` (word valences). A single theme file may also be given.
///
/// Loading never stops at a bad item: it is skipped and reported as a `LexiconIssue` with its
/// file and line, so `centric run` scores with what is valid and `centric lexicon lint` can list
/// every problem at once.
public struct LexiconLoader {
    public init() {}

    public struct Loaded: Sendable {
        public var lexicon: Lexicon
        public var issues: [LexiconIssue]
    }

    /// Loads the lexicon at `path`. Paths in issues are shown as `displayPath`-relative.
    public func load(_ url: URL, displayPath: String? = nil) throws(LexiconError) -> Loaded {
        let display = displayPath ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .notFound(display)
        }
        let files: [(url: URL, name: String)]
        if isDirectory.boolValue {
            files = Self.lexiconFiles(in: url).map { ($0, display + "/" + Self.relative($0, to: url)) }
        } else {
            files = [(url, display)]
        }

        var themes: [Theme] = []
        var rules: [String: LanguageRules] = [:]
        var sentiment: [String: SentimentLexicon] = [:]
        var issues: [LexiconIssue] = []
        var digest = DigestBuilder()
        var parser = PatternParser()
        var themeModel: LinearModel?
        var sentimentModel: LinearModel?

        for (file, name) in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                issues.append(LexiconIssue(.error, SourceLocation(file: name, line: 0), "cannot read the file", fix: "check its permissions"))
                continue
            }
            digest.add(Self.relative(file, to: url))
            digest.add(data)
            if let format = ForeignDictionary.Format.of(file), format != .quanteda {
                // LIWC dictionaries load directly: each category is a theme in the language the
                // file name gives (`liwc_nl.dic`), English by default.
                addForeign(data, format: format, file: file, name: name, themes: &themes, issues: &issues)
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                issues.append(LexiconIssue(.error, SourceLocation(file: name, line: 0), "the file is not UTF-8",
                                           fix: "re-save it as UTF-8 (iconv -f windows-1252 -t utf-8)"))
                continue
            }
            switch file.pathExtension.lowercased() {
            case "weights":
                let (parsed, found) = LinearModel.parse(text, file: name)
                issues += found
                guard let parsed else { continue }
                if (parsed.kind == .themes ? themeModel : sentimentModel) != nil {
                    issues.append(LexiconIssue(.error, SourceLocation(file: name, line: 1), "a second \(parsed.kind == .themes ? "theme" : "sentiment") model; this one is not used",
                                               fix: "keep one `themes` and one `labels` model in the lexicon folder"))
                } else if parsed.kind == .themes {
                    themeModel = parsed
                } else {
                    sentimentModel = parsed
                }
            case "tsv", "txt":
                let language = Self.languageOfSentimentFile(file)
                let (lexicon, found) = SentimentFileParser.parse(text, language: language, file: name)
                issues += found
                if var existing = sentiment[language] {
                    existing.exact.merge(lexicon.exact) { _, new in new }
                    existing = SentimentLexicon(language: language, exact: existing.exact,
                                                prefixes: existing.prefixes.map { ($0.prefix, $0.valence) } + lexicon.prefixes.map { ($0.prefix, $0.valence) },
                                                phrases: existing.allPhrases + lexicon.allPhrases)
                    sentiment[language] = existing
                } else {
                    sentiment[language] = lexicon
                }
            default:
                let yaml: Node?
                do {
                    yaml = try Yams.compose(yaml: text)
                } catch {
                    issues.append(LexiconIssue(.error, SourceLocation(file: name, line: Self.line(of: error)),
                                               "YAML syntax error: \(Self.problem(of: error))",
                                               fix: "correct the YAML (indentation, quotes around patterns starting with * or =)"))
                    continue
                }
                guard let root = yaml?.mapping else {
                    issues.append(LexiconIssue(.error, SourceLocation(file: name, line: 1), "the file is not a YAML mapping",
                                               fix: "start with `id:` for a theme or `language:` for language rules"))
                    continue
                }
                var reader = ThemeFileReader(file: name, parser: parser)
                if root["id"] == nil && root["entries"] == nil && root["language"] == nil && Self.looksLikeQuanteda(root) {
                    addForeign(data, format: .quanteda, file: file, name: name, themes: &themes, issues: &issues)
                    continue
                }
                if root["language"] != nil && root["entries"] == nil {
                    if let r = reader.readRules(root) { rules[r.language] = r }
                } else if let theme = reader.readTheme(root) {
                    if themes.contains(where: { $0.id == theme.id }) {
                        reader.issues.append(LexiconIssue(.error, SourceLocation(file: name, line: root["id"]?.mark?.line ?? 1),
                                                          "theme id `\(theme.id)` is defined twice", fix: "rename one theme or merge the files"))
                    } else {
                        themes.append(theme)
                    }
                }
                parser = reader.parser
                issues += reader.issues
            }
        }
        if themes.isEmpty { throw .noThemes(display, issues: issues) }
        if let m = themeModel {
            // A model trained for other themes would read its weights against the wrong columns.
            let ids = Set(themes.map(\.id))
            let unknown = m.columns.filter { !ids.contains($0) }
            if !unknown.isEmpty {
                issues.append(LexiconIssue(.warning, SourceLocation(file: display + "/model", line: 1),
                                           "the theme model names themes the lexicon does not have (\(unknown.joined(separator: ", "))); it is not used",
                                           fix: "retrain it with `centric lexicon train GOLD.jsonl --write`, or delete model/themes.weights"))
                themeModel = nil
            }
        }
        if let m = sentimentModel, !m.columns.allSatisfy({ SentimentModelLabels.all.contains($0) }) {
            issues.append(LexiconIssue(.warning, SourceLocation(file: display + "/model", line: 1),
                                       "the sentiment model's labels are not positive, negative, neutral and mixed; it is not used",
                                       fix: "retrain it with `centric lexicon train GOLD.jsonl --write`"))
            sentimentModel = nil
        }
        return Loaded(lexicon: Lexicon(themes: themes, rules: rules, sentiment: sentiment, digest: digest.hex,
                                       themeModel: themeModel, sentimentModel: sentimentModel),
                      issues: issues)
    }

    private func addForeign(_ data: Data, format: ForeignDictionary.Format, file: URL, name: String,
                            themes: inout [Theme], issues: inout [LexiconIssue]) {
        let (dictionary, found) = ForeignDictionary.read(data, format: format, file: name)
        issues += found
        let (imported, problems) = dictionary.themes(language: Self.languageOfSentimentFile(file), file: name)
        issues += problems
        for theme in imported {
            if let k = themes.firstIndex(where: { $0.id == theme.id }) {
                themes[k].entries += theme.entries
                for (code, label) in theme.labels where themes[k].labels[code] == nil { themes[k].labels[code] = label }
            } else {
                themes.append(theme)
            }
        }
    }

    /// A YAML mapping whose values are lists of strings or further such mappings: a quanteda
    /// dictionary rather than a theme file.
    static func looksLikeQuanteda(_ root: Node.Mapping) -> Bool {
        func ok(_ node: Node) -> Bool {
            if let items = node.sequence { return items.allSatisfy { $0.string != nil } }
            if let mapping = node.mapping { return mapping.allSatisfy { ok($0.value) } }
            return false
        }
        return !root.isEmpty && root.allSatisfy { ok($0.value) }
    }

    /// Lexicon files under a folder, sorted by relative path so loading order (and the digest) is
    /// the same on every machine.
    static func lexiconFiles(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [URL] = []
        for case let file as URL in walker {
            let ext = file.pathExtension.lowercased()
            guard ["yaml", "yml", "tsv", "dic", "dicx", "weights"].contains(ext) else { continue }
            found.append(file)
        }
        return found.sorted { relative($0, to: folder) < relative($1, to: folder) }
    }

    static func relative(_ file: URL, to folder: URL) -> String {
        let base = folder.standardizedFileURL.path
        let path = file.standardizedFileURL.path
        guard path.hasPrefix(base) else { return file.lastPathComponent }
        return String(path.dropFirst(base.count).drop(while: { $0 == "/" }))
    }

    /// `sentiment/nl.tsv`, `vader_en.tsv` -> the language code in the name (default `en`).
    static func languageOfSentimentFile(_ file: URL) -> String {
        let name = file.deletingPathExtension().lastPathComponent.lowercased()
        for part in name.split(whereSeparator: { !$0.isLetter }).reversed() where part.count == 2 {
            return String(part)
        }
        return "en"
    }

    static func line(of error: Error) -> Int {
        if let yaml = error as? YamlError {
            switch yaml {
            case let .scanner(_, _, mark, _), let .parser(_, _, mark, _): return mark.line
            default: return 1
            }
        }
        return 1
    }

    static func problem(of error: Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case let .scanner(_, problem, _, _), let .parser(_, problem, _, _): return problem
            default: break
            }
        }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
}

/// The labels a sentiment model may name (the scorer's `SentimentLabel` cases).
enum SentimentModelLabels {
    static let all: Set<String> = ["positive", "negative", "neutral", "mixed"]
}

/// A 128-bit digest (two FNV-1a 64 lanes with different seeds) of the lexicon's files: enough to
/// tell two lexicon versions apart in every output row; not a security hash.
struct DigestBuilder {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    mutating func add(_ string: String) { add(Data(string.utf8)) }

    mutating func add(_ data: Data) {
        for byte in data {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 0x9e37_79b9
        }
        a = (a ^ 0xff) &* 0x100_0000_01b3
    }

    var hex: String {
        String(format: "%016llx%016llx", a, b)
    }
}
