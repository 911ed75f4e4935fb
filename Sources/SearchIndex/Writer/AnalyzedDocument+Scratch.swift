import TextAnalysis

extension AnalyzedDocument {
    /// The working buffers of analyzing one document, kept by one thread from document to
    /// document so that analysis does not allocate them anew each time. Its contents between two
    /// documents mean nothing; only its capacity is reused.
    struct Scratch {
        var tokens: [Token] = []
        var slots = TermSlots()
        var occurrences: [(slot: Int32, field: UInt8, position: UInt32)] = []
        /// Per field of the current term: its norm code and its range in `positions`.
        var fields: [(field: UInt8, norm: UInt8, positions: Range<Int>)] = []
        var positions: [UInt32] = []
    }
}
