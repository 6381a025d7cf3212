@testable import CampaignBuild
import Foundation
import Synchronization
import Testing

/// The build's progress count, told from many threads at once.
@Suite struct ProgressTallyTests {
    /// Eight threads report 1 600 locales together. The handler takes a moment before it records
    /// what it was told, as a printer writing a line does: if numbering and telling were two
    /// steps, a later number would overtake an earlier one in that moment (the CI log once read
    /// `[2/5] made` before `[1/5] made`).
    @Test func localesFinishingTogetherAreReportedNumberedInOrder() {
        let threads = 8, perThread = 200
        let total = threads * perThread
        let told = Mutex<[BuildProgress]>([])
        let tally = ProgressTally(total: total) { progress in
            usleep(UInt32(progress.done % 3) * 40)
            told.withLock { $0.append(progress) }
        }
        let start = DispatchSemaphore(value: 0), finished = DispatchGroup()
        for thread in 0..<threads {
            finished.enter()
            Thread.detachNewThread {
                start.wait()
                for index in 0..<perThread { tally.finished("campaign/\(thread)-\(index)", reused: index % 2 == 0) }
                finished.leave()
            }
        }
        for _ in 0..<threads { start.signal() }
        finished.wait()

        let reports = told.withLock { $0 }
        let numbers = reports.map(\.done)
        #expect(numbers.count == total && numbers.first == 1)
        let overtaking = zip(numbers, numbers.dropFirst()).first { $0.1 != $0.0 + 1 }
        #expect(overtaking == nil, "report \(overtaking?.1 ?? 0) came right after report \(overtaking?.0 ?? 0)")
        #expect(reports.allSatisfy { $0.total == total })
        #expect(Set(reports.map(\.item)).count == total, "every locale is reported once")
        let reused = reports.filter(\.reused).map(\.item)
        #expect(reused.count == total / 2 && reused.allSatisfy { Int($0.split(separator: "-").last!)! % 2 == 0 })
    }
}
