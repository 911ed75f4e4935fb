// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way: aisle -> AisleServer -> Catalog -> SearchIndex -> (TextAnalysis, LMDB) -> C shims.
// SearchIndex and everything below it is synchronous Swift with no server dependencies.
// See ARCHITECTURE.md for what each target holds.
let package = Package(
    name: "Aisle",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "aisle", targets: ["aisle"]),
        .library(name: "SearchIndex", targets: ["SearchIndex"]),
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
        .library(name: "LMDB", targets: ["LMDB"]),
        .library(name: "SyntheticCatalog", targets: ["SyntheticCatalog"]),
        .library(name: "Catalog", targets: ["Catalog"]),
        .library(name: "AisleServer", targets: ["AisleServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // No default traits: they only add swift-configuration support, which Aisle does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // System libraries: module maps only.
        .systemLibrary(name: "CLMDB", path: "Sources/CLMDB", pkgConfig: "lmdb", providers: [.apt(["liblmdb-dev"])]),
        .systemLibrary(name: "CStemmer", path: "Sources/CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // ICU as a plain C target (see Sources/CICU/include/aisle_icu.h for why).
        // Foundation's ICU is linked first so that the C++ symbols both libraries export
        // (UCaseMap, CollatorSpec) keep binding to Foundation's copy at run time.
        .target(
            name: "CICU",
            path: "Sources/CICU",
            linkerSettings: [
                .linkedLibrary("_FoundationICU"),
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),

        .target(name: "LMDB", dependencies: ["CLMDB"]),
        .target(name: "TextAnalysis", dependencies: ["CICU", "CStemmer"]),
        .target(name: "SearchIndex", dependencies: ["LMDB", "TextAnalysis", "CZstd"]),
        .target(name: "SyntheticCatalog"),
        // Products, categories and inventory in PostgreSQL, the outbox, and the index follower.
        .target(
            name: "Catalog",
            dependencies: [
                "SearchIndex",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Fresh PostgreSQL databases for tests (one per test, dropped afterwards).
        .target(
            name: "CatalogTesting",
            dependencies: ["Catalog", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log")]
        ),
        // The HTTP JSON API (Hummingbird 2): routes, errors, metrics, OpenAPI document.
        .target(
            name: "AisleServer",
            dependencies: [
                "Catalog", "SearchIndex",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                // A channel handler in Hummingbird's HTTP/1 pipeline answers cached searches (CachedSearchResponder).
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "aisle",
            dependencies: [
                "SearchIndex", "SyntheticCatalog", "Catalog", "AisleServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Writes to an LMDB environment in a loop until killed: the crash-safety tests run it.
        .executableTarget(name: "lmdb-crash-writer", dependencies: ["LMDB"]),

        .testTarget(name: "LMDBTests", dependencies: ["LMDB", "lmdb-crash-writer"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        // The format fixtures are read from the source tree by path (FormatFixtureTests), not bundled.
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "aisle"], exclude: ["Fixtures"]),
        .testTarget(name: "SyntheticCatalogTests", dependencies: ["SyntheticCatalog"]),
        .testTarget(
            name: "CatalogTests",
            dependencies: ["Catalog", "CatalogTesting", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(
            name: "AisleServerTests",
            dependencies: [
                "AisleServer", "Catalog", "CatalogTesting", "LMDB", "SearchIndex", "aisle",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
    ]
)
