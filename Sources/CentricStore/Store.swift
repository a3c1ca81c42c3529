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
                try db.execute(sql: "DELETE FROM theme_scores WHERE document_id = ?", arguments: [document.id])
                try db.execute(sql: """
                    INSERT OR REPLACE INTO documents
                    (id, run_id, origin, source, kind, language, published, title, tokens, sentiment, sentiment_label, primary_theme, fields)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [document.id, run, document.origin, document.source, document.kind.rawValue, score.language,
                                     published, document.title, score.tokenCount, score.sentiment.score,
                                     score.sentiment.label.rawValue, score.primaryTheme, fields])
                for theme in score.themes where theme.hits > 0 {
                    try db.execute(sql: """
                        INSERT INTO theme_scores (document_id, theme, hits, weighted_score, present, sentiment)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [document.id, theme.theme, theme.hits, theme.weightedScore, theme.present, theme.sentiment])
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
}
