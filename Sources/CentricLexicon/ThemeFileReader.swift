import Yams

/// Reads one YAML file of the native schema into a `Theme` or `LanguageRules`, collecting a
/// `LexiconIssue` (with the line) for every item it has to skip or doubts.
struct ThemeFileReader {
    let file: String
    var parser: PatternParser
    var issues: [LexiconIssue] = []

    init(file: String, parser: PatternParser) {
        self.file = file
        self.parser = parser
    }

    private func at(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1)
    }

    private mutating func issue(_ severity: LexiconIssue.Severity, _ node: Node?, _ message: String, fix: String) {
        issues.append(LexiconIssue(severity, at(node), message, fix: fix))
    }

    // MARK: - Themes

    mutating func readTheme(_ root: Node.Mapping) -> Theme? {
        guard let id = root["id"]?.string, !id.isEmpty else {
            issue(.error, root["id"] ?? Node.mapping(root), "the theme has no `id`", fix: "add `id: theme_id` (lowercase, underscores)")
            return nil
        }
        if id.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "_") }) {
            issue(.warning, root["id"], "theme id `\(id)` is not lowercase_with_underscores", fix: "ids are CSV values: use lowercase letters, digits and `_`")
        }
        var labels: [String: String] = [:]
        if let labelNode = root["labels"] {
            if let mapping = labelNode.mapping {
                for (key, value) in mapping {
                    if let k = key.string, let v = value.string { labels[k] = v }
                }
            } else {
                issue(.error, labelNode, "`labels` must map language codes to labels", fix: "write `labels: {en: ..., nl: ...}`")
            }
        } else {
            issue(.warning, Node.mapping(root), "theme `\(id)` has no labels", fix: "add `labels:` with `en:` and `nl:`")
        }
        let description = root["description"]?.string ?? ""
        var stance: ThemeStance?
        if let stanceNode = root["stance"] {
            stance = stanceNode.string.flatMap(ThemeStance.init(rawValue:))
            if stance == nil {
                issue(.error, stanceNode, "stance `\(stanceNode.string ?? "?")` is not practice or anti-pattern", fix: "write `stance: practice` or `stance: anti-pattern`, or remove it")
            }
        }
        var entries: [Entry] = []
        guard let entriesNode = root["entries"], let byLanguage = entriesNode.mapping else {
            issue(.error, root["entries"] ?? Node.mapping(root), "theme `\(id)` has no `entries` mapping", fix: "add `entries:` with `en:` and `nl:` lists")
            return Theme(id: id, labels: labels, description: description, entries: [], stance: stance)
        }
        for (languageNode, list) in byLanguage {
            guard let language = languageNode.string else { continue }
            guard let items = list.sequence else {
                issue(.error, list, "entries for `\(language)` must be a list", fix: "write one `- pattern` per line")
                continue
            }
            var seen: Set<String> = []
            for item in items {
                guard let entry = readEntry(item, language: language) else { continue }
                let key = entry.pattern.source.lowercased()
                if !seen.insert(key).inserted {
                    issue(.warning, item, "`\(entry.pattern.source)` is listed twice for \(language)", fix: "remove the duplicate")
                    continue
                }
                entries.append(entry)
            }
        }
        return Theme(id: id, labels: labels, description: description, entries: entries, stance: stance)
    }

    private mutating func readEntry(_ item: Node, language: String) -> Entry? {
        var patternText: String?
        var weight = 1.0
        var polarity: Polarity?
        var evaluated = false
        if let mapping = item.mapping {
            patternText = mapping["pattern"]?.string
            if patternText == nil {
                issue(.error, item, "the entry has no `pattern`", fix: "add `pattern: words to match`")
                return nil
            }
            if let w = mapping["weight"] {
                // 0 makes a stop phrase: it wins the longest match and counts for nothing.
                guard let value = w.float, value >= 0 else {
                    issue(.error, w, "weight `\(w.string ?? "?")` is not a number >= 0", fix: "use a number > 0 (0.5 weak, 1 normal, 2 strong), or 0 for a stop phrase")
                    return nil
                }
                weight = value
            }
            if let p = mapping["polarity"] {
                guard let value = p.string.flatMap(Polarity.init(rawValue:)) else {
                    issue(.error, p, "polarity `\(p.string ?? "?")` is not positive or negative", fix: "write `polarity: positive` or `polarity: negative`, or remove it")
                    return nil
                }
                polarity = value
            }
            if let e = mapping["evaluated"] {
                guard let value = e.bool else {
                    issue(.error, e, "evaluated `\(e.string ?? "?")` is not true or false", fix: "write `evaluated: true`, or remove it")
                    return nil
                }
                evaluated = value
            }
            for (key, _) in mapping {
                if let k = key.string, !["pattern", "weight", "polarity", "evaluated"].contains(k) {
                    issue(.warning, key, "unknown entry key `\(k)` is ignored", fix: "use only pattern, weight, polarity and evaluated")
                }
            }
        } else if let text = item.string {
            patternText = text
        } else {
            issue(.error, item, "an entry must be a pattern string or a mapping with `pattern`", fix: "write `- words` or `- {pattern: words, weight: 2}`")
            return nil
        }
        guard let text = patternText else { return nil }
        switch parser.parse(text) {
        case let .success(pattern):
            if pattern.elements.count == 1, case let .prefix(p) = pattern.elements[0], p.count < 4 {
                issue(.warning, item, "prefix `\(text)` is very short and will match many unrelated words", fix: "lengthen the prefix or list the forms")
            }
            return Entry(pattern: pattern, language: language, weight: weight, polarity: polarity, evaluated: evaluated, location: at(item))
        case let .failure(failure):
            issue(.error, item, "pattern `\(text)`: \(failure)", fix: failure.fix)
            return nil
        }
    }

    // MARK: - Language rules

    mutating func readRules(_ root: Node.Mapping) -> LanguageRules? {
        guard let language = root["language"]?.string, !language.isEmpty else {
            issue(.error, root["language"], "`language` must be a code such as en or nl", fix: "write `language: en`")
            return nil
        }
        var rules = LanguageRules(language: language)
        rules.negators = Set(words(root["negators"], "negators"))
        rules.negationPhrases = words(root["negation_phrases"], "negation_phrases").map { $0.split(separator: " ").map(String.init) }
        rules.intensifiers = weights(root["intensifiers"], "intensifiers", above: true)
        rules.diminishers = weights(root["diminishers"], "diminishers", above: false)
        rules.contrast = Set(words(root["contrast"], "contrast"))
        rules.clauseBreakers = Set(words(root["clause_breakers"], "clause_breakers"))
        rules.shifters = words(root["shifters"], "shifters").map { $0.split(separator: " ").map(String.init) }
        for (key, _) in root {
            if let k = key.string, !["language", "negators", "negation_phrases", "intensifiers", "diminishers", "contrast", "clause_breakers", "shifters"].contains(k) {
                issue(.warning, key, "unknown key `\(k)` is ignored", fix: "see Lexicons/README.md for the language-rules keys")
            }
        }
        return rules
    }

    private mutating func words(_ node: Node?, _ name: String) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            issue(.error, node, "`\(name)` must be a list of words", fix: "write `\(name): [word, word]`")
            return []
        }
        return items.compactMap { $0.string?.lowercased().replacingOccurrences(of: "’", with: "'") }
    }

    private mutating func weights(_ node: Node?, _ name: String, above: Bool) -> [String: Double] {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            issue(.error, node, "`\(name)` must map words to multipliers", fix: "write `\(name): {word: 1.5}`")
            return [:]
        }
        var result: [String: Double] = [:]
        for (key, value) in mapping {
            guard let word = key.string?.lowercased(), let factor = value.float, factor > 0 else {
                issue(.error, value, "`\(name)` values must be positive numbers", fix: "write a multiplier such as 1.5")
                continue
            }
            if above != (factor > 1) {
                issue(.warning, value, "`\(word)`: \(name) multiply by \(above ? "more" : "less") than 1, not \(factor)", fix: above ? "move it to diminishers or use a factor > 1" : "move it to intensifiers or use a factor < 1")
            }
            result[word] = factor
        }
        return result
    }
}
