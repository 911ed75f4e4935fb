internal import CLMDB

/// Flags for `Environment.openDatabase`; they are stored with the database, so open it with the same
/// ones every time (liblmdb reports `MDB_INCOMPATIBLE` otherwise).
public struct DatabaseOptions: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Create the database if it does not exist (ignored by read-only environments).
    public static let create = DatabaseOptions(rawValue: UInt32(MDB_CREATE))
    /// Keys are native-endian `UInt32` or `UInt64` (all the same size) compared as integers.
    /// Prefer the default byte order with big-endian keys: it is portable and prefix iteration works.
    public static let integerKey = DatabaseOptions(rawValue: UInt32(MDB_INTEGERKEY))
    /// A key may hold several values, kept sorted.
    public static let dupSort = DatabaseOptions(rawValue: UInt32(MDB_DUPSORT))
    /// With `dupSort`: all values of a key have the same size.
    public static let dupFixed = DatabaseOptions(rawValue: UInt32(MDB_DUPFIXED))
    /// With `dupSort`: values are native-endian integers compared as integers.
    public static let integerDuplicates = DatabaseOptions(rawValue: UInt32(MDB_INTEGERDUP))
    /// Keys are compared from their last byte to their first.
    public static let reverseKey = DatabaseOptions(rawValue: UInt32(MDB_REVERSEKEY))
    /// With `dupSort`: values are compared from their last byte to their first.
    public static let reverseDuplicates = DatabaseOptions(rawValue: UInt32(MDB_REVERSEDUP))
}
