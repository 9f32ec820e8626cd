#!/usr/bin/env python3
"""Builds the PDF's fonts (lib/pdf/fonts/*.ttf) from the @fontsource packages. Not run by the app or CI:
the .ttf files are committed; run this only to change them (Debian: apt-get install python3-fonttools).

    /usr/bin/python3 lib/pdf/fonts/build-fonts.py node_modules/@fontsource [path/to/@fontsource/noto-sans-sc]

Why: @fontsource ships each font split into one WOFF file per script (latin, latin-ext, greek, ...).
react-pdf picks a font per character, so a word mixing scripts ("Ωmega", "Łódź") would switch files
mid-word, and react-pdf treats such a switch as a place where it may break the line and insert a
hyphen, drawn from a subset that may not have one (a box). Merging the subsets of each style into
one TrueType file keeps words whole. TrueType rather than WOFF: react-pdf's font engine (fontkit 2.0)
re-inflates a WOFF's whole glyph table for every glyph it measures and trips on empty glyphs at the
end of @fontsource's subsets. Chinese comes from @fontsource/noto-sans-sc 5.3.0 (OFL), its
"chinese-simplified" subset only (7,333 common ideographs), one weight: 2.5 MB.
"""
import sys
from pathlib import Path

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent

# family file prefix, subsets merged into one file, weights
STYLES = [
    ("source-serif-4", ["latin", "latin-ext", "greek", "cyrillic"], [400, 600]),
    ("ibm-plex-sans", ["latin", "latin-ext", "greek", "cyrillic"], [400, 500, 600]),
    ("ibm-plex-mono", ["latin", "latin-ext", "cyrillic"], [400, 500]),
]


def to_ttf(woff: Path, tmp: Path) -> Path:
    font = TTFont(str(woff))
    font.flavor = None
    out = tmp / (woff.stem + ".ttf")
    font.save(str(out))
    return out


def main() -> None:
    fontsource = Path(sys.argv[1])
    noto = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    tmp = OUT / ".build"
    tmp.mkdir(exist_ok=True)
    for family, subsets, weights in STYLES:
        for weight in weights:
            parts = [to_ttf(fontsource / family / "files" / f"{family}-{subset}-{weight}-normal.woff", tmp) for subset in subsets]
            merged = Merger().merge([str(p) for p in parts])
            target = OUT / f"{family}-{weight}.ttf"
            merged.save(str(target))
            print(target.name, len(merged.getBestCmap()), "characters")
    if noto:
        target = OUT / "noto-sans-sc-chinese-simplified-400.ttf"
        to_ttf(noto / "files" / "noto-sans-sc-chinese-simplified-400-normal.woff", tmp).replace(target)
        print(target.name)
    for leftover in tmp.iterdir():
        leftover.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
