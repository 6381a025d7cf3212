import CampaignModel
import Crypto
import Diagnostics
import Foundation
import PrintPDF

/// The colour profiles every print PDF carries: the printing condition it is made for (its
/// output intent) and sRGB, which the drawing's colours are in. By default both come from
/// Debian's `scribus-data` (zlib licence), installed by the set-up, never copied into the
/// project; a design's `print.yaml` may name another output profile.
public struct PrintProfiles: Sendable, Equatable {
    /// ISO Coated v2 300% (ECI), the characterization FOGRA39: offset on coated paper, what most
    /// EU print shops print posters and flyers on.
    public static let fogra39Path = "/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc"
    public static let sRGBPath = "/usr/share/scribus/profiles/sRGB_icc22.icm"

    public let outputIntent: OutputIntent
    public let rgb: [UInt8]
    /// The digest of both profiles and the intent's names, made once, for the cache keys.
    let digest: String

    init(outputIntent: OutputIntent, rgb: [UInt8]) {
        self.outputIntent = outputIntent
        self.rgb = rgb
        var hasher = SHA256()
        hasher.update(data: Data("\(outputIntent.identifier)\u{0}\(outputIntent.name)\u{0}".utf8))
        hasher.update(data: Data(outputIntent.profile))
        hasher.update(data: Data(rgb))
        digest = hasher.finalize().hex
    }

    /// The profiles for a design's settings (`print.yaml`), or the default printing condition;
    /// `nil`, with an error, when a file is missing or is not an ICC profile.
    public static func load(_ settings: PrintSettings?, log: inout DiagnosticLog) -> PrintProfiles? {
        let debian = "install Debian's scribus-data (Scripts/bootstrap does)"
        let cmyk = settings.map { profile($0.profile, colourSpace: "CMYK", at: $0.location, missing: "name a file beside print.yaml", log: &log) }
            ?? profile(fogra39Path, colourSpace: "CMYK", at: SourceLocation(file: fogra39Path), missing: debian, log: &log)
        let rgb = profile(sRGBPath, colourSpace: "RGB ", at: SourceLocation(file: sRGBPath), missing: debian, log: &log)
        guard let cmyk, let rgb else { return nil }
        let intent = settings.map { OutputIntent(identifier: $0.identifier, name: $0.name, profile: cmyk) }
            ?? OutputIntent(identifier: "FOGRA39", name: "ISO Coated v2 300% (ECI)", profile: cmyk)
        return PrintProfiles(outputIntent: intent, rgb: rgb)
    }

    private static func profile(
        _ path: String, colourSpace: String, at location: SourceLocation, missing: String, log: inout DiagnosticLog
    ) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error(.printProfile, "the ICC profile \(path) is missing; \(missing)", at: location)
            return nil
        }
        let bytes = [UInt8](data)
        guard bytes.count > 128, bytes[36..<40].elementsEqual("acsp".utf8), bytes[16..<20].elementsEqual(colourSpace.utf8) else {
            log.error(.printProfile, "\(path) is not an ICC profile of \(colourSpace.trimmingCharacters(in: .whitespaces)) colour", at: location)
            return nil
        }
        return bytes
    }
}
