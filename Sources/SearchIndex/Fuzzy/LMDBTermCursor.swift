import LMDB

/// The `terms` database seen through `SortedTermCursor`, so `FuzzyTermWalk` can walk the real
/// dictionary. Keys are valid until the next call, as the protocol requires.
///
/// A seek a few keys ahead of the current one steps there instead: a walk's seeks mostly land on
/// one of the next keys, and a step is an index increment where a seek is a binary search of the
/// page whose probes miss the cache (measured: the B-tree search was a third of a typo walk).
/// Stepping finds the same key a seek would: the first key not below the target.
struct LMDBTermCursor: SortedTermCursor {
    typealias Failure = any Error
    let cursor: Cursor
    /// The key the cursor is at (in the memory map, valid within the transaction); nil before
    /// the first move and after the end.
    private var current: UnsafeRawBufferPointer?

    /// Keys stepped over before a seek falls back to the B-tree search.
    static let stepsBeforeSeeking = 4

    init(cursor: Cursor) {
        self.cursor = cursor
    }

    mutating func seek(atLeast key: UnsafeRawBufferPointer) throws(any Error) -> UnsafeRawBufferPointer? {
        if let at = current, Self.precedes(at, key) {
            for _ in 0..<Self.stepsBeforeSeeking {
                // Every key up to the end precedes the target: there is none at or after it.
                guard let next = try cursor.next()?.key else {
                    current = nil
                    return nil
                }
                current = next
                if !Self.precedes(next, key) { return next }
            }
        }
        current = try cursor.seek(atLeast: key)?.key
        return current
    }

    mutating func next() throws(any Error) -> UnsafeRawBufferPointer? {
        current = try cursor.next()?.key
        return current
    }

    /// Whether `a` sorts before `b` in LMDB's default key order (bytes, then length).
    static func precedes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let common = min(a.count, b.count)
        for i in 0..<common where a[i] != b[i] { return a[i] < b[i] }
        return a.count < b.count
    }
}
