#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Cursor {
    /// `seek(atLeast:)` for any contiguous key bytes (`[UInt8]`, `Data`, slices…).
    @inlinable
    public func seek(atLeast key: some ContiguousBytes) throws -> Entry? {
        try key.withUnsafeBytes { key in try seek(atLeast: key) }
    }

    /// `seek(exactly:)` for any contiguous key bytes.
    @inlinable
    public func seek(exactly key: some ContiguousBytes) throws -> Entry? {
        try key.withUnsafeBytes { key in try seek(exactly: key) }
    }

    /// `put(key:value:options:)` for any contiguous bytes. Only in a write transaction.
    @inlinable
    public func put(key: some ContiguousBytes, value: some ContiguousBytes, options: WriteTransaction.PutOptions = []) throws {
        try key.withUnsafeBytes { key in
            try value.withUnsafeBytes { value in
                try put(key: key, value: value, options: options)
            }
        }
    }
}
