import Foundation

/// Notices edits in the folders a build reads, by comparing every file's path, size and time
/// with what it saw last: simple and dependable on any file system, and cheap for a few
/// thousand files checked twice a second.
struct SourceWatcher {
    let folders: [String]
    private var last: [String: String] = [:]

    init(folders: [String]) {
        self.folders = folders
        last = snapshot()
    }

    /// Whether anything changed since the last call.
    mutating func changed() -> Bool {
        let now = snapshot()
        defer { last = now }
        return now != last
    }

    private func snapshot() -> [String: String] {
        var files: [String: String] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            while let path = enumerator.nextObject() as? String {
                guard let attributes = enumerator.fileAttributes, attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                let size = attributes[.size] as? Int ?? 0
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0
                files["\(folder)/\(path)"] = "\(size) \(time)"
            }
        }
        return files
    }
}
