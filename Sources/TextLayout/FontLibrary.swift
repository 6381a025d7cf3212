internal import CPango
import Foundation

/// The fonts the compiler may use: a fontconfig configuration read from a project-owned file,
/// so that every machine lays out with the same fonts, whatever else is installed.
///
/// Load it once per process and share it: fontconfig configurations are safe to use from
/// several threads, and loading one reads every font directory it names.
public final class FontLibrary: @unchecked Sendable {
    let configuration: OpaquePointer

    /// Reads a fontconfig file (`Assets/fonts/fonts.conf`) and indexes the fonts it names.
    public init(configurationFile path: String) throws(TextLayoutError) {
        guard let configuration = FcConfigCreate() else {
            throw TextLayoutError.fontConfiguration(path: path, reason: "fontconfig could not create a configuration")
        }
        // fontconfig resolves relative paths against its own folders, not the working directory.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard FcConfigParseAndLoad(configuration, absolute, 1) != 0 else {
            FcConfigDestroy(configuration)
            throw TextLayoutError.fontConfiguration(path: path, reason: "fontconfig could not read it")
        }
        guard FcConfigBuildFonts(configuration) != 0 else {
            FcConfigDestroy(configuration)
            throw TextLayoutError.fontConfiguration(path: path, reason: "fontconfig could not index its fonts")
        }
        self.configuration = configuration
        guard !families.isEmpty else {
            throw TextLayoutError.fontConfiguration(path: path, reason: "it names no font that is installed")
        }
    }

    deinit {
        FcConfigDestroy(configuration)
    }

    /// The font families available, sorted.
    public var families: [String] {
        fonts.map(\.family).reduce(into: Set<String>()) { $0.insert($1) }.sorted()
    }

    /// Every font face: family, style and file, sorted. Its text identifies the font set, for
    /// anything that must change when the fonts do.
    public var fonts: [(family: String, style: String, file: String)] {
        guard let pattern = FcPatternCreate(), let objects = FcObjectSetCreate() else { return [] }
        for object in [FC_FAMILY, FC_STYLE, FC_FILE] { FcObjectSetAdd(objects, object) }
        defer {
            FcPatternDestroy(pattern)
            FcObjectSetDestroy(objects)
        }
        guard let set = FcFontList(configuration, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(set) }
        var result: [(String, String, String)] = []
        for index in 0..<Int(set.pointee.nfont) {
            guard let font = set.pointee.fonts[index] else { continue }
            result.append((font.string(FC_FAMILY) ?? "", font.string(FC_STYLE) ?? "", font.string(FC_FILE) ?? ""))
        }
        return result.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
    }
}

extension OpaquePointer {
    /// The first string value of a fontconfig pattern's `object`.
    func string(_ object: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(self, object, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }

    /// The first integer value of a fontconfig pattern's `object`.
    func integer(_ object: String) -> Int? {
        var value: Int32 = 0
        guard FcPatternGetInteger(self, object, 0, &value) == FcResultMatch else { return nil }
        return Int(value)
    }
}
