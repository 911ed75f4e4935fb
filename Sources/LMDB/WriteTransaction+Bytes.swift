#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension WriteTransaction {
    /// `put(_:key:value:options:)` for any contiguous bytes (`[UInt8]`, `Data`, slices…).
    @inlinable
    public func put(_ db: Database, key: some ContiguousBytes, value: some ContiguousBytes, options: PutOptions = []) throws {
        try key.withUnsafeBytes { key in
            try value.withUnsafeBytes { value in
                try put(db, key: key, value: value, options: options)
            }
        }
    }

    /// `reserve(_:key:count:options:)` for any contiguous key bytes.
    @inlinable
    public func reserve(_ db: Database, key: some ContiguousBytes, count: Int, options: PutOptions = []) throws -> UnsafeMutableRawBufferPointer {
        try key.withUnsafeBytes { key in
            try reserve(db, key: key, count: count, options: options)
        }
    }

    /// `delete(_:key:)` for any contiguous key bytes; false when the key was absent.
    @discardableResult
    @inlinable
    public func delete(_ db: Database, key: some ContiguousBytes) throws -> Bool {
        try key.withUnsafeBytes { key in
            try delete(db, key: key)
        }
    }
}
