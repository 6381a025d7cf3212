/// A text with the points where its language's dictionary allows each word a hyphen, which it
/// writes out as soft hyphens (U+00AD), Pango's break opportunity that shows a hyphen when the
/// line breaks there.
///
/// Words are hyphenated as typographers do: only words of at least `minimumWordLength` letters,
/// never a word in capitals (an acronym), a word with digits, or one in which the translator
/// already put soft hyphens (their choice stands). A word can be left whole again, for the rule
/// of no more than two hyphenated lines in a row.
struct HyphenatedText {
    static let minimumWordLength = 6
    static let softHyphen: Unicode.Scalar = "\u{AD}"

    /// A word with hyphenation points: where it starts among the text's scalars, and the
    /// points as counts of its scalars before each hyphen.
    struct Word {
        let start: Int
        let points: [Int]
    }

    let scalars: [Unicode.Scalar]
    let words: [Word]

    /// The text with the points `dictionary` gives its words.
    init(_ text: String, dictionary: HyphenationDictionary) {
        self.init(text, points: dictionary.points(in:))
    }

    /// The text with every point the typographers' minimums allow (two letters before a
    /// hyphen, three after): more than any dictionary gives, to learn what hyphenation could
    /// do at best before loading one.
    static func everywhere(_ text: String) -> HyphenatedText {
        HyphenatedText(text) { word in Array(2...(word.unicodeScalars.count - 3)) }
    }

    /// The text with the points `points` gives each word (letters only, lower case).
    private init(_ text: String, points: (String) -> [Int]) {
        scalars = Array(text.unicodeScalars)
        var words: [Word] = []
        var index = 0
        while index < scalars.count {
            guard Self.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, Self.isWordScalar(scalars[index]) { index += 1 }
            let word = scalars[start..<index]
            if let points = Self.points(of: word, before: start > 0 ? scalars[start - 1] : nil, by: points),
                !points.isEmpty
            {
                words.append(Word(start: start, points: points))
            }
        }
        self.words = words
    }

    /// Whether any word may be hyphenated.
    var isEmpty: Bool { words.isEmpty }

    /// The text with soft hyphens at every point of the words not in `whole`, and the UTF-8
    /// range each hyphenated word covers in it.
    func text(keepingWhole whole: Set<Int> = []) -> (text: String, wordRanges: [Range<Int>]) {
        var result = String.UnicodeScalarView()
        var ranges: [Range<Int>] = []
        var utf8 = 0
        var next = 0
        func append(_ scalar: Unicode.Scalar) {
            result.append(scalar)
            utf8 += UTF8.width(scalar)
        }
        for (number, word) in words.enumerated() {
            while next < word.start {
                append(scalars[next])
                next += 1
            }
            let rangeStart = utf8
            var end = word.start
            while end < scalars.count, Self.isWordScalar(scalars[end]) { end += 1 }
            let points = whole.contains(number) ? [] : Set(word.points)
            for offset in 0..<(end - word.start) {
                if points.contains(offset) { append(Self.softHyphen) }
                append(scalars[word.start + offset])
            }
            next = end
            ranges.append(rangeStart..<utf8)
        }
        while next < scalars.count {
            append(scalars[next])
            next += 1
        }
        return (String(result), ranges)
    }

    /// Letters and the marks on them; a soft hyphen is part of a word too, so that a word the
    /// translator hyphenated is seen whole (and left alone).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark || scalar == softHyphen
    }

    private static func points(
        of word: ArraySlice<Unicode.Scalar>, before: Unicode.Scalar?, by points: (String) -> [Int]
    ) -> [Int]? {
        guard word.count >= minimumWordLength, !word.contains(softHyphen) else { return nil }
        // Part of an address or a number (`www.example`, `A4`): leave it.
        if let before, before == "." || before == "@" || before == "/" || before.properties.numericType != nil { return nil }
        let text = String(String.UnicodeScalarView(word))
        if word.filter({ $0.properties.isUppercase }).count > 1, text.uppercased() == text { return nil }
        let lower = text.lowercased()
        guard lower.unicodeScalars.count == word.count else { return nil }
        return points(lower)
    }
}
