import Dispatch

/// Runs CPU-bound work on all cores (analysis, parsing). Results keep the input order.
enum Parallel {
    /// `transform` applied to every element, split into contiguous chunks across cores; runs
    /// inline when there are fewer than `minimumChunk` elements.
    static func map<T: Sendable, R: Sendable>(_ items: [T], minimumChunk: Int = 256, _ transform: @Sendable (T) -> R) -> [R] {
        map(items, minimumChunk: minimumChunk, state: {}) { _, item in transform(item) }
    }

    /// `transform` applied to every element, like `map(_:minimumChunk:_:)`, with a working state
    /// made by `makeState` once per chunk and passed to each call of the chunk in turn: buffers
    /// that analysis reuses from one document to the next instead of allocating them per document.
    static func map<T: Sendable, S, R: Sendable>(_ items: [T], minimumChunk: Int = 256, state makeState: @Sendable () -> S,
                                                 _ transform: @Sendable (inout S, T) -> R) -> [R] {
        let cores = max(1, ProcessInfoCores.count)
        guard items.count >= 2 * minimumChunk, cores > 1 else {
            var state = makeState()
            return items.map { transform(&state, $0) }
        }
        let chunks = min(cores * 4, max(1, items.count / minimumChunk))
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = items.count * chunk / chunks
            let end = items.count * (chunk + 1) / chunks
            var state = makeState()
            for i in start..<end { results.set(i, transform(&state, items[i])) }
        }
        return results.collect()
    }
}

extension Parallel {
    /// `body(0)` … `body(count - 1)` run at once (the calling thread takes its share, so this
    /// never waits for an idle thread), their results in part order; rethrows the error of the
    /// first part that threw, after every part has ended. For one search's parts: `body` must
    /// touch only what its part owns besides shared values it reads.
    static func run<R>(parts count: Int, _ body: @Sendable (Int) throws -> R) throws -> [R] {
        let results = ResultSlots<Result<R, any Error>>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { part in results.set(part, Result { try body(part) }) }
        return try results.collect().map { try $0.get() }
    }
}

/// Write-once slots filled from several threads, each slot by exactly one of them.
final class ResultSlots<R>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    private var collected = false

    /// Stores `value` in slot `index`. The value is consumed, so it is moved into the slot: a
    /// borrowed one was copied, a retain and a release of each reference an analyzed document holds.
    func set(_ index: Int, _ value: consuming R) { (storage + index).pointee = consume value }

    /// The values, moved out (no copy, no retain per value). Call once, after every `set`.
    func collect() -> [R] {
        collected = true
        return (0..<count).map { (storage + $0).move()! }
    }

    deinit {
        if !collected { storage.deinitialize(count: count) }
        storage.deallocate()
    }
}

/// The number of cores this process may use.
enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }()
}

#if canImport(Glibc)
import Glibc
#endif
