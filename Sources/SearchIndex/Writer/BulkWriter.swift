import Dispatch
import LMDB
#if canImport(Glibc)
import Glibc
#endif

/// The single writer of a bulk build. It runs on a thread of its own, so that the next batch is
/// read, parsed and analyzed on the other cores while this one is written.
///
/// Per batch: one LMDB transaction for documents (blocks compressed by the caller), columns and
/// words (`BatchApplier` in bulk mode), after which the batch's external ids go into `BuildIDs`;
/// meanwhile, on another thread, its postings go into the `PostingsAccumulator`. Whenever that
/// reaches `memoryBudget`, its run is taken out and sorted and spilled to a run file in the
/// building folder on a thread of its own while the next run fills: the spill no longer stalls
/// the build (at 1M synthetic products it took 5-6 s with every other core waiting). The next
/// run waits for the spill only if it fills a fifth of the budget first (`spillAllowance`), so
/// the postings in memory stay within about 1.2 times the budget. `finish` keeps the last run in
/// memory (no file written and read back) and merges the runs into the `terms` and `postings`
/// databases (`PostingsMerger`) while it writes the ids, all with appends.
///
/// Thread confinement: `submit` hands one batch to the writer thread and returns at once; the
/// caller must call `wait()` before the next `submit` and before `finish`. The writer's state is
/// only touched by the thread that currently owns it (during a batch: the accumulator and the
/// runs by the accumulating thread, the environment and the ids by the writing one), and every
/// handoff goes through a `DispatchGroup`, which orders memory between the threads.
final class BulkWriter: @unchecked Sendable {
    let environment: Environment
    let layout: IndexLayout
    let schema: Schema
    /// Where run files are written (the building generation's folder: a killed build's runs go
    /// with it).
    let runFolder: String
    let memoryBudget: Int
    /// Bytes the next run may fill while the last one is spilled, before it waits for that spill:
    /// a fifth of the budget (at 1M products a spill took 5.5 s, in which analysis adds about a
    /// sixth of a run).
    var spillAllowance: Int { memoryBudget / 5 }
    private let accumulator: PostingsAccumulator
    private let ids = BuildIDs()
    /// Written forms already in `words`: the batches' transactions skip them (`BatchApplier`).
    /// Touched by the writing thread only, and grown only after a batch's transaction committed
    /// (a transaction rerun after a map resize must see the words it did not write).
    private var knownWords = ByteStringTable()
    private var runs: [PostingRunSource] = []
    /// The run being sorted and written to a file: the work and its file. Joined (`finishSpill`)
    /// by whichever thread accumulates next: the accumulating threads take turns through the
    /// writer's `DispatchGroup`s, which order memory between them.
    private var spilling: (work: BackgroundWork<Result<Void, any Error>>, path: String)?
    /// The doc id of the next batch's first document.
    private var nextDoc: UInt32 = 0
    private let group = DispatchGroup()
    private var outcome: Result<UInt64, any Error>?

    init(environment: Environment, layout: IndexLayout, schema: Schema, runFolder: String, memoryBudget: Int) {
        self.environment = environment
        self.layout = layout
        self.schema = schema
        self.runFolder = runFolder
        self.memoryBudget = memoryBudget
        accumulator = PostingsAccumulator(reserving: memoryBudget)
    }

    /// Starts writing `batch` on the writer thread; its documents get the next doc ids in order.
    /// `documentBlocks` are the batch's stored documents as `DocumentBlock` values, each with the
    /// index in `batch` of its last document, in order. With `dictionary`, the stored-document
    /// dictionary is recorded in the same transaction.
    func submit(_ batch: [AnalyzedDocument], documentBlocks: [(last: Int, value: [UInt8])], compressor: DocumentCompressor, dictionary: [UInt8]?) {
        group.enter()
        DispatchQueue.global().async { [self] in
            outcome = Result { try write(batch, documentBlocks: documentBlocks, compressor: compressor, dictionary: dictionary) }
            group.leave()
        }
    }

    /// Waits for the batch in flight, if any, and returns the index's live documents after it
    /// (nil when no batch was in flight). Rethrows the batch's error.
    func wait() throws -> UInt64? {
        group.wait()
        defer { outcome = nil }
        return try outcome?.get()
    }

    private func write(_ batch: [AnalyzedDocument], documentBlocks: [(last: Int, value: [UInt8])], compressor: DocumentCompressor,
                       dictionary: [UInt8]?) throws -> UInt64 {
        // Every document of a bulk build gets the next doc id, so the batch's are known before its
        // transaction runs: its postings are accumulated meanwhile, on another core.
        let batchFirstDoc = nextDoc
        let accumulation = BackgroundWork { [self] in Result { try accumulate(batch, firstDoc: batchFirstDoc) } }
        let transaction = Result { try writeTransaction(batch, documentBlocks: documentBlocks, compressor: compressor, dictionary: dictionary) }
        try accumulation.wait().get()
        let (firstDoc, live) = try transaction.get()
        guard firstDoc == batchFirstDoc else { throw IndexError.corrupt("a bulk batch started at doc \(firstDoc), not \(batchFirstDoc)") }
        nextDoc += UInt32(batch.count)
        return live
    }

    /// Adds the postings of `batch` to the accumulator, spilling it as it fills.
    private func accumulate(_ batch: [AnalyzedDocument], firstDoc: UInt32) throws {
        for i in batch.indices {
            accumulator.add(batch, at: i, as: firstDoc + UInt32(i))
            if spilling != nil, accumulator.isFull || accumulator.estimatedBytes >= spillAllowance { try finishSpill() }
            if spilling == nil, accumulator.isFull || accumulator.estimatedBytes >= memoryBudget { try spill() }
        }
    }

    /// Writes the batch's documents, columns and words in one transaction and records its ids;
    /// returns its first doc id and the live documents after it.
    private func writeTransaction(_ batch: [AnalyzedDocument], documentBlocks: [(last: Int, value: [UInt8])], compressor: DocumentCompressor,
                                  dictionary: [UInt8]?) throws -> (firstDoc: UInt32, live: UInt64) {
        let (firstDoc, live, assigned, removed, words) = try environment.write { txn in
            if let dictionary, !dictionary.isEmpty {
                try txn.store(layout.meta, key: Array(MetaKey.documentDictionary.utf8), value: dictionary)
            }
            var applier = try BatchApplier(layout: layout, schema: schema, transaction: txn, compressor: compressor, bulkIDs: ids,
                                           knownWords: knownWords)
            let firstDoc = applier.statistics.nextDoc
            for block in documentBlocks {
                try txn.store(layout.documents, integerKey: ByteCoding.docKey(firstDoc + UInt32(block.last)), value: block.value, options: .append)
            }
            for i in batch.indices { try applier.upsert(batch, at: i) }
            try applier.finish(appliedSequence: nil)
            return (firstDoc, applier.statistics.liveDocuments, applier.assignedIDs, applier.removedIDs, applier.pendingWords.keys)
        }
        try ids.apply(assigned: assigned, removedIDs: removed)
        for word in words {
            var word = word
            _ = word.withUTF8 { knownWords.intern($0) }
        }
        return (firstDoc, live)
    }

    /// Starts sorting and writing the accumulator's run to the next run file on another thread.
    /// Call only when no spill is in flight.
    private func spill() throws {
        let path = runFolder + "/postings-run-\(runs.count)"
        let run = accumulator.takeRun()
        spilling = (BackgroundWork { Result { try PostingsAccumulator.spill(run, to: path) } }, path)
    }

    /// Waits for the spill in flight, if any, and removes its file and those of the runs already
    /// spilled (nothing is left to remove after `finish`): for a build that failed, so that no
    /// thread writes into the building folder after it is left and no run file stays there.
    /// The spilled runs are released here, not with the writer: the writer thread's last
    /// reference to the writer can outlive `wait()` by a moment, and a clean-clone CI run saw a
    /// run file still there when the build had returned. Call after `wait()`.
    func abandon() {
        runs.removeAll()
        guard let (work, path) = spilling else { return }
        spilling = nil
        _ = work.wait()
        unlink(path)
    }

    /// Waits for the spill in flight, if any, and adds its run file to the runs (or removes
    /// what it wrote, and rethrows, when it failed).
    private func finishSpill() throws {
        guard let (work, path) = spilling else { return }
        spilling = nil
        do {
            try work.wait().get()
            runs.append(try PostingRunFile(path: path))
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Merges every run into the index, records the term count (and `appliedSequence`, when given)
    /// in the statistics, and returns how many runs were merged. Call once, after `wait()`.
    func finish(appliedSequence: UInt64?) throws -> Int {
        try finishSpill()
        if runs.isEmpty || !accumulator.isEmpty {
            runs.append(accumulator.takeSortedRun())
        }
        let merged = runs.count
        // The ids are sorted and written on another core while the postings are merged (the
        // merger encodes without a transaction open; the two writers take turns).
        let idWriting = BackgroundWork { [self] in Result { try ids.write(to: environment, layout: layout) } }
        let merging = Result { try PostingsMerger(environment: environment, layout: layout).merge(runs, firstTerm: 0) }
        try idWriting.wait().get()
        let terms = try merging.get()
        runs.removeAll()
        try environment.write { txn in
            var statistics = try IndexStore.statistics(layout, txn)
            statistics.nextTerm = terms
            try txn.store(layout.meta, key: Array(MetaKey.statistics.utf8), value: statistics.encoded)
            if let appliedSequence {
                try txn.store(layout.meta, key: Array(MetaKey.appliedSequence.utf8), value: withUnsafeBytes(of: appliedSequence.littleEndian, Array.init))
            }
        }
        return merged
    }
}
