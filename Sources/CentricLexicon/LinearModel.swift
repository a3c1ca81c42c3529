import Foundation

/// A learned layer over the lexicon. It reads the lexicon's own figures (summed entry weights,
/// the documented rule's decisions, the sentiment score and masses) together with the words of
/// the text, and gives what a careful reader would label:
/// - the **theme model** (`model/themes.weights`): per theme an independent logistic regression,
///   the probability that the theme is present;
/// - the **sentiment model** (`model/sentiment.weights`): one multinomial logistic regression
///   over the four labels.
///
/// Both are optional: without them the documented rules decide. Both are linear, so every
/// decision is explained by a short list of weighted features (`centric explain` prints them),
/// and both are written by `centric lexicon train`, byte for byte the same from the same data.
///
/// File layout (UTF-8, tab-separated, `#` starts a comment line); the first row says which
/// model it is (`themes` or `labels`) and names its columns:
/// ```
/// themes     customer_voice  customer_experience  ...
/// threshold  0.5             0.5                  ...
/// bias       -2.3100         -1.0200              ...
/// score:customer_voice  1.8000  -0.1200  ...
/// w:listen   0.9200          0.0500               ...
/// b:call_back  0.1000        0.4000               ...
/// ```
/// `w:` features are lowercased Snowball stems present in the text, `b:` two adjacent stems in
/// one sentence; the other names are the lexicon features of `LinearModel.Feature`.
public struct LinearModel: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Independent yes/no per column (themes); `threshold` gives each column's cut-off.
        case themes
        /// One of the columns (sentiment labels): the highest probability wins.
        case labels
    }

    public let kind: Kind
    /// Column names (theme ids or sentiment labels), in the order of every weight row.
    public let columns: [String]
    /// Probability at or above which a theme is present, per column (themes only).
    public let thresholds: [Double]
    /// Weight rows of the lexicon features (`bias`, `score:<theme>`, ...), by name.
    public let named: [String: [Double]]
    /// Word and word-pair features: their names and weight rows, indexed by feature id.
    public let words: [String]
    public let wordWeights: [[Double]]
    /// `wordWeights` flattened row by row: the scorer's hot path reads it.
    private let wordMatrix: [Double]
    /// Feature id of each stem (`w:`), and of each pair of stems (`b:`) by the ids of its parts.
    /// A stem that occurs only inside pairs has a negative id below -1.
    public private(set) var stemIndex: [String: Int32] = [:]
    public private(set) var pairIndex: [UInt64: Int32] = [:]

    public init(kind: Kind, columns: [String], thresholds: [Double]? = nil, named: [String: [Double]],
                words: [String], wordWeights: [[Double]]) {
        self.kind = kind
        self.columns = columns
        self.thresholds = thresholds ?? Array(repeating: 0.5, count: columns.count)
        self.named = named
        self.words = words
        self.wordWeights = wordWeights
        wordMatrix = wordWeights.flatMap { $0 }
        for (i, name) in words.enumerated() where name.hasPrefix("w:") {
            stemIndex[String(name.dropFirst(2))] = Int32(i)
        }
        var partOnly = Int32(-2)
        for (i, name) in words.enumerated() where name.hasPrefix("b:") {
            let pair = name.dropFirst(2).split(separator: "_", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            let ids = pair.map { stem -> Int32 in
                if let id = stemIndex[stem] { return id }
                stemIndex[stem] = partOnly
                partOnly -= 1
                return partOnly + 1
            }
            pairIndex[Self.pairKey(ids[0], ids[1])] = Int32(i)
        }
    }

    /// The key of a pair of stem ids.
    public static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// Names of the lexicon features.
    public enum Feature {
        public static let bias = "bias"
        public static func score(_ theme: String) -> String { "score:" + theme }
        public static func share(_ theme: String) -> String { "share:" + theme }
        public static func rule(_ theme: String) -> String { "rule:" + theme }
        public static let sentiment = "sentiment"
        public static let stance = "stance"
        public static let praise = "praise"
        public static let complaint = "complaint"
        public static let length = "length"
        public static func label(_ label: String) -> String { "label:" + label }
    }

    /// The weight rows of the named features `names`, in that order (nil where the model has no
    /// such feature): computed once, so that scoring a document looks nothing up by name.
    public func rows(for names: [String]) -> [[Double]?] { names.map { named[$0] } }

    /// Probability per column: logistic per column for themes, softmax over columns for labels.
    /// `values[k]` is the value of the feature whose weights are `rows[k]`; word features are
    /// added by ascending id. Same order every time, so the same sums on every core count.
    public func probabilities(values: [Double], rows: [[Double]?], words ids: [Int32]) -> [Double] {
        let c = columns.count
        var z = [Double](repeating: 0, count: c)
        for (k, value) in values.enumerated() where value != 0 {
            guard let row = rows[k] else { continue }
            for j in 0..<c { z[j] += row[j] * value }
        }
        for id in ids {
            let base = Int(id) * c
            for j in 0..<c { z[j] += wordMatrix[base + j] }
        }
        switch kind {
        case .themes:
            return z.map { 1 / (1 + exp(-$0)) }
        case .labels:
            let top = z.max() ?? 0
            let e = z.map { exp($0 - top) }
            let sum = e.reduce(0, +)
            return e.map { $0 / sum }
        }
    }

    /// The same from named features (training, explanations, tests).
    public func probabilities(named features: [(String, Double)], words ids: [Int32]) -> [Double] {
        probabilities(values: features.map(\.1), rows: rows(for: features.map(\.0)), words: ids)
    }

    /// What each feature present in a document adds to column `c`, largest effect first: the
    /// explanation of a decision.
    public func contributions(_ c: Int, named features: [(String, Double)], words ids: [Int32]) -> [(feature: String, value: Double)] {
        var out: [(String, Double)] = []
        for (name, value) in features where value != 0 {
            if let row = named[name], row[c] != 0 { out.append((name, row[c] * value)) }
        }
        for id in ids where wordWeights[Int(id)][c] != 0 { out.append((words[Int(id)], wordWeights[Int(id)][c])) }
        return out.sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0 < $1.0 }
    }

    /// Parses a weights file; problems carry the file and line.
    public static func parse(_ text: String, file: String) -> (LinearModel?, [LexiconIssue]) {
        var issues: [LexiconIssue] = []
        var kind: Kind?
        var columns: [String] = []
        var thresholds: [Double]?
        var named: [String: [Double]] = [:]
        var words: [String] = []
        var wordWeights: [[Double]] = []
        let retrain = "retrain it with `centric lexicon train GOLD.jsonl --write`"
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let location = SourceLocation(file: file, line: n + 1)
            if kind == nil {
                guard let k = Kind(rawValue: cells[0]), cells.count > 1 else {
                    issues.append(LexiconIssue(.error, location, "a model file starts with a `themes` or `labels` row naming its columns",
                                               fix: retrain))
                    return (nil, issues)
                }
                kind = k
                columns = Array(cells.dropFirst())
                continue
            }
            let values = cells.dropFirst().map { Double($0) }
            guard values.count == columns.count, values.allSatisfy({ $0?.isFinite == true }) else {
                issues.append(LexiconIssue(.error, location, "`\(cells[0])` needs \(columns.count) numbers, one per column; the row is skipped",
                                           fix: "correct the row or " + retrain))
                continue
            }
            let row = values.map { $0! }
            if cells[0] == "threshold" { thresholds = row }
            else if cells[0].hasPrefix("w:") || cells[0].hasPrefix("b:") {
                words.append(cells[0])
                wordWeights.append(row)
            } else {
                named[cells[0]] = row
            }
        }
        guard let kind else {
            issues.append(LexiconIssue(.error, SourceLocation(file: file, line: 1), "the model file is empty", fix: retrain))
            return (nil, issues)
        }
        return (LinearModel(kind: kind, columns: columns, thresholds: thresholds, named: named, words: words, wordWeights: wordWeights), issues)
    }

    /// The file text: fixed number formatting, rows in a fixed order (bias, the other named
    /// features sorted, then word features in their order).
    public func fileText(header: [String]) -> String {
        var out = header.map { "# " + $0 + "\n" }.joined()
        func row(_ name: String, _ values: [Double]) {
            out += name + "\t" + values.map { Self.format($0) }.joined(separator: "\t") + "\n"
        }
        out += kind.rawValue + "\t" + columns.joined(separator: "\t") + "\n"
        if kind == .themes { row("threshold", thresholds) }
        if let bias = named[Feature.bias] { row(Feature.bias, bias) }
        for name in named.keys.sorted() where name != Feature.bias { row(name, named[name]!) }
        for (i, name) in words.enumerated() { row(name, wordWeights[i]) }
        return out
    }

    static func format(_ x: Double) -> String {
        let r = (x * 10_000).rounded() / 10_000
        return r == 0 ? "0" : String(format: "%.4f", r)
    }
}
