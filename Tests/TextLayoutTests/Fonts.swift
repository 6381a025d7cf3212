import Foundation
import TextLayout

/// The project's font configuration, loaded once for all tests, as the compiler does.
enum Fonts {
    static let configuration = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets/fonts/fonts.conf").path

    static let library: FontLibrary = {
        do {
            return try FontLibrary(configurationFile: configuration)
        } catch {
            fatalError("the project's fonts do not load: \(error)")
        }
    }()

    static let sans = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"]

    static func style(_ language: String, weight: Int = 400, lineHeight: Double = 1.2) -> TextStyle {
        TextStyle(
            families: sans, weight: weight, language: language,
            direction: ["ar", "he", "fa"].contains(language) ? .rightToLeft : .leftToRight, lineHeight: lineHeight)
    }
}
