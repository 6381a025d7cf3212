import TextSegmentation

/// What Pango's Unicode line breaking does not know, added before a text is laid out: break
/// opportunities in scripts written without spaces, and stretches of text that must not break.
///
/// - Khmer, Lao and Myanmar break between words, which ICU's dictionaries find (Pango alone
///   cannot break them at all; Thai it breaks with libthai).
/// - In phrase mode (headlines), Chinese and Japanese break between words, not between any two
///   characters (`无法`, "unable", stays whole), a Japanese particle stays with the word before
///   it, and Korean words stay whole (`word-break: keep-all`), as Chromium's
///   `word-break: auto-phrase` sets them.
/// - Maltese keeps an article with its noun (`is-sigurtà`, `għall-ħallelin`).
/// - A balanced text can keep its last two words together, so its last line is never a single
///   short word.
enum LineBreakRules {
    static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"

    /// The text with a zero-width space at each word boundary inside Khmer, Lao and Myanmar.
    static func addingWordBreaks(to text: String, language: String) -> String {
        guard text.unicodeScalars.contains(where: needsDictionaryBreaks) else { return text }
        let breaks = Set(TextSegmentation.lineBreaks(in: text, language: language))
        var result = String.UnicodeScalarView()
        var offset = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if breaks.contains(offset), let previous, needsDictionaryBreaks(previous), needsDictionaryBreaks(scalar) {
                result.append(zeroWidthSpace)
            }
            result.append(scalar)
            offset += UTF8.width(scalar)
            previous = scalar
        }
        return String(result)
    }

    /// The UTF-8 ranges of `text` that must not break inside.
    static func unbreakableRanges(in text: String, language: String, phrases: Bool, keepLastWords: Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        if phrases, text.unicodeScalars.contains(where: isCJKOrHangul) {
            ranges += phraseRanges(in: text, language: language)
        }
        if language.split(separator: "-").first == "mt" {
            ranges += malteseArticles(in: text)
        }
        if keepLastWords, let last = lastTwoWords(in: text) {
            ranges.append(last)
        }
        return ranges
    }

    /// Words of Chinese, Japanese and Korean, Japanese particles joined to the word before.
    private static func phraseRanges(in text: String, language: String) -> [Range<Int>] {
        let utf8 = Array(text.utf8)
        var phrases: [Range<Int>] = []
        for segment in TextSegmentation.words(in: text, language: language) where segment.isWord {
            let word = String(decoding: utf8[segment.start..<segment.end], as: UTF8.self)
            guard word.unicodeScalars.contains(where: isCJKOrHangul) else { continue }
            if let last = phrases.last, last.upperBound == segment.start, isParticle(word) {
                phrases[phrases.count - 1] = last.lowerBound..<segment.end
            } else {
                phrases.append(segment.start..<segment.end)
            }
        }
        return phrases.filter { !$0.isEmpty }
    }

    /// A short word of hiragana only: a Japanese particle or ending (`に`, `を`, `から`).
    private static func isParticle(_ word: String) -> Bool {
        word.unicodeScalars.count <= 2 && word.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) }
    }

    /// `is-`, `għall-`, `tad-`... with the first letter after the hyphen: an article of one to
    /// five letters that starts a word, glued to its noun by a hyphen.
    private static func malteseArticles(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var offsets: [Int] = []
        var utf8 = 0
        for scalar in scalars {
            offsets.append(utf8)
            utf8 += UTF8.width(scalar)
        }
        offsets.append(utf8)
        for (index, scalar) in scalars.enumerated() where scalar == "-" && index + 1 < scalars.count {
            var start = index
            while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
            let length = index - start
            guard (1...5).contains(length), scalars[index + 1].properties.isAlphabetic else { continue }
            ranges.append(offsets[start]..<offsets[index + 2])
        }
        return ranges
    }

    /// The last space-separated pair of words, from the start of the one before the last to the
    /// end of the text, when the last word is short (fewer than eight characters) and the text
    /// has spaces at all.
    private static func lastTwoWords(in text: String) -> Range<Int>? {
        let utf8 = Array(text.utf8)
        guard let lastSpace = utf8.lastIndex(of: 0x20), lastSpace > 0 else { return nil }
        let lastWord = String(decoding: utf8[(lastSpace + 1)...], as: UTF8.self)
        guard lastWord.count < 8 else { return nil }
        var start = lastSpace
        while start > 0, utf8[start - 1] != 0x20 { start -= 1 }
        return start..<utf8.count
    }

    private static func needsDictionaryBreaks(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1780...0x17FF, 0x19E0...0x19FF: true  // Khmer
        case 0x0E80...0x0EFF: true  // Lao
        case 0x1000...0x109F, 0xAA60...0xAA7F, 0xA9E0...0xA9FF: true  // Myanmar
        default: false
        }
    }

    private static func isCJKOrHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: true
        default: false
        }
    }
}
