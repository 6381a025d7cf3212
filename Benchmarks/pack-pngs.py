#!/usr/bin/env python3
"""Lists the PNGs a built pack holds, each with the drawing it was rendered from, for the
renderers Benchmarks/compare pits against each other: every one renders exactly these SVGs at
exactly these sizes.

    pack-pngs.py PACK DRAWINGS OUT > list.tsv

The drawing is the locale's SVG without its invisible copy of the text (the visible text is glyph
outlines), as the build renders it; the newsletter's picture is the flyer's, a contact-sheet
thumbnail its format's. The website's copies of the pack's PNGs are not PNGs the build renders.
Each line: drawing, width, height, dots per inch (0 for none), the PNG to write under OUT.
"""
import os, re, struct, sys

pack, drawings, out = sys.argv[1:4]
invisible = re.compile(rb'<text [^>]*fill-opacity="0"[^>]*>[^<]*</text>')


def png_size_and_dpi(path):
    data = open(path, "rb").read()
    width, height = struct.unpack(">II", data[16:24])
    dpi, offset = 0, 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"pHYs":
            x, _, unit = struct.unpack(">IIB", data[offset + 8:offset + 17])
            dpi = round(x * 0.0254) if unit == 1 else 0
        if kind == b"IDAT":
            break
        offset += 12 + length
    return width, height, dpi


os.makedirs(drawings, exist_ok=True)
os.makedirs(out, exist_ok=True)
made = {}
for root, _, files in sorted(os.walk(pack)):
    relative = os.path.relpath(root, pack)
    if relative.split(os.sep)[0] in ("site", ".cache", "packs"):
        continue
    for name in sorted(files):
        if not name.endswith(".png"):
            continue
        if name == "newsletter-flyer.png":
            stem, folder = "flyer-a5", root
        elif os.path.basename(root) == "thumbnails":
            stem, folder = name[:-4], os.path.dirname(root)
        else:
            stem, folder = name[:-4], root
        svg = os.path.join(folder, stem + ".svg")
        if not os.path.exists(svg):
            continue
        if svg not in made:
            made[svg] = os.path.join(drawings, "%d.svg" % len(made))
            open(made[svg], "wb").write(invisible.sub(b"", open(svg, "rb").read()))
        width, height, dpi = png_size_and_dpi(os.path.join(root, name))
        target = os.path.join(out, os.path.relpath(os.path.join(root, name), pack).replace(os.sep, "_"))
        print("%s\t%d\t%d\t%d\t%s" % (made[svg], width, height, dpi, target))
