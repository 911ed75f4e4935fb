import Dispatch

/// One piece of work started on another thread and joined later: the bulk build overlaps
/// independent steps with it (training the document dictionary while the first batch is
/// analyzed, accumulating a batch's postings while its transaction is written), so that no core
/// waits for a serial step.
///
/// Call `wait()` exactly once, before the values the work reads or writes are used again, from
/// the thread that started the work or from one ordered after it (by a `DispatchGroup` wait, as
/// the bulk writer's threads are: a spill started by one batch's thread is joined by a later
/// one's): the join goes through a `DispatchGroup`, which orders memory between the threads. A `BackgroundWork` that is never waited for still runs to the
/// end, but its value is lost. Work that can fail returns a `Result`.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: Value?

    /// Starts `work` on a queue of its own. Not a global queue: their threads are as many as the
    /// cores, so work queued there while `Parallel.map` or a waiting writer holds them would
    /// wait; a queue made with `DispatchQueue(label:)` gets a thread at once.
    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue(label: "aisle.background-work").async { [self] in
            value = work()
            group.leave()
        }
    }

    /// Waits for the work to end and returns its value.
    func wait() -> Value {
        group.wait()
        return value!
    }
}
