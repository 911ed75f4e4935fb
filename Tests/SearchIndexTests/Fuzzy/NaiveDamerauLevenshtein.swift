/// The test oracle: restricted Damerau–Levenshtein (optimal string alignment) distance by the full
/// dynamic-programming table, over symbols where `nil` stands for an invalid UTF-8 byte and equals
/// nothing (not even another `nil`).
enum NaiveDamerauLevenshtein {
    /// What one dynamic-programming table tells about a query and a term.
    struct Distances {
        /// The distance between the query and the whole term.
        let whole: Int
        /// The smallest distance between the query and a non-empty prefix of the term (the query's
        /// length plus one when the term is empty).
        let closestNonEmptyPrefix: Int
        /// The query's length: its distance to the empty prefix.
        let queryLength: Int
        /// Whether both are non-empty and the term's first symbol is not the query's first scalar.
        let firstDiffers: Bool

        /// The distance in the given mode; with `strictFirstScalar`, a non-empty term (prefix) whose
        /// first symbol differs adds one.
        func value(prefix: Bool, strictFirstScalar: Bool) -> Int {
            let penalty = strictFirstScalar && firstDiffers ? 1 : 0
            return prefix ? min(queryLength, closestNonEmptyPrefix + penalty) : whole + penalty
        }
    }

    /// Fills the table `D[i][j]` = distance(`term[..<i]`, `query[..<j]`) row by row.
    static func distances(_ query: [Unicode.Scalar], _ term: [Unicode.Scalar?]) -> Distances {
        let m = query.count
        func same(_ a: Unicode.Scalar?, _ b: Unicode.Scalar) -> Bool { a.map { $0 == b } ?? false }
        var older = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var row = [Int](repeating: 0, count: m + 1)
        var closest = m + 1
        for i in stride(from: 1, through: term.count, by: 1) {
            row[0] = i
            for j in stride(from: 1, through: m, by: 1) {
                var cell = min(
                    previous[j] + 1,
                    row[j - 1] + 1,
                    previous[j - 1] + (same(term[i - 1], query[j - 1]) ? 0 : 1))
                if i > 1, j > 1, same(term[i - 1], query[j - 2]), same(term[i - 2], query[j - 1]) {
                    cell = min(cell, older[j - 2] + 1)
                }
                row[j] = cell
            }
            closest = min(closest, row[m])
            (older, previous, row) = (previous, row, older)
        }
        let firstDiffers = !query.isEmpty && !term.isEmpty && !same(term[0], query[0])
        return Distances(whole: previous[m], closestNonEmptyPrefix: closest, queryLength: m, firstDiffers: firstDiffers)
    }

    /// The distance between `query` and `term`; in prefix mode the smallest distance between `query`
    /// and any prefix of `term` (the empty prefix and `term` itself included). With
    /// `strictFirstScalar`, a non-empty term (prefix) whose first symbol is not the query's first
    /// scalar adds one.
    static func distance(
        _ query: [Unicode.Scalar], _ term: [Unicode.Scalar?], prefix: Bool = false, strictFirstScalar: Bool = false
    ) -> Int {
        distances(query, term).value(prefix: prefix, strictFirstScalar: strictFirstScalar)
    }

    /// Splits bytes into symbols independently of the code under test: at each position, the one
    /// length in 1...4 whose bytes the standard library validates as exactly one scalar, else one
    /// invalid byte (`nil`).
    static func symbols(_ bytes: [UInt8]) -> [Unicode.Scalar?] {
        var result: [Unicode.Scalar?] = []
        var index = 0
        while index < bytes.count {
            var decoded: (Unicode.Scalar, Int)?
            for length in 1...4 where index + length <= bytes.count {
                if let text = String(validating: bytes[index..<index + length], as: UTF8.self),
                    text.unicodeScalars.count == 1
                {
                    decoded = (text.unicodeScalars.first!, length)
                    break
                }
            }
            if let (scalar, length) = decoded {
                result.append(scalar)
                index += length
            } else {
                result.append(nil)
                index += 1
            }
        }
        return result
    }
}
