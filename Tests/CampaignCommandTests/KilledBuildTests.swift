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

    @Test func aKilledBuildLeavesThePreviousPackWhole() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let arguments = ["build", "--campaign", "secure-yourself", "--quiet"]
        let first = try CampaignProcess.run(arguments, in: root, environment: ScheduleCommandTests.planned)
        #expect(first.status == 0, "\(first.stderr)")
        let output = root.appendingPathComponent("Output")
        let pack = try Self.files(output)
        #expect(pack.count > 70)

        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let original = try String(contentsOf: spec, encoding: .utf8)
        var generator = SystemRandomNumberGenerator()
        for round in 1...6 {
            // A new English headline: every locale is made again, so the kill can fall anywhere.
            try Data(original.replacingOccurrences(
                of: "text: Secure your home before you leave", with: "text: Secure your home before you leave (\(round))").utf8
            ).write(to: spec)
            let delay = Double.random(in: 0.05...4.0, using: &generator)
            let process = Process()
            process.executableURL = CampaignProcess.executable
            process.arguments = arguments
            process.currentDirectoryURL = root
            process.environment = ProcessInfo.processInfo.environment.merging(ScheduleCommandTests.planned) { $1 }
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let left = try Self.files(output)
            for path in pack.keys {
                let data = try #require(left[path], "round \(round), killed after \(delay) s: \(path) is gone")
                #expect(Self.isWhole(path, data), "round \(round), killed after \(delay) s: \(path) is not whole")
            }
            let extra = left.keys.filter { pack[$0] == nil }
            #expect(extra.allSatisfy { ($0 as NSString).lastPathComponent.hasPrefix(".") }, "round \(round): \(extra)")
        }

        let last = try CampaignProcess.run(arguments, in: root, environment: ScheduleCommandTests.planned)
        #expect(last.status == 0, "\(last.stderr)")
        let after = try Self.files(output)
        #expect(Set(after.keys) == Set(pack.keys))
        let cache = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".cache").path)
        #expect(!cache.contains { $0.hasPrefix("staging-") }, "\(cache)")
    }
}
