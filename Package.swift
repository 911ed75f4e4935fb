// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way: aisle -> SearchIndex -> (TextAnalysis, LMDB) -> C shims.
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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries: module maps only.
        .systemLibrary(name: "CLMDB", path: "Sources/CLMDB", pkgConfig: "lmdb", providers: [.apt(["liblmdb-dev"])]),
        .systemLibrary(name: "CStemmer", path: "Sources/CStemmer", providers: [.apt(["libstemmer-dev"])]),
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
        .target(name: "SearchIndex", dependencies: ["LMDB", "TextAnalysis"]),
        .target(name: "SyntheticCatalog"),
        .executableTarget(
            name: "aisle",
            dependencies: [
                "SearchIndex", "SyntheticCatalog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes to an LMDB environment in a loop until killed: the crash-safety tests run it.
        .executableTarget(name: "lmdb-crash-writer", dependencies: ["LMDB"]),

        .testTarget(name: "LMDBTests", dependencies: ["LMDB", "lmdb-crash-writer"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "aisle"]),
        .testTarget(name: "SyntheticCatalogTests", dependencies: ["SyntheticCatalog"]),
    ]
)
