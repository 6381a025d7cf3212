/// A campaign's visual identity, applied to the shared design: its colours and type.
public struct Theme: Hashable, Sendable {
    public let colors: Colors
    public let fonts: Fonts

    public init(colors: Colors, fonts: Fonts) {
        self.colors = colors
        self.fonts = fonts
    }

    /// The four colours every design uses.
    public struct Colors: Hashable, Sendable {
        /// Large areas and the headline band.
        public let primary: Color
        /// The call-to-action button and highlights.
        public let accent: Color
        /// Running text.
        public let text: Color
        /// The page.
        public let background: Color

        public init(primary: Color, accent: Color, text: Color, background: Color) {
            self.primary = primary
            self.accent = accent
            self.text = text
            self.background = background
        }
    }

    /// Font family names, as fontconfig knows them (`Noto Sans`).
    public struct Fonts: Hashable, Sendable {
        public let headline: String
        public let body: String

        public init(headline: String, body: String) {
            self.headline = headline
            self.body = body
        }
    }
}

/// An sRGB colour written as `#RRGGBB`.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#RRGGBB` (either case); `nil` for anything else.
    public init?(hex text: String) {
        guard text.count == 7, text.first == "#",
              let value = UInt32(text.dropFirst(), radix: 16),
              text.dropFirst().allSatisfy(\.isHexDigit)
        else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#0B3D91`
    public var description: String {
        "#" + [red, green, blue].map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
