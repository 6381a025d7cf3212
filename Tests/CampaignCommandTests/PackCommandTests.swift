import Foundation
import Testing

@Suite struct PackCommandTests {
    /// Python's zipfile, independent of the library that wrote the zip, checks every entry's CRC
    /// and every manifest hash, and lists what the pack holds.
    static func inspect(_ zip: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import hashlib, json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            manifest = json.loads(z.read("manifest.json"))
            for f in manifest["files"]:
                data = z.read(f["path"])
                assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["bytes"], f["path"]
            print(manifest["name"], len(manifest["files"]))
            print("\\n".join(sorted({n.split("/")[0] + "/" + n.split("/")[1] for n in z.namelist() if "/" in n})))
            """, zip.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aStatesPackHoldsItsLocalesScheduleAndAManifestThatChecksOut() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CampaignProcess.run(["pack", "--state", "CZ", "--to", "Packs"], in: root, environment: ScheduleCommandTests.planned)
        #expect(output.status == 0)
        // 12 Czech locales: 173 files of the pack and 4 per locale for the animated posts (two
        // GIFs, an MP4 and posts.txt); of the site 11 per locale (8, and the animations to
        // download), the trafficking campaign's 3 locales 2 more (the sticker's PDF and preview),
        // and the stylesheet.
        let count: Int = 173 + 12 * 4 + 12 * 11 + 3 * 2 + 1
        #expect(output.stderr.hasSuffix("pack: Packs/CZ.zip, \(count) files for Czechia\n"))
        let zip = root.appendingPathComponent("Packs/CZ.zip")
        let listing = try Self.inspect(zip).split(separator: "\n").map(String.init)
        #expect(listing.first == "Czechia \(count)")
        #expect(listing.contains("site/secure-yourself") && listing.contains("site/site.css"), "the state's pages of the website")
        #expect(listing.contains("secure-yourself/vi-CZ"))
        #expect(listing.contains("burglary-focus-day/schedule-CZ.ics"))
        #expect(!listing.contains { $0.hasSuffix("-DE") || $0.contains("thumbnails") })

        let first = try Data(contentsOf: zip)
        #expect(try CampaignProcess.run(["pack", "--state", "CZ", "--to", "Packs"], in: root, environment: ScheduleCommandTests.planned).status == 0)
        #expect(try Data(contentsOf: zip) == first, "the same pack gives the same bytes")
    }

    @Test(arguments: [
        (["pack"], "OVERVIEW: Build, then zip each member state's files with a manifest, ready to send.", ["--state", "--to", "--output"]),
        (["preview"], "OVERVIEW: Build, serve the output on 127.0.0.1, and rebuild and reload on every edit.", ["--port", "--campaign", "--output"]),
    ])
    func explainsItself(command: [String], overview: String, options: [String]) throws {
        let output = try CampaignProcess.run(command + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix(String(overview.prefix(60))), "help wraps its lines at 80 columns")
        for option in options + ["--campaigns", "--assets"] { #expect(output.stdout.contains(option)) }
    }

    @Test func aStateWithoutCampaignsIsAnError() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CampaignProcess.run(["pack", "--state", "NO"], in: root, environment: ScheduleCommandTests.planned)
        #expect(output.status != 0)
        #expect(output.stderr.hasSuffix("error: no campaign is made in member state 'NO'\n"))
    }
}
