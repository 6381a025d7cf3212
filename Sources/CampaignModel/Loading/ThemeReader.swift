import Diagnostics

/// Reads a campaign's `theme:` block: four colours and two font families.
struct ThemeReader {
    let reader: NodeReader

    func theme(_ theme: MappingReader, log: inout DiagnosticLog) -> Theme? {
        theme.rejectUnknownKeys(["colors", "fonts"], log: &log)
        let colors = theme.mapping("colors", log: &log).flatMap { readColors($0, log: &log) }
        let fonts = theme.mapping("fonts", log: &log).flatMap { readFonts($0, log: &log) }
        guard let colors, let fonts else { return nil }
        return Theme(colors: colors, fonts: fonts)
    }

    private func readColors(_ colors: MappingReader, log: inout DiagnosticLog) -> Theme.Colors? {
        colors.rejectUnknownKeys(["primary", "accent", "text", "background"], log: &log)
        func color(_ key: String) -> Color? {
            guard let text = colors.string(key, log: &log) else { return nil }
            guard let color = Color(hex: text) else {
                log.error(.campaignSpec, "colour '\(text)' must be written as #RRGGBB", at: reader.location(colors[key]!))
                return nil
            }
            return color
        }
        let primary = color("primary"), accent = color("accent"), text = color("text"), background = color("background")
        guard let primary, let accent, let text, let background else { return nil }
        return Theme.Colors(primary: primary, accent: accent, text: text, background: background)
    }

    private func readFonts(_ fonts: MappingReader, log: inout DiagnosticLog) -> Theme.Fonts? {
        fonts.rejectUnknownKeys(["headline", "body"], log: &log)
        let headline = fonts.string("headline", log: &log)
        let body = fonts.string("body", log: &log)
        guard let headline, let body else { return nil }
        return Theme.Fonts(headline: headline, body: body)
    }
}
