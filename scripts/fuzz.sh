#!/usr/bin/env bash
# Runs every fuzz target for FUZZ_SECONDS seconds (default 60), seeded from the test vectors,
# and prints libFuzzer's execution counts. cargo fuzz needs nightly flags; RUSTC_BOOTSTRAP=1
# lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
fuzz_dir=src-tauri/crates/heirloom-core/fuzz
python3 - "$fuzz_dir" <<'PY'
import json, os, sys
fuzz = sys.argv[1]
alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
def to_bytes(text):
    # Drop each group's check character, then join the 5-bit symbols (spec 4.4).
    t = "".join(text.split()).upper().replace("-", "")
    data = "".join(g[:-1] for g in (t[i:i + 6] for i in range(0, len(t), 6)))
    bits = "".join(format(alphabet.index(c), "05b") for c in data if c in alphabet)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))
v = json.load(open("tests/vectors/card-v1.json"))
texts = [c for s in v["valid"] for c in s["cards"]] + [c for s in v["invalid"] for c in s["cards"]]
phrases = [s["phrase"] for s in v["valid"]]
for target, items in [("text_decode", [t.encode() for t in texts]),
                      ("card_from_bytes", [to_bytes(t) for t in texts if all(ch.isalnum() or ch in " -\n" for ch in t)]),
                      ("phrase_parse", [p.encode() for p in phrases])]:
    d = os.path.join(fuzz, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for i, item in enumerate(items):
        open(os.path.join(d, f"vector-{i}"), "wb").write(item)
# Small files of each kind the scanner opens: a grey PNG, and a PDF with one grey picture.
import struct, zlib
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
w, h = 16, 16
rows = b"".join(b"\0" + bytes((x * 16) % 256 for x in range(w)) for _ in range(h))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
pixels = bytes(range(256))
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 16 16] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 256 >>\nstream\n" + pixels + b"\nendstream",
        b"<< /Length 22 >>\nstream\nq 16 0 0 16 0 0 cm /Im0 Do Q\nendstream"]
pdf, offsets = b"%PDF-1.4\n", []
for i, o in enumerate(objs):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
pdf += b"".join(b"%010d 00000 n \n" % off for off in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
d = os.path.join(fuzz, "corpus", "scan_bytes")
os.makedirs(d, exist_ok=True)
open(os.path.join(d, "grey.png"), "wb").write(png)
open(os.path.join(d, "scan.pdf"), "wb").write(pdf)
# Records of backup sets as an export writes them: one set with names and a check, one
# retired and replaced, and a field of a newer layout.
d = os.path.join(fuzz, "corpus", "record_import")
os.makedirs(d, exist_ok=True)
card = lambda i, who="", where="", at=None: {"index": i, "holder": who, "place": where, "last_checked": at}
record = {"schema": 1, "check_interval_days": 182, "note": {"kept": [1, "two"]}, "sets": [
    {"id": "0101020304050607", "label": "Dad 2025", "wallet": "Savings", "fingerprint": "73c5da0a",
     "made": "2026-01-02T03:04:05Z", "threshold": 2, "count": 3, "verified_at": "2026-01-03T00:00:00Z",
     "retired": {"at": "2026-06-01T00:00:00Z", "replaced_by": "0909090909090909"},
     "cards": [card(1, "Alice", "Lisbon", "2026-03-01T00:00:00Z"), card(2, "Bob"), card(3)]},
    {"id": "0909090909090909", "label": "", "wallet": "", "fingerprint": "73c5da0a",
     "made": "2026-05-02T03:04:05Z", "threshold": 3, "count": 5, "replaces": "0101020304050607",
     "verified_at": None, "retired": None, "cards": [card(i) for i in range(1, 6)], "colour": "red"}]}
open(os.path.join(d, "export.json"), "w").write(json.dumps(record, indent=2) + "\n")
open(os.path.join(d, "empty.json"), "w").write('{"schema": 1, "sets": []}')
PY
cd "$fuzz_dir"
for target in text_decode card_from_bytes phrase_parse scan_bytes record_import; do
    # Files are capped at 64 KiB: enough for every structure the parsers meet, small enough
    # that each run is quick.
    RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 2>&1 \
        | grep -E "stat::number_of_executed_units|stat::new_units_added|ERROR|panicked|Done" \
        | sed "s/^/$target: /"
done
