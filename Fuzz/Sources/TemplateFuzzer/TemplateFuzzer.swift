import Diagnostics
import FuzzSupport
import Posters

/// Fuzzes the poster templates: the bytes become an SVG file beside the civic design's templates
/// in a scratch copy of `Assets/`, read by `TemplateLoader` (libxml2, page geometry, transforms,
/// text and image slots, links to pictures). Designers export templates from Inkscape, and every
/// build reads them, so a broken one must end in diagnostics.
@main
enum TemplateFuzzer {
    static let project = ScratchProject()
    static let path = "Assets/templates/civic/fuzz.svg"

    static func main() {
        _ = project
        LibFuzzer.run(testOneInput)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let project = TemplateFuzzer.project
    project.write(LibFuzzer.bytes(data, size), to: TemplateFuzzer.path)
    var log = DiagnosticLog()
    _ = TemplateLoader(path: project.directory + "/" + TemplateFuzzer.path, assetsDirectory: project.assetsDirectory)
        .load(log: &log)
    return 0
}
