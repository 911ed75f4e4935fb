import Benchmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time and the calling thread's CPU time since its creation. The thread CPU time is
/// the per-core cost of the work and stays meaningful when other processes share the machine;
/// ordo-one's own `cpuTotal` counts in 10 ms clock ticks, too coarse for work of milliseconds.
public struct Stopwatch {
    private let wall = ContinuousClock.now
    private let cpu = Stopwatch.threadCPUSeconds()

    /// Starts measuring now.
    public init() {}

    /// Seconds elapsed since `init`: (wall clock, thread CPU).
    public func elapsed() -> (wall: Double, cpu: Double) {
        let duration = ContinuousClock.now - wall
        let wallSeconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return (wallSeconds, Stopwatch.threadCPUSeconds() - cpu)
    }

    /// Records `count / seconds / per` for both clocks as whole numbers: a rate such as MB/s
    /// (`count` bytes, `per` 10^6) or queries per second.
    public func recordRate(of count: Int, per unit: Double = 1, to benchmark: Benchmark, wall wallMetric: BenchmarkMetric,
                           cpu cpuMetric: BenchmarkMetric) {
        let (wallSeconds, cpuSeconds) = elapsed()
        benchmark.measurement(wallMetric, Int((Double(count) / unit / wallSeconds).rounded()))
        benchmark.measurement(cpuMetric, Int((Double(count) / unit / cpuSeconds).rounded()))
    }

    /// Records the microseconds per item (`count` items done since `init`) for both clocks, rounded.
    public func recordMicroseconds(per count: Int, to benchmark: Benchmark, wall wallMetric: BenchmarkMetric,
                                   cpu cpuMetric: BenchmarkMetric) {
        let (wallSeconds, cpuSeconds) = elapsed()
        benchmark.measurement(wallMetric, Int((wallSeconds * 1e6 / Double(count)).rounded()))
        benchmark.measurement(cpuMetric, Int((cpuSeconds * 1e6 / Double(count)).rounded()))
    }

    /// CPU seconds the calling thread has used.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
