/// Abbreviations that end in a period without ending a sentence, in English and Dutch.
/// Multi-period forms (`e.g.`, `d.w.z.`, `o.a.`, `m.b.t.`) are recognised by shape in the
/// tokenizer; these are the single-word ones whose period would otherwise split a sentence.
enum Abbreviations {
    /// Always abbreviations when followed by a period (titles and forms that never end a sentence).
    static let always: Set<String> = [
        // English
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "jr", "sr", "approx", "dept", "est", "fig",
        "inc", "ltd", "corp", "co", "etc", "cf", "al", "gen", "gov", "sgt", "capt", "mt", "ave", "rd",
        // Dutch
        "bijv", "dhr", "mevr", "mw", "ca", "enz", "evt", "incl", "excl", "blz", "zgn", "resp", "vgl",
        "jl", "ir", "ing", "drs", "mr", "ds", "mgr", "bv", "nv", "tel", "afd", "max", "min", "gem",
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
    ]

    /// Abbreviations only when the next word does not start a new sentence (lowercase or a digit
    /// follows): `no. 5`, `nr. 12`, `ma 3 jan.`; a sentence may end in "no." or "do.".
    static let beforeLowercaseOrDigit: Set<String> = [
        "no", "nr", "nos", "vol", "p", "pp", "ma", "di", "wo", "do", "vr", "za", "zo", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "mar", "op", "ex",
    ]

    /// The lists as packed lowercase ASCII (up to 8 letters in a UInt64), so the tokenizer looks
    /// them up without building a string.
    static let alwaysPacked: Set<UInt64> = Set(always.map(pack))
    static let beforeLowercaseOrDigitPacked: Set<UInt64> = Set(beforeLowercaseOrDigit.map(pack))

    static func pack(_ word: String) -> UInt64 {
        var packed: UInt64 = 0
        for b in word.utf8 { packed = packed << 8 | UInt64(b) }
        return packed
    }
}
