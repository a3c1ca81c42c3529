import CentricIngest

/// The run's de-duplication: exact copies and near-duplicates of articles, repeated records.
/// The logic and its thresholds live in `CentricIngest.DocumentDeduplicator`.
typealias Deduplicator = DocumentDeduplicator
