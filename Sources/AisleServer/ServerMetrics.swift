import Catalog
import Prometheus

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
    }

    /// Counts one answered request and its duration.
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.requestDuration, labels: [("method", method), ("route", route)], buckets: Self.latencyBuckets)
            .recordNanoseconds(duration.nanoseconds)
    }

    /// Records the engine time of one search.
    func recordSearch(endpoint: String, duration: Duration) {
        registry.makeDurationHistogram(descriptor: Self.searchDuration, labels: [("endpoint", endpoint)], buckets: Self.latencyBuckets)
            .recordNanoseconds(duration.nanoseconds)
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
