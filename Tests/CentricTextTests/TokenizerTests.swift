import XCTest
@testable import CentricText

final class TokenizerTests: XCTestCase {
    /// (surface, kind, normalised) triples of `text`.
    func tokens(_ text: String, fold: Bool = false) -> [(String, TokenKind, String)] {
        let vocabulary = Vocabulary()
        let tokenizer = Tokenizer(options: TokenizerOptions(foldDiacritics: fold))
        var scratch: [UInt8] = []
        var out: [Token] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in
            tokenizer.tokenize(p, range: 0..<bytes.count, block: 0, vocabulary: vocabulary, scratch: &scratch, into: &out)
        }
        return out.map { (String(decoding: bytes[$0.byteRange], as: UTF8.self), $0.kind, vocabulary.string($0.form)) }
    }

    func surfaces(_ text: String) -> [String] { tokens(text).map(\.0) }

    func testEnglishContractionsAndPossessivesStayWhole() {
        XCTAssertEqual(surfaces("I don't think the CEO's plan works."), ["I", "don't", "think", "the", "CEO's", "plan", "works", "."])
        XCTAssertEqual(tokens("They DIDN’T call")[1].2, "didn't", "curly apostrophes normalise to straight ones")
    }

    func testDutchCliticsAndApostrophePlurals() {
        XCTAssertEqual(surfaces("'s ochtends belde ik met m'n taxi's en z'n auto's"),
                       ["'s", "ochtends", "belde", "ik", "met", "m'n", "taxi's", "en", "z'n", "auto's"])
        XCTAssertEqual(tokens("’t is klaar")[0].2, "'t")
    }

    func testHyphenatedWordsAndAlphanumerics() {
        XCTAssertEqual(surfaces("Stuur een e-mail, klant-gericht en B2B-markt; 24/7"),
                       ["Stuur", "een", "e-mail", ",", "klant-gericht", "en", "B2B-markt", ";", "24", "/", "7"])
        XCTAssertEqual(tokens("3D")[0].1, .word)
    }

    func testNumbersWithDecimalCommaThousandsAndPercent() {
        let t = tokens("€ 12,50 en 1.250.000 klanten, 3.5% groei en 12%")
        XCTAssertEqual(t.map(\.0), ["€", "12,50", "en", "1.250.000", "klanten", ",", "3.5%", "groei", "en", "12%"])
        XCTAssertEqual(t[0].1, .symbol)
        XCTAssertEqual(t[1].1, .number)
        XCTAssertEqual(t[6].1, .number)
    }

    func testURLsEmailsMentionsHashtags() {
        let t = tokens("See https://example.com/a_(b). Mail jan.de.vries@bedrijf.nl or @klantdienst #CX2025 www.test.nl!")
        XCTAssertEqual(t[1].0, "https://example.com/a_(b)")
        XCTAssertEqual(t[1].1, .url)
        XCTAssertEqual(t[2].0, ".")
        XCTAssertEqual(t[4].0, "jan.de.vries@bedrijf.nl")
        XCTAssertEqual(t[4].1, .email)
        XCTAssertEqual(t[6].1, .mention)
        XCTAssertEqual(t[7].1, .hashtag)
        XCTAssertEqual(t[7].2, "#cx2025")
        XCTAssertEqual(t[8].0, "www.test.nl")
        XCTAssertEqual(t[9].0, "!")
    }

    func testEmojiAndEmoticons() {
        let t = tokens("Top service 👍🏽 :) 👨‍👩‍👧 :-( 🇳🇱")
        XCTAssertEqual(t.map(\.0), ["Top", "service", "👍🏽", ":)", "👨‍👩‍👧", ":-(", "🇳🇱"])
        XCTAssertEqual(t[2].1, .emoji)
        XCTAssertEqual(t[3].1, .emoticon)
        XCTAssertEqual(t[4].1, .emoji)
    }

    func testInvisibleCharactersDoNotSplitWordsAndNBSPDoes() {
        // soft hyphen and zero-width space inside a word; no-break space between words
        let t = tokens("klanten\u{00AD}service zero\u{200B}width non\u{00A0}breaking")
        XCTAssertEqual(t.map(\.2), ["klantenservice", "zerowidth", "non", "breaking"])
    }

    func testLigaturesAndCaseFoldingKeepDiacritics() {
        XCTAssertEqual(tokens("ﬁnancial EFFICIËNT Één")[0].2, "financial")
        XCTAssertEqual(tokens("EFFICIËNT")[0].2, "efficiënt")
        XCTAssertEqual(tokens("Één een")[0].2, "één")
        XCTAssertNotEqual(tokens("Één een")[0].2, tokens("Één een")[1].2, "een and één stay apart by default")
        XCTAssertEqual(tokens("Één een", fold: true)[0].2, "een", "folding is an option")
    }

    func testDecomposedInputIsComposedToNFC() {
        let decomposed = "geı\u{0308}nteresseerd"  // dotless i + combining diaeresis is not NFC-composable; use e + U+0301
        _ = decomposed
        XCTAssertEqual(tokens("cafe\u{0301}")[0].2, "café")
    }

    func testAbbreviationsKeepTheirPeriods() {
        XCTAssertEqual(surfaces("Bijv. de afdeling, d.w.z. o.a. m.b.t. e.g. Mr. Smith"),
                       ["Bijv.", "de", "afdeling", ",", "d.w.z.", "o.a.", "m.b.t.", "e.g.", "Mr.", "Smith"])
    }

    func testInvalidUTF8NeverCrashes() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xFE, 0x62, 0xC3, 0x28, 0xE2, 0x82]
        let vocabulary = Vocabulary()
        var scratch: [UInt8] = []
        var out: [Token] = []
        bytes.withUnsafeBufferPointer { p in
            Tokenizer().tokenize(p, range: 0..<bytes.count, block: 0, vocabulary: vocabulary, scratch: &scratch, into: &out)
        }
        XCTAssertFalse(out.isEmpty)
        XCTAssertEqual(out.last.map { Int($0.end) }, bytes.count, "every byte is covered")
    }

    func testDutchRoundPricesAndCurrency() {
        let t = tokens("Kost € 12,- of €9,95 en 12,-jarig")
        XCTAssertEqual(t.map(\.0), ["Kost", "€", "12,-", "of", "€", "9,95", "en", "12", ",", "-", "jarig"])
        XCTAssertEqual(t[2].1, .number)
        XCTAssertEqual(t[5].1, .number)
    }

    func testDiacriticFoldingIsAnOptionAndCoversLatin() {
        XCTAssertEqual(tokens("Café CRÈME geïnteresseerd Één ß", fold: true).map(\.2), ["cafe", "creme", "geinteresseerd", "een", "ß"])
        XCTAssertEqual(tokens("Café geïnteresseerd").map(\.2), ["café", "geïnteresseerd"])
    }

    func testWordJoinerAndByteOrderMarkAreIgnored() {
        XCTAssertEqual(tokens("\u{FEFF}klant\u{2060}vriendelijk").map(\.2), ["klantvriendelijk"])
    }

    func testEnglishAndDutchAbbreviationsBeforeNumbersAndLowercase() {
        XCTAssertEqual(surfaces("Zie nr. 12 en blz. 3, vgl. m.b.t. de klant"),
                       ["Zie", "nr.", "12", "en", "blz.", "3", ",", "vgl.", "m.b.t.", "de", "klant"])
        XCTAssertEqual(surfaces("It was no. Then"), ["It", "was", "no", ".", "Then"], "no. before a capital ends a sentence")
    }

    func testUppercaseBeyondLatin1LowercasesThroughUnicode() {
        XCTAssertEqual(tokens("ŁÓDŹ ΑΘΗΝΑ")[0].2, "łódź")
        XCTAssertEqual(tokens("ŁÓDŹ ΑΘΗΝΑ")[1].2, "αθηνα")
    }
}
