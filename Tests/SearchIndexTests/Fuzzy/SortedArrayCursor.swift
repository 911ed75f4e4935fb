import SearchIndex

/// An in-memory sorted key space for the fuzzy-walk tests: keys are deduplicated and sorted by
/// unsigned byte order, like an LMDB B-tree with the default comparator.
struct SortedKeys: Sendable {
    let keys: [[UInt8]]

    init(_ keys: some Sequence<[UInt8]>) {
        self.keys = Array(Set(keys)).sorted { $0.lexicographicallyPrecedes($1) }
    }

    init(terms: some Sequence<String>, prefix: [UInt8] = []) {
        self.init(terms.map { prefix + Array($0.utf8) })
    }

    /// Index of the first key greater than or equal to `key`.
    func lowerBound(_ key: some Collection<UInt8>) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle].lexicographicallyPrecedes(key) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}

/// A ``SortedTermCursor`` over ``SortedKeys`` that counts its moves. Each returned key is copied into
/// one scratch buffer that the next call first overwrites with garbage, so a walk that reads a key
/// after moving the cursor sees wrong bytes (as it would with LMDB).
struct SortedArrayCursor: SortedTermCursor {
    private final class Scratch {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
        var usedBytes = 0
        deinit { buffer.deallocate() }
    }

    let keys: SortedKeys
    private(set) var seeks = 0
    private(set) var nexts = 0
    private var position: Int
    private let scratch = Scratch()

    init(_ keys: SortedKeys) {
        self.keys = keys
        self.position = keys.keys.count
    }

    mutating func seek(atLeast key: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        seeks += 1
        position = keys.lowerBound(key)
        return current()
    }

    mutating func next() -> UnsafeRawBufferPointer? {
        nexts += 1
        precondition(position < keys.keys.count, "next() called after the cursor ran off the end")
        position += 1
        return current()
    }

    private func current() -> UnsafeRawBufferPointer? {
        UnsafeMutableRawBufferPointer(rebasing: scratch.buffer[..<scratch.usedBytes])
            .initializeMemory(as: UInt8.self, repeating: 0xEE)
        guard position < keys.keys.count else { return nil }
        let key = keys.keys[position]
        precondition(key.count <= scratch.buffer.count, "test keys must fit the scratch buffer")
        key.withUnsafeBytes { scratch.buffer.copyMemory(from: $0) }
        scratch.usedBytes = key.count
        return UnsafeRawBufferPointer(rebasing: scratch.buffer[..<key.count])
    }
}

extension FuzzyTermWalk {
    /// Runs the walk over `keys` and returns the reported terms (as bytes, in report order) with
    /// their distances, the walk's statistics, and the moves the cursor itself counted.
    func collect(_ keys: SortedKeys) -> (matches: [(term: [UInt8], distance: Int)], statistics: Statistics, cursorMoves: Int) {
        var cursor = SortedArrayCursor(keys)
        var matches: [(term: [UInt8], distance: Int)] = []
        let statistics = run(on: &cursor) { term, distance in
            matches.append((Array(term), distance))
        }
        return (matches, statistics, cursor.seeks + cursor.nexts)
    }
}
