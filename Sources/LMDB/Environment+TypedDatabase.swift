extension Environment {
    /// Opens the database `name` as a `TypedDatabase<Key, Value>`; see `openDatabase(_:options:)`.
    @inlinable
    public func openDatabase<Key: LMDBCodable, Value: LMDBCodable>(
        _ name: String?,
        as keyType: Key.Type,
        _ valueType: Value.Type,
        options: DatabaseOptions = [.create]
    ) throws -> TypedDatabase<Key, Value> {
        TypedDatabase(try openDatabase(name, options: options))
    }
}
