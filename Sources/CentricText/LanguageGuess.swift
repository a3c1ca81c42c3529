import Foundation

/// A detected language with how sure Centric is and what decided it.
public struct LanguageGuess: Sendable, Equatable, CustomStringConvertible {
    /// ISO 639-1 code, or `und` when Centric will not guess.
    public var code: String
    /// 0...1. Below 0.5 the text is too short or too mixed to be sure.
    public var confidence: Double
    /// What decided: `cld2`, `cld2+hint`, `words`, `hint`, `none`.
    public var method: String

    public init(code: String, confidence: Double, method: String) {
        self.code = code
        self.confidence = confidence
        self.method = method
    }

    public static let undetermined = LanguageGuess(code: "und", confidence: 0, method: "none")

    public var description: String { "\(code)\t\(String(format: "%.2f", confidence))" }
}
