import Logging
import PostgresNIO
import SearchIndex

extension Catalog {
    /// The product with `id` as its JSON document: the corpus format (`id`, `title`, …, `category`
    /// as "A > B", `stock` as the sum over locations or null when untracked) plus `created_at` and
    /// `updated_at` (UTC, ISO 8601). Throws `.notFound` when there is none.
    public func product(id: String) async throws(CatalogError) -> String {
        let logger = logger
        let document = try await withConnection { connection in
            try await connection.values("SELECT document::text FROM product_documents WHERE id = \(id)", as: String.self, logger: logger).first.map(Catalog.compact)
        }
        guard let document else { throw .notFound("product '\(id)'") }
        return document
    }

    /// Products in id order after `after` (exclusive), at most `limit` (1–1000); with `category`,
    /// only that category and its subcategories (a path such as "Tools > Drills"); with `sku`, only
    /// the product with that SKU.
    public func products(after: String?, limit: Int, category: String? = nil, sku: String? = nil) async throws(CatalogError) -> ProductPage {
        guard (1...1000).contains(limit) else { throw .invalid(field: "limit", "must be from 1 to 1000") }
        let logger = logger
        let fetch = limit + 1
        let documents = try await withConnection { connection in
            try await connection.rows("""
                SELECT p.id, d.document::text
                FROM products p JOIN product_documents d ON d.id = p.id
                WHERE p.id > \(after ?? "")
                  AND (\(category)::text IS NULL OR p.category_id IN (
                        SELECT c.id FROM categories c
                        WHERE c.path = \(category) OR left(c.path, length(\(category)) + 3) = \(category) || ' > '))
                  AND (\(sku)::text IS NULL OR p.sku = \(sku))
                ORDER BY p.id
                LIMIT \(fetch)
                """, as: (String, String).self, logger: logger)
        }
        let page = documents.prefix(limit)
        return ProductPage(items: page.map { Catalog.compact($0.1) }, nextAfter: documents.count > limit ? page.last?.0 : nil)
    }

    /// Creates a product; throws `.conflict(field: "id")` when the id is taken and
    /// `.conflict(field: "sku")` when the SKU is. Returns its document.
    public func createProduct(_ input: ProductInput) async throws(CatalogError) -> String {
        let logger = logger
        return try await transaction { connection in
            let changed = try await Catalog.write([input], mode: .insert, on: connection, logger: logger)
            try await Catalog.appendOutbox(changed, on: connection, logger: logger)
            return try await Catalog.document(id: input.id, on: connection, logger: logger)
        }
    }

    /// Applies a JSON Merge Patch (RFC 7396) to the product `id` and returns its new document. The
    /// patched product is validated as a whole (as `ProductInput` in `.api` mode); the patch cannot
    /// name `id` (it comes from the path), and `stock` in it sets the quantity at location `default`. Concurrent patches
    /// of one product apply one after the other (the row is locked), never losing either.
    public func patchProduct(id: String, patch: JSONValue) async throws(CatalogError) -> String {
        guard case .object(let changes) = patch else { throw .invalid(field: nil, "a patch must be a JSON object") }
        if changes.contains(where: { $0.key == "id" }) {
            throw .invalid(field: "id", "cannot be patched: a product's id is fixed (create a new product instead)")
        }
        let logger = logger
        return try await transaction { connection in
            let locked = try await connection.values("SELECT id FROM products WHERE id = \(id) FOR UPDATE", as: String.self, logger: logger)
            guard !locked.isEmpty else { throw CatalogError.notFound("product '\(id)'") }
            let current = try await Catalog.document(id: id, on: connection, logger: logger)
            guard case .object(let members) = try JSONValue.parse(Array(current.utf8)) else {
                throw CatalogError.internal("product_documents returned a non-object for '\(id)'")
            }
            let serverFields: Set<String> = ["created_at", "updated_at", "stock"]
            let editable = JSONValue.object(members.filter { !serverFields.contains($0.key) })
            let input = try ProductInput(json: editable.merging(patch), mode: .api)
            let changed = try await Catalog.write([input], mode: .upsert, on: connection, logger: logger)
            try await Catalog.appendOutbox(changed, on: connection, logger: logger)
            return try await Catalog.document(id: id, on: connection, logger: logger)
        }
    }

    /// Deletes the product `id` (and its inventory); throws `.notFound` when there is none.
    public func deleteProduct(id: String) async throws(CatalogError) {
        let logger = logger
        try await transaction { connection in
            let deleted = try await connection.values("DELETE FROM products WHERE id = \(id) RETURNING id", as: String.self, logger: logger)
            guard !deleted.isEmpty else { throw CatalogError.notFound("product '\(id)'") }
            try await Catalog.appendOutbox([id], on: connection, logger: logger)
        }
    }

    /// Creates or replaces each product (when an id appears more than once, the last one wins). The
    /// batch is one transaction; when the database refuses some inputs (a SKU another product has),
    /// those are reported in `rejections` and every other input is still written. Only products
    /// whose stored state changes get an outbox row, so upserting an unchanged catalog costs the
    /// index nothing.
    public func upsertProducts(_ inputs: [ProductInput]) async throws(CatalogError) -> UpsertSummary {
        guard !inputs.isEmpty else { return UpsertSummary(accepted: 0, changed: 0, rejections: []) }
        var lastIndex: [String: Int] = [:]
        for (index, input) in inputs.enumerated() { lastIndex[input.id] = index }
        let unique = inputs.indices.filter { lastIndex[inputs[$0].id] == $0 }.map { inputs[$0] }
        let logger = logger
        do {
            let changed = try await transaction { connection in
                let changed = try await Catalog.write(unique, mode: .upsert, on: connection, logger: logger)
                try await Catalog.appendOutbox(changed, on: connection, logger: logger)
                return changed.count
            }
            return UpsertSummary(accepted: inputs.count, changed: changed, rejections: [])
        } catch .conflict, .invalid {
            return try await upsertOneByOne(inputs)
        }
    }

    /// The slow path of `upsertProducts`: each input under its own savepoint, so that the ones the
    /// database refuses can be told apart from the rest.
    private func upsertOneByOne(_ inputs: [ProductInput]) async throws(CatalogError) -> UpsertSummary {
        let logger = logger
        return try await transaction { connection in
            var changed: [String] = []
            var rejections: [UpsertSummary.Rejection] = []
            for (index, input) in inputs.enumerated() {
                try await connection.query("SAVEPOINT product", logger: logger)
                do {
                    changed += try await Catalog.write([input], mode: .upsert, on: connection, logger: logger)
                    try await connection.query("RELEASE SAVEPOINT product", logger: logger)
                } catch {
                    let reason = CatalogError(translating: error, logger: logger)
                    switch reason {
                    case .conflict, .invalid:
                        try await connection.query("ROLLBACK TO SAVEPOINT product", logger: logger)
                        rejections.append(UpsertSummary.Rejection(index: index, error: reason))
                    default:
                        throw reason
                    }
                }
            }
            var seen: Set<String> = []
            let unique = changed.filter { seen.insert($0).inserted }
            try await Catalog.appendOutbox(unique, on: connection, logger: logger)
            return UpsertSummary(accepted: inputs.count - rejections.count, changed: unique.count, rejections: rejections)
        }
    }

    enum WriteMode {
        /// A new product: an existing id is a conflict.
        case insert
        /// Create or replace.
        case upsert
    }

    /// Writes the products' categories, rows and default-location stock; returns the ids (in input
    /// order) whose stored state changed. The ids must be distinct.
    static func write(_ inputs: [ProductInput], mode: WriteMode, on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await ensureCategories(inputs.map(\.category), on: connection, logger: logger)
        let records = JSONValue.array(inputs.map(\.record)).serialized
        var changed: Set<String>
        switch mode {
        case .insert:
            changed = Set(try await connection.values("""
                INSERT INTO products (id, sku, model, title, description, brand, category_id, price, currency, rating,
                                      review_count, popularity, attributes, image_urls)
                SELECT r.id, r.sku, r.model, r.title, r.description, r.brand, c.id, r.price, r.currency, r.rating,
                       r.review_count, r.popularity, r.attributes, r.image_urls
                FROM jsonb_to_recordset(\(records)::jsonb) AS r(id text, sku text, model text, title text, description text,
                     brand text, category text, price numeric, currency text, rating double precision, review_count integer,
                     popularity double precision, attributes jsonb, image_urls text[])
                LEFT JOIN categories c ON c.path = r.category
                RETURNING id
                """, as: String.self, logger: logger))
        case .upsert:
            changed = Set(try await connection.values("""
                INSERT INTO products AS p (id, sku, model, title, description, brand, category_id, price, currency, rating,
                                           review_count, popularity, attributes, image_urls)
                SELECT r.id, r.sku, r.model, r.title, r.description, r.brand, c.id, r.price, r.currency, r.rating,
                       r.review_count, r.popularity, r.attributes, r.image_urls
                FROM jsonb_to_recordset(\(records)::jsonb) AS r(id text, sku text, model text, title text, description text,
                     brand text, category text, price numeric, currency text, rating double precision, review_count integer,
                     popularity double precision, attributes jsonb, image_urls text[])
                LEFT JOIN categories c ON c.path = r.category
                ON CONFLICT (id) DO UPDATE SET
                    sku = EXCLUDED.sku, model = EXCLUDED.model, title = EXCLUDED.title, description = EXCLUDED.description,
                    brand = EXCLUDED.brand, category_id = EXCLUDED.category_id, price = EXCLUDED.price,
                    currency = EXCLUDED.currency, rating = EXCLUDED.rating, review_count = EXCLUDED.review_count,
                    popularity = EXCLUDED.popularity, attributes = EXCLUDED.attributes, image_urls = EXCLUDED.image_urls,
                    updated_at = now()
                WHERE (p.sku, p.model, p.title, p.description, p.brand, p.category_id, p.price, p.currency, p.rating,
                       p.review_count, p.popularity, p.attributes, p.image_urls)
                      IS DISTINCT FROM
                      (EXCLUDED.sku, EXCLUDED.model, EXCLUDED.title, EXCLUDED.description, EXCLUDED.brand,
                       EXCLUDED.category_id, EXCLUDED.price, EXCLUDED.currency, EXCLUDED.rating, EXCLUDED.review_count,
                       EXCLUDED.popularity, EXCLUDED.attributes, EXCLUDED.image_urls)
                RETURNING p.id
                """, as: String.self, logger: logger))
        }
        if inputs.contains(where: { $0.stock != nil }) {
            changed.formUnion(try await connection.values("""
                INSERT INTO inventory AS i (product_id, location, quantity)
                SELECT r.id, 'default', r.stock FROM jsonb_to_recordset(\(records)::jsonb) AS r(id text, stock integer)
                WHERE r.stock IS NOT NULL
                ON CONFLICT (product_id, location) DO UPDATE SET quantity = EXCLUDED.quantity, updated_at = now()
                WHERE i.quantity IS DISTINCT FROM EXCLUDED.quantity
                RETURNING i.product_id
                """, as: String.self, logger: logger))
        }
        return inputs.map(\.id).filter(changed.contains)
    }

    /// The document of product `id`, read on `connection` (inside its transaction).
    static func document(id: String, on connection: PostgresConnection, logger: Logger) async throws -> String {
        guard let document = try await connection.values("SELECT document::text FROM product_documents WHERE id = \(id)",
                                                         as: String.self, logger: logger).first else {
            throw CatalogError.notFound("product '\(id)'")
        }
        return compact(document)
    }
}

extension Catalog {
    /// A document from `product_documents` in compact JSON (PostgreSQL's `json_build_object` pads
    /// every colon with spaces). Unchanged if it does not parse, which the view never produces.
    static func compact(_ document: String) -> String {
        (try? JSONValue.parse(Array(document.utf8)).serialized) ?? document
    }
}
