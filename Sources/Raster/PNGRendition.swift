/// One size a drawing is rendered at, and how its PNG is encoded.
public struct PNGRendition: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var options: PNGOptions

    public init(width: Int, height: Int, options: PNGOptions) {
        self.width = width
        self.height = height
        self.options = options
    }
}
