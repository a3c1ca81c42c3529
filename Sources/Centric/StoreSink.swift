import CentricIngest
import CentricScoring
import CentricStore

/// The store and this run's id in it.
struct StoreHandle {
    let store: Store
    let run: Int64
}

/// Saves documents and scores to the SQLite store in batches.
struct StoreSink: RunSink {
    let store: StoreHandle
    private var pending: [(Document, DocumentScore)] = []

    init(store: StoreHandle) { self.store = store }

    mutating func document(_ document: Document, _ score: DocumentScore) throws {
        pending.append((document, score))
        if pending.count >= 500 { try flush() }
    }

    private mutating func flush() throws {
        try store.store.save(pending, run: store.run)
        pending.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws { try flush() }
}
