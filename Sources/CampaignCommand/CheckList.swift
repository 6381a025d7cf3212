import Checks

/// What `campaign check --list-checks` prints: every check a finding can name, in three
/// Markdown tables (the rules, the input's checks, the schedule's), as README.md shows them.
enum CheckList {
    static var markdown: String {
        "Rules that judge the project and what the build makes of it:\n\n"
            + CheckRegistry.markdownTable(CheckRegistry.rules)
            + "\nChecks made while reading the input:\n\n"
            + CheckRegistry.markdownTable(CheckRegistry.inputChecks)
            + "\nThe schedule's findings:\n\n"
            + CheckRegistry.markdownTable(CheckRegistry.scheduleChecks)
    }
}
