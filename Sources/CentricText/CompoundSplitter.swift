/// Splits Dutch compounds into known parts, so lexicon entries match their heads and modifiers:
/// `klantenservicemedewerker` -> `klant`, `service`, `medewerker`; `goedkeuringsprocedure` ->
/// `goedkeuring`, `procedure`.
///
/// Dynamic programming over the word: every part must be a known word of at least
/// `minimumPart` letters, parts may be joined by the linking morphemes `s`, `en` and `e` (and
/// the plural `en` of a modifier is reduced to its singular when the singular is known).
/// Among all splits the one with the fewest parts wins, then the one with the longest head;
/// ties are broken deterministically.
public struct CompoundSplitter: Sendable {
    public let words: Set<String>
    public var minimumPart: Int

    public init(words: Set<String>, minimumPart: Int = 3) {
        self.words = words
        self.minimumPart = minimumPart
    }

    /// The parts of `word`, or an empty array when it is not a compound of known words.
    public func split(_ word: String) -> [String] {
        let chars = Array(word)
        let n = chars.count
        guard n >= minimumPart * 2 else { return [] }
        // best[i]: best split of chars[i...] as (parts), nil if impossible.
        var best = [[String]?](repeating: nil, count: n + 1)
        best[n] = []
        for start in stride(from: n - minimumPart, through: 0, by: -1) {
            var candidate: [String]?
            for end in stride(from: n, through: start + minimumPart, by: -1) {
                let part = String(chars[start..<end])
                guard words.contains(part) else { continue }
                // Directly followed by the rest, or through a linking morpheme.
                for link in ["", "s", "en", "e"] {
                    let next = end + link.count
                    guard next <= n else { continue }
                    if !link.isEmpty {
                        guard next < n, String(chars[end..<next]) == link else { continue }
                    }
                    guard let rest = best[next] else { continue }
                    let parts = [part] + rest
                    if isBetter(parts, than: candidate) { candidate = parts }
                }
            }
            // A plural modifier ("klanten" in "klantenservice") is reported as its singular.
            best[start] = candidate
        }
        guard let parts = best[0], parts.count >= 2 else { return [] }
        return parts.map(singular)
    }

    private func isBetter(_ a: [String], than b: [String]?) -> Bool {
        guard let b else { return true }
        if a.count != b.count { return a.count < b.count }
        let headA = a.last?.count ?? 0, headB = b.last?.count ?? 0
        if headA != headB { return headA > headB }
        return a.lexicographicallyPrecedes(b)
    }

    private func singular(_ part: String) -> String {
        if part.hasSuffix("en"), part.count > minimumPart + 2 {
            let stem = String(part.dropLast(2))
            if words.contains(stem) { return stem }
        }
        return part
    }
}
