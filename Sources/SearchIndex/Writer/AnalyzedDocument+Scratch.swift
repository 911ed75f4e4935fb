import TextAnalysis

extension AnalyzedDocument {
    /// The working buffers of analyzing one document, kept by one thread from document to
    /// document so that analysis does not allocate them anew each time. Its contents between two
    /// documents mean nothing; only its capacity is reused.
    struct Scratch {
        var tokens: [Token] = []
        var slots = TermSlots()
        /// Every occurrence of the document in the order analysis emits them.
        var occurrences: [(slot: Int32, field: UInt8, position: UInt32)] = []
        var surfaceWords: [(surface: String, term: String)] = []
        /// `occurrences` grouped by slot (`groupOccurrences`), each as `(field << 32) | position`.
        var grouped: [UInt64] = []
        /// Slot s's occurrences are `grouped[groupStarts[s] ..< groupStarts[s + 1]]`.
        var groupStarts: [Int32] = []

        /// Groups `occurrences` by slot (0 ..< `slots`) into `grouped` with a counting sort, each
        /// slot's in ascending (field, position) order: the order analysis emits nearly always
        /// (fields one after another, tokens by position), so a group is sorted only when a token
        /// came after one with a later position (an insertion sort; groups are a few long).
        mutating func groupOccurrences(slots: Int) {
            groupStarts.removeAll(keepingCapacity: true)
            groupStarts.append(contentsOf: repeatElement(0, count: slots + 1))
            for occurrence in occurrences { groupStarts[Int(occurrence.slot) + 1] += 1 }
            for s in 0..<slots { groupStarts[s + 1] += groupStarts[s] }
            grouped.removeAll(keepingCapacity: true)
            grouped.append(contentsOf: repeatElement(0, count: occurrences.count))
            groupStarts.withUnsafeMutableBufferPointer { starts in
                grouped.withUnsafeMutableBufferPointer { grouped in
                    // Filled through the starts, which end up one group further: each start is
                    // then its group's end, and the starts are restored by shifting back.
                    for occurrence in occurrences {
                        let s = Int(occurrence.slot)
                        grouped[Int(starts[s])] = UInt64(occurrence.field) << 32 | UInt64(occurrence.position)
                        starts[s] += 1
                    }
                    for s in stride(from: slots, to: 0, by: -1) { starts[s] = starts[s - 1] }
                    starts[0] = 0
                    for s in 0..<slots {
                        var k = Int(starts[s]) + 1
                        while k < Int(starts[s + 1]) {
                            let value = grouped[k]
                            var j = k
                            while j > Int(starts[s]), grouped[j - 1] > value {
                                grouped[j] = grouped[j - 1]
                                j -= 1
                            }
                            grouped[j] = value
                            k += 1
                        }
                    }
                }
            }
        }
    }
}
