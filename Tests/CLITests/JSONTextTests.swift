import Foundation
import XCTest
@testable import Centric

/// The hand-written evidence JSON must stay valid JSON for any text a document can hold.
final class JSONTextTests: XCTestCase {
    func testEscapedStringsRoundTripThroughAJSONParser() throws {
        let nasty = "quote \" backslash \\ newline \n tab \t bell \u{07} slash / café 👍"
        let json = "{\"s\":" + JSONText.string(nasty) + ",\"n\":" + JSONText.number(-0.612) + ",\"i\":" + JSONText.number(2) + "}"
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["s"] as? String, nasty)
        XCTAssertEqual(object["n"] as? Double, -0.612)
        XCTAssertTrue(json.contains("\"i\":2}"), "integral numbers have no fraction")
        XCTAssertTrue(json.contains("\\u0007"))
    }
}
