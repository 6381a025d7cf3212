import Foundation

/// Finds the picture an image slot names, most specific first, and embeds it as a `data:` URI
/// so that the poster loads nothing from disk or network:
/// `Campaigns/<id>/images/<name>-<STATE>.<ext>`, `Campaigns/<id>/images/<name>.<ext>`,
/// `Assets/images/<name>-<STATE>.<ext>`, `Assets/images/<name>.<ext>`.
public struct ImageLibrary: Sendable {
    public let campaignDirectory: String
    public let assetsDirectory: String

    static let types = [("svg", "image/svg+xml"), ("png", "image/png"), ("jpg", "image/jpeg"), ("jpeg", "image/jpeg")]
    /// The largest picture embedded in a poster.
    public static let sizeLimit = 8 << 20

    public init(campaignDirectory: String, assetsDirectory: String) {
        self.campaignDirectory = campaignDirectory
        self.assetsDirectory = assetsDirectory
    }

    /// The files tried for `name` in `state`, in order.
    public func candidates(_ name: String, state: String) -> [String] {
        let folders = [campaignDirectory + "/images", assetsDirectory + "/images"]
        return folders.flatMap { folder in
            ["\(name)-\(state)", name].flatMap { stem in Self.types.map { "\(folder)/\(stem).\($0.0)" } }
        }
    }

    /// The first candidate that exists.
    public func path(_ name: String, state: String) -> String? {
        candidates(name, state: state).first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The picture as a `data:` URI, or `nil` when there is none or it cannot be read.
    public func dataURI(_ name: String, state: String) -> String? {
        path(name, state: state).flatMap(Self.dataURI(path:))
    }

    /// A picture file as a `data:` URI, or `nil` when it cannot be read, is too large or is not
    /// SVG, PNG or JPEG.
    public static func dataURI(path: String) -> String? {
        guard let type = types.first(where: { path.lowercased().hasSuffix("." + $0.0) }),
              let data = FileManager.default.contents(atPath: path), data.count <= sizeLimit
        else { return nil }
        return "data:\(type.1);base64," + data.base64EncodedString()
    }
}
