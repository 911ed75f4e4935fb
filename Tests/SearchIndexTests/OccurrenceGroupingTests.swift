@testable import SearchIndex
import Testing

/// Analysis groups a document's occurrences by term with a counting sort (`AnalyzedDocument.Scratch`)
/// and encodes each group as a postings entry (`DocumentPostings.append(occurrences:norms:to:)`).
@Suite struct OccurrenceGroupingTests {
    @Test func occurrencesAreGroupedByTermInFieldAndPositionOrderWhateverOrderTheyCameIn() {
        var rng = SplitMix64(seed: 3)
        var scratch = AnalyzedDocument.Scratch()
        for round in 0..<300 {
            let slots = 1 + rng.below(40)
            scratch.occurrences.removeAll()
            // Mostly in emission order (fields ascending, positions rising), with some tokens
            // coming after a later position, as compounds and codes do, and some repeats.
            var position: UInt32 = 0
            var field: UInt8 = 0
            for _ in 0..<rng.below(300) {
                if rng.below(20) == 0, field < 7 { field += 1; position = 0 }
                position += UInt32(rng.below(3))
                let emitted = rng.below(6) == 0 ? position &- min(position, UInt32(rng.below(5))) : position
                scratch.occurrences.append((Int32(rng.below(slots)), field, emitted))
            }
            let expected = scratch.occurrences.sorted { ($0.slot, $0.field, $0.position) < ($1.slot, $1.field, $1.position) }
            scratch.groupOccurrences(slots: slots)
            #expect(scratch.groupStarts.count == slots + 1, "round \(round)")
            var flattened: [(slot: Int32, field: UInt8, position: UInt32)] = []
            for s in 0..<slots {
                for packed in scratch.grouped[Int(scratch.groupStarts[s])..<Int(scratch.groupStarts[s + 1])] {
                    flattened.append((Int32(s), UInt8(packed >> 32), UInt32(truncatingIfNeeded: packed)))
                }
            }
            #expect(flattened.elementsEqual(expected) { $0 == $1 }, "round \(round)")
        }
    }
}
