import LMDB

/// The external ids of a bulk build and the doc id each has, kept in memory until the end and
/// then appended to the `ids` database in key order.
///
/// Why not the `ids` database during the build: catalog ids rarely arrive in byte order ("10" sorts
/// before "9"), so batch after batch inserted into the middle of the B-tree, which left its pages
/// half full (1M synthetic products: 39 MB instead of about 20) and read pages all over it to check
/// each id for a duplicate (mapped pages that count in the build's memory). Here a duplicate check
/// is a hash lookup, and the database is written once, its pages full. Costs about 30 bytes an id.
///
/// Changes of a batch are applied only after its transaction committed (`apply`), so that a
/// transaction that `Environment.write` runs again sees the same state.
final class BuildIDs {
    private var table = ByteStringTable()
    /// Doc id per interned id; `removed` once deleted.
    private var docs: [UInt32] = []
    private static let removed = UInt32.max

    init() {}

    /// The doc id `id` has now, if any.
    func doc(of id: String) -> UInt32? {
        var copy = id
        return copy.withUTF8 { bytes in
            guard let slot = table.find(bytes), docs[Int(slot)] != Self.removed else { return nil }
            return docs[Int(slot)]
        }
    }

    /// Records a committed batch: `assigned` ids now have these doc ids, `removedIDs` have none.
    /// Throws when the ids of the build outgrow the table's 32-bit offsets.
    func apply(assigned: [String: UInt32], removedIDs: Set<String>) throws {
        for id in removedIDs { set(id, doc: Self.removed) }
        for (id, doc) in assigned { set(id, doc: doc) }
        guard table.byteCount < Int(UInt32.max) else {
            throw IndexError.io("the external ids of this build exceed 4 GiB: build from fewer or shorter ids")
        }
    }

    private func set(_ id: String, doc: UInt32) {
        var copy = id
        copy.withUTF8 { bytes in
            let (slot, isNew) = table.intern(bytes)
            if isNew { docs.append(doc) } else { docs[Int(slot)] = doc }
        }
    }

    /// Appends every id that has a doc id to the empty `ids` database, in key order, in
    /// transactions of about `transactionBytes`.
    func write(to environment: Environment, layout: IndexLayout, transactionBytes: Int = 64 << 20) throws {
        let order = table.sortedIDs()
        var start = 0
        while start < order.count {
            var end = start
            var bytes = 0
            while end < order.count, bytes < transactionBytes {
                bytes += table.withBytes(of: order[end]) { $0.count } + 16
                end += 1
            }
            try environment.write { txn in
                for id in order[start..<end] where docs[Int(id)] != Self.removed {
                    try withUnsafeBytes(of: docs[Int(id)].littleEndian) { value in
                        try table.withBytes(of: id) { key in
                            try txn.put(layout.ids, key: UnsafeRawBufferPointer(key), value: value, options: .append)
                        }
                    }
                }
            }
            start = end
        }
    }
}
