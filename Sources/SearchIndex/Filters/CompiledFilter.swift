/// A filter bound to one read snapshot: field names resolved to column readers, facet values to
/// ordinals, so testing a document is a few column reads and comparisons.
indirect enum CompiledFilter {
    /// Always this answer (e.g. a facet value the index has never seen: false).
    case constant(Bool)
    /// A numeric column value within bounds (NaN, no value, never matches).
    case numeric(NumericColumnReader, lower: Double, lowerInclusive: Bool, upper: Double, upperInclusive: Bool)
    /// A numeric column value equal to one of these.
    case numericIn(NumericColumnReader, Set<Double>)
    /// A facet column holding at least one of these ordinals.
    case facet(FacetColumnReader, Set<UInt32>)
    case and([CompiledFilter])
    case or([CompiledFilter])
    case not(CompiledFilter)

    /// Looks up every column chunk the filter's readers may read, so that `matches` no longer
    /// reads the transaction and may run on several threads at once while it stays open.
    func resolveAll() throws {
        switch self {
        case .constant: return
        case .numeric(let reader, _, _, _, _), .numericIn(let reader, _): try reader.resolveAll()
        case .facet(let reader, _): try reader.resolveAll()
        case .and(let children), .or(let children): for child in children { try child.resolveAll() }
        case .not(let inner): try inner.resolveAll()
        }
    }

    /// The same filter over copies of its readers (`NumericColumnReader.copy`), for another
    /// thread once `resolveAll` has run.
    func copy() -> CompiledFilter {
        switch self {
        case .constant: return self
        case let .numeric(reader, lower, lowerInclusive, upper, upperInclusive):
            return .numeric(reader.copy(), lower: lower, lowerInclusive: lowerInclusive, upper: upper, upperInclusive: upperInclusive)
        case let .numericIn(reader, values): return .numericIn(reader.copy(), values)
        case let .facet(reader, ordinals): return .facet(reader.copy(), ordinals)
        case .and(let children): return .and(children.map { $0.copy() })
        case .or(let children): return .or(children.map { $0.copy() })
        case .not(let inner): return .not(inner.copy())
        }
    }

    /// Whether `doc` passes.
    func matches(_ doc: UInt32) throws -> Bool {
        switch self {
        case .constant(let answer):
            return answer
        case let .numeric(reader, lower, lowerInclusive, upper, upperInclusive):
            let v = try reader.value(doc)
            guard !v.isNaN else { return false }
            return (lowerInclusive ? v >= lower : v > lower) && (upperInclusive ? v <= upper : v < upper)
        case let .numericIn(reader, values):
            return values.contains(try reader.value(doc))
        case let .facet(reader, ordinals):
            var found = false
            try reader.forEachOrdinal(doc) { ordinal in
                found = ordinals.contains(ordinal)
                return !found
            }
            return found
        case .and(let children):
            for child in children where try !child.matches(doc) { return false }
            return true
        case .or(let children):
            for child in children where try child.matches(doc) { return true }
            return false
        case .not(let inner):
            return try !inner.matches(doc)
        }
    }

    /// Clears from `bits` every document that does not pass (`matches`): bit i of word w stands
    /// for doc `base + 64 w + i`, for `words` words. `base` is a multiple of 64 and the documents
    /// lie in one column chunk (`ColumnChunk.size`), as a window of `TermAtATime` does.
    ///
    /// The same answers as `matches`, a window at a time: one dispatch and one chunk lookup per
    /// clause instead of per document, and a column whose chunk lists its few documents reads
    /// only those of the window (`FacetColumnReader.screen`).
    func screen(base: UInt32, words: Int, bits: UnsafeMutablePointer<UInt64>) throws {
        switch self {
        case .constant(let answer):
            if !answer { bits.update(repeating: 0, count: words) }
        case let .numeric(reader, lower, lowerInclusive, upper, upperInclusive):
            try reader.screen(base: base, words: words, bits: bits, lower: lower, lowerInclusive: lowerInclusive,
                              upper: upper, upperInclusive: upperInclusive)
        case let .numericIn(reader, values):
            try reader.screen(base: base, words: words, bits: bits) { values.contains($0) }
        case let .facet(reader, ordinals):
            try reader.screen(base: base, words: words, bits: bits) { ordinals.contains($0) }
        case .and(let children):
            for child in children { try child.screen(base: base, words: words, bits: bits) }
        case .or(let children):
            try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * words) { buffer in
                let passed = buffer.baseAddress!, trial = passed + words
                passed.update(repeating: 0, count: words)
                for child in children {
                    trial.update(from: bits, count: words)
                    try child.screen(base: base, words: words, bits: trial)
                    for w in 0..<words { passed[w] |= trial[w] }
                }
                bits.update(from: passed, count: words)
            }
        case .not(let inner):
            try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { buffer in
                let trial = buffer.baseAddress!
                trial.update(from: bits, count: words)
                try inner.screen(base: base, words: words, bits: trial)
                for w in 0..<words { bits[w] &= ~trial[w] }
            }
        }
    }
}
