/// A value supplied for a message argument when formatting.
///
/// Plurals need a number and selects need text; keeping the two apart lets the
/// formatter reject a mix-up instead of printing something plausible but wrong.
public enum MessageValue: Sendable, Hashable {
    /// Text, printed as is; chooses the case of a select.
    case text(String)
    /// A whole number, printed with the locale's digits and grouping; chooses the case of a plural.
    case number(Int)
}
