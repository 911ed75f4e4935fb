#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ReadTransaction {
    /// Looks up `key` (any contiguous bytes: `[UInt8]`, `Data`, slices…) and returns a copy of its value;
    /// nil when absent. Use `get(_:key:)` with an `UnsafeRawBufferPointer` to read without copying.
    @inlinable
    public final func get(_ db: Database, key: some ContiguousBytes) throws -> [UInt8]? {
        try key.withUnsafeBytes { key in
            try get(db, key: key).map { [UInt8]($0) }
        }
    }
}
