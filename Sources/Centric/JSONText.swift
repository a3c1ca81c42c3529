/// Hand-written JSON for the per-match evidence lines: Foundation's `JSONEncoder` is slow on Linux
/// and the evidence log is written on the serial path, one line per theme match.
enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else
    /// (slashes, non-ASCII) as is, the way `JSONEncoder` with `.withoutEscapingSlashes` writes it.
    static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number: integral values without a fraction (`2`, not `2.0`), others in Swift's
    /// shortest round-trip form.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return x.isFinite ? "\(x)" : "null"
    }
}
