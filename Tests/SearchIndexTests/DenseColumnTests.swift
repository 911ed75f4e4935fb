@testable import SearchIndex
import Testing

/// `DenseColumn` must hold, for every doc id, exactly what the encoded column chunks hold —
/// numeric values as indexes into their distinct values or as plain values, facets as indexes
/// into their distinct sets, as one ordinal or as runs — also after the index grew and a cached
/// decoding was extended, from and to each representation.
@Suite struct DenseColumnTests {
    let folder = TemporaryFolder()

    /// `count` products from doc id `first` on: a price for two in three (0.5 steps, so few distinct
    /// values), a brand for most, a three-level category (three ordinals per document: every prefix).
    func products(from first: Int, count: Int) throws -> [IndexOperation] {
        var rng = SplitMix64(seed: UInt64(first + 1))
        return try (first..<first + count).map { i in
            let price = Int.random(in: 0..<3, using: &rng) == 0 ? nil : Double(Int.random(in: 2...800, using: &rng)) / 2
            let brand = Int.random(in: 0..<8, using: &rng) == 0 ? nil : "Brand\(Int.random(in: 0..<40, using: &rng))"
            let category = "Tools > Kind\(Int.random(in: 0..<5, using: &rng)) > Sub\(Int.random(in: 0..<7, using: &rng))"
            return .upsert(try Products.document(id: "p\(i)", title: "item \(i)", brand: brand, category: category, price: price))
        }
    }

    /// Compares `dense` with the chunk readers for every doc id below its limit.
    func expectMatchesChunks(_ dense: DenseColumn, column: ColumnRegistry.Column, index: Index) throws {
        try index.environment.read { txn in
            let limit = dense.documentLimit
            if column.kind == .numeric {
                let reader = NumericColumnReader(txn: txn, layout: index.layout, column: column.id, documentLimit: limit)
                var mismatches = 0
                for doc in 0..<limit {
                    let stored = try reader.value(doc), held = dense.number(Int(doc))
                    if !(stored == held || (stored.isNaN && held.isNaN)) { mismatches += 1 }
                }
                #expect(mismatches == 0, "column \(column.name)")
                return
            }
            let reader = FacetColumnReader(txn: txn, layout: index.layout, column: column.id, documentLimit: limit)
            var mismatches = 0
            for doc in 0..<limit {
                var stored: [UInt32] = []
                try reader.forEachOrdinal(doc) { stored.append($0); return true }
                if stored != Array(dense.ordinals(of: Int(doc))) { mismatches += 1 }
            }
            #expect(mismatches == 0, "column \(column.name)")
        }
    }

    @Test func decodedColumnsEqualTheChunksBeforeAndAfterTheIndexGrows() throws {
        let index = try Index.create(at: folder.path + "/dense")
        // 20,000 then 25,000 more: the first decoding ends inside the second chunk, so extending
        // it reuses the first chunk and decodes the second again.
        try index.write(try products(from: 0, count: 20_000))
        let registry = try index.environment.read { txn in try IndexStore.registry(index.layout, txn) }
        let columns = try ["price", "brand", "category"].map { try #require(registry.column(named: $0)) }
        let cache = DenseColumnCache()
        var first: [DenseColumn] = []
        for column in columns {
            let dense = try index.environment.read { txn in try cache.column(column, txn: txn, layout: index.layout, documentLimit: 20_000) }
            try expectMatchesChunks(dense, column: column, index: index)
            first.append(dense)
        }
        #expect(first[0].numbers.isEmpty && first[0].distinctNumbers.count > 1, "few distinct prices are held as indexes")
        #expect(!first[1].setIndexes.isEmpty && !first[2].setIndexes.isEmpty, "few distinct brands and paths are held as indexes")

        try index.write(try products(from: 20_000, count: 25_000))
        for (column, earlier) in zip(columns, first) {
            let dense = try index.environment.read { txn in try cache.column(column, txn: txn, layout: index.layout, documentLimit: 45_000) }
            #expect(dense !== earlier)
            #expect(dense.documentLimit == 45_000)
            try expectMatchesChunks(dense, column: column, index: index)
            // An older snapshot's limit is served by the newer decoding.
            let again = try index.environment.read { txn in try cache.column(column, txn: txn, layout: index.layout, documentLimit: 20_000) }
            #expect(again === dense)
        }
        // Plain values and ordinals when there are too many distinct ones, extended from indexes.
        let plain = try zip(columns, first).map { column, earlier in
            try index.environment.read { txn in
                try DenseColumn(column: column, reusing: earlier, txn: txn, layout: index.layout, documentLimit: 45_000, distinctLimit: 10)
            }
        }
        #expect(!plain[0].numbers.isEmpty && plain[0].numberIndexes.isEmpty)
        #expect(plain[1].setIndexes.isEmpty && plain[1].offsets.isEmpty, "one brand per product: one ordinal per document")
        #expect(plain[2].setIndexes.isEmpty && !plain[2].offsets.isEmpty, "a category path: runs of ordinals")
        for (column, dense) in zip(columns, plain) { try expectMatchesChunks(dense, column: column, index: index) }
        // And extended from plain ordinals and runs back to indexes.
        for (column, earlier) in zip(columns, plain) {
            let extended = try index.environment.read { txn in
                try DenseColumn(column: column, reusing: earlier, txn: txn, layout: index.layout, documentLimit: 45_000)
            }
            try expectMatchesChunks(extended, column: column, index: index)
        }
    }

    @Test func preparedFacetColumnsAreTheOnesAnotherOpeningFacetedOn() throws {
        let path = folder.path + "/prepared"
        let searched = try Index.create(at: path)
        try searched.write(try products(from: 0, count: 500))
        #expect(searched.facetColumnsInUse.isEmpty)
        _ = try searched.search(SearchRequest(query: "item", facets: [FacetRequest(field: "category"), FacetRequest(field: "price", ranges: [100])]))
        #expect(Set(searched.facetColumnsInUse) == ["category", "price"])
        let reopened = try Index(path: path)
        #expect(reopened.facetColumnsInUse.isEmpty)
        try reopened.prepareFacetColumns(searched.facetColumnsInUse + ["no-such-field"])
        #expect(Set(reopened.facetColumnsInUse) == ["category", "price"])
    }
}
