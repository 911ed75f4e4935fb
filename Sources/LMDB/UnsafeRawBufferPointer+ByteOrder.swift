#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension UnsafeRawBufferPointer {
    /// Compares bytewise like liblmdb's default key order (`memcmp`, then the shorter first):
    /// negative, zero or positive.
    func lexicographicallyCompared(to other: UnsafeRawBufferPointer) -> Int {
        let common = Swift.min(count, other.count)
        if common > 0, let base = baseAddress, let otherBase = other.baseAddress {
            let order = memcmp(base, otherBase, common)
            if order != 0 { return Int(order) }
        }
        return count - other.count
    }

    /// Whether these bytes begin with `prefix` (always true for an empty prefix).
    func hasBytePrefix(_ prefix: UnsafeRawBufferPointer) -> Bool {
        guard prefix.count > 0 else { return true }
        guard count >= prefix.count, let base = baseAddress, let prefixBase = prefix.baseAddress else { return false }
        return memcmp(base, prefixBase, prefix.count) == 0
    }
}
