import CentricText

/// A matched pattern: tokens `tokens` (half-open, gaps included) of the analysed text.
public struct PatternMatch: Sendable, Equatable {
    public var pattern: Int
    public var theme: Int
    public var tokens: Range<Int>
    /// Bit `k` is set when token `tokens.lowerBound + k` was skipped by a gap `*` (a negator
    /// there negates the match; one matched by the pattern's own words does not).
    public var gapMask: UInt64 = 0

    /// True when token `index` lies inside one of the match's gaps.
    public func isGap(_ index: Int) -> Bool {
        let k = index - tokens.lowerBound
        return k >= 0 && k < 64 && gapMask & (1 << UInt64(k)) != 0
    }
}

/// Per-worker memo from a token's form id to the lexicon elements it can match. Filled lazily,
/// so each distinct form is looked up in the lexicon once per worker and language; afterwards a
/// token costs an array read. Reset it together with the analyser's vocabulary.
public final class MatchCache {
    private var slots: [String: Int] = [:]
    private var byForm: [[Int32]] = []
    private var lists: [[ElementRef]] = [[]]
    /// Stem ids to the feature ids of each learned model.
    public let themeModel = ModelStemCache()
    public let sentimentModel = ModelStemCache()

    public init() {}

    func refs(_ form: FormID, language: String, compute: () -> [ElementRef]) -> [ElementRef] {
        let slot: Int
        if let s = slots[language] {
            slot = s
        } else {
            slot = byForm.count
            slots[language] = slot
            byForm.append([])
        }
        let i = Int(form)
        if i >= byForm[slot].count {
            byForm[slot].append(contentsOf: repeatElement(-1, count: max(i + 1, byForm[slot].count * 2, 1024) - byForm[slot].count))
        }
        let cached = byForm[slot][i]
        if cached >= 0 { return lists[Int(cached)] }
        let refs = compute()
        if refs.isEmpty {
            byForm[slot][i] = 0
        } else {
            byForm[slot][i] = Int32(lists.count)
            lists.append(refs)
        }
        return refs
    }
}

/// Per-worker memo from a stem id to a learned model's feature id for it, so each distinct
/// stem is looked up in the model's dictionary once per worker.
public final class ModelStemCache {
    /// `Int32.min`: not looked up yet; `-1`: the model does not know the stem.
    private var ids: [Int32] = []

    public init() {}

    public func id(_ stem: FormID, compute: () -> Int32) -> Int32 {
        let i = Int(stem)
        if i >= ids.count {
            ids.append(contentsOf: repeatElement(Int32.min, count: max(i + 1, ids.count * 2, 1024) - ids.count))
        }
        if ids[i] != Int32.min { return ids[i] }
        let id = compute()
        ids[i] = id
        return id
    }
}

/// Finds lexicon patterns in analysed text: longest match per theme, phrases with gaps, never
/// across a sentence or punctuation (except inside a gap). Linear in the number of tokens times
/// the (small) number of candidates per token.
public struct Matcher {
    public let lexicon: CompiledLexicon

    public init(_ lexicon: CompiledLexicon) {
        self.lexicon = lexicon
    }

    /// All matches, sorted by start token, then theme, then length (longest first); within a
    /// theme they do not overlap (leftmost-longest).
    public func matches(in text: AnalyzedText, cache: MatchCache, analyzer: Analyzer? = nil) -> [PatternMatch] {
        let tokens = text.tokens
        var refs = [[ElementRef]](repeating: [], count: tokens.count)
        for i in tokens.indices {
            let token = tokens[i]
            guard token.kind == .word || token.kind == .number || token.kind == .hashtag || token.kind == .emoji else { continue }
            let language = text.language(ofToken: i)
            let stemID = text.stems[i]
            refs[i] = cache.refs(token.form, language: language) {
                let form = text.vocabulary.string(token.form)
                guard lexicon.hasLanguage(language) else {
                    // Undetermined language (a two-word text): try every lexicon language, each
                    // with its own stem of the form.
                    return lexicon.languages.flatMap { code in
                        lexicon.candidates(form: form, stem: analyzer?.stem(form, language: code) ?? form, language: code)
                    }
                }
                var parts: [(String, String)] = []
                if let analyzer, token.kind == .word {
                    parts = analyzer.compoundParts(form: token.form, language: language).map { part in
                        (part, analyzer.stem(part, language: language))
                    }
                }
                return lexicon.candidates(form: form, stem: text.vocabulary.string(stemID), language: language, compoundParts: parts)
            }
        }

        var sentenceEnd = [Int](repeating: tokens.count, count: tokens.count)
        for s in text.sentences {
            for i in s { sentenceEnd[i] = s.upperBound }
        }

        var found: [PatternMatch] = []
        for i in tokens.indices {
            for ref in refs[i] where ref.element == 0 {
                let pattern = lexicon.patterns[Int(ref.pattern)]
                var gaps: UInt64 = 0
                if let end = extend(pattern, id: ref.pattern, from: i, refs: refs, limit: sentenceEnd[i], gaps: &gaps) {
                    found.append(PatternMatch(pattern: Int(ref.pattern), theme: pattern.theme, tokens: i..<end, gapMask: gaps))
                }
            }
        }
        return Self.leftmostLongestPerTheme(found) { lexicon.weight(ofPattern: $0) }
    }

    /// Matches the rest of `pattern` after its first element at token `start`; the end token
    /// (exclusive) when the whole pattern matches.
    private func extend(_ pattern: CompiledPattern, id: UInt32, from start: Int, refs: [[ElementRef]], limit: Int, gaps: inout UInt64) -> Int? {
        func matches(_ token: Int, _ element: Int) -> Bool {
            token < limit && refs[token].contains(ElementRef(pattern: id, element: UInt16(element)))
        }
        func match(element k: Int, at token: Int) -> Int? {
            if k == pattern.elements.count { return token }
            if case let .gap(maxSkip) = pattern.elements[k] {
                // Try the shortest gap first; the element after a gap is never a gap.
                for skip in 0...maxSkip where token + skip < limit {
                    if matches(token + skip, k + 1), let end = match(element: k + 2, at: token + skip + 1) {
                        for g in token..<(token + skip) where g - start < 64 { gapMask |= 1 << UInt64(g - start) }
                        return end
                    }
                }
                return nil
            }
            guard matches(token, k) else { return nil }
            return match(element: k + 1, at: token + 1)
        }
        var gapMask: UInt64 = 0
        defer { gaps = gapMask }
        return match(element: 1, at: start + 1)
    }

    /// Leftmost match first; among matches starting at the same token, the longest, then the
    /// heaviest entry, then the first in the lexicon.
    static func leftmostLongestPerTheme(_ matches: [PatternMatch], weight: (Int) -> Double) -> [PatternMatch] {
        let sorted = matches.sorted {
            if $0.tokens.lowerBound != $1.tokens.lowerBound { return $0.tokens.lowerBound < $1.tokens.lowerBound }
            if $0.theme != $1.theme { return $0.theme < $1.theme }
            if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
            let w0 = weight($0.pattern), w1 = weight($1.pattern)
            if w0 != w1 { return w0 > w1 }
            return $0.pattern < $1.pattern
        }
        var nextFree: [Int: Int] = [:]
        var kept: [PatternMatch] = []
        for m in sorted where m.tokens.lowerBound >= nextFree[m.theme, default: 0] {
            kept.append(m)
            nextFree[m.theme] = m.tokens.upperBound
        }
        return kept
    }
}
