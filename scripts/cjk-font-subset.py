#!/usr/bin/python3
"""Builds the card's Chinese, Japanese and Korean font from Debian's fonts-noto-cjk.

The whole Noto Sans CJK is about 19 MB for one weight; a card only prints names, places and
labels, so Heirloom bundles the characters of the three national character sets that names
and places are written in: GB 2312 (Simplified Chinese), JIS X 0208 (Japanese) and
KS X 1001 (Korean), read from Python's own codecs so the set is the same on every machine,
plus the whole kana and Hangul syllable blocks. A character outside them is refused before
printing (heirloom-core's render::check_printable), never printed as a box.

Run it as root or any user with fonts-noto-cjk and python3-fonttools installed:

    apt-get install fonts-noto-cjk python3-fonttools
    scripts/cjk-font-subset.py

It writes src-tauri/crates/heirloom-core/fonts/NotoSansCJKsc-Regular-subset.otf; the same
package version gives the same bytes.
"""

import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
# Index 2 of the collection is "Noto Sans CJK SC": one regional design for all three
# languages (the others differ in the shapes of a few hundred characters, not in which
# characters they have).
INDEX = 2
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src-tauri/crates/heirloom-core/fonts/NotoSansCJKsc-Regular-subset.otf")


def double_byte(encoding, leads, trails):
    """Every character of a two-byte EUC character set."""
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.update(bytes([lead, trail]).decode(encoding))
            except UnicodeDecodeError:
                pass
    return chars


def characters():
    chars = set()
    chars |= double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    chars |= double_byte("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))
    chars |= double_byte("euc_kr", range(0xA1, 0xFE), range(0xA1, 0xFF))
    blocks = [
        (0x3000, 0x303F),  # CJK symbols and punctuation (ideographic space, 々, 〆)
        (0x3040, 0x30FF),  # hiragana, katakana
        (0x3130, 0x318F),  # Hangul compatibility jamo
        (0xAC00, 0xD7A3),  # every Hangul syllable: Korean names are any of them
        (0xFF00, 0xFFEF),  # full- and half-width forms
    ]
    for first, last in blocks:
        chars.update(chr(c) for c in range(first, last + 1))
    # Latin, digits and punctuation come from DejaVu on the card.
    return sorted(c for c in chars if ord(c) > 0x2000)


def main():
    font = TTCollection(SOURCE).fonts[INDEX]
    if font["name"].getDebugName(4) != "Noto Sans CJK SC":
        sys.exit(f"{SOURCE}: font {INDEX} is not Noto Sans CJK SC")
    options = subset.Options()
    options.layout_features = []  # horizontal text, no alternates: no GSUB/GPOS needed
    options.hinting = False  # printed at 300 dpi and more, and ab_glyph ignores hints
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # names, copyright and licence
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE"]
    subsetter = subset.Subsetter(options)
    chars = characters()
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    font.recalcTimestamp = False  # keep the source's dates: the same input, the same bytes
    font.save(OUT)
    print(f"{OUT}: {len(chars)} characters, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
