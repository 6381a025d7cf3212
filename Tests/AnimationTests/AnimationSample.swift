import Animation
import Posters
import Raster

/// A small moving design: a still background, a box sliding in from the start side, a circle
/// zooming in, and a still bar painted over everything.
enum AnimationSample {
    static let width = 120, height = 80

    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80" data-duration="2s">
          <rect width="120" height="80" fill="#0B3D91"/>
          <rect data-enter="0.2s" data-effect="slide-start" x="10" y="10" width="40" height="20" fill="#FFC400"/>
          <g data-enter="0.5s" data-effect="zoom" data-effect-duration="0.4s"><circle cx="90" cy="45" r="15" fill="#FFFFFF"/></g>
          <rect x="0" y="70" width="120" height="10" fill="#14213D"/>
        </svg>
        """

    static let motion = Motion(duration: 2, entrances: [
        Entrance(start: 0.2, effect: .slideStart, length: 0.6), Entrance(start: 0.5, effect: .zoom, length: 0.4),
    ])

    static var drawing: [UInt8] { Array(svg.utf8) }

    static func finished() throws -> RasterImage {
        try Rasterizer.image(fromSVG: drawing, width: width, height: height)
    }
}
