/// A problem found in a lexicon file: where it is, what is wrong, and how to fix it.
public struct LexiconIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The item was skipped; the rest of the lexicon is used.
        case error
        /// The item is used but is probably not what was meant.
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var fix: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, fix: String) {
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
    }

    public var description: String { "\(location): \(severity.rawValue): \(message) (fix: \(fix))" }
}

/// Lexicon loading failures that leave nothing to score with.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case noThemes(String, issues: [LexiconIssue])

    public var description: String {
        switch self {
        case let .notFound(path):
            "no lexicon at \(path): pass --lexicons with a folder holding themes/*.yaml"
        case let .noThemes(path, issues):
            "no usable theme in \(path)" + (issues.isEmpty ? "" : ":\n" + issues.map(\.description).joined(separator: "\n"))
        }
    }
}
