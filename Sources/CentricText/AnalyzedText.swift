/// A block (paragraph) of analysed text and the language it is in.
public struct AnalyzedBlock: Sendable, Equatable {
    /// UTF-8 byte range of the block in `AnalyzedText.text`.
    public var byteRange: Range<Int>
    /// Token index range of the block.
    public var tokenRange: Range<Int>
    public var language: LanguageGuess
}

/// The text stage's output: the document's text stored once, with tokens as ranges into it,
/// sentences as token ranges, and the stem of every token, all as interned ids of the
/// `vocabulary` of the `Analyzer` that produced it.
///
/// Not `Sendable`: the vocabulary belongs to one worker. Scoring happens on the same worker;
/// what crosses threads is the `DocumentScore`, which holds plain values.
public struct AnalyzedText {
    public let text: String
    public let utf8: [UInt8]
    public var language: LanguageGuess
    public var blocks: [AnalyzedBlock]
    public var tokens: [Token]
    /// Stem id of each token (the form itself for non-words and unstemmed languages).
    public var stems: [FormID]
    public var sentences: [Range<Int>]
    public let vocabulary: Vocabulary

    /// Number of word and number tokens: the denominator of rates per 1,000 tokens.
    public var wordCount: Int {
        var n = 0
        for t in tokens where t.kind == .word || t.kind == .number { n += 1 }
        return n
    }

    /// The token's text as written.
    public func surface(_ index: Int) -> String {
        let t = tokens[index]
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[t.byteRange]), as: UTF8.self) }
    }

    public func form(_ index: Int) -> String { vocabulary.string(tokens[index].form) }
    public func stem(_ index: Int) -> String { vocabulary.string(stems[index]) }

    /// The language of the block holding token `index`.
    public func language(ofToken index: Int) -> String {
        blocks[Int(tokens[index].block)].language.code
    }

    /// Character (Unicode scalar... grapheme) offsets are what users see; this converts a UTF-8
    /// byte offset to a `String.Index`.
    public func index(atByte offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Character offset (in Swift `Character`s) of a UTF-8 byte offset.
    public func characterOffset(atByte offset: Int) -> Int {
        text.distance(from: text.startIndex, to: index(atByte: offset))
    }
}
