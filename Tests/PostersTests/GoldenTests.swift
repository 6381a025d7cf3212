import Foundation
import PosterSamples
import TextLayout
import Testing

/// Posters in every script the campaigns use, compared byte for byte with reviewed references
/// in `Fixtures/goldens`. After a deliberate change, look at the new output and record it with
/// `RECORD_GOLDENS=1 swift test --filter GoldenTests` (only the value 1 records, as in every suite).
@Suite struct GoldenTests {
    let engine = TextLayoutEngine(fonts: Sample.fonts)
    static let goldens = Sample.fixtures.appendingPathComponent("goldens")

    static let headlines: [(locale: String, text: String)] = [
        ("el-BE", "Δυσκολέψτε τους διαρρήκτες"),
        ("uk-BE", "Ви маєте права, незалежно від документів"),
        ("vi-BE", "Bảo vệ nhà bạn trước khi đi xa"),
        ("zh-Hans-BE", "被迫工作？无法自由离开？您享有权利。"),
        ("ar-BE", "هل يُجبرك أحد على العمل؟ لك حقوق."),
        ("de-BE", "Machen Sie es Einbrechern schwer"),
    ]

    @Test(arguments: headlines.map(\.locale))
    func matchesTheReviewedPoster(locale: String) throws {
        let text = try #require(Self.headlines.first { $0.locale == locale }?.text)
        let language = String(locale.dropLast(3))
        let (svg, log) = try Sample.card(try Sample.campaign(translations: [language: text]), locale: locale, engine: engine)
        #expect(log.diagnostics.isEmpty)
        let golden = Self.goldens.appendingPathComponent("card-\(locale).svg")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: golden)
            return
        }
        let expected = try #require(try? String(contentsOf: golden, encoding: .utf8), "no golden \(golden.lastPathComponent); record it")
        #expect(svg == expected, "card-\(locale).svg changed; look at it and re-record if it is right")
    }
}
