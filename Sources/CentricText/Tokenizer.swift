import Foundation

/// Options that change how forms are normalised.
public struct TokenizerOptions: Sendable, Equatable {
    /// Strip diacritics from normalised forms (`één` -> `een`). Off by default: in Dutch they
    /// carry meaning (`een` "a" vs `één` "one").
    public var foldDiacritics: Bool

    public init(foldDiacritics: Bool = false) {
        self.foldDiacritics = foldDiacritics
    }
}

/// A one-pass tokenizer over UTF-8 bytes for English and Dutch.
///
/// It knows URLs, e-mail addresses, @mentions, #hashtags, numbers with decimal commas and
/// thousands separators and percentages, emoji and emoticons, English contractions and Dutch
/// clitics (`don't`, `CEO's`, `taxi's`, `'s ochtends`, `z'n`), hyphenated words (`e-mail`,
/// `klant-gericht`, `B2B`), abbreviations (`e.g.`, `d.w.z.`, `bijv.`), and ignores soft hyphens
/// and zero-width characters inside words. Each token is a byte range plus an interned form;
/// only tokens that need Unicode case mapping or normalisation allocate.
public struct Tokenizer: Sendable {
    public var options: TokenizerOptions

    public init(options: TokenizerOptions = TokenizerOptions()) {
        self.options = options
    }

    /// Appends the tokens of `text[range]` to `tokens`, interning forms in `vocabulary`.
    /// - Parameter scratch: a reusable buffer for normalised bytes (kept by the caller so the
    ///   hot path does not allocate).
    public func tokenize(
        _ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, block: UInt32,
        vocabulary: Vocabulary, scratch: inout [UInt8], into tokens: inout [Token]
    ) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let (v, len) = UTF8Scalars.decode(text, i)
            if CharClass.isSpace(v) || CharClass.isIgnorable(v) {
                i += len
                continue
            }
            let (tokenEnd, kind) = scan(text, i, end, v, len)
            let form: FormID
            if Self.isVerbatim(text, i, tokenEnd) {
                // Fast path: lowercase ASCII is its own normal form; intern it in place, no copy.
                form = vocabulary.intern(UnsafeBufferPointer(rebasing: text[i..<tokenEnd]))
            } else {
                normalize(text, i, tokenEnd, kind, into: &scratch)
                form = scratch.withUnsafeBufferPointer { vocabulary.intern($0) }
            }
            tokens.append(Token(start: UInt32(i), end: UInt32(tokenEnd), form: form, kind: kind, block: block))
            i = tokenEnd
        }
    }

    /// True when `p[start..<end]` is ASCII without capitals or backticks, so normalising changes nothing.
    @inline(__always)
    static func isVerbatim(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            let b = p[k]
            if b >= 0x80 || (b >= 0x41 && b <= 0x5A) || b == 0x60 { return false }
            k += 1
        }
        return true
    }

    // MARK: - Scanning

    /// Decides the kind of the token starting at `i` (first scalar `v` of `len` bytes) and where it ends.
    @inline(__always)
    private func scan(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ v: UInt32, _ len: Int) -> (Int, TokenKind) {
        if v == 0x68 || v == 0x48 || v == 0x77 || v == 0x57, let urlEnd = scanURL(p, i, end) {
            return (urlEnd, .url)
        }
        if CharClass.isLetter(v) {
            return scanWord(p, i, end)
        }
        if CharClass.isDigit(v) {
            return scanNumber(p, i, end)
        }
        if v == 0x40 /* @ */, i + 1 < end, isWordByte(p[i + 1]) {
            return (scanHandle(p, i + 1, end), .mention)
        }
        if v == 0x23 /* # */, i + 1 < end, isWordByte(p[i + 1]) || p[i + 1] >= 0x80 {
            let (e, _) = scanWord(p, i + 1, end)
            if e > i + 1 { return (e, .hashtag) }
        }
        if CharClass.isApostrophe(v), let cliticEnd = scanLeadingClitic(p, i + len, end) {
            return (cliticEnd, .word)
        }
        if let emoticonEnd = scanEmoticon(p, i, end) {
            return (emoticonEnd, .emoticon)
        }
        if CharClass.isEmoji(v) {
            return (scanEmoji(p, i + len, end, first: v), .emoji)
        }
        if CharClass.isCurrencyOrSymbol(v) {
            return (i + len, .symbol)
        }
        // Runs of the same ASCII punctuation ("...", "!!!", "??") are one token.
        var j = i + len
        if v < 0x80 {
            while j < end && UInt32(p[j]) == v { j += 1 }
        }
        return (j, .punctuation)
    }

    @inline(__always)
    private func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    private func scanWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, TokenKind) {
        var i = start
        var segmentLetters = 0
        var sawInternalPeriod = false
        while i < end {
            let b = p[i]
            if b < 0x80 && ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)) {
                segmentLetters += 1
                i += 1
                continue
            }
            let (v, len) = UTF8Scalars.decode(p, i)
            if CharClass.isLetter(v) || CharClass.isDigit(v) {
                segmentLetters += 1
                i += len
                continue
            }
            if CharClass.isIgnorable(v) {
                i += len
                continue
            }
            let next = i + len
            guard next < end else { break }
            let (w, _) = UTF8Scalars.decode(p, next)
            // Internal apostrophe or hyphen joined to a letter: don't, CEO's, z'n, e-mail, klant-gericht.
            if (CharClass.isApostrophe(v) || CharClass.isHyphen(v)) && (CharClass.isLetter(w) || CharClass.isDigit(w)) {
                i = next
                segmentLetters = 0
                continue
            }
            // Dotted abbreviations: e.g., i.e., d.w.z., o.a., m.b.t., U.S.
            if v == 0x2E && segmentLetters <= 3 && CharClass.isLetter(w) && dottedAbbreviationContinues(p, next, end) {
                sawInternalPeriod = true
                i = next
                segmentLetters = 0
                continue
            }
            // E-mail: the local part may hold . _ + - before the @.
            if v == 0x40 || v == 0x2E || v == 0x5F || v == 0x2B || CharClass.isHyphen(v) {
                if let emailEnd = scanEmail(p, start, end) { return (emailEnd, .email) }
            }
            break
        }
        if i < end && p[i] == 0x2E {
            if sawInternalPeriod || isKnownAbbreviation(p, start, i, end) { return (i + 1, .word) }
        }
        if i < end && p[i] == 0x40, let emailEnd = scanEmail(p, start, end) { return (emailEnd, .email) }
        return (i, .word)
    }

    /// After `x.` at `i`: true when a short letter segment follows and then another period,
    /// the shape of `e.g.` and `d.w.z.`, not of a sentence break ("done.Next").
    private func dottedAbbreviationContinues(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        var letters = 0
        while j < end, letters <= 3 {
            let (v, len) = UTF8Scalars.decode(p, j)
            if CharClass.isLetter(v) {
                letters += 1
                j += len
            } else {
                return v == 0x2E && letters >= 1 && letters <= 3
            }
        }
        return false
    }

    /// Whether `p[start..<dot]` is a known abbreviation (compared as packed ASCII, so the check
    /// allocates nothing: it runs at every sentence end).
    private func isKnownAbbreviation(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ dot: Int, _ end: Int) -> Bool {
        let length = dot - start
        guard length > 0, length <= 7 else { return false }
        var packed: UInt64 = 0
        for k in start..<dot {
            let b = p[k]
            guard b < 0x80 else { return false }
            packed = packed << 8 | UInt64(b | 0x20)
        }
        if Abbreviations.alwaysPacked.contains(packed) { return true }
        guard Abbreviations.beforeLowercaseOrDigitPacked.contains(packed) else { return false }
        var j = dot + 1
        while j < end && (p[j] == 0x20 || p[j] == 0x09) { j += 1 }
        guard j < end else { return false }
        let b = p[j]
        return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A)
    }

    private func scanNumber(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, TokenKind) {
        var i = start
        while i < end {
            let b = p[i]
            if b >= 0x30 && b <= 0x39 {
                i += 1
            } else if (b == 0x2C || b == 0x2E) && i + 1 < end && p[i + 1] >= 0x30 && p[i + 1] <= 0x39 {
                i += 1  // decimal comma/point or thousands separator: 12,50 / 1.250.000 / 3.5
            } else {
                break
            }
        }
        if i < end {
            let (v, _) = UTF8Scalars.decode(p, i)
            // Alphanumerics that start with a digit: 3D, 1st, 2e, 4G.
            if CharClass.isLetter(v) {
                let (e, _) = scanWord(p, i, end)
                return (e, .word)
            }
            if p[i] == 0x25 { return (i + 1, .number) }  // 12%
            // Dutch round prices: 12,- and 12,-- (but not "12,-3" or "12,-jarig").
            if p[i] == 0x2C, i + 1 < end, p[i + 1] == 0x2D {
                var j = i + 2
                if j < end && p[j] == 0x2D { j += 1 }
                if j == end || !(isWordByte(p[j]) || p[j] >= 0x80) { return (j, .number) }
            }
        }
        return (i, .number)
    }

    private func scanHandle(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            if isWordByte(p[i]) {
                i += 1
            } else if p[i] == 0x2E, i + 1 < end, isWordByte(p[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    private func scanEmail(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end, i - start < 64 {
            let b = p[i]
            if isWordByte(b) || b == 0x2E || b == 0x2B || b == 0x2D || b == 0x25 { i += 1 } else { break }
        }
        guard i < end, p[i] == 0x40, i > start else { return nil }
        i += 1
        let domainStart = i
        var lastDot = -1
        while i < end {
            let b = p[i]
            if isWordByte(b) || b == 0x2D {
                i += 1
            } else if b == 0x2E, i + 1 < end, isWordByte(p[i + 1]) {
                lastDot = i
                i += 1
            } else {
                break
            }
        }
        guard lastDot > domainStart, i - lastDot > 2 else { return nil }
        return i
    }

    private func scanURL(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        func hasPrefix(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard end - start > n else { return false }
            let bytes = s.utf8Start
            for k in 0..<n where (p[start + k] | 0x20) != bytes[k] { return false }
            return true
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var i = start
        while i < end {
            let b = p[i]
            if b <= 0x20 || b == 0x22 || b == 0x3C || b == 0x3E { break }
            if b >= 0x80 {
                let (v, len) = UTF8Scalars.decode(p, i)
                if CharClass.isSpace(v) { break }
                i += len
                continue
            }
            i += 1
        }
        // Trailing punctuation belongs to the sentence, not the URL; a closing parenthesis is
        // kept only when the URL opened one (wiki-style links).
        while i > start {
            let b = p[i - 1]
            if b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x27 {
                i -= 1
            } else if b == 0x29 {
                var opens = 0, closes = 0
                for k in start..<i {
                    if p[k] == 0x28 { opens += 1 } else if p[k] == 0x29 { closes += 1 }
                }
                if closes > opens { i -= 1 } else { break }
            } else {
                break
            }
        }
        return i > start + 4 ? i : nil
    }

    /// Dutch clitics written with a leading apostrophe: 's (des), 't (het), 'k (ik), 'n (een), 'm (hem).
    private func scanLeadingClitic(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i < end else { return nil }
        let b = p[i] | 0x20
        guard b == 0x73 || b == 0x74 || b == 0x6B || b == 0x6E || b == 0x6D else { return nil }
        if i + 1 < end {
            let (v, _) = UTF8Scalars.decode(p, i + 1)
            if CharClass.isLetter(v) || CharClass.isDigit(v) { return nil }
        }
        return i + 1
    }

    private static let emoticons: [[UInt8]] = [
        ":-)", ":)", ":-(", ":(", ":-D", ":D", ";-)", ";)", ":-P", ":P", ":p", ":-/", ":/", ":'(",
        "<3", ":-O", ":O", ":o", "=)", "=(", ":-|", ":|", ":s", ":S",
    ].map { Array($0.utf8) }

    private func scanEmoticon(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let b = p[i]
        guard b == 0x3A || b == 0x3B || b == 0x3C || b == 0x3D else { return nil }
        for e in Self.emoticons where end - i >= e.count {
            var match = true
            for k in 0..<e.count where p[i + k] != e[k] {
                match = false
                break
            }
            guard match else { continue }
            let after = i + e.count
            // An emoticon stands alone: "time:)" is fine, but ":Proces" is not ":P".
            if after == end || p[after] <= 0x20 || p[after] >= 0x80 || !isWordByte(p[after]) {
                return after
            }
        }
        return nil
    }

    private func scanEmoji(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, first: UInt32) -> Int {
        var i = start
        let isFlag = first >= 0x1F1E6 && first <= 0x1F1FF
        if isFlag, i < end {
            let (v, len) = UTF8Scalars.decode(p, i)
            if v >= 0x1F1E6 && v <= 0x1F1FF { return i + len }
        }
        while i < end {
            let (v, len) = UTF8Scalars.decode(p, i)
            if v == 0x200D {  // zero-width joiner: the next emoji is part of this one
                let next = i + len
                guard next < end else { return next }
                let (w, wlen) = UTF8Scalars.decode(p, next)
                if CharClass.isEmoji(w) {
                    i = next + wlen
                    continue
                }
                return next
            }
            if CharClass.isEmojiContinuation(v) {
                i += len
            } else {
                break
            }
        }
        return i
    }

    // MARK: - Normalisation

    /// Writes the normalised form of `p[start..<end]` into `out`: case-folded (words, handles,
    /// e-mail), apostrophes and hyphens unified, soft hyphens and zero-width characters dropped,
    /// ligatures expanded, NFC composed, diacritics optionally folded.
    @inline(__always)
    func normalize(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ kind: TokenKind, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        let fold = kind == .word || kind == .mention || kind == .hashtag || kind == .email
        var needsUnicode = false
        var i = start
        while i < end {
            let b = p[i]
            if b < 0x80 {
                if fold && b >= 0x41 && b <= 0x5A { out.append(b | 0x20) } else if b == 0x60 && kind == .word { out.append(0x27) } else { out.append(b) }
                i += 1
                continue
            }
            let (v, len) = UTF8Scalars.decode(p, i)
            i += len
            if CharClass.isIgnorable(v) { continue }
            if kind == .word {
                if CharClass.isApostrophe(v) { out.append(0x27); continue }
                if CharClass.isHyphen(v) { out.append(0x2D); continue }
                if v >= 0xFB00 && v <= 0xFB06 { appendLigature(v, &out); continue }
            }
            if (v >= 0x300 && v <= 0x36F) || (fold && v > 0x24F) { needsUnicode = true }
            if options.foldDiacritics, let base = Self.foldedLatin(v) {
                out.append(fold ? base | 0x20 : base)
                continue
            }
            if fold { appendLowercased(v, &out) } else { UTF8Scalars.append(v, to: &out) }
        }
        if needsUnicode || (options.foldDiacritics && out.contains(where: { $0 >= 0x80 }) && !onlyUnfoldable(out)) {
            var s = String(decoding: out, as: UTF8.self)
            if fold { s = s.lowercased() }
            s = s.precomposedStringWithCanonicalMapping
            if options.foldDiacritics { s = s.folding(options: .diacriticInsensitive, locale: nil) }
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: s.utf8)
        }
    }

    /// True when every non-ASCII scalar in `bytes` is a Latin letter without a base letter
    /// (`ß`, `æ`, `ø`...), so the Unicode folding pass would change nothing.
    private func onlyUnfoldable(_ bytes: [UInt8]) -> Bool {
        var ok = true
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let (v, len) = UTF8Scalars.decode(p, i)
                if v >= 0x80 && !(v >= 0xC0 && v <= 0x17F) { ok = false; return }
                i += len
            }
        }
        return ok
    }

    @inline(__always)
    private func appendLowercased(_ v: UInt32, _ out: inout [UInt8]) {
        // Latin-1 and Latin Extended-A cover Dutch and English; the rest goes through the
        // Unicode path in `normalize`.
        var lower = v
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 {
            lower = v + 0x20
        } else if v >= 0x100 && v <= 0x137 && v & 1 == 0 && v != 0x130 {
            lower = v + 1
        } else if v >= 0x139 && v <= 0x148 && v & 1 == 1 {
            lower = v + 1
        } else if v >= 0x14A && v <= 0x177 && v & 1 == 0 {
            lower = v + 1
        } else if v == 0x178 {
            lower = 0xFF
        } else if v >= 0x179 && v <= 0x17E && v & 1 == 1 {
            lower = v + 1
        }
        UTF8Scalars.append(lower, to: &out)
    }

    private func appendLigature(_ v: UInt32, _ out: inout [UInt8]) {
        switch v {
        case 0xFB00: out.append(0x66); out.append(0x66)                    // ff
        case 0xFB01: out.append(0x66); out.append(0x69)                    // fi
        case 0xFB02: out.append(0x66); out.append(0x6C)                    // fl
        case 0xFB03: out.append(0x66); out.append(0x66); out.append(0x69)  // ffi
        case 0xFB04: out.append(0x66); out.append(0x66); out.append(0x6C)  // ffl
        default: out.append(0x73); out.append(0x74)                        // st, long s + t
        }
    }

    /// The base letter of a Latin-1 or Latin Extended-A letter with a diacritic (`é` -> `e`,
    /// `ĳ` stays), or nil when there is none, for diacritic folding without allocation.
    @inline(__always)
    static func foldedLatin(_ v: UInt32) -> UInt8? {
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        let table = Self.latinFoldTable
        let b = table[Int(v - 0xC0)]
        return b == 0x2A ? nil : b
    }

    /// One ASCII base letter per scalar U+00C0...U+017F, `*` where there is none.
    static let latinFoldTable: [UInt8] = Array((
        "AAAAAA*CEEEEIIII*NOOOOO**UUUUY**" + "aaaaaa*ceeeeiiii*nooooo**uuuuy*y" +
        "AaAaAaCcCcCcCcDd**EeEeEeEeEeGgGg" + "GgGgHh**IiIiIiIiI***JjKk*LlLlLl*" +
        "***NnNnNn***OoOoOo**RrRrRrSsSsSs" + "SsTtTt**UuUuUuUuUuUuWwYyYZzZzZz*").utf8)
}
