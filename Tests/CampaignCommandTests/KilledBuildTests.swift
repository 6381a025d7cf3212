import Foundation
import Testing

/// A build killed at any moment (SIGKILL: no cleanup runs) leaves the previous pack complete
/// and every file in it whole, and the next build clears what the killed one left behind.
@Suite struct KilledBuildTests {
    /// Every file under `folder` by its path, the cache aside.
    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            let path = String(url.path.dropFirst(folder.path.count + 1))
            guard !path.hasPrefix(".cache/"), try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[path] = try Data(contentsOf: url)
        }
        return files
    }

    /// A file a killed build may leave beside the pack (a temporary file, named with a dot) and
    /// the next build clears.
    static func isHidden(_ path: String) -> Bool {
        (path as NSString).lastPathComponent.hasPrefix(".")
    }

    /// Whether a file is whole: each kind ends as only a complete file ends.
    static func isWhole(_ path: String, _ data: Data) -> Bool {
        let text = String(decoding: data.suffix(64), as: UTF8.self)
        switch (path as NSString).pathExtension {
        case "png": return data.starts(with: [0x89, 0x50, 0x4E, 0x47]) && data.suffix(8) == Data([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        case "svg": return text.hasSuffix("</svg>\n") || text.hasSuffix("</svg>")
        case "html": return text.hasSuffix("</html>\n")
        case "ics": return text.hasSuffix("END:VCALENDAR\r\n")
        case "json": return (try? JSONSerialization.jsonObject(with: data)) != nil
        default: return !data.isEmpty
        }
    }

    /// A small seeded generator (SplitMix64), so that a failing round can be run again as it was.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `KILLED_BUILD_SEED=<n>` replays the rounds of another seed.
    static let seed = ProcessInfo.processInfo.environment["KILLED_BUILD_SEED"].flatMap(UInt64.init) ?? 7

    /// How many `[k/n] made ...` progress lines a build's standard error holds.
    static func progressLines(_ text: String) -> Int {
        text.split(separator: "\n").filter { $0.wholeMatch(of: /\[ *\d+\/\d+\] (made|unchanged) .+/) != nil }.count
    }

    /// A build run by the test: what it printed on standard error, whether it was killed or
    /// ended, and how long it ran after its last progress line (the commit and the report).
    struct Run {
        let stderr: String
        let killed: Bool
        let ended: Bool
        let afterLastLine: Double
    }

    /// Runs the build; with `lines`, kills it (SIGKILL) once that many progress lines are out and
    /// `delay` seconds more have passed.
    static func build(_ arguments: [String], in root: URL, killAfter lines: Int?, delay: Double = 0) throws -> Run {
        let process = Process()
        process.executableURL = CampaignProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(ScheduleCommandTests.planned) { $1 }
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        var seen = Data()
        var lastLine = Date()
        while lines.map({ progressLines(String(decoding: seen, as: UTF8.self)) < $0 }) ?? true {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the build ended (or died) before it got that far
            let before = progressLines(String(decoding: seen, as: UTF8.self))
            seen += chunk
            if progressLines(String(decoding: seen, as: UTF8.self)) > before { lastLine = Date() }
        }
        if lines != nil {
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let end = Date()
        seen += errors.fileHandleForReading.readDataToEndOfFile()
        return Run(
            stderr: String(decoding: seen, as: UTF8.self),
            killed: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL,
            ended: process.terminationReason == .exit, afterLastLine: end.timeIntervalSince(lastLine))
    }

    /// Six builds of secure-yourself's five locales killed at seeded moments, one in each part
    /// of a build: while it checks the project (before any locale is done), after 1, 2, 3 and 4
    /// locales are done, and after all five, while it writes the schedule and report and moves
    /// the files into place (within the time the first build took for that). What the killed
    /// build had printed says where it died: before the fifth locale's line nothing may have
    /// changed at all; after it, files may be old or new, but none is missing or cut short.
    /// A kill that comes too late (the build ended first) is tried again at half the delay.
    @Test func aKilledBuildLeavesThePreviousPackWhole() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let arguments = ["build", "--campaign", "secure-yourself", "--no-motion"]
        let first = try Self.build(arguments, in: root, killAfter: nil)
        #expect(first.ended && !first.stderr.contains(": error:"), "\(first.stderr)")
        let locales = Self.progressLines(first.stderr)
        #expect(locales == 5)
        let output = root.appendingPathComponent("Output")
        let pack = try Self.files(output).filter { !Self.isHidden($0.key) }
        #expect(pack.count > 70)

        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let original = try String(contentsOf: spec, encoding: .utf8)
        var generator = SeededGenerator(state: Self.seed)
        var before = pack
        var edits = 0
        for (round, lines) in Array(0...locales).shuffled(using: &generator).enumerated() {
            // With no line out yet, the kill falls while the project is checked (about a second);
            // after a locale's line, within the next one's time (a few tenths); after the last,
            // within the time the first build ran on.
            var delay = switch lines {
            case 0: Double.random(in: 0.05...0.6, using: &generator)
            case locales: Double.random(in: 0..<max(first.afterLastLine, 0.01), using: &generator)
            default: Double.random(in: 0...0.02, using: &generator)
            }
            var killed: Run?
            for _ in 1...5 where killed == nil {
                // A new English headline: every locale is made again.
                edits += 1
                try Data(original.replacingOccurrences(
                    of: "text: Secure your home before you leave", with: "text: Secure your home before you leave (\(edits))").utf8
                ).write(to: spec)
                let run = try Self.build(arguments, in: root, killAfter: lines, delay: delay)
                if run.killed {
                    killed = run
                } else {
                    #expect(run.ended && !run.stderr.contains(": error:"), "round \(round): the build failed:\n\(run.stderr)")
                    before = try Self.files(output).filter { !Self.isHidden($0.key) }
                    delay /= 2
                }
            }
            let at = "seed \(Self.seed), round \(round), killed \(delay) s after \(lines) progress lines"
            let run = try #require(killed, "\(at): five builds ended before the kill")

            let left = try Self.files(output)
            let visible = left.filter { !Self.isHidden($0.key) }
            if Self.progressLines(run.stderr) < locales {
                // Killed while locales were still being made: nothing was moved into place yet.
                let changed = Set(visible.keys).symmetricDifference(before.keys).union(before.keys.filter { visible[$0] != before[$0] })
                #expect(changed.isEmpty, "\(at): changed before the commit: \(changed.sorted())")
            }
            for path in pack.keys {
                let data = try #require(left[path], "\(at): \(path) is gone")
                #expect(Self.isWhole(path, data), "\(at): \(path) is not whole")
            }
            #expect(Set(visible.keys) == Set(pack.keys), "\(at): \(Set(visible.keys).symmetricDifference(pack.keys).sorted())")
            before = visible
        }

        let last = try CampaignProcess.run(arguments + ["--quiet"], in: root, environment: ScheduleCommandTests.planned)
        #expect(last.status == 0, "\(last.stderr)")
        let after = try Self.files(output)
        #expect(Set(after.keys) == Set(pack.keys), "the next build clears what a killed one left")
        for (path, data) in after { #expect(Self.isWhole(path, data), "\(path) is not whole after the last build") }
        let cache = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".cache").path)
        #expect(!cache.contains { $0.hasPrefix("staging-") }, "\(cache)")
    }
}
