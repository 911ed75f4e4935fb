import LMDB

/// Where one term's postings blocks are in the memory map, found once per search: the block
/// values in doc id order with their last doc ids, or the term's inline block.
///
/// Term-at-a-time collection reads the blocks front to back, and proximity scoring later looks up
/// the block of a given document by binary search over the same list instead of a B-tree seek per
/// document (measured on Home Depot: the seeks were a third of proximity's cost).
///
/// Valid within its read transaction only: it keeps pointers into the memory map.
final class TermBlocks {
    let termID: UInt32
    /// The whole list as one block when it is stored in the term's entry (`TermInfo.inlinePostings`).
    let inline: [UInt8]
    /// The last doc id of each block of `values` (empty for an inline list).
    let lastDocs: [UInt32]
    /// The `postings` values, in doc id order (empty for an inline list).
    let values: [UnsafeRawBufferPointer]

    /// The blocks of the term `info`, read through `cursor` (a cursor on the postings database).
    init(_ info: TermInfo, cursor: Cursor) throws {
        termID = info.termID
        inline = info.inlinePostings
        var lastDocs: [UInt32] = []
        var values: [UnsafeRawBufferPointer] = []
        if inline.isEmpty {
            let probe = ByteCoding.blockKey(term: info.termID, lastDoc: 0)
            var entry = try withUnsafeBytes(of: probe) { try cursor.seek(atLeast: $0) }
            while let current = entry, current.key.count == 8, ByteCoding.readBE32(current.key, at: 0) == info.termID {
                lastDocs.append(ByteCoding.readBE32(current.key, at: 4))
                values.append(current.value)
                entry = try cursor.next()
            }
        }
        self.lastDocs = lastDocs
        self.values = values
    }

    /// The index of the first block whose last doc id is at least `doc`; `values.count` when none.
    func firstBlock(reaching doc: UInt32) -> Int {
        var low = 0, high = lastDocs.count
        while low < high {
            let middle = (low + high) / 2
            if lastDocs[middle] < doc { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
