// A coverage-guided fuzzing entry point for both parsers. It compiles only with -D LIBFUZZER, so
// the test target ignores it. Build and run from the package root (needs no Package.swift change):
//
//   swiftc -O -sanitize=fuzzer,address -parse-as-library -D LIBFUZZER -module-name QueryFuzz \
//     Sources/SearchIndex/Query/Syntax/*.swift Tests/SearchIndexTests/QuerySyntax/LibFuzzerHarness.swift \
//     -o /tmp/query-fuzz
//   mkdir -p /tmp/query-fuzz-corpus && /tmp/query-fuzz -max_total_time=60 -max_len=256 /tmp/query-fuzz-corpus
//
// A trap here (a broken range, a filter whose description does not parse back) is a crash report.
#if LIBFUZZER
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuerySyntax(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = text.unicodeScalars.count
    let parsed = QueryParser(fields: ["brand", "title", "size"]).parse(text)
    var end = 0
    for clause in parsed.clauses {
        precondition(clause.range.lowerBound >= end && clause.range.upperBound <= length && !clause.range.isEmpty)
        end = clause.range.upperBound
    }
    precondition(parsed.warnings.allSatisfy { (0...length).contains($0.position) })
    do {
        let filter = try FilterParser().parse(text)
        precondition((try? FilterParser().parse(filter.description)) == filter)
    } catch {
        precondition((0...length).contains(error.position))
    }
    return 0
}
#endif
