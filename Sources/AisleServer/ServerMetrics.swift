import Catalog
import Prometheus
import Synchronization

/// The server's Prometheus metrics, in a registry of its own (no global state, so tests and
/// several servers in one process do not mix their numbers).
///
/// | metric | kind | labels |
/// | --- | --- | --- |
/// | `aisle_http_requests_total` | counter | `method`, `route` (the path pattern), `status` |
/// | `aisle_http_request_duration_seconds` | histogram | `method`, `route` |
/// | `aisle_search_duration_seconds` | histogram | `endpoint` (`search`, `suggest`): engine time only |
/// | `aisle_sync_lag_seconds` | histogram | from the outbox write in PostgreSQL to the index commit |
/// | `aisle_sync_applied_sequence` | gauge | the last outbox sequence in the index |
/// | `aisle_sync_pending_changes` | gauge | outbox rows not yet in the index (at scrape) |
/// | `aisle_index_documents` | gauge | live documents (at scrape) |
/// | `aisle_index_bytes` | gauge | bytes of the live generation on disk (at scrape) |
/// | `aisle_search_cache_requests_total` | counter | `result` (`hit`, `miss`): `/v1/search` lookups in the search cache |
/// | `aisle_search_cache_evictions_total` | counter | answers dropped to stay within the cache's capacity |
/// | `aisle_search_cache_invalidations_total` | counter | times the cache was emptied because the index changed |
/// | `aisle_search_cache_entries`, `aisle_search_cache_bytes` | gauge | what the cache holds (at scrape) |
///
/// The per-request series are looked up once per label set and kept, so recording a request costs
/// a dictionary lookup and two atomic or locked updates, not a registry lookup.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` renders.
    public let registry = PrometheusCollectorRegistry()
    static let latencyBuckets: [Duration] = [
        .microseconds(250), .microseconds(500), .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
    ]
    static let lagBuckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "aisle", subsystem: "http", metricName: "requests", unitName: "total", helpText: "HTTP requests answered")
    }
    static var requestDuration: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "aisle", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                             helpText: "Time to answer an HTTP request")
    }
    static var searchDuration: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "aisle", subsystem: "search", metricName: "duration", unitName: "seconds",
                             helpText: "Time the engine took to answer a search")
    }

    private struct RequestLabels: Hashable {
        var method: String
        var route: String
        var status: Int
    }

    private let requestSeries = Mutex<[RequestLabels: (count: Counter, duration: DurationHistogram)]>([:])
    private let searchSeries: [String: DurationHistogram]
    private let cacheReported = Mutex(SearchCache.Statistics())
    let cacheHits: Counter
    let cacheMisses: Counter
    let cacheEvictions: Counter
    let cacheInvalidations: Counter
    let cacheEntries: Gauge
    let cacheBytes: Gauge
    let syncLag: ValueHistogram
    let appliedSequence: Gauge
    let pendingChanges: Gauge
    let indexDocuments: Gauge
    let indexBytes: Gauge

    /// Creates the registry and the metrics that have no labels.
    public init() {
        syncLag = registry.makeValueHistogram(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "sync", metricName: "lag", unitName: "seconds",
            helpText: "Seconds from a change's outbox write in PostgreSQL to the commit of the index transaction that applied it"), buckets: Self.lagBuckets)
        appliedSequence = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "sync", metricName: "applied", unitName: "sequence", helpText: "The last outbox sequence applied to the index"))
        pendingChanges = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "sync", metricName: "pending", unitName: "changes", helpText: "Outbox rows not yet applied to the index, at scrape time"))
        indexDocuments = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "index", metricName: "documents", unitName: "", helpText: "Live documents in the index"))
        indexBytes = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "index", metricName: "bytes", unitName: "", helpText: "Bytes the live index generation occupies on disk"))
        let registry = registry
        searchSeries = Dictionary(uniqueKeysWithValues: ["search", "suggest"].map { endpoint in
            (endpoint, registry.makeDurationHistogram(descriptor: Self.searchDuration, labels: [("endpoint", endpoint)], buckets: Self.latencyBuckets))
        })
        let lookups = MetricNameDescriptor(namespace: "aisle", subsystem: "search_cache", metricName: "requests", unitName: "total",
                                           helpText: "Lookups of /v1/search answers in the search cache")
        cacheHits = registry.makeCounter(descriptor: lookups, labels: [("result", "hit")])
        cacheMisses = registry.makeCounter(descriptor: lookups, labels: [("result", "miss")])
        cacheEvictions = registry.makeCounter(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "search_cache", metricName: "evictions", unitName: "total",
            helpText: "Search answers dropped to keep the search cache within its capacity"))
        cacheInvalidations = registry.makeCounter(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "search_cache", metricName: "invalidations", unitName: "total",
            helpText: "Times the search cache was emptied because the index changed"))
        cacheEntries = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "search_cache", metricName: "entries", unitName: "", helpText: "Search answers in the search cache"))
        cacheBytes = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "aisle", subsystem: "search_cache", metricName: "bytes", unitName: "", helpText: "Bytes the search cache holds"))
    }

    /// Counts one answered request and its duration.
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let labels = RequestLabels(method: method, route: route, status: status)
        let series = requestSeries.withLock { series in
            if let known = series[labels] { return known }
            let made = (registry.makeCounter(descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]),
                        registry.makeDurationHistogram(descriptor: Self.requestDuration, labels: [("method", method), ("route", route)],
                                                       buckets: Self.latencyBuckets))
            series[labels] = made
            return made
        }
        series.count.increment()
        series.duration.recordNanoseconds(duration.nanoseconds)
    }

    /// Records the engine time of one search; `endpoint` is `search` or `suggest`.
    func recordSearch(endpoint: String, duration: Duration) {
        searchSeries[endpoint]?.recordNanoseconds(duration.nanoseconds)
    }

    /// Brings the search-cache series up to `statistics` (called at scrape time: the counters grow by
    /// what happened since the last scrape).
    func recordCache(_ statistics: SearchCache.Statistics) {
        let reported = cacheReported.withLock { reported in
            defer { reported = statistics }
            return reported
        }
        cacheHits.increment(by: Int64(max(0, statistics.hits - reported.hits)))
        cacheMisses.increment(by: Int64(max(0, statistics.misses - reported.misses)))
        cacheEvictions.increment(by: Int64(max(0, statistics.evictions - reported.evictions)))
        cacheInvalidations.increment(by: Int64(max(0, statistics.invalidations - reported.invalidations)))
        cacheEntries.set(Double(statistics.entries))
        cacheBytes.set(Double(statistics.bytes))
    }

    /// Records a batch the index follower applied.
    func recordBatch(_ batch: IndexFollower.Batch) {
        for lag in batch.lags { syncLag.record(lag) }
        appliedSequence.set(Double(batch.sequence))
    }

    /// The metrics in the Prometheus text format.
    func render() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
