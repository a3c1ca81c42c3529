import Foundation

/// Precision and recall of a `CompoundSplitter` on a listing of compounds with their expected
/// parts (`Corpora/compounds/compounds.tsv`: a header, then `compound` and `parts` (`+`-joined,
/// empty for a word that must not be split) per line, tab-separated).
///
/// Part-level: precision is the share of predicted parts that are expected, recall the share of
/// expected parts predicted (a non-compound split into parts costs precision, a compound left
/// whole costs recall). `exact` is the share of words whose parts are exactly the expected ones.
public struct CompoundEvaluation: Sendable {
    public struct Item: Sendable, Equatable {
        public var word: String
        public var parts: [String]
    }

    public private(set) var words = 0
    public private(set) var exactMatches = 0
    public private(set) var predictedParts = 0
    public private(set) var expectedParts = 0
    public private(set) var correctParts = 0
    /// Words whose split differs from the expected one: (word, expected, predicted).
    public private(set) var misses: [(word: String, expected: [String], predicted: [String])] = []

    public var precision: Double { predictedParts == 0 ? 1 : Double(correctParts) / Double(predictedParts) }
    public var recall: Double { expectedParts == 0 ? 1 : Double(correctParts) / Double(expectedParts) }
    public var exact: Double { words == 0 ? 0 : Double(exactMatches) / Double(words) }

    public static func load(_ url: URL) throws -> [Item] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var items: [Item] = []
        for (n, line) in text.split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 1, !fields[0].isEmpty, !(n == 0 && fields[0] == "compound") else { continue }
            let parts = fields.count > 1 ? fields[1].split(separator: "+").map(String.init) : []
            items.append(Item(word: String(fields[0]), parts: parts))
        }
        return items
    }

    /// The vocabulary the pipeline gives the splitter: lowercase entries of 3+ letters of a word
    /// list (Debian's wdutch, `/usr/share/dict/dutch`), plus `extra` (the lexicons' Dutch words).
    public static func vocabulary(wordList path: String, extra: Set<String> = []) -> Set<String> {
        var words = extra
        if let list = try? String(contentsOfFile: path, encoding: .utf8) {
            for line in list.split(separator: "\n") where line.count >= 3 && line.first?.isLowercase == true {
                words.insert(String(line))
            }
        }
        return words
    }

    public init(items: [Item], splitter: CompoundSplitter) {
        for item in items {
            let predicted = splitter.split(item.word)
            words += 1
            predictedParts += predicted.count
            expectedParts += item.parts.count
            var remaining = item.parts
            for part in predicted {
                if let k = remaining.firstIndex(of: part) {
                    correctParts += 1
                    remaining.remove(at: k)
                }
            }
            if predicted == item.parts { exactMatches += 1 } else { misses.append((item.word, item.parts, predicted)) }
        }
    }

    public func report(showMisses: Bool = true) -> String {
        var lines: [String] = []
        if showMisses {
            for m in misses {
                lines.append("  miss: \(m.word)\texpected \(m.expected.joined(separator: "+"))\tgot \(m.predicted.isEmpty ? "-" : m.predicted.joined(separator: "+"))")
            }
        }
        lines.append(String(format: "words %d  exact %.3f  precision %.3f  recall %.3f", words, exact, precision, recall))
        return lines.joined(separator: "\n")
    }
}
