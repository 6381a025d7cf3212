import CampaignBuild
import CampaignModel
import Diagnostics
import Foundation
import Hummingbird

/// `campaign preview`: builds, serves the output folder on 127.0.0.1, watches `Campaigns/` and
/// `Assets/`, rebuilds what changed (the build's cache makes that quick) and tells open pages to
/// reload through server-sent events at `/_events`; the contact sheet listens there.
public struct PreviewServer: Sendable {
    public let build: Build
    /// The port on 127.0.0.1; 0 takes a free one, which `ready` names.
    public let port: Int
    /// Called with each build's result, for the command to print.
    public let report: @Sendable (Build.Result) -> Void
    /// Called once the server listens, with its address (the port it listens on).
    public let ready: @Sendable (String) -> Void

    public init(build: Build, port: Int, report: @escaping @Sendable (Build.Result) -> Void, ready: @escaping @Sendable (String) -> Void) {
        self.build = build
        self.port = port
        self.report = report
        self.ready = ready
    }

    public func run() async throws {
        report(await rebuild())
        let broadcaster = ReloadBroadcaster()
        let router = Router()
        router.get("_events") { _, _ -> Response in
            let events = await broadcaster.subscribe()
            let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: ": connected\n\n"))
                for await event in events {
                    try await writer.write(ByteBuffer(string: "data: \(event)\n\n"))
                }
                try await writer.finish(nil)
            })
        }
        let files = OutputFiles(folder: build.outputDirectory)
        router.get("/") { _, _ in files.response(for: "/") }
        router.get("**") { request, _ in files.response(for: request.uri.path) }
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in ready("http://127.0.0.1:\(channel.localAddress?.port ?? port)/") })
        // Ctrl-C or a TERM signal ends the preview at once: an open page keeps its event stream
        // open for ever, which a graceful shutdown would wait for, and nothing is left to save
        // (every file a build writes is renamed into place whole).
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { exit(0) }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.run() }
            group.addTask { try await watch(broadcaster) }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Twice a second, looks for edits; after each, rebuilds and tells the pages.
    private func watch(_ broadcaster: ReloadBroadcaster) async throws {
        var watcher = SourceWatcher(folders: [build.check.layout.campaignsDirectory, build.check.layout.assetsDirectory])
        while !Task.isCancelled {
            try await Task.sleep(for: .milliseconds(500))
            guard watcher.changed() else { continue }
            report(await rebuild())
            await broadcaster.broadcast("reload")
        }
    }

    /// Builds on a thread of its own, away from the server's event loops.
    private func rebuild() async -> Build.Result {
        let build = self.build
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: build.run()) }
        }
    }
}

/// Answers requests with files from the output folder, and never anything outside it. The
/// website under `site/` is served as a web server would serve it: a folder by its
/// `index.html`, a missing page by the nearest `404.html`. Every HTML page gets the few lines
/// that reload it after a rebuild (the files themselves have no script).
struct OutputFiles: Sendable {
    let folder: String

    static let types = [
        "html": "text/html; charset=utf-8", "svg": "image/svg+xml", "png": "image/png", "json": "application/json",
        "txt": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8", "ics": "text/calendar; charset=utf-8",
        "eml": "message/rfc822", "zip": "application/zip", "css": "text/css; charset=utf-8", "pdf": "application/pdf",
        "xml": "application/xml", "gif": "image/gif", "mp4": "video/mp4",
    ]

    /// Reloads the page when the server says a build finished.
    static let reloadScript = "<script>new EventSource('/_events').onmessage=()=>location.reload();</script>"

    func response(for requestPath: String) -> Response {
        var path = requestPath.removingPercentEncoding ?? ""
        if path.hasSuffix("/") { path += OutputLayout.contactSheet }
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return Self.notFound }
        if let data = file(parts) { return Self.response(data, named: parts.last ?? "", status: .ok) }
        if parts.first == OutputLayout.siteFolder, let page = notFoundPage(near: parts) {
            return Self.response(page, named: "404.html", status: .notFound)
        }
        return Self.notFound
    }

    private func file(_ parts: [String]) -> Data? {
        FileManager.default.contents(atPath: folder + "/" + parts.joined(separator: "/"))
    }

    /// The site's `404.html` in the deepest folder of `parts` that has one.
    private func notFoundPage(near parts: [String]) -> Data? {
        for depth in stride(from: parts.count - 1, through: 1, by: -1) {
            if let page = file(Array(parts.prefix(depth)) + ["404.html"]) { return page }
        }
        return nil
    }

    private static let notFound = Response(status: .notFound, body: ResponseBody(byteBuffer: ByteBuffer(string: "not found\n")))

    private static func response(_ data: Data, named name: String, status: HTTPResponse.Status) -> Response {
        let type = types[String(name.split(separator: ".").last ?? "")] ?? "application/octet-stream"
        var body = data
        if type.hasPrefix("text/html"), let end = body.range(of: Data("</body>".utf8), options: .backwards),
           body.range(of: Data("/_events".utf8)) == nil {
            body.replaceSubrange(end.lowerBound..<end.lowerBound, with: Data(reloadScript.utf8))
        }
        return Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
