import CentricIngest
import CentricScoring
import Foundation
import GRDB

/// Documents and their scores kept between runs in SQLite (through GRDB), so a nightly job can
/// re-aggregate or compare runs without re-reading its sources.
///
/// Schema (migrated on open): `runs` (one row per run: lexicon digest, version, counts),
/// `documents` (one row per document id, last run wins), `theme_scores` (document x theme).
public final class Store {
    private let queue: DatabaseQueue

    /// Opens (creating and migrating if needed) the store at `path`.
    public init(path: String) throws {
        queue = try DatabaseQueue(path: path)
        try Self.migrator.migrate(queue)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "runs") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("lexicon_digest", .text).notNull()
                t.column("centric_version", .text).notNull()
                t.column("documents", .integer).notNull()
            }
            try db.create(table: "documents") { t in
                t.primaryKey("id", .text)
                t.column("run_id", .integer).notNull().references("runs")
                t.column("origin", .text).notNull()
                t.column("source", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("language", .text).notNull()
                t.column("published", .text)
                t.column("title", .text)
                t.column("tokens", .integer).notNull()
                t.column("sentiment", .double).notNull()
                t.column("sentiment_label", .text).notNull()
                t.column("primary_theme", .text)
                t.column("fields", .text).notNull()
            }
            try db.create(table: "theme_scores") { t in
                t.column("document_id", .text).notNull().references("documents", onDelete: .cascade)
                t.column("theme", .text).notNull()
                t.column("hits", .integer).notNull()
                t.column("weighted_score", .double).notNull()
                t.column("present", .boolean).notNull()
                t.column("sentiment", .double).notNull()
                t.primaryKey(["document_id", "theme"])
            }
        }
        migrator.registerMigration("v2: fields and mention sentiments for trends") { db in
            // JSON, so `centric trends store.sqlite` rebuilds exactly the run's trend table.
            try db.alter(table: "documents") { t in t.add(column: "fields_json", .text) }
            try db.alter(table: "theme_scores") { t in t.add(column: "mention_sentiments", .text) }
        }
        return migrator
    }

    /// Starts a run and returns its id.
    public func beginRun(lexiconDigest: String, version: String) throws -> Int64 {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO runs (lexicon_digest, centric_version, documents) VALUES (?, ?, 0)",
                           arguments: [lexiconDigest, version])
            return db.lastInsertedRowID
        }
    }

    /// Saves a batch of scored documents in one transaction (replacing earlier rows of the same ids).
    public func save(_ batch: [(Document, DocumentScore)], run: Int64) throws {
        try queue.write { db in
            for (document, score) in batch {
                let published = document.published.map { ISO8601DateFormatter.string(from: $0.value, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate]) }
                let fields = document.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
                let fieldsJSON = String(decoding: try Self.json.encode(document.fields), as: UTF8.self)
                try db.execute(sql: "DELETE FROM theme_scores WHERE document_id = ?", arguments: [document.id])
                try db.execute(sql: """
                    INSERT OR REPLACE INTO documents
                    (id, run_id, origin, source, kind, language, published, title, tokens, sentiment, sentiment_label, primary_theme, fields, fields_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [document.id, run, document.origin, document.source, document.kind.rawValue, score.language,
                                     published, document.title, score.tokenCount, score.sentiment.score,
                                     score.sentiment.label.rawValue, score.primaryTheme, fields, fieldsJSON])
                for theme in score.themes where theme.hits > 0 || theme.present {
                    let mentions = score.evidence.filter { $0.theme == theme.theme }.map(\.sentiment)
                    let mentionsJSON = String(decoding: try Self.json.encode(mentions), as: UTF8.self)
                    try db.execute(sql: """
                        INSERT INTO theme_scores (document_id, theme, hits, weighted_score, present, sentiment, mention_sentiments)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [document.id, theme.theme, theme.hits, theme.weightedScore, theme.present, theme.sentiment, mentionsJSON])
                }
            }
            try db.execute(sql: "UPDATE runs SET documents = documents + ? WHERE id = ?", arguments: [batch.count, run])
        }
    }

    /// Number of documents stored.
    public func documentCount() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0 }
    }

    /// Documents carrying `theme` (present), by id.
    public func documents(withTheme theme: String) throws -> [String] {
        try queue.read { db in
            try String.fetchAll(db, sql: "SELECT document_id FROM theme_scores WHERE theme = ? AND present ORDER BY document_id", arguments: [theme])
        }
    }

    private static let json: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    // MARK: - Reading for trends

    /// One stored document as the trend tables need it.
    public struct TrendDocument: Sendable {
        public struct ThemeScore: Sendable {
            public var hits: Int
            public var present: Bool
            /// Sentiment of each mention; empty for rows stored before the v2 schema.
            public var mentionSentiments: [Double]
        }
        public var published: String?
        public var source: String
        public var kind: String
        public var language: String
        public var primaryTheme: String?
        public var sentimentLabel: String
        public var tokens: Int
        public var fields: [String: String]
        public var themes: [String: ThemeScore]
    }

    /// The lexicon digests of the runs that stored the current documents, most recent run first.
    public func lexiconDigests() throws -> [String] {
        try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT r.lexicon_digest FROM runs r WHERE r.id IN (SELECT DISTINCT run_id FROM documents)
                GROUP BY r.lexicon_digest ORDER BY MAX(r.id) DESC
                """)
        }
    }

    /// Calls `body` with every stored document and its theme scores, streaming (one document in
    /// memory at a time), in id order.
    public func forEachTrendDocument(_ body: (TrendDocument) throws -> Void) throws {
        try queue.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT d.id, d.published, d.source, d.kind, d.language, d.primary_theme, d.sentiment_label, d.tokens,
                       d.fields, d.fields_json, t.theme, t.hits, t.present, t.mention_sentiments
                FROM documents d LEFT JOIN theme_scores t ON t.document_id = d.id
                ORDER BY d.id, t.theme
                """)
            var current: (id: String, doc: TrendDocument)?
            let decoder = JSONDecoder()
            while let row = try rows.next() {
                let id: String = row["id"]
                if current?.id != id {
                    if let c = current { try body(c.doc) }
                    var fields: [String: String] = [:]
                    if let json: String = row["fields_json"], let f = try? decoder.decode([String: String].self, from: Data(json.utf8)) {
                        fields = f
                    } else if let flat: String = row["fields"] {
                        for pair in flat.split(separator: ";") {
                            let kv = pair.split(separator: "=", maxSplits: 1)
                            if kv.count == 2 { fields[String(kv[0])] = String(kv[1]) }
                        }
                    }
                    current = (id, TrendDocument(
                        published: row["published"], source: row["source"], kind: row["kind"], language: row["language"],
                        primaryTheme: row["primary_theme"], sentimentLabel: row["sentiment_label"], tokens: row["tokens"],
                        fields: fields, themes: [:]))
                }
                if let theme: String = row["theme"] {
                    var mentions: [Double] = []
                    if let json: String = row["mention_sentiments"] { mentions = (try? decoder.decode([Double].self, from: Data(json.utf8))) ?? [] }
                    current!.doc.themes[theme] = TrendDocument.ThemeScore(hits: row["hits"], present: row["present"], mentionSentiments: mentions)
                }
            }
            if let c = current { try body(c.doc) }
        }
    }
}
