import Foundation
import LMDB

/// Builds a whole new generation of an index from a stream of documents and publishes it
/// atomically (see `IndexDirectory`): searches on the old generation keep running meanwhile,
/// and a build that is killed leaves the old generation as it was.
///
/// Documents go in batches: each batch is parsed, analyzed and compressed on all cores, then its
/// documents, ids and columns are written by the single writer as one transaction. Postings do
/// not go through LMDB until the end: they gather in a `PostingsAccumulator` (spilled to a sorted
/// run file in the building folder whenever it reaches `memoryBudget`), and `PostingsMerger`
/// merges the runs and appends every term, block and position list in key order. The new
/// environment is written without fsync per batch and synced once before it is published.
public struct IndexBuilder: Sendable {
    /// Progress of a running build, reported after every batch.
    public struct Progress: Sendable {
        /// Documents indexed so far.
        public var documents: Int
        /// Input lines rejected so far.
        public var rejected: Int
        /// Input bytes consumed so far.
        public var bytesRead: Int
        /// Input size, when known (a file); nil for a stream.
        public var totalBytes: Int?
        /// Seconds since the build started.
        public var elapsed: Double
    }

    /// A line that could not be indexed.
    public struct Rejection: Error, Sendable, Equatable {
        /// 1-based line number in the input.
        public var line: Int
        /// Why.
        public var reason: String
    }

    /// The result of a build.
    public struct Summary: Sendable {
        /// Documents in the new index.
        public var documents: Int
        /// The first `rejectionLimit` rejected lines.
        public var rejections: [Rejection]
        /// All rejected lines.
        public var rejectedCount: Int
        /// Wall-clock seconds of the whole build.
        public var seconds: Double
        /// Bytes of the new generation on disk.
        public var bytes: Int
        /// Sorted runs of postings merged at the end: 1 when they fit in `memoryBudget`.
        public var postingRuns: Int
    }

    /// The index folder.
    public let directory: IndexDirectory
    /// The schema of the new generation.
    public let schema: Schema
    /// Documents per batch (one transaction each).
    public var batchSize = 20_000
    /// How many rejected lines are kept in the summary (all are counted).
    public var rejectionLimit = 100
    /// Bytes of memory the postings of a build may hold before they are spilled to a run file on
    /// disk. Smaller budgets mean more runs to merge at the end (the index is the same). External
    /// ids are held apart until the end (`BuildIDs`, about 30 bytes an id).
    public var memoryBudget = 768 << 20
    /// Bytes of stored documents the compression dictionary is trained on (from the first batch).
    static let dictionarySampleBytes = 1 << 20

    /// A builder for the index at `path`.
    public init(path: String, schema: Schema = .products) {
        directory = IndexDirectory(path: path)
        self.schema = schema
    }

    /// Builds from a JSONL file of products (see `ProductDocumentMapper`). Lines that are blank
    /// are skipped; lines that are not valid products are rejected and counted, the rest indexed.
    public func build(fromJSONL file: String, progress: (Progress) -> Void = { _ in }) throws -> Summary {
        guard let handle = fopen(file, "r") else { throw IndexError.io("cannot open \(file): \(String(cString: strerror(errno)))") }
        defer { fclose(handle) }
        var info = stat()
        let totalBytes = fstat(fileno(handle), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
        let mapper = ProductDocumentMapper(schema: schema)
        let reader = JSONLReader(handle: handle)
        let batchSize = self.batchSize
        var bytesRead = 0
        // The next batch is read while this one is parsed and analyzed; the last read ends before
        // the file is closed.
        var reading = BackgroundWork { reader.readBatch(batchSize) }
        defer { _ = reading.wait() }
        return try build(totalBytes: totalBytes, bytesRead: { bytesRead }, progress: progress) {
            let (lines, bytes) = reading.wait()
            bytesRead += bytes
            if lines.isEmpty { return nil }
            reading = BackgroundWork { reader.readBatch(batchSize) }
            return Parallel.map(lines, minimumChunk: 128) { line, bytes in
                Result { try mapper.document(fromJSONLine: bytes, line: line) }
                    .mapError { error in Rejection(line: line, reason: (error as? IndexError)?.description ?? "\(error)") }
            }
        }
    }

    /// Builds from batches handed out by `nextBatch` (nil when done). Each element is a document
    /// or a rejection to count. With `appliedSequence`, the new generation records it as its
    /// change-feed resume point (`Index.appliedSequence()`) before it is published, so a follower
    /// opening it replays exactly the changes after the snapshot the documents came from.
    public func build(totalBytes: Int? = nil, bytesRead: () -> Int = { 0 }, progress: (Progress) -> Void = { _ in },
                      appliedSequence: UInt64? = nil,
                      nextBatch: () throws -> [Result<IndexDocument, Rejection>]?) throws -> Summary {
        let start = DispatchTime.now()
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
        return try directory.withBuildLock {
            let (name, building) = try directory.prepareNextGeneration()
            var documents = 0
            var rejections: [Rejection] = []
            var rejectedCount = 0
            var postingRuns = 0
            try Index.storage {
                let environment = try Environment(path: building, mapSize: Index.initialMapSize, maxDatabases: IndexLayout.databaseCount,
                                                  options: [.noSync, .noMetaSync])
                let layout = try IndexLayout(environment: environment, create: true)
                try environment.write { txn in try IndexStore.initialize(layout, txn, schema: schema) }
                let analyzer = Index.analyzer(for: schema)
                let fieldCount = schema.textFields.count
                let nameFields = schema.productNameFields
                let writer = BulkWriter(environment: environment, layout: layout, schema: schema, runFolder: building, memoryBudget: memoryBudget)
                // Whatever happens, the writer's threads are done, and its run files gone, before
                // the building folder is left.
                defer {
                    _ = try? writer.wait()
                    writer.abandon()
                }
                func report(_ live: UInt64?) {
                    guard let live else { return }
                    documents = Int(live)
                    progress(Progress(documents: documents, rejected: rejectedCount, bytesRead: bytesRead(), totalBytes: totalBytes, elapsed: elapsed()))
                }
                var compressor: DocumentCompressor?
                while let batch = try nextBatch() {
                    var accepted: [IndexDocument] = []
                    for item in batch {
                        switch item {
                        case .success(let document): accepted.append(document)
                        case .failure(let rejection):
                            rejectedCount += 1
                            if rejections.count < rejectionLimit { rejections.append(rejection) }
                        }
                    }
                    if compressor == nil, accepted.isEmpty { continue }
                    // The dictionary is trained on the first batch while that batch is analyzed.
                    let training = compressor == nil ? BackgroundWork { [accepted] in Self.trainDictionary(accepted) } : nil
                    let analyzed = Parallel.map(accepted, minimumChunk: 64, state: { AnalyzedDocument.Scratch() }) { scratch, document in
                        AnalyzedDocument(document, analyzer: analyzer, fieldCount: fieldCount, nameFields: nameFields, scratch: &scratch)
                    }
                    var dictionary: [UInt8]?
                    if let training {
                        let trained = training.wait()
                        dictionary = trained
                        compressor = DocumentCompressor(dictionary: trained)
                    }
                    guard let compressor else { continue }
                    let stored = analyzed.map { $0.stored }
                    let blocks = Parallel.map(DocumentBlock.ranges(sizes: stored.map { $0.count }), minimumChunk: 16) { range in
                        (last: range.upperBound - 1, value: DocumentBlock.encode(stored[range], compressor: compressor))
                    }
                    report(try writer.wait())
                    writer.submit(analyzed, documentBlocks: blocks, compressor: compressor, dictionary: dictionary)
                }
                report(try writer.wait())
                postingRuns = try writer.finish(appliedSequence: appliedSequence)
                try environment.sync(force: true)
            }
            try directory.publish(generation: name)
            let bytes = Index.fileSize(directory.path + "/" + name + "/data.mdb")
            return Summary(documents: documents, rejections: rejections, rejectedCount: rejectedCount, seconds: elapsed(), bytes: bytes, postingRuns: postingRuns)
        }
    }
}

extension IndexBuilder {
    /// A stored-document dictionary trained on the first documents of a build (up to
    /// `dictionarySampleBytes` of them) in the blocks they are stored in; empty when they are too
    /// few to learn from.
    static func trainDictionary(_ documents: [IndexDocument]) -> [UInt8] {
        var encoded: [[UInt8]] = []
        var bytes = 0
        for document in documents where bytes < dictionarySampleBytes {
            encoded.append(StoredDocument(id: document.id, fieldLengths: [], json: document.stored).encoded)
            bytes += encoded[encoded.count - 1].count
        }
        let samples = DocumentBlock.ranges(sizes: encoded.map(\.count)).map { DocumentBlock.uncompressed(encoded[$0]) }
        return DocumentCompressor.train(samples: samples)
    }
}
