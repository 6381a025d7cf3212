import Foundation

/// A plain HTTP/1.1 client over a socket, so that a request reaches the server with its path
/// exactly as written (`/../x`, `/%2e%2e/x`): URL types and HTTP libraries tidy such paths away.
/// It blocks, so it runs on a thread of its own, away from the threads the server's tasks need.
struct RawHTTP {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: Data
    }

    enum Failure: Error, CustomStringConvertible {
        case connect(Int32), timedOut(String), malformed(String)
        var description: String {
            switch self {
            case .connect(let errno): "cannot connect (errno \(errno))"
            case .timedOut(let what): "timed out waiting for \(what)"
            case .malformed(let what): "malformed response: \(what)"
            }
        }
    }

    let port: Int

    /// How long a request may wait for an answer. Generous: the server's tasks share the
    /// test process's few threads with the other tests, which may hold them for a while.
    static let patience = 300.0

    /// `GET path`, the whole response (the connection closes after it).
    func get(_ path: String) async throws -> Response {
        let raw = try await Self.offThread {
            let socket = try Self.connect(port: port, timeout: Self.patience)
            defer { close(socket) }
            try Self.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", to: socket)
            var data = Data()
            while let chunk = try Self.receive(socket, waitingFor: "the response to \(path)") { data += chunk }
            return data
        }
        return try Self.parse(raw)
    }

    /// Opens `path` as a stream of server-sent events and waits for `first`; then runs `trigger`
    /// until `then` comes, again every `interval` seconds without it (with the attempt's number),
    /// for `patience` seconds at most.
    func events(
        _ path: String, first: String, then: String, interval: Int = 5, trigger: @escaping @Sendable (Int) throws -> Void
    ) async throws {
        try await Self.offThread {
            let socket = try Self.connect(port: port, timeout: Self.patience)
            defer { close(socket) }
            try Self.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n", to: socket)
            var seen = ""
            func wait(for text: String) throws {
                while !seen.contains(text) {
                    guard let chunk = try Self.receive(socket, waitingFor: "'\(text)' (so far: \(seen.debugDescription))") else {
                        throw Failure.malformed("the stream ended before '\(text)': \(seen.debugDescription)")
                    }
                    seen += String(decoding: chunk, as: UTF8.self)
                }
            }
            try wait(for: first)
            Self.setTimeout(socket, seconds: interval)
            for attempt in 1... {
                try trigger(attempt)
                do {
                    try wait(for: then)
                    return
                } catch Failure.timedOut(let what) where attempt * interval < Int(Self.patience) {
                    _ = what
                }
            }
        }
    }

    private static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    private static func connect(port: Int, timeout: Double) throws -> Int32 {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.connect(errno) }
        setTimeout(socket, seconds: Int(timeout))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let error = errno
            close(socket)
            throw Failure.connect(error)
        }
        return socket
    }

    private static func setTimeout(_ socket: Int32, seconds: Int) {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    private static func send(_ text: String, to socket: Int32) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Foundation.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure.connect(errno) }
            sent += n
        }
    }

    /// The next bytes, or `nil` at the end of the stream.
    private static func receive(_ socket: Int32, waitingFor what: String) throws -> Data? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if n < 0 { throw errno == EAGAIN || errno == EWOULDBLOCK ? Failure.timedOut(what) : Failure.connect(errno) }
        return n == 0 ? nil : Data(buffer[..<n])
    }

    private static func parse(_ raw: Data) throws -> Response {
        guard let end = raw.firstRange(of: Data("\r\n\r\n".utf8)) else { throw Failure.malformed(String(decoding: raw, as: UTF8.self)) }
        let head = String(decoding: raw[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = head[0].split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure.malformed(head[0]) }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(raw[end.upperBound...])
        if let length = headers["content-length"].flatMap(Int.init) {
            guard body.count >= length else { throw Failure.malformed("\(body.count) of \(length) bytes") }
            body = body.prefix(length)
        } else if headers["transfer-encoding"]?.lowercased() == "chunked" {
            body = try dechunk(body)
        }
        return Response(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ data: Data) throws -> Data {
        var rest = data[...], body = Data()
        while let lineEnd = rest.firstRange(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { throw Failure.malformed("chunk size \(sizeText)") }
            if size == 0 { return body }
            let start = lineEnd.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size + 2 else { throw Failure.malformed("short chunk") }
            let stop = rest.index(start, offsetBy: size)
            body += rest[start..<stop]
            rest = rest[rest.index(stop, offsetBy: 2)...]
        }
        throw Failure.malformed("no last chunk")
    }
}
