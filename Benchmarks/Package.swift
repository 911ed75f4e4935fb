// swift-tools-version:6.1
import PackageDescription

// Micro benchmarks for Aisle (ordo-one/benchmark). Run from this directory:
//   swift package benchmark --target AnalyzerBenchmarks   (or SearchBenchmarks, or all: swift package benchmark)
// Each benchmark target lives in a folder of this directory (the plugin finds targets whose
// folder sits in a folder named "Benchmarks"). See README.md for what each one measures.
let package = Package(
    name: "AisleBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Aisle", path: ".."),
        // Only the malloc interposer trait: the default traits need a package the mirror lacks.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // What both benchmark targets share: the Home Depot corpus location and a thread-CPU stopwatch.
        .target(
            name: "BenchmarkSupport",
            dependencies: [.product(name: "Benchmark", package: "benchmark")],
            path: "BenchmarkSupport"
        ),
        .executableTarget(
            name: "AnalyzerBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TextAnalysis", package: "Aisle"),
            ],
            path: "AnalyzerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SearchBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SearchIndex", package: "Aisle"),
                .product(name: "SyntheticCatalog", package: "Aisle"),
            ],
            path: "SearchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
