import CampaignModel
import FuzzSupport

/// Fuzzes the campaign spec: the bytes become `campaign.yaml` of the one campaign of a scratch
/// project, which `ProjectLoader` loads as every command does. Campaign owners write this file
/// by hand, so the YAML reader and every check of ids, theme, dates, schedule, messages (ICU
/// MessageFormat) and distribution must turn any text into diagnostics.
///
/// The campaign folder is a copy of secure-yourself with its real strings files, so that a spec
/// that parses is also checked against translations. Seeds of other campaigns only fail the
/// id-equals-folder check and are read through all the same.
@main
enum SpecFuzzer {
    static let project = ScratchProject(campaign: "secure-yourself")

    static func main() {
        _ = project
        LibFuzzer.run(testOneInput)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    SpecFuzzer.project.write(LibFuzzer.bytes(data, size), to: "Campaigns/secure-yourself/campaign.yaml")
    _ = SpecFuzzer.project.loader.load()
    return 0
}
