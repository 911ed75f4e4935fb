import LMDB

/// The `terms` database seen through `SortedTermCursor`, so `FuzzyTermWalk` can walk the real
/// dictionary. Keys are valid until the next call, as the protocol requires.
struct LMDBTermCursor: SortedTermCursor {
    typealias Failure = any Error
    let cursor: Cursor

    mutating func seek(atLeast key: UnsafeRawBufferPointer) throws(any Error) -> UnsafeRawBufferPointer? {
        try cursor.seek(atLeast: key)?.key
    }

    mutating func next() throws(any Error) -> UnsafeRawBufferPointer? {
        try cursor.next()?.key
    }
}
