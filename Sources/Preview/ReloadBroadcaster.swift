import Foundation

/// Tells every open page that a new build is ready: each server-sent-events connection gets a
/// stream, and a broadcast yields to all of them.
actor ReloadBroadcaster {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    func broadcast(_ event: String) {
        for continuation in listeners.values { continuation.yield(event) }
    }

    var count: Int { listeners.count }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }
}
