import Diagnostics
import Foundation

/// A design's printing condition, from `Assets/templates/<design>/print.yaml`: the ICC output
/// profile its print PDFs name as their output intent, for a print shop that prints on another
/// press or paper than ISO Coated v2 (FOGRA39), the default.
///
/// ```yaml
/// outputIntent:
///   profile: PSOcoated_v3.icc        # beside this file, or an absolute path
///   identifier: FOGRA51              # the characterization, as the ICC registry names it
///   name: PSO Coated v3
/// ```
public struct PrintSettings: Hashable, Sendable {
    /// The profile's path, resolved against the file's folder.
    public let profile: String
    public let identifier: String
    public let name: String
    /// Where the profile is named, for findings about it.
    public let location: SourceLocation
}

/// Reads a design's `print.yaml`; a design without one prints for the default condition.
public struct PrintSettingsLoader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The settings; `nil` when the file does not exist or is wrong (then with its errors).
    public func load(log: inout DiagnosticLog) -> PrintSettings? {
        guard FileManager.default.fileExists(atPath: path), let file = YAMLFile.load(path, log: &log) else { return nil }
        let reader = NodeReader(file: path, check: .printProfile)
        guard let root = reader.mapping(file.root, "the print settings", log: &log) else { return nil }
        root.rejectUnknownKeys(["outputIntent"], log: &log)
        guard let intent = root.mapping("outputIntent", log: &log) else { return nil }
        intent.rejectUnknownKeys(["profile", "identifier", "name"], log: &log)
        guard let profile = intent.string("profile", log: &log), let identifier = intent.string("identifier", log: &log),
            let name = intent.string("name", log: &log), let node = intent["profile"]
        else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        return PrintSettings(
            profile: profile.hasPrefix("/") ? profile : folder + "/" + profile, identifier: identifier, name: name,
            location: reader.location(node))
    }
}
