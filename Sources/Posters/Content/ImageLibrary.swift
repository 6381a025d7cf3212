import Foundation

/// Finds the picture an image slot names, most specific first, and embeds it as a `data:` URI
/// so that the poster loads nothing from disk or network:
/// `Campaigns/<id>/images/<name>-<STATE>.<ext>`, `Campaigns/<id>/images/<name>.<ext>`,
/// `Assets/images/<name>-<STATE>.<ext>`, `Assets/images/<name>.<ext>`.
public struct ImageLibrary: Sendable {
    public let campaignDirectory: String
    public let assetsDirectory: String
    /// The two folders with symbolic links resolved, once: every candidate is checked against them.
    private let resolvedFolders: [String]

    static let types = [("svg", "image/svg+xml"), ("png", "image/png"), ("jpg", "image/jpeg"), ("jpeg", "image/jpeg")]
    /// The largest picture embedded in a poster.
    public static let sizeLimit = 8 << 20

    public init(campaignDirectory: String, assetsDirectory: String) {
        self.campaignDirectory = campaignDirectory
        self.assetsDirectory = assetsDirectory
        resolvedFolders = [campaignDirectory, assetsDirectory].map { Self.resolved($0) + "/" }
    }

    /// The files tried for `name` in `state`, in order.
    public func candidates(_ name: String, state: String) -> [String] {
        let folders = [campaignDirectory + "/images", assetsDirectory + "/images"]
        return folders.flatMap { folder in
            ["\(name)-\(state)", name].flatMap { stem in Self.types.map { "\(folder)/\(stem).\($0.0)" } }
        }
    }

    /// The first candidate that exists inside the campaign's or the assets' folder (a name
    /// such as `../secret`, or a symbolic link leading elsewhere, never finds a file).
    public func path(_ name: String, state: String) -> String? {
        guard Self.isValidName(name) else { return nil }
        return candidates(name, state: state).first { FileManager.default.fileExists(atPath: $0) && isInside($0) }
    }

    /// Candidates that exist but lead outside the campaign's and the assets' folders, each with
    /// where it leads: a poster must not embed a file from elsewhere on the machine.
    public func escaping(_ name: String, state: String) -> [(path: String, target: String)] {
        guard Self.isValidName(name) else { return [] }
        return candidates(name, state: state).compactMap { path in
            guard FileManager.default.fileExists(atPath: path), !isInside(path) else { return nil }
            return (path, Self.resolved(path))
        }
    }

    /// Picture names are lower-case letters, digits and hyphens (`pictogram`, `police-logo`).
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    private func isInside(_ path: String) -> Bool {
        let file = Self.resolved(path)
        return resolvedFolders.contains { file.hasPrefix($0) }
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The picture as a `data:` URI, or `nil` when there is none or it cannot be read.
    public func dataURI(_ name: String, state: String) -> String? {
        path(name, state: state).flatMap(Self.dataURI(path:))
    }

    /// A picture file as a `data:` URI, or `nil` when it cannot be read, is too large or is not
    /// SVG, PNG or JPEG.
    public static func dataURI(path: String) -> String? {
        guard let type = types.first(where: { path.lowercased().hasSuffix("." + $0.0) }), let bytes = contents(path: path) else { return nil }
        return "data:\(type.1);base64," + Data(bytes).base64EncodedString()
    }

    /// A picture file's bytes, or `nil` when it cannot be read or is too large.
    static func contents(path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path), data.count <= sizeLimit else { return nil }
        return Array(data)
    }
}
