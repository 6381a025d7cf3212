internal import CRsvg

/// What a picture file is, without decoding its pixels: gdk-pixbuf (librsvg's image loader)
/// reads its header.
public enum ImageFile {
    /// The pixel size of a PNG or JPEG file, or `nil` when gdk-pixbuf cannot read it.
    public static func pixelSize(atPath path: String) -> (width: Int, height: Int)? {
        var width: Int32 = 0
        var height: Int32 = 0
        guard gdk_pixbuf_get_file_info(path, &width, &height) != nil, width > 0, height > 0 else { return nil }
        return (Int(width), Int(height))
    }
}
