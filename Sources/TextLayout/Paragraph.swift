/// A text made ready for Pango: break opportunities added where Pango finds none, and, when
/// it is to be hyphenated, the points where its words may take a hyphen.
struct Paragraph {
    /// The text with zero-width spaces between the words of Khmer, Lao and Myanmar.
    let text: String
    /// Whether `text` holds zero-width spaces that were not in the text given, which the lines
    /// then leave out again.
    let addedWordBreaks: Bool
    /// The words' hyphenation points, when the text is hyphenated by a dictionary.
    var hyphenated: HyphenatedText?
    /// Whether the last two words stay on one line (`LineBreakRules`).
    var keepsLastWords = false
    /// Whether no more than two lines in a row may end in a hyphen (off only to learn what
    /// hyphenation could do at best).
    var limitsHyphenatedLines = true

    init(_ text: String, language: String) {
        let prepared = LineBreakRules.addingWordBreaks(to: text, language: language)
        self.text = prepared
        addedWordBreaks = prepared != text
    }

    /// The text to lay out, with soft hyphens in all hyphenated words but those in `whole`, and
    /// the UTF-8 range of each hyphenated word in it.
    func text(keepingWhole whole: Set<Int>) -> (text: String, words: [Range<Int>]) {
        guard let hyphenated else { return (text, []) }
        let result = hyphenated.text(keepingWhole: whole)
        return (result.text, result.wordRanges)
    }
}
