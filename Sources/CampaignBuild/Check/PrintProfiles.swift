import Diagnostics
import Foundation
import PrintPDF

/// The colour profiles every print PDF carries: the printing condition it is made for (its
/// output intent) and sRGB, which the drawing's colours are in. Both come from Debian's
/// `scribus-data` (zlib licence), installed by the set-up, never copied into the project.
public struct PrintProfiles: Sendable, Equatable {
    /// ISO Coated v2 300% (ECI), the characterization FOGRA39: offset on coated paper, what most
    /// EU print shops print posters and flyers on.
    public static let fogra39Path = "/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc"
    public static let sRGBPath = "/usr/share/scribus/profiles/sRGB_icc22.icm"

    public let outputIntent: OutputIntent
    public let rgb: [UInt8]

    /// The profiles; `nil`, with an error, when a file is missing or is not an ICC profile.
    public static func load(log: inout DiagnosticLog) -> PrintProfiles? {
        guard let cmyk = profile(fogra39Path, colourSpace: "CMYK", log: &log), let rgb = profile(sRGBPath, colourSpace: "RGB ", log: &log)
        else { return nil }
        return PrintProfiles(
            outputIntent: OutputIntent(identifier: "FOGRA39", name: "ISO Coated v2 300% (ECI)", profile: cmyk), rgb: rgb)
    }

    private static func profile(_ path: String, colourSpace: String, log: inout DiagnosticLog) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error(.printProfile, "the ICC profile is missing; install Debian's scribus-data (Scripts/bootstrap does)", at: SourceLocation(file: path))
            return nil
        }
        let bytes = [UInt8](data)
        guard bytes.count > 128, bytes[36..<40].elementsEqual("acsp".utf8), bytes[16..<20].elementsEqual(colourSpace.utf8) else {
            log.error(.printProfile, "not an ICC profile of \(colourSpace.trimmingCharacters(in: .whitespaces)) colour", at: SourceLocation(file: path))
            return nil
        }
        return bytes
    }
}
