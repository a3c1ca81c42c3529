import Foundation
import XCTest
@testable import CentricIngest

final class TextDecoderTests: XCTestCase {
    /// `<meta charset=windows-1252>` page with cp1252 quotes and Latin-1 letters.
    private func cp1252Page(meta: String) -> Data {
        var bytes = Array("<html><head><meta charset=\"\(meta)\"></head><body><p>".utf8)
        bytes += [0x93] + Array("Caf".utf8) + [0xE9, 0x94, 0x20, 0x96, 0x20] + Array("goed ge".utf8)
        bytes += [0xEF] + Array("nteresseerd</p></body></html>".utf8)
        return Data(bytes)
    }

    func testMetaWindows1252IsHonoured() throws {
        let decoded = try TextDecoder.decode(cp1252Page(meta: "windows-1252"))
        XCTAssertEqual(decoded.rule, "meta")
        XCTAssertEqual(decoded.encoding, "windows-1252")
        XCTAssertTrue(decoded.text.contains("\u{201C}Café\u{201D} \u{2013} goed geïnteresseerd"), decoded.text)
        XCTAssertEqual(decoded.invalidBytes, 0)
        XCTAssertEqual(decoded.warnings, [])
    }

    func testLatin1DeclarationIsReadAsWindows1252() throws {
        let decoded = try TextDecoder.decode(cp1252Page(meta: "ISO-8859-1"))
        XCTAssertEqual(decoded.encoding, "windows-1252")
        XCTAssertTrue(decoded.text.contains("\u{201C}Café\u{201D}"), "0x93/0x94 are cp1252 quotes, not C1 controls")
    }

    func testMetaSaysUTF8ButBytesAreWindows1252() throws {
        let decoded = try TextDecoder.decode(cp1252Page(meta: "utf-8"))
        XCTAssertEqual(decoded.rule, "detected")
        XCTAssertNotEqual(decoded.encoding, "UTF-8")
        XCTAssertTrue(decoded.text.contains("Café"), decoded.text)
        XCTAssertEqual(decoded.warnings.count, 1)
        XCTAssertTrue(decoded.warnings[0].contains("not valid UTF-8"), decoded.warnings[0])
    }

    func testUTF8DeclaredAsLatin1IsDecodedAsUTF8WithAWarning() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>Één café, “quotes”</body></html>"
        let decoded = try TextDecoder.decode(Data(html.utf8))
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.rule, "detected")
        XCTAssertTrue(decoded.text.contains("Één café, “quotes”"))
        XCTAssertEqual(decoded.warnings.count, 1)
    }

    func testBOMWinsOverEverything() throws {
        let utf8 = Data([0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1252>é".utf8))
        let a = try TextDecoder.decode(utf8, httpContentType: "text/html; charset=iso-8859-1")
        XCTAssertEqual(a.rule, "bom")
        XCTAssertEqual(a.encoding, "UTF-8")
        XCTAssertEqual(a.text, "<meta charset=windows-1252>é", "the BOM is not part of the text")

        var le: [UInt8] = [0xFF, 0xFE]
        for unit in "héllo wörld".utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let b = try TextDecoder.decode(Data(le))
        XCTAssertEqual(b.encoding, "UTF-16LE")
        XCTAssertEqual(b.text, "héllo wörld")

        var be: [UInt8] = [0xFE, 0xFF]
        for unit in "dag".utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        XCTAssertEqual(try TextDecoder.decode(Data(be)).text, "dag")
    }

    func testHTTPCharsetComesBeforeMeta() throws {
        let data = Data(Array("<meta charset=utf-8><p>plain ascii</p>".utf8))
        let decoded = try TextDecoder.decode(data, httpContentType: "text/html; charset=\"windows-1252\"")
        XCTAssertEqual(decoded.rule, "http")
        XCTAssertEqual(decoded.encoding, "windows-1252")
    }

    func testUndeclaredPagesAreDetected() throws {
        XCTAssertEqual(try TextDecoder.decode(Data("<p>Ça va très bien</p>".utf8)).rule, "detected")
        XCTAssertEqual(try TextDecoder.decode(Data("<p>Ça va très bien</p>".utf8)).encoding, "UTF-8")
        let latin = Data(Array("<p>Het caf".utf8) + [0xE9] + Array(" was gesloten, maar de service was uitstekend en ".utf8)
            + Array("de medewerkers waren vriendelijk. Wij komen graag terug naar dit caf".utf8) + [0xE9, 0x2E] + Array("</p>".utf8))
        let decoded = try TextDecoder.decode(latin)
        XCTAssertEqual(decoded.rule, "detected")
        XCTAssertTrue(decoded.text.contains("café"), "\(decoded.encoding): \(decoded.text)")
    }

    func testInvalidUTF8IsCountedNotFatal() throws {
        let data = Data(Array("<meta charset=utf-8>ok ".utf8) + [0xC3, 0xA9, 0xFF, 0x20, 0xE2, 0x82] + Array(" end \u{FFFD}".utf8))
        let decoded = try TextDecoder.decode(data)
        XCTAssertEqual(decoded.encoding, "UTF-8", "mostly valid UTF-8 stays UTF-8")
        XCTAssertEqual(decoded.invalidBytes, 2, "0xFF and the truncated E2 82; a literal U+FFFD is not an error")
        XCTAssertTrue(decoded.text.hasSuffix(" end \u{FFFD}"))
    }

    func testBinaryInputIsRejected() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        XCTAssertThrowsError(try TextDecoder.decode(png)) { XCTAssertEqual($0 as? BinaryContent, BinaryContent(detected: "PNG image")) }
        XCTAssertThrowsError(try TextDecoder.decode(Data("%PDF-1.7\n".utf8))) { XCTAssertEqual(($0 as? BinaryContent)?.detected, "PDF document") }
        XCTAssertThrowsError(try TextDecoder.decode(Data([0xFF, 0xD8, 0xFF, 0xE0]))) { XCTAssertEqual(($0 as? BinaryContent)?.detected, "JPEG image") }
        XCTAssertThrowsError(try TextDecoder.decode(Data([0x50, 0x4B, 0x03, 0x04, 1, 2]))) { XCTAssertEqual(($0 as? BinaryContent)?.detected, "ZIP archive") }
        var nuls = Array("<html><body>".utf8)
        for k in 0..<400 { nuls += [UInt8(k % 200 + 1), 0, 0, UInt8(k % 7 + 1)] }
        XCTAssertThrowsError(try TextDecoder.decode(Data(nuls))) { XCTAssertEqual(($0 as? BinaryContent)?.detected, "binary data (NUL bytes)") }
    }

    func testAStrayNulIsTolerated() throws {
        let data = Data(Array("<p>".utf8) + Array(repeating: UInt8(ascii: "a"), count: 300) + [0] + Array("</p>".utf8))
        XCTAssertEqual(try TextDecoder.decode(data).encoding, "UTF-8")
    }

    func testUTF16WithoutBOMIsRecognisedByItsNuls() throws {
        var le: [UInt8] = []
        for unit in "<html><body>Customer service</body></html>".utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try TextDecoder.decode(Data(le))
        XCTAssertEqual(decoded.encoding, "UTF-16LE")
        XCTAssertEqual(decoded.text, "<html><body>Customer service</body></html>")
    }

    func testOtherDeclaredEncodingsGoThroughIconv() throws {
        // ISO-8859-15 puts the euro sign at 0xA4 (windows-1252 has ¤ there).
        let data = Data(Array("<meta charset=iso-8859-15><p>Prijs: 5 ".utf8) + [0xA4] + Array("</p>".utf8))
        let decoded = try TextDecoder.decode(data)
        XCTAssertEqual(decoded.encoding, "ISO-8859-15")
        XCTAssertTrue(decoded.text.contains("5 €"), decoded.text)
    }

    func testUnknownDeclarationIsIgnoredWithAWarning() throws {
        let decoded = try TextDecoder.decode(Data("<meta charset=x-klingon><p>plain</p>".utf8))
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.rule, "detected")
        XCTAssertEqual(decoded.warnings.count, 1)
    }

    func testMetaInsideACommentIsIgnored() throws {
        let decoded = try TextDecoder.decode(Data("<!-- <meta charset=windows-1252> --><meta charset=utf-8><p>x</p>".utf8))
        XCTAssertEqual(decoded.rule, "meta")
        XCTAssertEqual(decoded.encoding, "UTF-8")
    }

    func testExtractorUsesTheDecoderForWindows1252Pages() throws {
        let page = try HTMLExtractor().extract(cp1252Page(meta: "windows-1252"), origin: "oud.html")
        XCTAssertEqual(page.decoded.encoding, "windows-1252")
        XCTAssertEqual(page.decoded.rule, "meta")
        XCTAssertEqual(page.blocks.first?.text, "\u{201C}Café\u{201D} \u{2013} goed geïnteresseerd")
    }
}
