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
PY
cd "$fuzz_dir"
for target in text_decode card_from_bytes phrase_parse; do
    RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" -print_final_stats=1 2>&1 \
        | grep -E "stat::number_of_executed_units|stat::new_units_added|ERROR|panicked|Done" \
        | sed "s/^/$target: /"
done
