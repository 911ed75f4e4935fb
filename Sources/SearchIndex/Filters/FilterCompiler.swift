import LMDB

/// Resolves a `FilterExpression` against one read snapshot of an index.
///
/// Field names: a column name (`price`, `brand`, `category`, `attributes.color`), or an
/// attribute key without its `attributes.` prefix (`color`), or `in_stock` (true: `stock` > 0).
/// Facet values match exactly, and otherwise case-insensitively ("dewalt" finds "DEWALT"); a
/// hierarchical value selects the node and everything below it. Unknown fields are an error
/// (`IndexError.invalidRequest`), so a typo in a filter never silently matches everything.
struct FilterCompiler {
    let txn: ReadTransaction
    let layout: IndexLayout
    let registry: ColumnRegistry
    let documentLimit: UInt32
    private var numericReaders: [UInt16: NumericColumnReader] = [:]
    private var facetReaders: [UInt16: FacetColumnReader] = [:]

    init(txn: ReadTransaction, layout: IndexLayout, registry: ColumnRegistry, documentLimit: UInt32) {
        self.txn = txn
        self.layout = layout
        self.registry = registry
        self.documentLimit = documentLimit
    }

    /// The column a filter, facet or sort field names, if any.
    func column(_ field: String) -> ColumnRegistry.Column? {
        registry.column(named: field) ?? registry.column(named: "attributes." + field)
    }

    mutating func numericReader(_ column: ColumnRegistry.Column) -> NumericColumnReader {
        if let reader = numericReaders[column.id] { return reader }
        let reader = NumericColumnReader(txn: txn, layout: layout, column: column.id, documentLimit: documentLimit)
        numericReaders[column.id] = reader
        return reader
    }

    mutating func facetReader(_ column: ColumnRegistry.Column) -> FacetColumnReader {
        if let reader = facetReaders[column.id] { return reader }
        let reader = FacetColumnReader(txn: txn, layout: layout, column: column.id, documentLimit: documentLimit)
        facetReaders[column.id] = reader
        return reader
    }

    mutating func compile(_ expression: FilterExpression) throws -> CompiledFilter {
        switch expression {
        case .and(let children): return .and(try children.map { try compile($0) })
        case .or(let children): return .or(try children.map { try compile($0) })
        case .not(let inner): return .not(try compile(inner))
        case let .equals(field, value): return try compileValues(field: field, [value])
        case let .oneOf(field, values): return try compileValues(field: field, values)
        case let .range(field, lower, upper):
            let column = try numericColumn(field)
            return .numeric(numericReader(column), lower: try bound(lower, field: field) ?? -.infinity, lowerInclusive: lower?.inclusive ?? true,
                            upper: try bound(upper, field: field) ?? .infinity, upperInclusive: upper?.inclusive ?? true)
        }
    }

    private func bound(_ bound: FilterExpression.Bound?, field: String) throws -> Double? {
        guard let bound else { return nil }
        guard case .number(let n) = bound.value else {
            throw IndexError.invalidRequest(field: field, "a range on '\(field)' needs numbers, not \(bound.value)")
        }
        return n
    }

    private func numericColumn(_ field: String) throws -> ColumnRegistry.Column {
        guard let column = column(field) else { throw IndexError.invalidRequest(field: field, "unknown filter field '\(field)'") }
        guard column.kind == .numeric else { throw IndexError.invalidRequest(field: field, "'\(field)' is not numeric: use field:value") }
        return column
    }

    private mutating func compileValues(field: String, _ values: [FilterValue]) throws -> CompiledFilter {
        if field == "in_stock", column("in_stock") == nil, let stock = column("stock"), stock.kind == .numeric {
            let wanted = values.map { value -> Bool in
                if case .bool(let b) = value { return b }
                if case .number(let n) = value { return n != 0 }
                return true
            }
            let inStock = CompiledFilter.numeric(numericReader(stock), lower: 0, lowerInclusive: false, upper: .infinity, upperInclusive: true)
            if Set(wanted).count == 2 { return .constant(true) }
            return wanted.first == true ? inStock : .not(inStock)
        }
        guard let column = column(field) else { throw IndexError.invalidRequest(field: field, "unknown filter field '\(field)'") }
        if column.kind == .numeric {
            let numbers = try values.map { value -> Double in
                switch value {
                case .number(let n): return n
                case .bool(let b): return b ? 1 : 0
                case .string(let s):
                    guard let n = Double(s) else { throw IndexError.invalidRequest(field: field, "'\(field)' is numeric; '\(s)' is not a number") }
                    return n
                }
            }
            return .numericIn(numericReader(column), Set(numbers))
        }
        var ordinals = Set<UInt32>()
        for value in values {
            let text: String
            switch value {
            case .string(let s): text = s
            case .number(let n): text = n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
            case .bool(let b): text = b ? "true" : "false"
            }
            ordinals.formUnion(try FacetDictionary.ordinals(matching: text, column: column.id, txn: txn, layout: layout))
        }
        return ordinals.isEmpty ? .constant(false) : .facet(facetReader(column), ordinals)
    }
}

extension FilterExpression {
    /// The field names this expression tests.
    var fields: Set<String> {
        switch self {
        case .equals(let field, _), .oneOf(let field, _), .range(let field, _, _): return [field]
        case .and(let children), .or(let children): return children.reduce(into: Set<String>()) { $0.formUnion($1.fields) }
        case .not(let inner): return inner.fields
        }
    }
}
