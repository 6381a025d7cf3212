import CampaignModel
import FuzzSupport

/// Fuzzes a strings file: the bytes become `strings/de.yaml` of thb-victim-rights (whose German
/// is printed for Germany) in a scratch project, which `ProjectLoader` loads as every command
/// does. Translators and `strings import` write these files; both forms of an entry (plain
/// text, or text with state and fingerprint) and the translation checks must survive any text.
///
/// A target of its own rather than a split of SpecFuzzer's input: each target then takes one
/// kind of file, its seeds are the files as they are in the repository, and every mutation
/// lands in the file under test.
@main
enum StringsFuzzer {
    static let project = ScratchProject(campaign: "thb-victim-rights", keepingStrings: false)

    static func main() {
        _ = project
        LibFuzzer.run(testOneInput)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    StringsFuzzer.project.write(LibFuzzer.bytes(data, size), to: "Campaigns/thb-victim-rights/strings/de.yaml")
    _ = StringsFuzzer.project.loader.load()
    return 0
}
