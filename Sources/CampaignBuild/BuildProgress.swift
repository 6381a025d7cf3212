import Synchronization

/// How far a build is, reported each time a locale is done (or found up to date).
public struct BuildProgress: Sendable {
    public let done: Int
    public let total: Int
    /// The locale just finished: `burglary-focus-day/de-AT`.
    public let item: String
    /// Whether it was made anew or taken from the cache.
    public let reused: Bool
}

/// Counts finished locales across threads and tells the build's progress handler.
///
/// Numbering a locale and telling the handler are one step, under one lock: the handler is
/// called once at a time, with `done` 1, 2, 3 ... in that order, so two locales that finish
/// together cannot be reported out of order. The handler must be quick (a thread that finishes
/// meanwhile waits for it) and must not call back into the tally.
final class ProgressTally: Sendable {
    private let done = Mutex(0)
    let total: Int
    let progress: (@Sendable (BuildProgress) -> Void)?

    init(total: Int, progress: (@Sendable (BuildProgress) -> Void)?) {
        self.total = total
        self.progress = progress
    }

    func finished(_ item: String, reused: Bool) {
        done.withLock { count in
            count += 1
            progress?(BuildProgress(done: count, total: total, item: item, reused: reused))
        }
    }
}
