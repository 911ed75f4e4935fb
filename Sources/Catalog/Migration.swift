/// One step of the catalog's database schema. Migrations are applied in `version` order, each once,
/// each in the transaction that records it in `schema_migrations`; a migration never changes once
/// released (a fix is a new migration).
public struct Migration: Sendable {
    /// Increasing from 1, without gaps.
    public let version: Int
    /// What it does, in a few words.
    public let name: String
    /// SQL statements run in order (one statement each: the extended query protocol takes one).
    public let statements: [String]
}

extension Migration {
    /// Every migration of the catalog, in order.
    public static let all: [Migration] = [catalog]

    /// Products, categories, inventory, the outbox and the document view.
    ///
    /// Every index below names the query it serves; PostgreSQL also creates one for each primary
    /// key and unique constraint, and those are explained where they are declared.
    static let catalog = Migration(version: 1, name: "catalog", statements: [
        """
        CREATE TABLE categories (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            parent_id   bigint REFERENCES categories (id) ON DELETE RESTRICT,
            name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 2000),
            path        text NOT NULL,
            created_at  timestamptz NOT NULL DEFAULT now(),
            -- The API and products name a category by its full path ("Tools > Drills"): lookups by
            -- path, and "create if missing" that is safe under concurrency (ON CONFLICT (path)).
            CONSTRAINT categories_path_key UNIQUE (path)
        )
        """,
        // A node's children (GET /v1/categories?parent=ID) and the foreign-key check that keeps a
        // node with children from being deleted.
        "CREATE INDEX categories_parent_id_idx ON categories (parent_id)",
        """
        CREATE TABLE products (
            -- Primary key: get, patch and delete by id; keyset pages (id > $after ORDER BY id);
            -- the follower's join from outbox rows to their products.
            id            text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
            sku           text CHECK (length(sku) BETWEEN 1 AND 64),
            model         text,
            title         text NOT NULL CHECK (length(title) >= 1),
            description   text,
            brand         text,
            category_id   bigint REFERENCES categories (id) ON DELETE RESTRICT,
            price         numeric(12, 2) CHECK (price >= 0),
            currency      text CHECK (currency ~ '^[A-Z]{3}$'),
            rating        double precision CHECK (rating BETWEEN 0 AND 5),
            review_count  integer CHECK (review_count >= 0),
            popularity    double precision CHECK (popularity >= 0),
            attributes    jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
            image_urls    text[] NOT NULL DEFAULT '{}',
            created_at    timestamptz NOT NULL DEFAULT now(),
            updated_at    timestamptz NOT NULL DEFAULT now()
        )
        """,
        // A SKU names one product: a duplicate is refused (409), and GET /v1/products?sku= is a
        // point lookup. (NULLs do not collide: products without a SKU are fine.)
        "CREATE UNIQUE INDEX products_sku_key ON products (sku)",
        // GET /v1/products?category=…: a leaf's products in id order are one range scan
        // (category_id = $1 AND id > $after ORDER BY id); a node with subcategories reads the same
        // index once per child. Also the foreign-key check when a category is deleted.
        "CREATE INDEX products_category_id_idx ON products (category_id, id)",
        """
        CREATE TABLE inventory (
            product_id  text NOT NULL REFERENCES products (id) ON DELETE CASCADE,
            location    text NOT NULL CHECK (length(location) BETWEEN 1 AND 64),
            quantity    integer NOT NULL CHECK (quantity >= 0),
            updated_at  timestamptz NOT NULL DEFAULT now(),
            -- The upsert target; a product's locations (GET /v1/products/{id}/inventory) and its
            -- stock total in product_documents are one range scan on the leading product_id; the
            -- cascade when a product is deleted uses it too.
            PRIMARY KEY (product_id, location)
        )
        """,
        """
        CREATE TABLE outbox (
            -- The follower reads sequence > $applied ORDER BY sequence LIMIT n: a range scan of
            -- this key. Pruning deletes a prefix of it.
            sequence    bigint PRIMARY KEY,
            -- No foreign key: the row of a deleted product must outlive the product.
            product_id  text NOT NULL,
            created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
        )
        """,
        // One row holding the last outbox sequence handed out. Writers take the next sequences by
        // updating it as the last statement of their transaction: the row lock makes sequences
        // commit in order, so a reader that sees sequence n has seen every sequence below n.
        """
        CREATE TABLE outbox_state (
            singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            last_sequence  bigint NOT NULL
        )
        """,
        "INSERT INTO outbox_state (singleton, last_sequence) VALUES (true, 0)",
        // A product as the API returns it and the index stores it (the corpus JSONL format plus
        // timestamps): one definition for GET, search hits and the index.
        """
        CREATE VIEW product_documents AS
        SELECT p.id, json_build_object(
            'id', p.id, 'sku', p.sku, 'model', p.model, 'title', p.title, 'description', p.description,
            'brand', p.brand, 'category', c.path, 'price', p.price, 'currency', p.currency,
            'rating', p.rating, 'review_count', p.review_count, 'popularity', p.popularity,
            'stock', (SELECT sum(i.quantity) FROM inventory i WHERE i.product_id = p.id),
            'attributes', p.attributes, 'image_urls', p.image_urls,
            'created_at', to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            'updated_at', to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        ) AS document
        FROM products p LEFT JOIN categories c ON c.id = p.category_id
        """,
    ])
}
