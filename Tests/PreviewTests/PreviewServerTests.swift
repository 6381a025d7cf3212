import CampaignBuild
import CampaignModel
import Foundation
import Preview
import Synchronization
import Testing

/// `PreviewServer` run in the test process on a free port, over a project with no campaign (the
/// repository's `Assets/` and an empty `Campaigns/`), which builds in a fraction of a second;
/// a client on a socket of its own asks it for files and listens to its events.
@Suite(.serialized) struct PreviewServerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What a running preview offers a test.
    struct Running {
        let root: URL
        let client: RawHTTP
        let builds: Builds
        var output: URL { root.appendingPathComponent("Output") }

        /// Writes `data` at `path` under the output folder, making its folders.
        func put(_ data: Data, at path: String) throws {
            let file = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
    }

    /// Every build's result, in the order the server reported them.
    final class Builds: Sendable {
        private let results = Mutex<[Build.Result]>([])
        func append(_ result: Build.Result) { results.withLock { $0.append(result) } }
        var all: [Build.Result] { results.withLock { $0 } }
    }

    /// Starts a preview in a new temporary project, runs `body` against it, and stops it.
    static func withPreview(_ body: (Running) async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Campaigns"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Assets"), to: root.appendingPathComponent("Assets"))
        defer { try? FileManager.default.removeItem(at: root) }

        let check = ProjectCheck(layout: ProjectLayout(
            campaignsDirectory: root.appendingPathComponent("Campaigns").path, assetsDirectory: root.appendingPathComponent("Assets").path))
        let builds = Builds()
        let (addresses, announce) = AsyncStream<String>.makeStream()
        let server = PreviewServer(
            build: Build(check: check, outputDirectory: root.appendingPathComponent("Output").path, showsFailures: true, motion: false), port: 0,
            report: { builds.append($0) }, ready: { announce.yield($0) })

        // The server takes over SIGINT and SIGTERM for the command; the test process gets its own back.
        var interrupt = sigaction(), terminate = sigaction()
        sigaction(SIGINT, nil, &interrupt)
        sigaction(SIGTERM, nil, &terminate)
        let running = Task {
            defer { announce.finish() }
            try await server.run()
        }
        defer {
            sigaction(SIGINT, &interrupt, nil)
            sigaction(SIGTERM, &terminate, nil)
        }
        var announced = addresses.makeAsyncIterator()
        let address = await announced.next()
        let port = try #require(address.flatMap { Int($0.split(separator: ":").last?.dropLast() ?? "") }, "the server did not start: \(address ?? "")")
        #expect(address == "http://127.0.0.1:\(port)/" && port > 0)
        do {
            try await body(Running(root: root, client: RawHTTP(port: port), builds: builds))
        } catch {
            running.cancel()
            _ = await running.result
            throw error
        }
        running.cancel()
        _ = await running.result
    }

    @Test func servesTheFirstBuildsContactSheetAndEveryFileWithItsType() async throws {
        try await Self.withPreview { preview in
            // The server built before it listened: the contact sheet at `/` is the build's.
            #expect(preview.builds.all.count == 1)
            #expect(preview.builds.all.first?.log.hasErrors == false)
            let sheet = try await preview.client.get("/")
            #expect(sheet.status == 200)
            #expect(sheet.headers["content-type"] == "text/html; charset=utf-8")
            #expect(sheet.body == (try Data(contentsOf: preview.output.appendingPathComponent("index.html"))))

            let files: [(path: String, data: Data, type: String)] = [
                ("sample/cs-CZ/flyer-a5.png", Data((0...255).map(UInt8.init) + [0x0D, 0x0A, 0x00]), "image/png"),
                ("sample/cs-CZ/social-square.gif", Data("GIF89a".utf8), "image/gif"),
                ("sample/cs-CZ/social-square.mp4", Data([0, 0, 0, 24] + Array("ftypisom".utf8)), "video/mp4"),
                ("sample/cs-CZ/poster-a3.svg", Data("<svg xmlns=\"http://www.w3.org/2000/svg\">Zabezpečte</svg>\n".utf8), "image/svg+xml"),
                ("sample/cs-CZ/newsletter.eml", Data("Subject: x\r\n\r\nbody\r\n".utf8), "message/rfc822"),
                ("sample/schedule.ics", Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8), "text/calendar; charset=utf-8"),
                ("sample/notes.unknown", Data([1, 2, 3]), "application/octet-stream"),
            ]
            for file in files { try preview.put(file.data, at: file.path) }
            for file in files {
                let response = try await preview.client.get("/" + file.path)
                #expect(response.status == 200, "\(file.path)")
                #expect(response.headers["content-type"] == file.type, "\(file.path)")
                #expect(response.headers["cache-control"] == "no-store", "\(file.path)")
                #expect(response.body == file.data, "\(file.path): the bytes served differ")
            }
            let missing = try await preview.client.get("/sample/cs-CZ/social-link.png")
            #expect(missing.status == 404)
        }
    }

    /// The website is served as a web server serves it, each page with the lines that reload it
    /// after a build: a folder by its `index.html`, a missing page by the nearest `404.html`.
    @Test func theSiteIsServedWithItsNotFoundPagesAndReloads() async throws {
        try await Self.withPreview { preview in
            let page = "<!DOCTYPE html><html lang=\"de-AT\"><body><p>Seite</p></body></html>\n"
            try preview.put(Data(page.utf8), at: "site/sample/de-AT/index.html")
            try preview.put(Data("<!DOCTYPE html><html><body>Nicht gefunden</body></html>".utf8), at: "site/sample/de-AT/404.html")
            try preview.put(Data("<!DOCTYPE html><html><body>Not found</body></html>".utf8), at: "site/404.html")
            try preview.put(Data("body { margin: 0 }".utf8), at: "site/site.css")

            let served = try await preview.client.get("/site/sample/de-AT/")
            #expect(served.status == 200)
            #expect(String(decoding: served.body, as: UTF8.self) == page.replacingOccurrences(
                of: "</body>", with: "<script>new EventSource('/_events').onmessage=()=>location.reload();</script></body>"))
            let stylesheet = try await preview.client.get("/site/site.css")
            #expect(stylesheet.headers["content-type"] == "text/css; charset=utf-8")
            let missing = try await preview.client.get("/site/sample/de-AT/gibt-es-nicht.html")
            #expect(missing.status == 404)
            #expect(String(decoding: missing.body, as: UTF8.self).contains("Nicht gefunden"))
            let elsewhere = try await preview.client.get("/site/other/")
            #expect(elsewhere.status == 404 && String(decoding: elsewhere.body, as: UTF8.self).contains("Not found"))
        }
    }

    /// A file beside the output folder and the build's own cache inside it exist, and no path
    /// however spelled reaches them.
    @Test func nothingOutsideTheOutputFolderNorItsHiddenFilesIsServed() async throws {
        try await Self.withPreview { preview in
            let secret = "not for the browser \(UUID().uuidString)"
            try Data(secret.utf8).write(to: preview.root.appendingPathComponent("secret.txt"))
            try preview.put(Data("[]".utf8), at: "sample/readme.json")
            #expect(FileManager.default.fileExists(atPath: preview.output.appendingPathComponent(".cache/build.json").path))

            let allowed = try await preview.client.get("/sample/readme.json")
            #expect(allowed.status == 200 && allowed.body == Data("[]".utf8))
            for path in [
                "/../secret.txt", "/sample/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/sample/..%2f..%2fsecret.txt",
                "/.cache/build.json", "/%2ecache/build.json", "/sample/%2e%2e/.cache/build.json",
            ] {
                let response = try await preview.client.get(path)
                #expect(response.status == 404, "\(path) was answered with \(response.status)")
                #expect(!String(decoding: response.body, as: UTF8.self).contains(secret), "\(path) served the file outside")
                #expect(!String(decoding: response.body, as: UTF8.self).contains("compilerVersion"), "\(path) served the cache")
            }
        }
    }

    /// An open page's event stream hears "reload" after an edit in `Assets/`, once the server has
    /// built again.
    @Test func anEditRebuildsAndTellsOpenPagesToReload() async throws {
        try await Self.withPreview { preview in
            let linkTexts = preview.root.appendingPathComponent("Assets/link-text.yaml")
            let original = try String(contentsOf: linkTexts, encoding: .utf8)
            // Edited again if no reload comes within seconds: the watcher might have looked at
            // the files for the first time only after the first edit.
            try await preview.client.events("/_events", first: ": connected", then: "data: reload") { attempt in
                try Data((original + "# edited by the preview test (\(attempt))\n").utf8).write(to: linkTexts)
            }
            let builds = preview.builds.all
            #expect(builds.count >= 2, "one build at start, one after the edit")
            #expect(builds.allSatisfy { !$0.log.hasErrors }, "\(builds.flatMap(\.log.diagnostics).map(\.description))")
        }
    }
}
