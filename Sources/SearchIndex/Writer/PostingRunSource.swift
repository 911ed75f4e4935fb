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

/// A run held in memory whose terms can be read in any order, from several threads at once:
/// the merger encodes the terms of a build's single run on all cores.
protocol IndexedPostingRun: PostingRunSource, Sendable {
    /// Terms in the run.
    var termCount: Int { get }
    /// Postings of the term at `index` (terms in ascending byte order).
    func postingCount(at index: Int) -> Int
    /// Fills `segment` with the term at `index` (terms in ascending byte order). Safe to call
    /// from several threads at once, each with its own segment.
    func segment(at index: Int, into segment: inout RunSegment)
}
