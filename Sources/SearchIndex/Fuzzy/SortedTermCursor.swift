/// A forward cursor over a key space sorted by unsigned byte order (an LMDB B-tree with the default
/// comparator, or a sorted array in tests), as ``FuzzyTermWalk`` needs it.
///
/// The buffers a cursor returns point into storage it owns: they stay valid only until the next call
/// on the cursor (or until the transaction behind it ends). Copy what must outlive that.
package protocol SortedTermCursor {
    /// What a cursor operation can fail with; `Never` for in-memory cursors.
    associatedtype Failure: Error = Never

    /// Positions the cursor on the smallest key that is greater than or equal to `key` (byte order)
    /// and returns it, or returns `nil` when every key is smaller.
    mutating func seek(atLeast key: UnsafeRawBufferPointer) throws(Failure) -> UnsafeRawBufferPointer?

    /// Moves to the key after the current one and returns it, or returns `nil` at the end. Only called
    /// after a `seek(atLeast:)` or `next()` that returned a key.
    mutating func next() throws(Failure) -> UnsafeRawBufferPointer?
}
