/// What goes into a PNG besides its pixels, and how hard it is compressed.
public struct PNGOptions: Hashable, Sendable {
    /// Dots per inch, written as pHYs (300 for print, 96 for screens); `nil` writes none.
    public var dotsPerInch: Double?
    /// Written as an iTXt `Title` in `language`.
    public var title: String?
    public var language: String?
    public var compression: Compression

    public init(dotsPerInch: Double?, title: String? = nil, language: String? = nil, compression: Compression = .chosen) {
        self.dotsPerInch = dotsPerInch
        self.title = title
        self.language = language
        self.compression = compression
    }

    /// zlib's level and strategy and libpng's row filters.
    public struct Compression: Hashable, Sendable {
        public var level: Int
        public var strategy: Strategy
        public var filters: Filters

        public init(level: Int, strategy: Strategy, filters: Filters) {
            self.level = level
            self.strategy = strategy
            self.filters = filters
        }

        public enum Strategy: Int32, Hashable, Sendable, CaseIterable {
            case standard = 0
            case filtered = 1
            case huffmanOnly = 2
            case runLength = 3
        }

        /// libpng's PNG_FILTER_* bits.
        public struct Filters: OptionSet, Hashable, Sendable {
            public let rawValue: Int32
            public init(rawValue: Int32) { self.rawValue = rawValue }
            public static let none = Filters(rawValue: 0x08)
            public static let sub = Filters(rawValue: 0x10)
            public static let up = Filters(rawValue: 0x20)
            public static let average = Filters(rawValue: 0x40)
            public static let paeth = Filters(rawValue: 0x80)
            public static let all: Filters = [.none, .sub, .up, .average, .paeth]
        }

        /// What the flyer benchmark chose (see Benchmarks/README.md).
        public static let chosen = Compression(level: 3, strategy: .standard, filters: .none)
        /// What cairo and rsvg-convert use: zlib's default level and libpng's adaptive filters.
        public static let cairoDefault = Compression(level: 6, strategy: .standard, filters: .all)
    }
}
