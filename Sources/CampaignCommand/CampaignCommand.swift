import ArgumentParser
import CampaignBuild

/// The `campaign` command: compiles multilingual awareness campaigns from their specs.
@main
struct CampaignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "Compile multilingual crime-prevention campaigns into posters, flyers, newsletters and schedules.",
        discussion: """
            Reads campaign specs from Campaigns/<id>/campaign.yaml with their translations in \
            strings/, and shared designs and member-state data from Assets/. Diagnostics are printed \
            to standard error as path:line:column: error: message.
            """,
        version: CompilerVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ListCommand.self, ScheduleCommand.self, StringsCommand.self, LocalesCommand.self,
            PackCommand.self, PreviewCommand.self,
        ]
    )
}
