/// A CLDR plural category: the name of one grammatical number form.
///
/// Translators write these names as plural cases (`one {…}`, `few {…}`), and
/// CLDR's rules map every number to one of them per language. The cases are
/// declared in CLDR's canonical order, which is also the `Comparable` order,
/// so sorted lists read the way CLDR and translation tools show them.
public enum PluralCategory: String, CaseIterable, Sendable, Comparable, Hashable {
    case zero
    case one
    case two
    case few
    case many
    case other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        lhs.canonicalRank < rhs.canonicalRank
    }

    private var canonicalRank: Int {
        switch self {
        case .zero: 0
        case .one: 1
        case .two: 2
        case .few: 3
        case .many: 4
        case .other: 5
        }
    }
}
