/// What a token is. Raw values are stable: they appear in `centric tokens` output.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case word, number, url, email, mention, hashtag, emoji, emoticon, symbol, punctuation

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .url: "url"
        case .email: "email"
        case .mention: "mention"
        case .hashtag: "hashtag"
        case .emoji: "emoji"
        case .emoticon: "emoticon"
        case .symbol: "symbol"
        case .punctuation: "punct"
        }
    }
}

/// One token: a range of UTF-8 bytes in the analysed text plus the interned id of its
/// normalised form. Tokens never copy text (DESIGN.md: tokens are ranges, forms are interned).
public struct Token: Sendable, Equatable {
    /// UTF-8 byte offsets into the analysed text, end exclusive.
    public var start: UInt32
    public var end: UInt32
    /// Id of the normalised form in the `Vocabulary` that produced the analysis.
    public var form: FormID
    public var kind: TokenKind
    /// Index of the text block (paragraph) the token belongs to.
    public var block: UInt32

    public init(start: UInt32, end: UInt32, form: FormID, kind: TokenKind, block: UInt32) {
        self.start = start
        self.end = end
        self.form = form
        self.kind = kind
        self.block = block
    }

    public var byteRange: Range<Int> { Int(start)..<Int(end) }
}
