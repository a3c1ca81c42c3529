/// Conflates Dutch verb forms that Snowball's Dutch stemmer leaves apart, so a lexicon entry in
/// the infinitive matches past tenses and participles: `luisteren`, `luisterde`, `geluisterd`,
/// `luistert` -> `luister`; `terugbellen`, `teruggebeld` -> `terugbel`; `beloven`, `beloofd` ->
/// `belof`; `opzeggen`, `opgezegd` -> `opzeg`.
///
/// Applied after Snowball to both lexicon words and text tokens (the Analyzer's stems), so it
/// only has to be consistent, not linguistically exact. Rules, in order:
/// 1. the participle prefix `ge-` is dropped at the start or after a separable particle
///    (`terug`, `op`, `aan`, `af`, `uit`, `mee`, `door`, `weg`, `toe`, `bij`, `in`, `na`, `om`,
///    `over`, `voor`) when at least four letters remain;
/// 2. a final `d` or `t` of a 4+ letter stem is dropped unless it follows `h`, `s`, `d` or `t` (past
///    tense and third person: `luisterd`, `luistert`, `beld`);
/// 3. a final double consonant is undoubled (`bell` -> `bel`, `opzegg` -> `opzeg`);
/// 4. a final `v`/`z` becomes `f`/`s`, and a double vowel before the last consonant is
///    shortened (`beloof` -> `belof`), the spelling alternations of Dutch verb stems.
public enum DutchMatchKey {
    static let particles = ["terug", "voor", "over", "door", "mee", "aan", "uit", "weg", "toe", "bij", "op", "af", "in", "na", "om"]

    public static func key(_ stem: String) -> String {
        var s = Array(stem)
        guard s.count >= 4, s.allSatisfy({ $0.isLetter }) else { return stem }
        // 1. participle ge-
        if s.count >= 6, s[0] == "g", s[1] == "e", !isVowel(s[2]) || s[2] == "e" {
            if s.count - 2 >= 4 { s.removeFirst(2) }
        } else {
            for p in particles where s.count > p.count + 2 + 3 && s.starts(with: Array(p)) {
                let i = p.count
                if s[i] == "g" && s[i + 1] == "e" {
                    s.removeSubrange(i..<(i + 2))
                }
                break
            }
        }
        // 2. final d/t after a non-t/d consonant or vowel (not in "-cht", which is part of the stem)
        if s.count >= 4, let last = s.last, last == "d" || last == "t" {
            let before = s[s.count - 2]
            if before != "h" && before != "d" && before != "t" && before != "s" { s.removeLast() }
        }
        // 3. undouble
        if s.count >= 4, let last = s.last, !isVowel(last), s[s.count - 2] == last { s.removeLast() }
        // 4. v/z alternation and long vowels in closed syllables
        if let last = s.last {
            if last == "v" { s[s.count - 1] = "f" } else if last == "z" { s[s.count - 1] = "s" }
        }
        if s.count >= 4, !isVowel(s[s.count - 1]), isVowel(s[s.count - 2]), s[s.count - 2] == s[s.count - 3], s[s.count - 2] != "e" || s.count >= 5 {
            s.remove(at: s.count - 2)
        }
        return String(s)
    }

    @inline(__always)
    static func isVowel(_ c: Character) -> Bool { "aeiouy".contains(c) }
}
