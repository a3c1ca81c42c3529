import Foundation
import XCTest
@testable import CentricIngest

/// Regression: uchardet guesses windows-1250 for short Dutch windows-1252 text with a few
/// accented letters, which turned `geïnteresseerd` into `geďnteresseerd`.
final class LatinGuessTests: XCTestCase {
    func testUndeclaredDutchWindows1252IsNotReadAsCentralEuropean() throws {
        let text = "<html><body><p>Wij zijn geïnteresseerd in uw reactie over het café. Hij was erg geïrriteerd en één keer zei hij ‘nee’.</p></body></html>"
        let bytes = try XCTUnwrap(text.data(using: .windowsCP1252))
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertTrue(decoded.text.contains("geïnteresseerd"), decoded.text)
        XCTAssertTrue(decoded.text.contains("één"), decoded.text)
        XCTAssertEqual(decoded.rule, "detected")
    }
}
