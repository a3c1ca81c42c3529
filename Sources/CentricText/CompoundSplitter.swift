/// Splits Dutch compounds into known parts, so lexicon entries match their heads and modifiers:
/// `klantenservicemedewerker` -> `klant`, `service`, `medewerker`; `goedkeuringsprocedure` ->
/// `goedkeuring`, `procedure`.
///
/// Dynamic programming over the word:
/// - every part is a known word of at least `minimumPart` letters, and a compound is at least two
///   parts (a word the list knows as a whole is still split: word lists hold compounds too);
///   parts of three or four letters must also be common words (`common`, words of running text):
///   big word lists are full of rare short words (`kel`, `gesp`) that would cut `winkel` and
///   `gesprek` in two;
/// - parts may be joined by the linking morphemes `s`, `en` and `e` (`goedkeuring-s-procedure`,
///   `klant-en-service`);
/// - a modifier may not be a verb particle or prefix that is also a word (`aan`, `op`, `uit`,
///   `mede`, `onder`...: `aanrader`, `medewerker`, `onderzoek` are derivations, not compounds),
///   and the head may not be a suffix that is also a word (`-lijk`, `-baar`, `-loos`, `-heid`...:
///   `natuurlijk`, `waardeloos`, `tevredenheid`);
/// - among valid splits the one with the fewest parts wins, then the one with more common parts,
///   then fewer short parts, then the longest head; ties are broken alphabetically;
/// - parts of `recursiveLength` letters or more are split again the same way, so
///   `klantenservice|medewerker` becomes `klant|service|medewerker` while `samenwerking` and
///   `goedkeuring` stay whole.
///
/// Modifiers are reported in the singular when the plural is plain (`klanten` -> `klant`,
/// `boodschappen` -> `boodschap`, `vragen` -> `vraag`) and the singular is a common word of four
/// letters or more (or a known one of six or more); a modifier followed by a linking `s` is not a plural (`leven-s-duur`,
/// `vertrouwen-s-band`). The head keeps its form, since the stemmer handles it.
public struct CompoundSplitter: Sendable {
    public let words: Set<String>
    /// Words of running text: short parts must be among them. Empty: no such check.
    public let common: Set<String>
    public var minimumPart: Int
    /// Parts at least this long are split again.
    public var recursiveLength = 14
    /// Parts shorter than this must be `common`.
    static let shortPart = 5

    /// Debian snowball-data's Dutch vocabulary (45,000 words of running text), when installed.
    public static let runningTextWords: Set<String> = {
        guard let text = try? String(contentsOfFile: "/usr/share/snowball/data/dutch/voc.txt", encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }()

    /// Particles and prefixes that are words but form derivations, not compounds, as modifiers.
    static let nonModifiers: Set<String> = [
        "aan", "af", "op", "uit", "in", "om", "mee", "mede", "toe", "na", "bij", "ver", "be", "ge",
        "ont", "her", "er", "te", "onder", "over", "door", "weg", "vol", "wan", "on",
    ]
    /// Derivational suffixes that are also words (`lijk` corpse, `baar` wave, `loos` empty...).
    static let nonHeads: Set<String> = [
        "lijk", "lijke", "lijks", "baar", "bare", "loos", "loze", "zaam", "zame", "achtig", "achtige",
        "heid", "heden", "schap", "schappen", "dom", "ling", "lingen", "tje", "tjes", "ster", "sters",
        "nis", "sel", "erij", "ing", "ingen", "isme", "teit", "iteit", "ter", "ging", "gingen",
    ]
    /// Linking morphemes: `s` (goedkeuring-s-procedure), `en` (klant-en-service), `er`
    /// (kind-er-opvang). The old `e` (paardebloem) is left out: in today's spelling it mostly
    /// shows up in false splits (`hel-e-maal`).
    static let links: [[Character]] = [[], ["s"], ["e", "n"], ["e", "r"]]

    public init(words: Set<String>, minimumPart: Int = 3, common: Set<String> = CompoundSplitter.runningTextWords) {
        self.words = words
        self.minimumPart = minimumPart
        self.common = common
    }

    /// A split under construction: parts from some position to the end of the word.
    private struct Candidate {
        var parts: [String]
        /// Whether each part is followed by a linking `s`.
        var linkedByS: [Bool]
        var shortParts: Int
        var commonParts: Int
    }

    /// The parts of `word`, or an empty array when it is not a compound of known words.
    public func split(_ word: String) -> [String] {
        let parts = splitOnce(word)
        guard !parts.isEmpty else { return [] }
        var out: [String] = []
        for (k, part) in parts.enumerated() {
            let again = part.count >= recursiveLength ? split(part) : []
            if again.isEmpty {
                out.append(part)
            } else {
                // The sub-split's head is a modifier of the whole unless this part is the head.
                out.append(contentsOf: k == parts.count - 1 ? again : again.map(singular))
            }
        }
        return out
    }

    private func acceptable(_ part: String, isHead: Bool) -> Bool {
        guard words.contains(part) else { return false }
        if part.count < Self.shortPart, !common.isEmpty, !common.contains(part) { return false }
        return isHead ? !Self.nonHeads.contains(part) : !Self.nonModifiers.contains(part)
    }

    private func splitOnce(_ word: String) -> [String] {
        let chars = Array(word)
        let n = chars.count
        guard n >= minimumPart * 2, chars.allSatisfy({ $0.isLetter || $0 == "-" }) else { return [] }
        // best[i]: best split of chars[i...] into parts (nil if impossible).
        var best = [Candidate?](repeating: nil, count: n + 1)
        best[n] = Candidate(parts: [], linkedByS: [], shortParts: 0, commonParts: 0)
        for start in stride(from: n - minimumPart, through: 0, by: -1) {
            var candidate: Candidate?
            for end in (start + minimumPart)...n {
                if start == 0 && end == n { continue }  // the whole word is not a split
                let part = String(chars[start..<end])
                let isHead = end == n
                guard acceptable(part, isHead: isHead) else { continue }
                for link in Self.links {
                    if isHead && !link.isEmpty { continue }
                    let next = end + link.count
                    guard next <= n, next < n || isHead else { continue }
                    if !link.isEmpty && !chars[end..<next].elementsEqual(link) { continue }
                    guard let rest = best[next] else { continue }
                    if next == n && !isHead { continue }
                    let c = Candidate(parts: [part] + rest.parts, linkedByS: [link == ["s"]] + rest.linkedByS,
                                      shortParts: rest.shortParts + (part.count < Self.shortPart ? 1 : 0),
                                      commonParts: rest.commonParts + (common.contains(part) ? 1 : 0))
                    if isBetter(c, than: candidate) { candidate = c }
                }
            }
            best[start] = candidate
        }
        guard let found = best[0], found.parts.count >= 2 else { return [] }
        let parts = found.parts
        return parts.indices.map { k in k == parts.count - 1 || found.linkedByS[k] ? parts[k] : singular(parts[k]) }
    }

    private func isBetter(_ a: Candidate, than b: Candidate?) -> Bool {
        guard let b else { return true }
        if a.parts.count != b.parts.count { return a.parts.count < b.parts.count }
        if a.commonParts != b.commonParts { return a.commonParts > b.commonParts }
        if a.shortParts != b.shortParts { return a.shortParts < b.shortParts }
        let headA = a.parts.last?.count ?? 0, headB = b.parts.last?.count ?? 0
        if headA != headB { return headA > headB }
        return a.parts.lexicographicallyPrecedes(b.parts)
    }

    /// `klanten` -> `klant`, `boodschappen` -> `boodschap`, `vragen` -> `vraag`, when the singular is
    /// a common word of four letters or more (`leven` is not `lev` + `en`).
    private func singular(_ part: String) -> String {
        guard part.hasSuffix("en"), part.count >= minimumPart + 3 else { return part }
        let stem = Array(part.dropLast(2))
        var candidates = [stem]
        if stem.count >= 2, stem[stem.count - 1] == stem[stem.count - 2] { candidates.append(Array(stem.dropLast())) }
        if stem.count >= 3, !isVowel(stem[stem.count - 1]), isVowel(stem[stem.count - 2]), !isVowel(stem[stem.count - 3]) {
            var long = stem
            long.insert(stem[stem.count - 2], at: stem.count - 1)
            candidates.append(long)
        }
        for candidate in candidates where candidate.count >= 4 {
            let s = String(candidate)
            if common.contains(s) || (words.contains(s) && (common.isEmpty || s.count >= 6)) { return s }
        }
        return part
    }

    private func isVowel(_ c: Character) -> Bool { c == "a" || c == "e" || c == "i" || c == "o" || c == "u" }
}
