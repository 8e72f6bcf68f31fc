#!/usr/bin/env python3
"""OpenCV's WeChat QR detector as a peer decoder for heirloom-scan-rates (comparison only;
Heirloom does not use it).

Reads one picture path per line on standard input and answers one line per path: the texts
of the QR codes found, tab-separated (empty when none). It stays running, so that the
benchmark pays Python's and OpenCV's start-up once, not once per picture.

The detector is the classic one (no CNN model files), as the `opencv-contrib-python-headless`
wheel from PyPI ships it:

    python3 -m venv .venv-wechat
    .venv-wechat/bin/pip install opencv-contrib-python-headless
"""

import os
import sys

import cv2


def main() -> None:
    detector = cv2.wechat_qrcode_WeChatQRCode()
    for line in sys.stdin:
        path = line.rstrip("\n")
        picture = cv2.imread(path, cv2.IMREAD_GRAYSCALE) if os.path.isfile(path) else None
        texts = []
        if picture is not None:
            found, _ = detector.detectAndDecode(picture)
            # A tab or line break inside a text would split the answer: such a text is no
            # card text anyway, so it is dropped.
            texts = [t for t in found if "\t" not in t and "\n" not in t]
        sys.stdout.write("\t".join(texts) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
