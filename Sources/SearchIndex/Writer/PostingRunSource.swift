/// One term's postings in one run of a bulk build: the term's UTF-8 bytes and its postings in
/// doc order, each as a varint doc-id gap (the first gap from 0) followed by its
/// `DocumentPostings` entry. Buffers are reused from term to term.
struct RunSegment {
    var term: [UInt8] = []
    var count = 0
    var postings: [UInt8] = []
}

/// A run of a bulk build read term by term in ascending byte order of terms (`PostingsMerger`
/// merges several). Runs cover disjoint, increasing doc-id ranges: run i's documents all come
/// before run i + 1's.
protocol PostingRunSource: AnyObject {
    /// Fills `segment` with the next term and returns true, or returns false at the end.
    func next(into segment: inout RunSegment) throws -> Bool
}
