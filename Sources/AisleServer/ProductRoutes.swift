import Catalog
import Hummingbird
import SearchIndex

/// `/v1/products…`: create, read, patch, delete, list and bulk-upsert products, and their inventory.
struct ProductRoutes {
    let state: ServerState
    static let bodyLimit = 1 << 20
    static let bulkBodyLimit = 32 << 20
    static let bulkLimit = 1000

    func register(on router: Router<BasicRequestContext>) {
        router.get("/v1/products") { request, _ in try await list(request) }
        router.post("/v1/products") { request, _ in try await create(request) }
        router.post("/v1/products:bulk") { request, _ in try await bulk(request) }
        router.get("/v1/products/{id}") { _, context in
            JSONResponse.make(try await state.catalog.product(id: try PathParameter.string("id", context)))
        }
        router.patch("/v1/products/{id}") { request, context in
            let patch = try await RequestBody.json(request, limit: Self.bodyLimit, mergePatch: true)
            return JSONResponse.make(try await state.catalog.patchProduct(id: try PathParameter.string("id", context), patch: patch))
        }
        router.delete("/v1/products/{id}") { _, context in
            try await state.catalog.deleteProduct(id: try PathParameter.string("id", context))
            return Response(status: .noContent)
        }
        router.get("/v1/products/{id}/inventory") { _, context in
            let id = try PathParameter.string("id", context)
            let levels = try await state.catalog.inventory(productID: id)
            return JSONResponse.make(JSONValue.object([
                ("product_id", .string(id)),
                ("total", .number(Double(levels.reduce(0) { $0 + $1.quantity }))),
                ("locations", .array(levels.map(\.json))),
            ]))
        }
        router.put("/v1/products/{id}/inventory/{location}") { request, context in
            let body = try await RequestBody.json(request, limit: Self.bodyLimit)
            guard case .object(let members) = body else { throw APIError(.invalidRequest, "the body must be an object {\"quantity\": N}") }
            if let unknown = members.first(where: { $0.key != "quantity" }) {
                throw APIError(.invalidRequest, "unknown field (known: quantity)", field: unknown.key)
            }
            guard case .number(let number)? = body["quantity"], number == number.rounded(), number >= 0, number <= Double(Int32.max) else {
                throw APIError(.invalidRequest, "must be an integer from 0 to \(Int32.max)", field: "quantity")
            }
            let level = try await state.catalog.setInventory(productID: try PathParameter.string("id", context),
                                                             location: try PathParameter.string("location", context), quantity: Int(number))
            return JSONResponse.make(level.json)
        }
    }

    private func list(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: ["after", "limit", "category", "sku"])
        let page = try await state.catalog.products(after: try parameters.string("after"), limit: try parameters.integer("limit", in: 1...1000, default: 50),
                                                    category: try parameters.string("category"), sku: try parameters.string("sku"))
        var out = #"{"items":["# + page.items.joined(separator: ",") + #"],"next_after":"#
        if let next = page.nextAfter { JSONValue.string(next).serialize(into: &out) } else { out += "null" }
        return JSONResponse.make(out + "}")
    }

    private func create(_ request: Request) async throws -> Response {
        let input = try ProductInput(json: try await RequestBody.json(request, limit: Self.bodyLimit), mode: .api)
        let document = try await state.catalog.createProduct(input)
        return JSONResponse.make(document, status: .created, headers: [.location: "/v1/products/" + PathParameter.encoded(input.id)])
    }

    private func bulk(_ request: Request) async throws -> Response {
        let body = try await RequestBody.json(request, limit: Self.bulkBodyLimit)
        guard case .object(let members) = body, members.count == 1, case .array(let items)? = body["products"] else {
            throw APIError(.invalidRequest, "the body must be {\"products\": [...]}", field: "products")
        }
        guard items.count <= Self.bulkLimit else { throw APIError(.invalidRequest, "at most \(Self.bulkLimit) products per request", field: "products") }
        var valid: [(index: Int, input: ProductInput)] = []
        var rejected: [(index: Int, error: APIError)] = []
        if let index = items.firstIndex(where: { if case .object = $0 { false } else { true } }) {
            throw APIError(.invalidRequest, "products[\(index)] is not an object", field: "products")
        }
        for (index, item) in items.enumerated() {
            do {
                valid.append((index, try ProductInput(json: item, mode: .api)))
            } catch {
                rejected.append((index, APIError(error, logger: state.logger)))
            }
        }
        let summary = try await state.catalog.upsertProducts(valid.map(\.input))
        for rejection in summary.rejections {
            rejected.append((valid[rejection.index].index, APIError(rejection.error, logger: state.logger)))
        }
        rejected.sort { $0.index < $1.index }
        return JSONResponse.make(JSONValue.object([
            ("accepted", .number(Double(summary.accepted))),
            ("changed", .number(Double(summary.changed))),
            ("rejected", .array(rejected.map { JSONValue.object([("index", .number(Double($0.index))), ("error", $0.error.json["error"] ?? .null)]) })),
        ]))
    }
}
