import Dispatch
import Synchronization

/// Runs jobs on a fixed number of threads, each with its own worker state (a Pango layout
/// engine, say, which must not be shared between threads), and returns the results in the
/// order of the jobs, whatever order they finished in.
struct WorkerPool {
    let threads: Int

    func map<Job: Sendable, Worker, Output: Sendable>(
        _ jobs: [Job], makeWorker: @escaping @Sendable () -> Worker, _ body: @escaping @Sendable (Job, Worker) -> Output
    ) -> [Output] {
        let slots = Mutex<[Output?]>(Array(repeating: nil, count: jobs.count))
        let count = min(threads, jobs.count)
        guard count > 0 else { return [] }
        // Thread t takes jobs t, t + count, t + 2 count ...: no job is shared, none waits on a lock
        // longer than it takes to store a result.
        DispatchQueue.concurrentPerform(iterations: count) { thread in
            let worker = makeWorker()
            for index in Swift.stride(from: thread, to: jobs.count, by: count) {
                let output = body(jobs[index], worker)
                slots.withLock { $0[index] = output }
            }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
