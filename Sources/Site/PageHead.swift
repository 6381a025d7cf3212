import CampaignModel

/// What every page's `<head>` and frame say, the values `page.mustache` reads: language and
/// direction, title, canonical address, language alternates, social card, the campaign's colours
/// and the language menu.
struct PageHead {
    let lang: String
    let dir: String
    let title: String
    let description: String
    let canonical: String?
    let alternates: [Alternate]
    let stylesheet: String
    let colors: Colors?
    let card: SocialCard
    /// A page that search engines are not to list (the not-found pages).
    let noindex: Bool
    let skipToContent: String
    /// The menu of the page's other languages; `nil` on pages that stand for no one language.
    let menu: LanguageMenu?

    /// A `<link rel="alternate" hreflang>`: a language version of the page, or `x-default`.
    struct Alternate {
        let hreflang: String
        let href: String
    }

    /// The campaign's theme colours, as CSS custom properties the stylesheet uses.
    struct Colors {
        let primary: String
        let accent: String
        let text: String
        let background: String

        init(_ theme: Theme) {
            primary = theme.colors.primary.description
            accent = theme.colors.accent.description
            text = theme.colors.text.description
            background = theme.colors.background.description
        }
    }

    /// Open Graph and Twitter card tags, for the preview a shared link shows.
    struct SocialCard {
        let title: String
        let description: String
        let url: String?
        /// The locale's `social-link.png` (1200 x 630), absolute; `nil` without a base address.
        let image: String?
        let imageAlt: String
        /// `de_AT`, and the page's other languages.
        let locale: String
        let alternateLocales: [String]
    }

    /// The language menu: its label, read out by screen readers, and its links.
    struct LanguageMenu {
        let label: String
        let links: [LanguageLink]
    }

    /// A link of the language menu: the language by its own name, marked with its language and
    /// direction, so that it reads right in a page of any direction.
    struct LanguageLink {
        let name: String
        let hreflang: String
        let dir: String
        let href: String
        let isCurrent: Bool
    }

    /// `de_AT`, as Open Graph writes locales.
    static func openGraphLocale(_ locale: LocaleTag) -> String {
        "\(locale.language.language)_\(locale.state)"
    }
}
