import CLDRPlurals

/// One piece of a parsed ICU message: literal text, an argument, or `#`.
///
/// The parts keep the message's structure (plural and select cases nest their
/// own parts) so checks and formatting never have to re-read the text.
/// Ranges point into `MessagePattern.text`.
public enum MessagePart: Hashable, Sendable {
    /// Text printed as is, with ICU quoting already resolved (`''` is one `'`).
    case literal(String)
    /// A simple argument such as `{key-date}`, replaced by its value.
    case argument(String, range: Range<String.Index>)
    /// A `#` directly inside a case of the plural over `argument`, replaced by
    /// that plural's number minus its offset. (ICU prints `#` inside a select
    /// nested in a plural case as is, and so does this parser.)
    case pluralNumber(argument: String, range: Range<String.Index>)
    /// A `{name, plural, …}` argument.
    case plural(MessagePlural)
    /// A `{name, select, …}` argument.
    case select(MessageSelect)
}

/// A `{name, plural, [offset:N] … }` argument: one message per number form.
public struct MessagePlural: Hashable, Sendable {
    /// The argument whose number chooses the case.
    public let argument: String
    /// Subtracted from the number before choosing a category and printing `#`.
    public let offset: Int
    /// The cases in the order they are written; one of them is `other`.
    public let cases: [MessagePluralCase]
    /// The whole argument, from `{` to `}`.
    public let range: Range<String.Index>
}

/// One case of a plural argument, such as `few {# dny}` or `=0 {žádný den}`.
public struct MessagePluralCase: Hashable, Sendable {
    public let selector: MessagePluralSelector
    public let message: [MessagePart]
}

/// What a plural case matches: an exact number or a CLDR category.
public enum MessagePluralSelector: Hashable, Sendable {
    /// `=N`: the number itself, before the offset is subtracted.
    case exact(Int)
    /// A category keyword such as `one` or `few`.
    case category(PluralCategory)
}

/// A `{name, select, key {…} … other {…}}` argument: one message per text value.
public struct MessageSelect: Hashable, Sendable {
    /// The argument whose text chooses the case.
    public let argument: String
    /// The cases in the order they are written; one of them is `other`.
    public let cases: [MessageSelectCase]
    /// The whole argument, from `{` to `}`.
    public let range: Range<String.Index>
}

/// One case of a select argument, such as `female {…}`.
public struct MessageSelectCase: Hashable, Sendable {
    public let key: String
    public let message: [MessagePart]
}
