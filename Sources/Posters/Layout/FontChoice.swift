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

    /// The families a poster's invisible copy of its text names. Nastaliq is drawn only as
    /// outlines: renderers shape its cascades and swashes differently (Chromium's box for an
    /// Urdu line reaches half an em past the outlines Pango set), and the invisible copy, which
    /// is there to be read aloud, searched and copied, must cover the box its outlines keep to.
    /// It names the Naskh family instead, which every renderer sets alike.
    static func invisibleTextFamilies(_ families: [String]) -> [String] {
        families.filter { $0 != "Noto Nastaliq Urdu" }
    }
}
