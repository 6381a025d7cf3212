import CampaignBuild
import CampaignModel
import Foundation
import Raster
import Testing

/// Print readiness as the build checks it on the repository's designs.
@Suite struct PrintReadinessTests {
    /// A 130 x 130 pixel picture printed in the flyer's 21 mm pictogram circle is 157 dpi; at
    /// 520 x 520 pixels it is 314 dpi in the poster's 42 mm circle too, and passes.
    @Test(arguments: [(130, "157 dpi"), (520, nil)])
    func aPictureBelow300DotsPerInchIsFlagged(pixels: Int, flagged: String?) throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let svg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><circle cx='5' cy='5' r='4' fill='#0B3D91'/></svg>"
        let png = try Rasterizer.png(fromSVG: Array(svg.utf8), width: pixels, height: pixels, options: PNGOptions(dotsPerInch: 300))
        let picture = root.appendingPathComponent("Campaigns/secure-yourself/images/pictogram-CZ.png")
        try Data(png).write(to: picture)

        let check = ProjectCheck(
            layout: ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets"),
            selection: Selection(campaignIDs: ["secure-yourself"])
        ).run()
        let resolution = check.log.diagnostics.filter { $0.message.contains("print needs 300 dpi") }
        if let flagged {
            #expect(resolution.map(\.message).contains(
                "picture \(picture.path) is \(pixels) x \(pixels) pixels, \(flagged) at its printed size of 21 x 21 mm; print needs 300 dpi"))
            #expect(resolution.allSatisfy { $0.location?.file.hasSuffix("Assets/templates/civic/flyer-a5.svg") == true
                || $0.location?.file.hasSuffix("Assets/templates/civic/poster-a3.svg") == true })
        } else {
            #expect(resolution.isEmpty)
        }
    }

    /// `Fixtures/bleed`: the base project as a flyer whose blue band stops at the trim on its top
    /// and left edges and runs into the bleed on its right. The build renders the background and
    /// fails on those two edges alone, at the template, and writes no flyer.
    @Test func backgroundArtThatStopsAtTheTrimFailsTheBuild() throws {
        let project = try FixtureProject()
        defer { project.remove() }
        try FixtureProject.overlay(FixtureProject.fixtures.appendingPathComponent("bleed"), onto: project.root)
        try FileManager.default.copyItem(
            at: RepositoryCampaigns.root.appendingPathComponent("Assets/fonts"), to: project.root.appendingPathComponent("Assets/fonts"))

        let result = BuildTests.build(project.root, selection: Selection(localeFilters: ["de-DE"]))
        let errors = result.log.diagnostics.filter { $0.severity == .error }
        let bleed = errors.filter { $0.description.contains("the background art stops at the") }
        for edge in ["top", "left"] {
            #expect(
                bleed.contains { $0.description.contains("sample/de-DE/flyer-a5: the background art stops at the \(edge) trim edge") },
                "no bleed error on the \(edge) edge: \(errors.map(\.description))")
        }
        #expect(bleed.count == 2, "only the top and left edges stop at the trim: \(bleed.map(\.description))")
        #expect(bleed.allSatisfy { $0.location?.file.hasSuffix("Assets/templates/trimmed/flyer-a5.svg") == true })
        #expect(errors.count == bleed.count, "\(errors.map(\.description))")
        #expect(result.written.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Output/sample/de-DE/flyer-a5.png").path))
    }

    /// A design's `print.yaml` names the printing condition of its PDFs; a profile that is not
    /// there is an error at the line naming it, before anything is made.
    @Test func aDesignNamesItsPrintingCondition() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let settings = root.appendingPathComponent("Assets/templates/civic/print.yaml")
        let layout = ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")
        let selection = Selection(campaignIDs: ["secure-yourself"], localeFilters: ["cs"])
        try Data("""
            outputIntent:
              profile: \(PrintProfiles.fogra39Path)
              identifier: FOGRA39L
              name: Coated FOGRA39 (ISO 12647-2:2004)
            """.utf8).write(to: settings)
        let checked = ProjectCheck(layout: layout, selection: selection).run()
        #expect(checked.log.diagnostics.isEmpty)
        #expect(checked.printProfiles["civic"]?.outputIntent.identifier == "FOGRA39L")
        #expect(checked.printProfiles["civic"]?.outputIntent.name == "Coated FOGRA39 (ISO 12647-2:2004)")

        try Data("outputIntent:\n  profile: PSOcoated_v3.icc\n  identifier: FOGRA51\n  name: PSO Coated v3\n".utf8).write(to: settings)
        let missing = ProjectCheck(layout: layout, selection: selection).run().log.diagnostics
        #expect(missing.map(\.description) == [
            "\(settings.path):2:12: error: the ICC profile \(root.path)/Assets/templates/civic/PSOcoated_v3.icc is missing; name a file beside print.yaml",
        ])
        #expect(missing.first?.check == "print-profile")
    }
}
