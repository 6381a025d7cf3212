import CampaignModel
import TranslationFiles

/// The names exported translation files get, `<campaign>.<locale>.<ext>`
/// (`thb-victim-rights.de-AT.xlf`), and what an import reads back from a name.
public enum FileNaming {
    public static func fileName(campaign: String, locale: LocaleTag, format: TranslationFormat) -> String {
        "\(campaign).\(locale).\(format.fileExtension)"
    }

    /// The locale a file's name gives, when it has the exported form for `campaign`.
    static func locale(inFileName path: String, campaign: String) -> LocaleTag? {
        let parts = baseName(path).split(separator: ".")
        guard parts.count == 3, parts[0] == campaign else { return nil }
        return try? LocaleTag(parsing: String(parts[1]))
    }

    /// The campaign a file's name starts with, among the project's.
    static func campaign(inFileName path: String, among ids: [String]) -> String? {
        let first = baseName(path).split(separator: ".").first.map(String.init)
        return first.flatMap { ids.contains($0) ? $0 : nil }
    }

    private static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
