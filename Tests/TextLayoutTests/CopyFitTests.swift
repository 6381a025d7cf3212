import Testing
import TextLayout

@Suite struct CopyFitTests {
    let engine = TextLayoutEngine(fonts: Fonts.library)
    let headline = FitConstraints(width: 700, height: 220, minimumSize: 40, maximumSize: 96, maximumLines: 3)

    @Test func aShortHeadlineKeepsTheLargestSize() throws {
        guard case .fits(let block) = try engine.fit("Lock up", style: Fonts.style("en", weight: 700), in: headline) else {
            Issue.record("did not fit")
            return
        }
        #expect(block.size == 96)
    }

    @Test func aLongGermanHeadlineShrinksToTheLargestSizeThatFits() throws {
        let text = "Machen Sie es Einbrechern schwer, in Ihre Wohnung einzudringen"
        let style = Fonts.style("de", weight: 700)
        guard case .fits(let block) = try engine.fit(text, style: style, in: headline) else {
            Issue.record("did not fit")
            return
        }
        #expect(block.size < 96)
        #expect(block.size >= 40)
        #expect(block.height <= headline.height)
        #expect(block.width <= headline.width)
        #expect(block.lines.count <= 3)
        // A step larger would not fit: the size is the largest, not just some size that fits.
        let larger = try engine.layout(text, style: style, size: block.size + 0.2, width: headline.width)
        #expect(larger.height > headline.height || larger.lines.count > 3 || larger.width > headline.width)
    }

    @Test func aHeadlineThatFitsAtNoSizeReportsTheOverflow() throws {
        let text = String(repeating: "Sicherheitsberatung ", count: 12)
        guard case .overflows(let block, let overflow) = try engine.fit(text, style: Fonts.style("de", weight: 700), in: headline) else {
            Issue.record("fitted although it cannot")
            return
        }
        #expect(block.size == 40)
        #expect(overflow.amount > 0)
        #expect(overflow.reason == .lines || overflow.reason == .height)
    }

    @Test func aWordWiderThanTheBoxShrinksRatherThanBreaks() throws {
        let room = FitConstraints(width: 300, height: 200, minimumSize: 10, maximumSize: 80, maximumLines: 2)
        let word = "Wohnungseinbruchschutz"
        guard case .fits(let block) = try engine.fit(word, style: Fonts.style("de", weight: 700), in: room) else {
            Issue.record("did not fit")
            return
        }
        #expect(block.lines.count == 1)
        #expect(block.width <= 300)
    }

    @Test func rightToLeftTextFitsLikeAnyOther() throws {
        let text = "هل يُجبرك أحد على العمل؟ لا يُسمح لك بالمغادرة؟ لك حقوق."
        guard case .fits(let block) = try engine.fit(text, style: Fonts.style("ar", weight: 700), in: headline) else {
            Issue.record("did not fit")
            return
        }
        #expect(block.lines.count <= 3)
        #expect(block.height <= headline.height)
    }
}
