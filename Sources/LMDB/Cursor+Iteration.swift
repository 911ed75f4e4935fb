extension Cursor {
    /// Visits entries in key order from the first key ≥ `start` (and ≥ `prefix`), or from the first
    /// entry when both are nil, calling `body` until it returns false, the entries run out, or (with a
    /// `prefix`) the first key that does not begin with `prefix`.
    ///
    /// Prefix iteration assumes the default bytewise key order (not `.integerKey` or `.reverseKey`).
    /// In a `dupSort` database every value is visited. The entries point into the map (see `Cursor`).
    public func forEach(from start: UnsafeRawBufferPointer?, prefix: UnsafeRawBufferPointer?, _ body: (Entry) throws -> Bool) throws {
        let origin: UnsafeRawBufferPointer?
        switch (start, prefix) {
        case let (start?, prefix?): origin = start.lexicographicallyCompared(to: prefix) >= 0 ? start : prefix
        case let (start?, nil): origin = start
        case let (nil, prefix?): origin = prefix
        case (nil, nil): origin = nil
        }
        var entry = try origin.map { try seek(atLeast: $0) } ?? first()
        while let current = entry {
            if let prefix, !current.key.hasBytePrefix(prefix) { return }
            guard try body(current) else { return }
            entry = try next()
        }
    }

    /// `forEach(from:prefix:_:)` with byte-array bounds.
    public func forEach(from start: [UInt8]? = nil, prefix: [UInt8]? = nil, _ body: (Entry) throws -> Bool) throws {
        try withOptionalBytes(start) { start in
            try withOptionalBytes(prefix) { prefix in
                try forEach(from: start, prefix: prefix, body)
            }
        }
    }
}

/// Runs `body` with the bytes of `array`, or nil when there is no array.
func withOptionalBytes<R>(_ array: [UInt8]?, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
    guard let array else { return try body(nil) }
    return try array.withUnsafeBytes { try body($0) }
}
