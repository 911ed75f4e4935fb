import LMDB
import Synchronization
import TextAnalysis

/// A searchable index on disk: open it, write to it, search it.
///
/// One process may have one `Index` per folder open (LMDB's rule). All methods are thread-safe:
/// writes are serialised (one writer), reads run concurrently and never wait for the writer.
/// Each write is one transaction: after `write` returns, every new read sees all of it, and a
/// crash at any point leaves either all of it or none.
public final class Index: @unchecked Sendable {
    /// The index folder.
    public let directory: IndexDirectory
    /// The schema the index was built with.
    public let schema: Schema
    /// The analyzer for the schema's language, shared by indexing and queries.
    public let analyzer: Analyzer
    let environment: Environment
    let layout: IndexLayout
    /// Compresses and decompresses stored documents (with the dictionary of this generation).
    let documentCompressor: DocumentCompressor
    let scratchPool = ScratchPool()
    /// The folder's query-time synonym rules (`<index>/synonyms.txt`).
    let synonymRules: SynonymRules
    /// Faceted columns decoded per document, shared by searches.
    let denseColumns = DenseColumnCache()
    /// The external ids of doc ids, for pages of ids only.
    let documentIDs = DocumentIDCache()
    /// Facet values by ordinal, read once (hierarchical facets group every counted path).
    let facetNames = FacetNameCache()
    /// The scoring tables of the statistics last searched with (they change only with writes).
    private let cachedTables = Mutex<(IndexStatistics, Bm25fTables)?>(nil)

    /// The column registry of the version last searched with (it changes only when a column is added).
    private let cachedRegistry = Mutex<(UInt32, ColumnRegistry)?>(nil)

    /// The column registry as of `txn`, decoded once per `IndexStatistics.columnsVersion`.
    func registry(_ txn: ReadTransaction, statistics: IndexStatistics) throws -> ColumnRegistry {
        if let (version, registry) = cachedRegistry.withLock({ $0 }), version == statistics.columnsVersion { return registry }
        let registry = try IndexStore.registry(layout, txn)
        cachedRegistry.withLock { $0 = (statistics.columnsVersion, registry) }
        return registry
    }

    /// The typo dictionary last loaded, with the `typoDictionaryVersion` it was loaded at.
    private let cachedTypoDictionary = Mutex<(UInt64, TypoDictionary)?>(nil)

    /// The `TypoDictionary` as of `txn`, whose statistics are `statistics`: loaded when a search
    /// first needs it after the indexed words changed. Terms and written words are only ever
    /// added (a delete leaves them until a rebuild), a new term with a new term id and a new word
    /// with a new document, so `nextTerm` and `nextDoc` identify the set.
    func typoDictionary(txn: ReadTransaction, statistics: IndexStatistics) throws -> TypoDictionary {
        let version = UInt64(statistics.nextTerm) << 32 | UInt64(statistics.nextDoc)
        if let (known, dictionary) = cachedTypoDictionary.withLock({ $0 }), known == version { return dictionary }
        let dictionary = try TypoDictionary.load(txn: txn, layout: layout)
        cachedTypoDictionary.withLock { $0 = (version, dictionary) }
        return dictionary
    }

    /// `Bm25fTables` for `statistics`, built once per distinct statistics.
    func tables(for statistics: IndexStatistics) -> Bm25fTables {
        if let (known, tables) = cachedTables.withLock({ $0 }), known == statistics { return tables }
        let tables = Bm25fTables(schema: schema, statistics: statistics)
        cachedTables.withLock { $0 = (statistics, tables) }
        return tables
    }

    /// Opens the live generation of the index at `path`. Throws `IndexError.notFound` when there
    /// is none and `formatMismatch` when it was written by another format version.
    public convenience init(path: String, readOnly: Bool = false) throws {
        let directory = IndexDirectory(path: path)
        try self.init(directory: directory, generation: try directory.currentGeneration(), readOnly: readOnly)
    }

    init(directory: IndexDirectory, generation: String, readOnly: Bool) throws {
        self.directory = directory
        // The format version is read from `meta` alone first: an index of another format may not
        // have the other databases of this one.
        let (environment, layout) = try Index.storage {
            let environment = try Environment(path: generation, mapSize: Index.initialMapSize, maxDatabases: IndexLayout.databaseCount,
                                              options: readOnly ? [.readOnly] : [])
            let meta = try environment.openDatabase("meta", options: [])
            let format = try environment.read { txn -> UInt32? in
                guard let raw = try txn.get(meta, key: Array(MetaKey.format.utf8)), raw.count == 4 else { return nil }
                return raw.withUnsafeBytes { ByteCoding.readLE($0, at: 0, as: UInt32.self) }
            }
            guard format == IndexLayout.formatVersion else {
                throw IndexError.formatMismatch(found: format ?? 0, expected: IndexLayout.formatVersion, path: generation)
            }
            return (environment, try IndexLayout(environment: environment, create: false))
        }
        self.environment = environment
        self.layout = layout
        (schema, documentCompressor) = try Index.storage {
            try environment.read { txn in (try IndexStore.schema(layout, txn), try IndexStore.documentCompressor(layout, txn)) }
        }
        analyzer = Index.analyzer(for: schema)
        synonymRules = SynonymRules(folder: directory.path, analyzer: analyzer)
    }

    /// Creates an empty index at `path` (published as its first generation) and opens it.
    /// Throws when an index already exists there.
    public static func create(at path: String, schema: Schema = .products) throws -> Index {
        let directory = IndexDirectory(path: path)
        guard !directory.exists else { throw IndexError.io("an index already exists at \(path)") }
        try directory.withBuildLock {
            let (name, building) = try directory.prepareNextGeneration()
            try storage {
                let environment = try Environment(path: building, mapSize: initialMapSize, maxDatabases: IndexLayout.databaseCount)
                let layout = try IndexLayout(environment: environment, create: true)
                try environment.write { txn in try IndexStore.initialize(layout, txn, schema: schema) }
                try environment.sync(force: true)
            }
            try directory.publish(generation: name)
        }
        return try Index(path: path)
    }

    /// Address space reserved for the map at open; LMDB grows the file only as pages are used,
    /// and `Environment.write` grows the map further when it fills.
    static let initialMapSize = 1 << 32

    static func analyzer(for schema: Schema) -> Analyzer {
        var options = Analyzer.Options()
        options.language = Language(rawValue: schema.language) ?? .english
        return Analyzer(options: options)
    }

    /// Runs `body`, turning LMDB errors into `IndexError.storage`.
    static func storage<R>(_ body: () throws -> R) throws -> R {
        do {
            return try body()
        } catch let error as LMDBError {
            throw IndexError.storage(error)
        }
    }

    // MARK: Writing

    /// What a write changed.
    public struct WriteSummary: Sendable, Equatable {
        /// Documents added or replaced.
        public var upserted: Int
        /// Documents deleted (replacements not counted).
        public var deleted: Int
    }

    /// Applies `operations` in order as one transaction. With `appliedSequence`, records it in the
    /// same transaction (the change feed's resume point). Analysis runs on all cores first.
    @discardableResult
    public func write(_ operations: [IndexOperation], appliedSequence: UInt64? = nil) throws -> WriteSummary {
        let prepared = prepare(operations)
        return try Index.storage {
            try environment.write { txn in
                var applier = try BatchApplier(layout: layout, schema: schema, transaction: txn, compressor: documentCompressor)
                var replaced = 0
                for operation in prepared {
                    let before = applier.deleted
                    try applier.apply(operation)
                    if case .upsert = operation { replaced += applier.deleted - before }
                }
                try applier.finish(appliedSequence: appliedSequence)
                return WriteSummary(upserted: applier.added, deleted: applier.deleted - replaced)
            }
        }
    }

    func prepare(_ operations: [IndexOperation]) -> [BatchApplier.Operation] {
        let analyzer = self.analyzer
        let fieldCount = schema.textFields.count
        let nameFields = schema.productNameFields
        return Parallel.map(operations, minimumChunk: 64) { operation in
            switch operation {
            case .upsert(let document): return .upsert(AnalyzedDocument(document, analyzer: analyzer, fieldCount: fieldCount, nameFields: nameFields))
            case .delete(let id): return .delete(id: id)
            }
        }
    }

    // MARK: Reading

    /// Index-wide counts as of now.
    public func statistics() throws -> IndexStatistics {
        try Index.storage { try environment.read { txn in try IndexStore.statistics(layout, txn) } }
    }

    /// The column registry as of now.
    public func columns() throws -> ColumnRegistry {
        try Index.storage { try environment.read { txn in try IndexStore.registry(layout, txn) } }
    }

    /// The last change-feed sequence applied, if any write recorded one.
    public func appliedSequence() throws -> UInt64? {
        try Index.storage { try environment.read { txn in try IndexStore.appliedSequence(layout, txn) } }
    }

    /// The stored document with external id `id`, if live.
    public func document(id: String) throws -> StoredDocument? {
        try Index.storage {
            try environment.read { txn -> StoredDocument? in
                guard let raw = try txn.value(layout.ids, key: Array(id.utf8)) else { return nil }
                return try DocumentBlock.read(ByteCoding.readLE(raw, at: 0, as: UInt32.self), layout, txn, compressor: documentCompressor)
            }
        }
    }

    /// Entries and bytes of each LMDB database, and the number of distinct terms.
    public func storageReport() throws -> StorageReport {
        try Index.storage {
            let databases = try layout.all.map { name, db -> StorageReport.Database in
                let s = try environment.statistics(db)
                return StorageReport.Database(name: name, entries: s.entries, bytes: s.bytes)
            }
            let terms = databases.first { $0.name == "terms" }?.entries ?? 0
            return StorageReport(databases: databases, terms: terms, fileBytes: Index.fileSize(environment.path + "/data.mdb"))
        }
    }

    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_blocks) * 512 : 0
    }
}

/// Sizes of an index's parts on disk.
public struct StorageReport: Sendable, Equatable {
    /// One LMDB database.
    public struct Database: Sendable, Equatable {
        /// Database name (see `IndexLayout`).
        public var name: String
        /// Key/value entries.
        public var entries: Int
        /// Bytes in its pages.
        public var bytes: Int
    }

    /// Every database.
    public var databases: [Database]
    /// Distinct terms.
    public var terms: Int
    /// Bytes the data file occupies on disk.
    public var fileBytes: Int
}

#if canImport(Glibc)
import Glibc
#endif
