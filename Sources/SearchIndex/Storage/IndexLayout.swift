import LMDB

/// Every LMDB database of an index, declared once, with its key and value layout.
///
/// Integer keys are big-endian so that byte order is numeric order; integer values are
/// little-endian (they are read, never sorted). Doc ids are dense `UInt32`s assigned in increasing
/// order; an update deletes the old doc id and adds a new one.
///
/// | database      | key                                   | value |
/// | ------------- | ------------------------------------- | ----- |
/// | `meta`        | ASCII name                            | see `MetaKey` |
/// | `terms`       | term UTF-8 (analyzed, as indexed)     | `TermInfo` (term id, doc freq, per-field score bounds; a small posting list inline) |
/// | `words`       | a word as written, normalized, UTF-8  | its term UTF-8 (only words whose stem differs: typo matching compares what shoppers type with what was written) |
/// | `postings`    | term id u32 BE, last doc id u32 BE    | one block of ≤ 128 documents, then its positions (`PostingsCodec`) |
/// | `documents`   | last doc id of the block u32 BE       | `DocumentBlock`: consecutive `StoredDocument`s, their external ids uncompressed, then their text field lengths and stored JSON compressed together by `DocumentCompressor` |
/// | `ids`         | external id UTF-8                     | doc id u32 LE |
/// | `columns`     | column id u16 BE, chunk u32 BE        | a chunk of `ColumnChunk.size` documents' values (`ColumnChunk`) |
/// | `facetValues` | column id u16 BE, value UTF-8         | ordinal u32 LE (1-based; 0 = no value) |
/// | `facetNames`  | column id u16 BE, ordinal u32 BE      | value UTF-8 |
/// | `deleted`     | chunk u32 BE                          | bitset of `ColumnChunk.size` bits: deleted doc ids |
struct IndexLayout {
    /// Bumped on every change of any layout above; an index of another version is refused.
    static let formatVersion: UInt32 = 7

    let meta: Database
    let terms: Database
    let words: Database
    let postings: Database
    let documents: Database
    let ids: Database
    let columns: Database
    let facetValues: Database
    let facetNames: Database
    let deleted: Database

    static let databaseCount = 10

    /// Opens (and with `create`, creates) every database of the layout.
    init(environment env: Environment, create: Bool) throws {
        let options: DatabaseOptions = create ? [.create] : []
        meta = try env.openDatabase("meta", options: options)
        terms = try env.openDatabase("terms", options: options)
        words = try env.openDatabase("words", options: options)
        postings = try env.openDatabase("postings", options: options)
        documents = try env.openDatabase("documents", options: options)
        ids = try env.openDatabase("ids", options: options)
        columns = try env.openDatabase("columns", options: options)
        facetValues = try env.openDatabase("facetValues", options: options)
        facetNames = try env.openDatabase("facetNames", options: options)
        deleted = try env.openDatabase("deleted", options: options)
    }

    /// All databases with their names, for statistics.
    var all: [(String, Database)] {
        [("meta", meta), ("terms", terms), ("words", words), ("postings", postings),
         ("documents", documents), ("ids", ids), ("columns", columns), ("facetValues", facetValues),
         ("facetNames", facetNames), ("deleted", deleted)]
    }
}

/// Names of the entries of the `meta` database.
enum MetaKey {
    /// u32 LE: `IndexLayout.formatVersion` of the writer.
    static let format = "format"
    /// JSON: the `Schema`.
    static let schema = "schema"
    /// JSON: the `ColumnRegistry`.
    static let columns = "columns"
    /// Binary: `IndexStatistics`.
    static let statistics = "statistics"
    /// u64 LE: the last change-feed sequence applied (written with the change it belongs to).
    static let appliedSequence = "appliedSequence"
    /// The zstd dictionary of stored documents (`DocumentCompressor`); absent: none.
    static let documentDictionary = "documentDictionary"
}
