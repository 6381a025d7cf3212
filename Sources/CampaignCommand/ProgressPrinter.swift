import CampaignBuild
import Foundation
import Synchronization

/// Shows a build's progress on standard error: a bar redrawn in place on a terminal (locales
/// done of all, the last one, the time left), one plain line per locale otherwise (CI logs).
final class ProgressPrinter: Sendable {
    private struct State {
        var lastDraw = 0.0
        var drewBar = false
    }

    private let isTerminal: Bool
    private let start = Date()
    private let state = Mutex(State())

    init(isTerminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.isTerminal = isTerminal
    }

    /// Prints or draws one report. The build calls it one report at a time, numbered in order
    /// (`ProgressTally` numbers and calls under one lock), so the lines come out 1, 2, 3 ...
    func show(_ progress: BuildProgress) {
        state.withLock { state in
            if !isTerminal {
                let width = String(progress.total).count
                let done = String(repeating: " ", count: width - String(progress.done).count) + String(progress.done)
                DiagnosticPrinter.printError("[\(done)/\(progress.total)] \(progress.reused ? "unchanged" : "made") \(progress.item)")
                return
            }
            let now = Date().timeIntervalSince(start)
            guard progress.done == progress.total || now - state.lastDraw > 0.1 else { return }
            state.lastDraw = now
            state.drewBar = true
            let filled = progress.total == 0 ? 20 : progress.done * 20 / progress.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
            let left = progress.done == 0 ? "" : " · \(Int((now / Double(progress.done) * Double(progress.total - progress.done)).rounded())) s left"
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(bar) \(progress.done)/\(progress.total) \(progress.item)\(left)".utf8))
        }
    }

    /// Ends the bar's line, so what follows starts on a line of its own.
    func finish() {
        state.withLock { state in
            if state.drewBar { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
    }
}
