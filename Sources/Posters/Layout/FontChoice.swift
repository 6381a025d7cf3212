import CampaignModel

/// The font families a slot asks Pango for: the theme's family first, then families that cover
/// the scripts it lacks. For Chinese, Japanese and Korean the CJK family of that language comes
/// first among the fallbacks, so shared ideographs take the forms its readers expect; Urdu is
/// set in Nastaliq, the style its readers read, before the Naskh of Arabic and Persian.
enum FontChoice {
    static func families(primary: String, language: LanguageTag) -> [String] {
        let arabic = language.language == "ur" ? ["Noto Nastaliq Urdu", "Noto Sans Arabic"] : ["Noto Sans Arabic"]
        let cjk: [String] = switch (language.language, language.script) {
        case ("zh", "Hant"): ["Noto Sans CJK TC", "Noto Sans CJK SC"]
        case ("ja", _): ["Noto Sans CJK JP", "Noto Sans CJK SC"]
        case ("ko", _): ["Noto Sans CJK KR", "Noto Sans CJK SC"]
        default: ["Noto Sans CJK SC"]
        }
        let fallbacks = ["Noto Sans"] + arabic + ["Noto Sans Hebrew"] + cjk
        return [primary] + fallbacks.filter { $0 != primary }
    }
}
