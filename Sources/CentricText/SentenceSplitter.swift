/// Splits a token stream into sentences. Abbreviations (`e.g.`, `bijv.`, `Mr.`) are already single
/// word tokens with their period (see `Tokenizer`), so a sentence ends at a `.`, `!`, `?` or `…`
/// punctuation token, unless a lowercase word follows (an abbreviation we do not know), and always
/// at the end of a block.
public enum SentenceSplitter {
    /// Token index ranges of the sentences in `tokens`.
    public static func split(_ tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let blockEnds = i + 1 == tokens.count || tokens[i + 1].block != token.block
            if blockEnds {
                sentences.append(start..<(i + 1))
                start = i + 1
            } else if token.kind == .punctuation, isTerminator(token, text) {
                // Closing quotes and brackets after the terminator stay with the sentence.
                var end = i + 1
                while end < tokens.count, tokens[end].block == token.block, tokens[end].kind == .punctuation,
                      isCloser(tokens[end], text) {
                    end += 1
                }
                if end < tokens.count, tokens[end].block == token.block, startsLowercase(tokens[end], text) {
                    i += 1
                    continue
                }
                sentences.append(start..<end)
                start = end
                i = end
                continue
            }
            i += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    static func isTerminator(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = text[Int(token.start)]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        // U+2026 HORIZONTAL ELLIPSIS
        return token.end - token.start == 3 && b == 0xE2 && text[Int(token.start) + 1] == 0x80 && text[Int(token.start) + 2] == 0xA6
    }

    static func isCloser(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = text[Int(token.start)]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { return true }
        // ’ ” »
        if token.end - token.start >= 2 {
            let (v, _) = UTF8Scalars.decode(text, Int(token.start))
            return v == 0x2019 || v == 0x201D || v == 0xBB
        }
        return false
    }

    static func startsLowercase(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        let b = text[Int(token.start)]
        return b >= 0x61 && b <= 0x7A
    }
}
