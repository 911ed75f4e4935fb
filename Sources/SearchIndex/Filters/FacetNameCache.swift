import LMDB
import Synchronization

/// The values of each facet column by ordinal, read once per index and extended as new values
/// get ordinals: an ordinal's value never changes within an index (ordinals are only ever added;
/// a rebuild is a new index), so a reading stays valid for later snapshots, as `DenseColumnCache`'s
/// decoded columns do.
///
/// A hierarchical facet (category paths) needs the value of every ordinal counted to group
/// paths under their parents: read from `facetNames` one lookup at a time, that was half a
/// millisecond of a faceted search on a million products.
final class FacetNameCache: Sendable {
    /// A value and, for a path ("A > B > C"), its parent path ("A > B"; "" for a top level).
    struct Name: Sendable {
        var value: String
        var parent: String
    }

    private let columns = Mutex<[UInt16: [Name?]]>([:])

    /// The values of `column` for ordinals `0..<ordinalLimit` (nil where an ordinal has none;
    /// ordinal 0 means no value), reading from `txn` only the ordinals not read before.
    func names(column: UInt16, ordinalLimit: Int, txn: ReadTransaction, layout: IndexLayout) throws -> [Name?] {
        let known = columns.withLock { $0[column] } ?? []
        if known.count >= ordinalLimit { return known }
        var names = known
        names.append(contentsOf: repeatElement(nil, count: ordinalLimit - names.count))
        var prefix: [UInt8] = []
        ByteCoding.appendBE(column, to: &prefix)
        var start = prefix
        ByteCoding.appendBE(UInt32(known.count), to: &start)
        try txn.forEach(layout.facetNames, from: start, prefix: prefix) { entry in
            guard entry.key.count == 6 else { throw IndexError.corrupt("facet name key of column \(column)") }
            let ordinal = Int(ByteCoding.readBE32(entry.key, at: 2))
            guard ordinal < ordinalLimit else { return false }
            let value = String(decoding: entry.value, as: UTF8.self)
            names[ordinal] = Name(value: value, parent: Self.parent(of: entry.value))
            return true
        }
        columns.withLock { cached in
            if (cached[column]?.count ?? 0) < names.count { cached[column] = names }
        }
        return names
    }

    /// The path before the last " > " of the UTF-8 `path`, or "" when it has none.
    static func parent(of path: UnsafeRawBufferPointer) -> String {
        var i = path.count - 3
        while i >= 0 {
            if path[i] == 0x20, path[i + 1] == 0x3E, path[i + 2] == 0x20 { return String(decoding: path[..<i], as: UTF8.self) }
            i -= 1
        }
        return ""
    }
}
