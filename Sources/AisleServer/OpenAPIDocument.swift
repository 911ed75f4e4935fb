/// The OpenAPI 3.1 description of the API, served at `/openapi.json`. A test compares its paths and
/// methods with the router's routes, and `scripts/api-check.sh` runs schemathesis against a live
/// server with it, so it cannot drift from the implementation unnoticed.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Aisle",
        "version": "1.0.0",
        "description": "Product catalog and search. Errors are always {\"error\": {\"code\", \"message\", \"field\"?}}."
      },
      "paths": {
        "/healthz": {
          "get": {
            "operationId": "health", "summary": "The process is alive.",
            "responses": {"200": {"description": "Alive.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}
          }
        },
        "/readyz": {
          "get": {
            "operationId": "readiness", "summary": "Ready to serve: PostgreSQL answers and the index has caught up.",
            "responses": {
              "200": {"description": "Ready.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Readiness"}}}},
              "503": {"description": "Not ready; the checks say why.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Readiness"}}}}
            }
          }
        },
        "/metrics": {
          "get": {
            "operationId": "metrics", "summary": "Prometheus metrics (text exposition format).",
            "responses": {"200": {"description": "Metrics.", "content": {"text/plain": {"schema": {"type": "string"}}}}}
          }
        },
        "/openapi.json": {
          "get": {
            "operationId": "openapi", "summary": "This document.",
            "responses": {"200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        },
        "/v1/search": {
          "get": {
            "operationId": "search", "summary": "Search products: query language, filters, facets, sorting, pages or cursors, highlighting, ranking signals. Identical requests on an unchanged index are answered from a cache.",
            "parameters": [
              {"name": "q", "in": "query", "description": "Query: words (OR), \"phrases\", +required, -excluded, field:value, prefix*.", "schema": {"type": "string", "maxLength": 1000, "pattern": "^[^\\u0000]*$"}},
              {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["any", "all"], "default": "any"}},
              {"name": "filter", "in": "query", "description": "Filter expression, e.g. brand:Torvane AND price:[10 TO 50].", "schema": {"type": "string", "maxLength": 4000, "pattern": "^[^\\u0000]*$"}},
              {"name": "facet", "in": "query", "description": "FIELD, or FIELD:B1,B2,... for numeric buckets. Repeatable.", "style": "form", "explode": true,
               "schema": {"type": "array", "maxItems": 20, "items": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\u0000]*$"}}},
              {"name": "facet_limit", "in": "query", "description": "Most values per value facet (the selected ones are returned besides).", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10}},
              {"name": "sort", "in": "query", "description": "relevance, FIELD:asc or FIELD:desc.", "schema": {"type": "string", "default": "relevance", "pattern": "^[^\\u0000]*$"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 100, "default": 10}},
              {"name": "page", "in": "query", "description": "1-based page of `limit` hits (not with offset or cursor).", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
              {"name": "offset", "in": "query", "description": "Hits to skip (not with page or cursor).", "schema": {"type": "integer", "minimum": 0, "maximum": 10000}},
              {"name": "cursor", "in": "query", "description": "Continue after this cursor (a hit's `cursor` or the result's `next_cursor`).", "schema": {"type": "string", "pattern": "^[^\\u0000]*$"}},
              {"name": "highlight", "in": "query", "description": "Fill each hit's `highlights`: per text field that matched, its text (or a snippet) HTML-escaped with matches in <em>.", "schema": {"type": "boolean", "default": false}},
              {"name": "typos", "in": "query", "description": "Typo tolerance: words absent from the index also match terms a typo or two away. true (one typo from 5 letters, two from 8), false, or the lengths 'A,B' (one typo from A letters, two from B; 3-255, A <= B; 'A' alone: never two).", "schema": {"type": "string", "pattern": "^(true|false|[0-9]{1,3}(,[0-9]{1,3})?)$", "default": "true"}},
              {"name": "signals", "in": "query", "description": "Business signals blended into relevance: up to 8 NAME:WEIGHT pairs separated by commas, weights from 0 to 10 (0.1 raises a score by up to 10 %), e.g. rating:0.2,review_count:0.1. rating (out of 5), review_count (logarithmic up to 10,000), popularity (0 to 1), in_stock (stock above 0). A name given twice counts twice.",
               "schema": {"type": "string", "maxLength": 200, "pattern": "^(rating|review_count|popularity|in_stock):([0-9](\\.[0-9]+)?|10(\\.0+)?)(,(rating|review_count|popularity|in_stock):([0-9](\\.[0-9]+)?|10(\\.0+)?)){0,7}$"}}
            ],
            "responses": {
              "200": {"description": "Results.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/suggest": {
          "get": {
            "operationId": "suggest", "summary": "As-you-type suggestions: products matching every word typed, the last one also as the start of a word.",
            "parameters": [
              {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000]*$"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 20, "default": 8}}
            ],
            "responses": {
              "200": {"description": "Suggestions.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Suggestions"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/products": {
          "get": {
            "operationId": "listProducts", "summary": "Products in id order, keyset pagination.",
            "parameters": [
              {"name": "after", "in": "query", "description": "The previous page's `next_after`.", "schema": {"type": "string", "pattern": "^[^\\u0000]*$"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}},
              {"name": "category", "in": "query", "description": "A category path; its subcategories are included.", "schema": {"type": "string", "pattern": "^[^\\u0000]*$"}},
              {"name": "sku", "in": "query", "schema": {"type": "string", "pattern": "^[^\\u0000]*$"}}
            ],
            "responses": {
              "200": {"description": "A page.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProductPage"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "post": {
            "operationId": "createProduct", "summary": "Create a product.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProductInput"}}}},
            "responses": {
              "201": {"description": "Created.", "headers": {"Location": {"schema": {"type": "string"}}},
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Product"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/products:bulk": {
          "post": {
            "operationId": "upsertProducts", "summary": "Create or replace up to 1000 products; refused ones are reported, the rest written.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
              "type": "object", "required": ["products"], "additionalProperties": false,
              "properties": {"products": {"type": "array", "maxItems": 1000, "items": {"type": "object", "description": "A ProductInput. Items that are not valid products are reported in `rejected` with the reason; the others are written."}}}
            }}}},
            "responses": {
              "200": {"description": "What was written.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkResult"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/products/{id}": {
          "parameters": [{"$ref": "#/components/parameters/ProductID"}],
          "get": {
            "operationId": "getProduct", "summary": "One product.",
            "responses": {
              "200": {"description": "The product.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Product"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "patch": {
            "operationId": "patchProduct", "summary": "Change a product with a JSON Merge Patch (RFC 7396); null removes a field.",
            "requestBody": {"required": true, "content": {
              "application/merge-patch+json": {"schema": {"$ref": "#/components/schemas/ProductPatch"}},
              "application/json": {"schema": {"$ref": "#/components/schemas/ProductPatch"}}
            }},
            "responses": {
              "200": {"description": "The changed product.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Product"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "delete": {
            "operationId": "deleteProduct", "summary": "Delete a product and its inventory.",
            "responses": {
              "204": {"description": "Deleted."},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/products/{id}/inventory": {
          "parameters": [{"$ref": "#/components/parameters/ProductID"}],
          "get": {
            "operationId": "getInventory", "summary": "Stock per location.",
            "responses": {
              "200": {"description": "The inventory.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Inventory"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/products/{id}/inventory/{location}": {
          "parameters": [
            {"$ref": "#/components/parameters/ProductID"},
            {"name": "location", "in": "path", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[^/\\u0000-\\u001f\\u007f-\\u009f]*[^/\\s\\u0000-\\u001f\\u007f-\\u009f][^/\\u0000-\\u001f\\u007f-\\u009f]*$"}}
          ],
          "put": {
            "operationId": "setInventory", "summary": "Set the stock at one location.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
              "type": "object", "required": ["quantity"], "additionalProperties": false,
              "properties": {"quantity": {"type": "integer", "minimum": 0, "maximum": 2147483647}}
            }}}},
            "responses": {
              "200": {"description": "The level.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InventoryLevel"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/categories": {
          "get": {
            "operationId": "listCategories", "summary": "The category tree by path (or one node's children).",
            "parameters": [{"name": "parent", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807}}],
            "responses": {
              "200": {"description": "Categories.", "content": {"application/json": {"schema": {
                "type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Category"}}}
              }}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "post": {
            "operationId": "createCategory", "summary": "Create a category and its missing ancestors (idempotent).",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
              "type": "object", "required": ["path"], "additionalProperties": false,
              "properties": {"path": {"$ref": "#/components/schemas/CategoryPath"}}
            }}}},
            "responses": {
              "200": {"description": "It existed.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Category"}}}},
              "201": {"description": "Created.", "headers": {"Location": {"schema": {"type": "string"}}},
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Category"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/categories/{id}": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807}}],
          "get": {
            "operationId": "getCategory", "summary": "One category.",
            "responses": {
              "200": {"description": "The category.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Category"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "delete": {
            "operationId": "deleteCategory", "summary": "Delete a category without products or subcategories.",
            "responses": {
              "204": {"description": "Deleted."},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/synonyms": {
          "get": {
            "operationId": "getSynonyms", "summary": "The index's query-time synonym rules (Solr format, one per line).",
            "responses": {
              "200": {"description": "The rules in force.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SynonymRules"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "put": {
            "operationId": "putSynonyms", "summary": "Replace the synonym rules: 'tv, television' (interchangeable), 'hoodie => sweatshirt' (one way). No reindex needed.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
              "type": "object", "required": ["rules"], "additionalProperties": false,
              "properties": {"rules": {"type": "string"}}
            }}}},
            "responses": {
              "200": {"description": "The rules now in force.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SynonymRules"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        }
      },
      "components": {
        "parameters": {
          "ProductID": {"name": "id", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/ProductID"}}
        },
        "responses": {
          "BadRequest": {"description": "The request is not valid; `field` names the culprit.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "No such resource.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Conflict": {"description": "Clashes with stored state.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "TooLarge": {"description": "The body is too large.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "UnsupportedMediaType": {"description": "The body is not JSON.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Unavailable": {"description": "PostgreSQL or the index is not available; retry later.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "SynonymRules": {
            "type": "object", "required": ["rules", "phrases"],
            "properties": {"rules": {"type": "string"}, "phrases": {"type": "integer", "minimum": 0, "description": "Phrases that have alternatives."}}
          },
          "Error": {
            "type": "object", "required": ["error"],
            "properties": {"error": {
              "type": "object", "required": ["code", "message"],
              "properties": {
                "code": {"type": "string", "enum": ["invalid_json", "invalid_request", "unsupported_media_type", "payload_too_large", "not_found", "method_not_allowed", "conflict", "unavailable", "internal"]},
                "message": {"type": "string"},
                "field": {"type": "string"}
              }
            }}
          },
          "Health": {"type": "object", "required": ["status"], "properties": {"status": {"const": "ok"}}},
          "Readiness": {
            "type": "object", "required": ["status", "checks"],
            "properties": {"status": {"type": "string", "enum": ["ready", "not_ready"]}, "checks": {"type": "object"}}
          },
          "ProductID": {"type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[^/\\s\\u0000-\\u001f\\u007f-\\u009f]([^/\\u0000-\\u001f\\u007f-\\u009f]*[^/\\s\\u0000-\\u001f\\u007f-\\u009f])?$"},
          "Text": {"type": "string", "description": "Not blank; no control characters but tab and line breaks.", "pattern": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f][^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"},
          "OptionalText": {"type": "string", "description": "Blank means absent; no control characters but tab and line breaks.", "pattern": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"},
          "AttributeScalar": {"oneOf": [{"type": "string", "maxLength": 1000, "pattern": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"}, {"type": "number"}, {"type": "boolean"}]},
          "CategoryPath": {
            "description": "\"A > B > C\", or the levels as an array.",
            "oneOf": [
              {"type": "string", "maxLength": 2000, "pattern": "^[^>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*[^>\\s\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f][^>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*(>[^>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*[^>\\s\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f][^>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*){0,9}$"},
              {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string", "maxLength": 2000, "pattern": "^[^>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*[^>\\s\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f][^>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"}}
            ]
          },
          "ProductInput": {
            "type": "object", "required": ["id", "title"], "additionalProperties": false,
            "properties": {
              "id": {"oneOf": [{"$ref": "#/components/schemas/ProductID"}, {"type": "integer", "minimum": 0, "maximum": 999999999999999}]},
              "title": {"allOf": [{"$ref": "#/components/schemas/Text"}, {"maxLength": 1000}]},
              "description": {"oneOf": [{"allOf": [{"$ref": "#/components/schemas/OptionalText"}, {"maxLength": 50000}]}, {"type": "null"}]},
              "brand": {"oneOf": [{"allOf": [{"$ref": "#/components/schemas/OptionalText"}, {"maxLength": 200}]}, {"type": "null"}]},
              "sku": {"oneOf": [{"allOf": [{"$ref": "#/components/schemas/OptionalText"}, {"maxLength": 64}]}, {"type": "integer", "minimum": 0, "maximum": 999999999999999}, {"type": "null"}]},
              "model": {"oneOf": [{"allOf": [{"$ref": "#/components/schemas/OptionalText"}, {"maxLength": 200}]}, {"type": "integer", "minimum": 0, "maximum": 999999999999999}, {"type": "null"}]},
              "category": {"oneOf": [{"$ref": "#/components/schemas/CategoryPath"}, {"type": "null"}]},
              "price": {"type": ["number", "null"], "minimum": 0, "maximum": 9999999999.99},
              "currency": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
              "rating": {"type": ["number", "null"], "minimum": 0, "maximum": 5},
              "review_count": {"type": ["integer", "null"], "minimum": 0, "maximum": 2147483647},
              "popularity": {"type": ["number", "null"], "minimum": 0},
              "stock": {"description": "Quantity at inventory location \"default\".", "type": ["integer", "null"], "minimum": 0, "maximum": 2147483647},
              "attributes": {
                "type": ["object", "null"], "maxProperties": 200,
                "propertyNames": {"maxLength": 100, "pattern": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f][^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"},
                "additionalProperties": {"oneOf": [{"$ref": "#/components/schemas/AttributeScalar"}, {"type": "array", "maxItems": 100, "items": {"$ref": "#/components/schemas/AttributeScalar"}}, {"type": "null"}]}
              },
              "image_urls": {"type": ["array", "null"], "maxItems": 50, "items": {"type": "string", "maxLength": 2048, "pattern": "^https?://[^\\s\\u0000-\\u001f\\u007f-\\u009f]+$"}}
            }
          },
          "ProductPatch": {
            "description": "Any ProductInput fields but `id` (fixed); null removes an optional field.",
            "type": "object",
            "properties": {
              "title": {"$ref": "#/components/schemas/ProductInput/properties/title"},
              "description": {"$ref": "#/components/schemas/ProductInput/properties/description"},
              "brand": {"$ref": "#/components/schemas/ProductInput/properties/brand"},
              "sku": {"$ref": "#/components/schemas/ProductInput/properties/sku"},
              "model": {"$ref": "#/components/schemas/ProductInput/properties/model"},
              "category": {"$ref": "#/components/schemas/ProductInput/properties/category"},
              "price": {"$ref": "#/components/schemas/ProductInput/properties/price"},
              "currency": {"$ref": "#/components/schemas/ProductInput/properties/currency"},
              "rating": {"$ref": "#/components/schemas/ProductInput/properties/rating"},
              "review_count": {"$ref": "#/components/schemas/ProductInput/properties/review_count"},
              "popularity": {"$ref": "#/components/schemas/ProductInput/properties/popularity"},
              "stock": {"$ref": "#/components/schemas/ProductInput/properties/stock"},
              "attributes": {"$ref": "#/components/schemas/ProductInput/properties/attributes"},
              "image_urls": {"$ref": "#/components/schemas/ProductInput/properties/image_urls"}
            },
            "additionalProperties": false
          },
          "Product": {
            "type": "object",
            "required": ["id", "sku", "model", "title", "description", "brand", "category", "price", "currency", "rating", "review_count",
                         "popularity", "stock", "attributes", "image_urls", "created_at", "updated_at"],
            "properties": {
              "id": {"type": "string"}, "sku": {"type": ["string", "null"]}, "model": {"type": ["string", "null"]},
              "title": {"type": "string"}, "description": {"type": ["string", "null"]}, "brand": {"type": ["string", "null"]},
              "category": {"type": ["string", "null"], "description": "Levels joined by \" > \"."},
              "price": {"type": ["number", "null"]}, "currency": {"type": ["string", "null"]}, "rating": {"type": ["number", "null"]},
              "review_count": {"type": ["integer", "null"]}, "popularity": {"type": ["number", "null"]},
              "stock": {"type": ["integer", "null"], "description": "Sum over locations; null when no location has a level."},
              "attributes": {"type": "object"}, "image_urls": {"type": "array", "items": {"type": "string"}},
              "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"}
            }
          },
          "ProductPage": {
            "type": "object", "required": ["items", "next_after"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Product"}}, "next_after": {"type": ["string", "null"]}}
          },
          "BulkResult": {
            "type": "object", "required": ["accepted", "changed", "rejected"],
            "properties": {
              "accepted": {"type": "integer"}, "changed": {"type": "integer"},
              "rejected": {"type": "array", "items": {
                "type": "object", "required": ["index", "error"],
                "properties": {"index": {"type": "integer"}, "error": {"$ref": "#/components/schemas/Error/properties/error"}}
              }}
            }
          },
          "Inventory": {
            "type": "object", "required": ["product_id", "total", "locations"],
            "properties": {"product_id": {"type": "string"}, "total": {"type": "integer"}, "locations": {"type": "array", "items": {"$ref": "#/components/schemas/InventoryLevel"}}}
          },
          "InventoryLevel": {
            "type": "object", "required": ["location", "quantity", "updated_at"],
            "properties": {"location": {"type": "string"}, "quantity": {"type": "integer"}, "updated_at": {"type": "string", "format": "date-time"}}
          },
          "Category": {
            "type": "object", "required": ["id", "parent_id", "name", "path"],
            "properties": {"id": {"type": "integer"}, "parent_id": {"type": ["integer", "null"]}, "name": {"type": "string"}, "path": {"type": "string"}}
          },
          "SearchResult": {
            "type": "object", "required": ["total", "total_exact", "took_us", "did_you_mean", "hits", "facets", "next_cursor"],
            "properties": {
              "total": {"type": "integer"}, "total_exact": {"type": "boolean"},
              "took_us": {"type": "integer", "description": "Microseconds the engine searched; for an answer from the search cache (an identical request on an unchanged index), the microseconds the lookup took."},
              "did_you_mean": {"type": ["string", "null"], "description": "The query with misspelled words corrected, when typo tolerance corrected some."},
              "hits": {"type": "array", "items": {
                "type": "object", "required": ["id", "score", "cursor", "highlights", "document"],
                "properties": {
                  "id": {"type": "string"}, "score": {"type": "number"}, "cursor": {"type": "string"},
                  "highlights": {"type": "object", "additionalProperties": {"type": "string"}, "description": "With highlight=true: per text field that matched, HTML with matches in <em>."},
                  "document": {"type": "object", "description": "The product as indexed."}
                }
              }},
              "facets": {"type": "array", "items": {
                "type": "object", "required": ["field", "values", "ranges", "min", "max"],
                "properties": {
                  "field": {"type": "string"},
                  "values": {"type": "array", "items": {"type": "object", "required": ["value", "count", "selected"],
                    "properties": {"value": {"type": "string"}, "count": {"type": "integer"}, "selected": {"type": "boolean"}}}},
                  "ranges": {"type": "array", "items": {"type": "object", "required": ["from", "to", "count"],
                    "properties": {"from": {"type": ["number", "null"]}, "to": {"type": ["number", "null"]}, "count": {"type": "integer"}}}},
                  "min": {"type": ["number", "null"]}, "max": {"type": ["number", "null"]}
                }
              }},
              "next_cursor": {"type": ["string", "null"]}
            }
          },
          "Suggestions": {
            "type": "object", "required": ["suggestions"],
            "properties": {"suggestions": {"type": "array", "items": {
              "type": "object", "required": ["id", "title", "highlight"],
              "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "highlight": {"type": ["string", "null"]}}
            }}}
          }
        }
      }
    }
    """#
}
