internal import CLMDB

extension Environment {
    /// Flags for opening an environment (`mdb_env_open`). `MDB_NOTLS` is always added.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// `path` is the data file itself, not a directory (`MDB_NOSUBDIR`).
        public static let noSubdirectory = Options(rawValue: UInt32(MDB_NOSUBDIR))
        /// No writes: `write` fails with `EACCES`, `openDatabase` never creates (`MDB_RDONLY`).
        public static let readOnly = Options(rawValue: UInt32(MDB_RDONLY))
        /// Do not flush to disk on commit (`MDB_NOSYNC`): a system crash (not a process crash) may lose
        /// the last transactions or, with `writeMap`, corrupt the environment. Call `sync()` yourself.
        public static let noSync = Options(rawValue: UInt32(MDB_NOSYNC))
        /// Flush data but not the meta page on commit (`MDB_NOMETASYNC`): a system crash may undo the last
        /// transaction, never corrupt.
        public static let noMetaSync = Options(rawValue: UInt32(MDB_NOMETASYNC))
        /// Write through a writable map instead of `write(2)` (`MDB_WRITEMAP`): faster large writes, but
        /// stray writes through a pointer into the map corrupt the environment.
        public static let writeMap = Options(rawValue: UInt32(MDB_WRITEMAP))
        /// With `writeMap`: flush asynchronously (`MDB_MAPASYNC`).
        public static let mapAsync = Options(rawValue: UInt32(MDB_MAPASYNC))
        /// Turn off OS read-ahead (`MDB_NORDAHEAD`): helps when the data set is larger than RAM.
        public static let noReadAhead = Options(rawValue: UInt32(MDB_NORDAHEAD))
    }
}
