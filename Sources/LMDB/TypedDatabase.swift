/// A `Database` whose keys are `Key`s and values are `Value`s, encoded with their `LMDBCodable`
/// conformances. Obtained from `Environment.openDatabase(_:as:_:options:)`.
///
/// The types are not stored in the environment: opening a database with other types than it was
/// written with makes reads throw `LMDBDecodingError` (or, for same-size encodings, misread).
/// Iteration follows the byte order of the encoded keys.
public struct TypedDatabase<Key: LMDBCodable, Value: LMDBCodable>: Sendable, Hashable {
    /// The untyped database, for raw access.
    public let database: Database

    /// Views `database` as holding `Key`s and `Value`s.
    public init(_ database: Database) {
        self.database = database
    }
}
