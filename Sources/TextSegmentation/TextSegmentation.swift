// The only file of this module that touches ICU; see CLDRPlurals/ICUPluralRules.swift for why
// the import is implementation-only and why this module must not import Foundation.
@_implementationOnly import CICU

/// Where a text may break, by ICU's rules and dictionaries: Pango breaks lines by the Unicode
/// rules alone (and Thai with libthai), which leaves Khmer, Lao and Myanmar, written without
/// spaces, unbreakable, and breaks Chinese and Japanese between any two characters, even
/// inside a word.
///
/// Offsets are in UTF-8 bytes, as Pango counts them.
public enum TextSegmentation {
    /// A run of text between two word boundaries.
    public struct Segment: Hashable, Sendable {
        public let start: Int
        public let end: Int
        /// Whether ICU found a word (letters, numbers, ideographs), not spaces or punctuation.
        public let isWord: Bool
    }

    /// The offsets where a line may break, the text's start and end excluded.
    public static func lineBreaks(in text: String, language: String) -> [Int] {
        boundaries(in: text, language: language, words: false).map(\.offset).filter { $0 > 0 && $0 < text.utf8.count }
    }

    /// The text cut at its word boundaries, by the language's dictionary where ICU has one.
    public static func words(in text: String, language: String) -> [Segment] {
        var segments: [Segment] = []
        var start = 0
        for boundary in boundaries(in: text, language: language, words: true) where boundary.offset > start {
            segments.append(Segment(start: start, end: boundary.offset, isWord: boundary.status >= 100))
            start = boundary.offset
        }
        return segments
    }

    /// Each boundary after the start, with ICU's rule status, as UTF-8 offsets.
    private static func boundaries(in text: String, language: String, words: Bool) -> [(offset: Int, status: Int32)] {
        let utf16 = Array(text.utf16)
        guard !utf16.isEmpty else { return [] }
        let locale = language.replacingHyphens()
        let utf8Offsets = utf8OffsetsByUTF16(text)
        // The iterator reads the buffer it is given: everything happens while it is valid.
        return utf16.withUnsafeBufferPointer { buffer in
            var status = U_ZERO_ERROR
            guard let iterator = cicu_break_open(words, locale, buffer.baseAddress, Int32(buffer.count), &status),
                !cicu_failure(status)
            else { return [] }
            defer { cicu_break_close(iterator) }
            var result: [(Int, Int32)] = []
            while true {
                let next = cicu_break_next(iterator)
                guard next >= 0, Int(next) < utf8Offsets.count else { break }
                result.append((utf8Offsets[Int(next)], cicu_break_rule_status(iterator)))
            }
            return result
        }
    }

    /// For each UTF-16 offset of `text` (and its end), the UTF-8 offset of the same place.
    private static func utf8OffsetsByUTF16(_ text: String) -> [Int] {
        var offsets: [Int] = [0]
        var utf8 = 0
        for scalar in text.unicodeScalars {
            utf8 += UTF8.width(scalar)
            for _ in 0..<UTF16.width(scalar) { offsets.append(utf8) }
        }
        return offsets
    }
}

extension String {
    /// `zh-Hans` as ICU's locale IDs write it, `zh_Hans`.
    fileprivate func replacingHyphens() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
