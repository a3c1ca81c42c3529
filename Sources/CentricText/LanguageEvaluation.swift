import Foundation

/// Accuracy of a `LanguageIdentifier` on a labelled set (`Corpora/language/labelled.tsv`: a
/// header, then `id`, `lang`, `text` per line, tab-separated), overall, per expected language and
/// per length bucket. `und` counts as a miss in `accuracy`; `errorRate` counts only wrong
/// answers, so a cautious `und` shows as a miss but not as an error.
public struct LanguageEvaluation: Sendable {
    /// One labelled text.
    public struct Item: Sendable, Equatable {
        public var id: String
        public var language: String
        public var text: String

        public init(id: String, language: String, text: String) {
            self.id = id
            self.language = language
            self.text = text
        }
    }

    /// Counts for one slice of the set.
    public struct Tally: Sendable, Equatable {
        public var total = 0
        public var correct = 0
        public var undetermined = 0
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
        public var errorRate: Double { total == 0 ? 0 : Double(total - correct - undetermined) / Double(total) }
    }

    /// An item the identifier got wrong (or left `und`).
    public struct Miss: Sendable, Equatable {
        public var item: Item
        public var guess: LanguageGuess
    }

    public private(set) var overall = Tally()
    /// Keyed by expected language.
    public private(set) var byLanguage: [String: Tally] = [:]
    /// Keyed by `short` (1-4 words), `medium` (5-20) and `long` (21+).
    public private(set) var byLength: [String: Tally] = [:]
    public private(set) var misses: [Miss] = []

    /// Reads a labelled TSV file.
    public static func load(_ url: URL) throws -> [Item] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var items: [Item] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            if n == 0 && fields[0] == "id" { continue }
            items.append(Item(id: String(fields[0]), language: String(fields[1]), text: String(fields[2])))
        }
        return items
    }

    /// `short` (1-4 words), `medium` (5-20) or `long` (21+), counting whitespace-separated
    /// chunks that hold a letter or digit.
    public static func lengthBucket(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
        return words <= 4 ? "short" : words <= 20 ? "medium" : "long"
    }

    /// Runs `identifier` on every item.
    public init(items: [Item], identifier: LanguageIdentifier, hint: String? = nil) {
        for item in items {
            let guess = identifier.identify(item.text, hint: hint)
            let ok = guess.code == item.language
            let und = guess.code == "und"
            func count(_ tally: inout Tally) {
                tally.total += 1
                if ok { tally.correct += 1 }
                if und { tally.undetermined += 1 }
            }
            count(&overall)
            count(&byLanguage[item.language, default: Tally()])
            count(&byLength[Self.lengthBucket(item.text), default: Tally()])
            if !ok { misses.append(Miss(item: item, guess: guess)) }
        }
    }

    /// A plain-text report: misses, then one line per slice (`all`, `lang=..`, `length=..`).
    public func report(showMisses: Bool = true) -> String {
        var lines: [String] = []
        if showMisses {
            for miss in misses {
                lines.append("  wrong: \(miss.item.id)\t\(miss.item.language)\t\(miss.guess.code)\t\(String(format: "%.2f", miss.guess.confidence))\t\(miss.item.text)")
            }
        }
        func line(_ name: String, _ t: Tally) -> String {
            "\(name)\t\(t.correct)/\(t.total)\t\(String(format: "%.3f", t.accuracy))\tund=\(t.undetermined)\terrors=\(String(format: "%.3f", t.errorRate))"
        }
        lines.append(line("all", overall))
        for key in byLanguage.keys.sorted() { lines.append(line("lang=\(key)", byLanguage[key]!)) }
        for key in byLength.keys.sorted() { lines.append(line("length=\(key)", byLength[key]!)) }
        return lines.joined(separator: "\n")
    }
}
