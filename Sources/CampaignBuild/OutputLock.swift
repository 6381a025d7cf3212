import Foundation

/// Keeps two builds from writing one output folder at once (a preview running while a person
/// builds by hand): the build holds an exclusive `flock` on the folder while it writes, and a
/// second build waits for it. The lock goes with the process, so a killed build never leaves
/// the folder locked.
///
/// Holding it, a build may also clear what a killed build left behind: staging folders and
/// temporary files no other build can be using.
final class OutputLock {
    private let descriptor: Int32

    /// Waits for the lock on `directory`, creating the folder if needed; `nil` if it cannot be
    /// opened.
    init?(directory: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return nil
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Removes the staging folders and atomic-write temporary files of builds that were killed.
    func removeLeftovers(in directory: String) {
        let cache = "\(directory)/\(BuildCache.folder)"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [] where name.hasPrefix(Staging.prefix) {
            try? FileManager.default.removeItem(atPath: "\(cache)/\(name)")
        }
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return }
        while let path = walker.nextObject() as? String {
            if path.hasPrefix(BuildCache.folder + "/" + Staging.prefix) { walker.skipDescendants() }
            let name = (path as NSString).lastPathComponent
            if AtomicFile.isTemporary(name) { try? FileManager.default.removeItem(atPath: "\(directory)/\(path)") }
        }
    }
}
