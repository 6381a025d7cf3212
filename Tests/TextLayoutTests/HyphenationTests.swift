import Testing
@testable import TextLayout

@Suite struct HyphenationTests {
    let engine = TextLayoutEngine(fonts: Fonts.library)
    let library = HyphenationLibrary.shared

    @Test func germanPatternsInTheirOwnCharsetHyphenateCompounds() throws {
        // Debian's German patterns are ISO 8859-1: ß and ü must reach libhyphen in it.
        let dictionary = try #require(library.dictionary(for: "de-AT"))
        #expect(dictionary.path.hasSuffix("hyph_de_DE.dic"), "de-AT reads the German patterns, loaded once for every region")
        func hyphenated(_ word: String) -> String {
            let points = dictionary.points(in: word)
            return zip([0] + points, points + [word.count]).map { String(Array(word)[$0..<$1]) }.joined(separator: "-")
        }
        #expect(hyphenated("zeitschaltuhren") == "zeit-schalt-uh-ren")
        #expect(hyphenated("wohnungstür") == "woh-nungs-tür")
        #expect(!dictionary.points(in: "fenstersicherungen").isEmpty)
        #expect(!dictionary.points(in: "straßenüberführung").isEmpty)
    }

    @Test func pointsKeepTheTypographersMinimumsAtBothEnds() throws {
        let dictionary = try #require(library.dictionary(for: "hu"))
        for word in ["betörésvédelmi", "időzítőkapcsolók", "rendőrség"] {
            for point in dictionary.points(in: word) {
                #expect(point >= 2 && word.unicodeScalars.count - point >= 3, "\(word) at \(point)")
            }
        }
    }

    @Test func languagesWithoutPatternsHaveNoDictionary() {
        #expect(library.dictionary(for: "mt") == nil)
        #expect(library.dictionary(for: "ga-IE") == nil)
    }

    @Test func acronymsAddressesAndTheTranslatorsOwnHyphensAreLeftAlone() throws {
        let dictionary = try #require(library.dictionary(for: "de"))
        let text = HyphenatedText("EUROPOL www.einbruchschutz.de Fens\u{AD}tersicherung Zeitschaltuhren", dictionary: dictionary)
        let (hyphenated, _) = text.text()
        #expect(hyphenated.hasPrefix("EUROPOL www.einbruchschutz.de Fens\u{AD}tersicherung "))
        #expect(hyphenated.hasSuffix("Zeit\u{AD}schalt\u{AD}uh\u{AD}ren"))
    }

    @Test func hyphenationSetsALongCompoundLargerThanShrinkingIt() throws {
        let text = "Fenstersicherungen und Zeitschaltuhren schrecken Einbrecher ab"
        let room = FitConstraints(width: 100, height: 120, minimumSize: 6, maximumSize: 16, maximumLines: 5)
        var style = Fonts.style("de")
        guard case .fits(let whole) = try engine.fit(text, style: style, in: room) else {
            Issue.record("did not fit whole")
            return
        }
        style.hyphenation = .auto
        guard case .fits(let hyphenated) = try engine.fit(text, style: style, in: room) else {
            Issue.record("did not fit hyphenated")
            return
        }
        #expect(hyphenated.size >= whole.size * (1 + TextLayoutEngine.hyphenationGain))
        #expect(hyphenated.lines.contains { $0.isHyphenated })
        #expect(whole.lines.allSatisfy { !$0.isHyphenated })
    }

    @Test func patternsAreLoadedOnlyWhereHyphenationCouldSetTheTextLarger() throws {
        let library = HyphenationLibrary(directory: HyphenationLibrary.debianDirectory)
        let engine = TextLayoutEngine(fonts: Fonts.library, hyphenation: library)
        var style = Fonts.style("de")
        style.hyphenation = .auto
        // Short words, two lines at most: the height sets the size, hyphens cannot help.
        let short = FitConstraints(width: 400, height: 30, minimumSize: 6, maximumSize: 40, maximumLines: 2)
        _ = try engine.fit("Sie sind nicht allein und es gibt Hilfe für Sie", style: style, in: short)
        #expect(library.loadedFiles.isEmpty)
        // A compound wider than the box: hyphens let it be set larger, so the patterns load.
        let narrow = FitConstraints(width: 100, height: 120, minimumSize: 6, maximumSize: 16, maximumLines: 5)
        _ = try engine.fit("Fenstersicherungen und Zeitschaltuhren schrecken Einbrecher ab", style: style, in: narrow)
        #expect(library.loadedFiles.map { $0.hasSuffix("hyph_de_DE.dic") } == [true])
    }

    @Test func noMoreThanTwoHyphenatedLinesInARow() throws {
        let text = "Die Einbruchschutzberatung der Polizei empfiehlt Fenstersicherungen, Zeitschaltuhren und "
            + "aufmerksame Nachbarschaftshilfe, denn Sicherheitsvorkehrungen an Haustüren und Kellerfenstern "
            + "schrecken Wohnungseinbrecher nachweislich ab"
        var style = Fonts.style("de")
        style.hyphenation = .auto
        let room = FitConstraints(width: 130, height: 600, minimumSize: 14, maximumSize: 14)
        guard case .fits(let block) = try engine.fit(text, style: style, in: room) else {
            Issue.record("did not fit")
            return
        }
        var run = 0
        for line in block.lines {
            run = line.isHyphenated ? run + 1 : 0
            #expect(run <= 2, "three hyphenated lines in a row: \(block.lines.map(\.text))")
        }
    }

    @Test func aSoftHyphenInAHeadlineIsHonoured() throws {
        let style = Fonts.style("de", weight: 700)
        let block = try engine.layout("Einbruch\u{AD}schutz", style: style, size: 40, width: 220)
        #expect(block.lines.count == 2)
        #expect(block.lines.first?.isHyphenated == true)
    }
}
