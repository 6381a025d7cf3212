import Foundation
import Testing

@Suite struct PreviewCommandTests {
    /// Python's urllib, a client independent of the server, subscribes to the events, the test
    /// edits a Czech string, and the client must hear "reload" and then find the new text in the
    /// served poster; it also checks the server answers nothing outside the output folder.
    static let client = """
        import sys, urllib.request, urllib.error
        base = sys.argv[1]
        events = urllib.request.urlopen(base + "_events", timeout=60)
        assert events.readline().startswith(b": connected")
        open(sys.argv[2], "w").write("subscribed")
        for line in events:
            if line.startswith(b"data: reload"):
                break
        poster = urllib.request.urlopen(base + "secure-yourself/cs-CZ/poster-a3.svg").read().decode()
        print("new text served" if sys.argv[3] in poster else "old text served")
        for path in ["../Campaigns/secure-yourself/campaign.yaml", ".cache/build.json"]:
            try:
                urllib.request.urlopen(base + path)
                print("served " + path)
            except urllib.error.HTTPError as error:
                assert error.code == 404
        """

    @Test func anEditRebuildsAndReloadsThePage() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = CampaignProcess.executable
        server.arguments = ["preview", "--campaign", "secure-yourself", "--no-motion", "--port", String(port)]
        server.currentDirectoryURL = root
        let log = Pipe()
        server.standardError = log
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer { server.terminate() }
        let serving = "preview: serving http://127.0.0.1:\(port)/"
        var seen = ""
        while !seen.contains(serving) {
            let data = log.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains(serving))

        let subscribed = root.appendingPathComponent("subscribed")
        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        client.arguments = ["python3", "-c", Self.client, "http://127.0.0.1:\(port)/", subscribed.path, "Zamkněte i doma"]
        let out = Pipe()
        client.standardOutput = out
        try client.run()
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: subscribed.path) { usleep(100_000) }

        let strings = root.appendingPathComponent("Campaigns/secure-yourself/strings/cs.yaml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"Než odjedete, zabezpečte svůj domov\"", with: "\"Zamkněte i doma\"")
        try Data(edited.utf8).write(to: strings)

        let answer = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        client.waitUntilExit()
        #expect(client.terminationStatus == 0)
        #expect(answer == "new text served\n")
    }
}
