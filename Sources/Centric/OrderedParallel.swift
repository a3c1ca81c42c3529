import Dispatch
import Synchronization

/// Runs work on several threads and returns the results in input order, whatever the number of
/// threads: the basis of Centric's determinism. Indices are handed out one at a time from a
/// shared counter, so a long document does not hold up a whole stripe of others.
enum OrderedParallel {
    /// `body(index, thread)` for every index in `0..<count`; `thread` (0..<threads) lets callers
    /// use one non-thread-safe worker per thread.
    static func map<R>(count: Int, threads: Int, _ body: (_ index: Int, _ thread: Int) -> R) -> [R] {
        guard count > 0 else { return [] }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(body) { body in
            // Each result slot is written by exactly one thread, and each thread index is used by
            // exactly one iteration, which is what makes the unchecked hand-over safe.
            let shared = Unchecked((body, results))
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { thread in
                let (body, results) = shared.value
                while true {
                    let i = next.increment()
                    guard i < count else { break }
                    results[i] = body(i, thread)
                }
            }
        }
        return results.map { $0! }
    }
}

/// Hands non-Sendable values to `concurrentPerform` (see `OrderedParallel`).
struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A shared work counter for load balancing across threads.
final class Counter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}
