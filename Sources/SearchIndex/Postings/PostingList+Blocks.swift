extension PostingList {
    /// The postings of a decoded block whose positions have been decoded too.
    init(_ block: DecodedBlock) {
        self.init()
        docs = Array(UnsafeBufferPointer(start: block.docs, count: block.count))
        masks = Array(UnsafeBufferPointer(start: block.masks, count: block.count))
        frequencies = Array(UnsafeBufferPointer(start: block.frequencies, count: block.entryCount))
        norms = Array(UnsafeBufferPointer(start: block.norms, count: block.entryCount))
        positions = Array(UnsafeBufferPointer(start: block.positions, count: Int(block.positionStarts[block.entryCount])))
    }

    /// Appends every document of `other`. Precondition: its first doc id is greater than this
    /// list's last.
    mutating func append(contentsOf other: PostingList) {
        if let last = docs.last, let first = other.docs.first { precondition(first > last, "doc ids must increase") }
        docs.append(contentsOf: other.docs)
        masks.append(contentsOf: other.masks)
        frequencies.append(contentsOf: other.frequencies)
        norms.append(contentsOf: other.norms)
        positions.append(contentsOf: other.positions)
    }
}
