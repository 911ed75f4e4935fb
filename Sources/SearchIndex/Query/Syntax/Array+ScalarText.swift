extension Array where Element == Unicode.Scalar {
    /// The scalars in `range` as a string.
    func text(_ range: Range<Int>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(range.count)
        for offset in range {
            UTF8.encode(self[offset]) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
