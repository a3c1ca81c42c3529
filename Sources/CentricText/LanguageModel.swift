import Foundation

/// Centric's own word-level language model for English, Dutch, German, French and Afrikaans: a
/// naive-Bayes score per language summed over the words of a text, where each word scores
///
/// - as a frequent word (`FunctionWords`) when it is one: `log p = -frequentWordCost`;
/// - otherwise by an interpolated character 4-gram model of the language's spelling, floored at
///   `-knownWordCost` when the word is in the language's vocabulary.
///
/// The character models and vocabularies are trained at first use from word lists Debian ships
/// (`snowball-data`'s `voc.txt` per language, already a dependency for the stemmer tests and
/// runs) plus the function words and `AfrikaansWords`. Without `snowball-data` the model still
/// works from the function words alone, more weakly. Nothing here is fitted to an evaluation set:
/// the few constants are round numbers chosen for general behaviour.
final class LanguageModel: Sendable {
    /// Languages the model scores, in a fixed order (the tie-break order too).
    static let codes = ["en", "nl", "de", "fr", "af"]
    static let order = 4
    /// `-log p` of a frequent word of the language (about 5%).
    static let frequentWordCost = 3.0
    /// `-log p` at most for a word in the language's vocabulary.
    static let knownWordCost = 10.0
    /// Characters assumed possible at each step: the floor of the interpolation.
    static let alphabet = 40.0

    /// The process-wide model, built once on first use.
    static let shared = LanguageModel(snowballData: "/usr/share/snowball/data")

    /// Row of each n-gram (and n-gram used as context) in `counts`: open addressing over the
    /// (already mixed) keys, so a lookup is a multiply and a probe or two.
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int
    /// Per row: count as an n-gram in each language, then count as a context in each language.
    private let counts: [Float]
    private let known: [Set<UInt64>]
    private let frequent: [Set<UInt64>]
    /// Which languages were trained from a real vocabulary (not only function words).
    let trainedFromVocabulary: [Bool]

    init(snowballData folder: String) {
        let L = Self.codes.count
        let folders = ["en": "english", "nl": "dutch", "de": "german", "fr": "french"]
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(1 << 18)
        var counts: [Float] = []
        counts.reserveCapacity(1 << 21)
        var known = [Set<UInt64>](repeating: [], count: L)
        var frequent = [Set<UInt64>](repeating: [], count: L)
        var trained = [Bool](repeating: false, count: L)
        var scalars: [UInt32] = []

        func add(_ word: Substring, language l: Int, weight: Float) {
            Self.scalars(of: word, into: &scalars)
            let t = scalars
            for n in 1...Self.order where t.count >= n {
                for start in 0...(t.count - n) {
                    let g = Self.key(t, start, n)
                    let h = Self.key(t, start, n - 1)
                    for (k, isContext) in [(g, false), (h, true)] {
                        var row = rows[k]
                        if row == nil {
                            row = Int32(counts.count / (2 * L))
                            rows[k] = row
                            counts.append(contentsOf: repeatElement(0, count: 2 * L))
                        }
                        counts[Int(row!) * 2 * L + (isContext ? L : 0) + l] += weight
                    }
                }
            }
        }

        for (l, code) in Self.codes.enumerated() {
            if let name = folders[code], let text = try? String(contentsOfFile: "\(folder)/\(name)/voc.txt", encoding: .utf8) {
                for word in text.split(separator: "\n") where !word.isEmpty {
                    add(word, language: l, weight: 1)
                    known[l].insert(Self.hash(word))
                }
                trained[l] = true
            }
            if code == "af" {
                for word in AfrikaansWords.common {
                    add(Substring(word), language: l, weight: 1)
                    known[l].insert(Self.hash(Substring(word)))
                }
                trained[l] = true
            }
            let words = FunctionWords.byLanguage.first { $0.code == code }?.words ?? []
            for word in words.sorted() {
                add(Substring(word), language: l, weight: 5)
                frequent[l].insert(Self.hash(Substring(word)))
            }
        }
        var size = 16
        while size < rows.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Int32](repeating: -1, count: size)
        for (key, row) in rows.sorted(by: { $0.value < $1.value }) {
            var slot = Self.slot(key, size - 1)
            while values[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = row
        }
        self.keys = keys
        self.values = values
        self.mask = size - 1
        self.counts = counts
        self.known = known
        self.frequent = frequent
        self.trainedFromVocabulary = trained
    }

    /// Adds `log p(word | language)` estimates to `scores` (one per `codes` entry).
    /// - Parameters:
    ///   - extraKnown: per language, more words that count as known (lexicon vocabulary).
    ///   - recognised: per language, incremented when the word is a frequent or known word.
    func score(word: Substring, extraKnown: [Set<String>?], into scores: inout [Double], recognised: inout [Int], scratch: inout [UInt32]) {
        let h = Self.hash(word)
        let (s, mask) = wordScore(word: word, hash: h, extraKnown: extraKnown, scratch: &scratch)
        Self.add(s, mask, into: &scores, recognised: &recognised)
    }

    /// Adds one word's scores (from `wordScore` or a cache) to the running totals.
    @inline(__always)
    static func add(_ s: SIMD8<Double>, _ mask: UInt8, into scores: inout [Double], recognised: inout [Int]) {
        for l in 0..<codes.count {
            scores[l] += s[l]
            if mask & (1 << UInt8(l)) != 0 { recognised[l] += 1 }
        }
    }

    /// One word's `log p(word | language)` per language (lanes in `codes` order) and a bit mask of
    /// the languages that recognise it as a frequent or known word. Pure, so callers may cache it.
    func wordScore(word: Substring, hash h: UInt64, extraKnown: [Set<String>?], scratch: inout [UInt32]) -> (SIMD8<Double>, UInt8) {
        let L = Self.codes.count
        Self.scalars(of: word, into: &scratch)
        // Probabilities multiply within a word (one log per word and language); SIMD lanes 0..<L.
        var product = SIMD8<Double>(repeating: 1)
        let floor = SIMD8<Double>(repeating: 1 / Self.alphabet)
        counts.withUnsafeBufferPointer { c in
            for i in 1..<scratch.count {
                var p = floor
                var active = SIMD8<Double>(repeating: 1)
                for n in 1...Self.order where i - n + 1 >= 0 {
                    guard let hRow = row(Self.key(scratch, i - n + 1, n - 1)) else { break }
                    let gRow = row(Self.key(scratch, i - n + 1, n))
                    let ctx = hRow * 2 * L + L
                    var ratio = SIMD8<Double>(repeating: 0)
                    var seen = SIMD8<Double>(repeating: 0)
                    for l in 0..<L {
                        let ch = Double(c[ctx + l])
                        if ch > 0 {
                            seen[l] = 1
                            if let g = gRow { ratio[l] = Double(c[g * 2 * L + l]) / ch }
                        }
                    }
                    // A language whose context was never seen keeps its lower-order estimate.
                    active = active * seen
                    let (keep, take) = n == 1 ? (0.2, 0.8) : (0.4, 0.6)
                    let next = keep * p + take * ratio
                    p = active * next + (1 - active) * p
                    if gRow == nil || active.sum() == 0 { break }
                }
                product *= p
            }
        }
        var result = SIMD8<Double>(repeating: 0)
        var mask: UInt8 = 0
        for l in 0..<L {
            var s = Foundation.log(product[l])
            if frequent[l].contains(h) {
                s = max(s, -Self.frequentWordCost)
                mask |= 1 << UInt8(l)
            } else if known[l].contains(h) || extraKnown[l]?.contains(String(word)) == true {
                s = max(s, -Self.knownWordCost)
                mask |= 1 << UInt8(l)
            }
            result[l] = s
        }
        return (result, mask)
    }

    @inline(__always)
    private func row(_ key: UInt64) -> Int? {
        var slot = Self.slot(key, mask)
        while true {
            let v = values[slot]
            if v < 0 { return nil }
            if keys[slot] == key { return Int(v) }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    // MARK: - Keys

    /// The word's scalars between a start (2) and an end (3) marker.
    @inline(__always)
    static func scalars(of word: Substring, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        out.append(2)
        for s in word.unicodeScalars { out.append(s.value) }
        out.append(3)
    }

    /// A 64-bit key of `t[start..<start+n]` (n may be 0: the empty context).
    @inline(__always)
    static func key(_ t: [UInt32], _ start: Int, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(n)
        for k in start..<(start + n) {
            h = (h ^ UInt64(t[k])) &* 0x100_0000_01b3
            h ^= h >> 29
        }
        return h
    }

    @inline(__always)
    static func hash(_ word: Substring) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h
    }
}

/// A per-worker memo of `LanguageModel.wordScore` by word hash: word frequencies follow Zipf's
/// law, so most words of a corpus were scored before and cost one dictionary lookup instead of
/// a character n-gram walk. Owned by one `Analyzer` (not thread-safe); cleared when it grows past
/// `capacity` so memory stays flat.
public final class LanguageWordCache {
    var entries: [UInt64: (SIMD8<Double>, UInt8)] = [:]
    let capacity: Int

    public init(capacity: Int = 200_000) {
        self.capacity = capacity
    }
}
