import Foundation

/// What a document is: an article (web page, feed item) or a piece of customer feedback
/// (a CSV/JSONL record). Articles are de-duplicated by content; feedback records by identity.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case article
    case feedback
}

/// A value found by a cascade, with the rule that found it (DESIGN.md: cascades record provenance).
public struct Found<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    /// Which rule of the cascade decided, e.g. `json-ld`, `meta:article:published_time`, `csv:date`.
    public var rule: String

    public init(_ value: Value, rule: String) {
        self.value = value
        self.rule = rule
    }
}

/// One unit of text to score, as every `Source` yields it.
///
/// The text is stored once, as blocks in reading order; later stages refer to it by ranges.
public struct Document: Sendable, Equatable {
    /// Stable id: the same input gives the same id on every run and machine.
    public var id: String
    /// Where it came from: a path relative to the run's root, a URL, or `path#row=N` for a record.
    public var origin: String
    /// The collection it belongs to: a site name, a feed title, a CSV file name.
    public var source: String
    public var kind: DocumentKind
    public var title: String?
    /// Main-text blocks (paragraphs, headings, list items) in reading order.
    public var blocks: [String]
    /// Declared language (a page's `lang`, a feed's `<language>`, a CSV column): a prior, not the truth.
    public var languageHint: Found<String>?
    public var published: Found<Date>?
    public var updated: Found<Date>?
    /// Segment fields such as channel or rating, by column name.
    public var fields: [String: String]

    public init(
        id: String, origin: String, source: String, kind: DocumentKind, title: String? = nil,
        blocks: [String], languageHint: Found<String>? = nil, published: Found<Date>? = nil,
        updated: Found<Date>? = nil, fields: [String: String] = [:]
    ) {
        self.id = id
        self.origin = origin
        self.source = source
        self.kind = kind
        self.title = title
        self.blocks = blocks
        self.languageHint = languageHint
        self.published = published
        self.updated = updated
        self.fields = fields
    }

    /// The text the analyser sees: blocks joined by blank lines.
    public var text: String { blocks.joined(separator: "\n\n") }
}
