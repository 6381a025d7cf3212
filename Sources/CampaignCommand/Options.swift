import ArgumentParser
import CampaignBuild
import CampaignModel

/// Where the inputs are: the options every command shares.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("campaigns"), help: ArgumentHelp("The folder with one sub-folder per campaign.", valueName: "dir"))
    var campaignsDirectory = "Campaigns"

    @Option(name: .customLong("assets"), help: ArgumentHelp("The folder with shared designs and member-state data.", valueName: "dir"))
    var assetsDirectory = "Assets"

    var layout: ProjectLayout {
        ProjectLayout(campaignsDirectory: campaignsDirectory, assetsDirectory: assetsDirectory)
    }
}

/// What to work on: `--campaign` and `--locale`, each repeatable.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("campaign"), help: ArgumentHelp("Only this campaign (repeatable).", valueName: "id"))
    var campaignIDs: [String] = []

    @Option(
        name: .customLong("locale"),
        help: ArgumentHelp(
            "Only this locale, e.g. de-AT, or a language in every member state, e.g. de (repeatable).",
            valueName: "tag"))
    var localeFilters: [String] = []

    var selection: Selection {
        Selection(campaignIDs: campaignIDs, localeFilters: localeFilters)
    }
}
