#!/usr/bin/env bash
# The rows of issue 17's table that are not pictures or PDFs, full size, against a built CLI:
# each row's wall time, peak RSS, exit status and first line of the message, as Markdown
# table rows for docs/benchmarks.md. The pictures and PDFs are measured by the testkit's
# scan-budget benchmark.
#
#   scripts/hostile-cli.sh [path/to/heirloom]     (default: target/release/heirloom)
#
# The row of a scanned page with an unrelated QR code draws the page with the testkit's
# card-image (CARD_IMAGE, default target/debug/card-image, built by make test).
#
# Needs: GNU time, util-linux (prlimit, flock, runuser), python3. Budget per row: 10 s and
# 1 GiB; a row that runs longer is stopped at 60 s and reported as such, and memory is capped
# at 6 GB.
set -uo pipefail

BIN="$(realpath "${1:-target/release/heirloom}")"
CARD_IMAGE="$(realpath "${CARD_IMAGE:-target/debug/card-image}")"
WORK="$(mktemp -d /tmp/heirloom-hostile.XXXXXX)"
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
export HEIRLOOM_DATA_DIR="$WORK/data"
PHRASE24="$("$BIN" generate --words 24)"
PASS="correct horse battery staple orbit lemon"

# A 2-of-3 set at the default KDF, as a family would have.
printf '%s\n\n%s\n' "$PHRASE24" "$PASS" | "$BIN" split -t 2 -n 3 --out cards >/dev/null 2>&1

# One row: description, then the command (run by bash -c, in $WORK).
row() {
    local what="$1" cmd="$2"
    local out rc secs rss msg
    # Memory capped at 6 GB as in the issue, so a runaway row can't take the machine down.
    out="$(/usr/bin/time -f '%e %M' -o time.txt timeout 60 bash -c "ulimit -v 6291456; $cmd" 2>&1 >/dev/null)"
    rc=$?
    read -r secs rss < <(tail -n 1 time.txt)
    msg="$(printf "%s\n" "$out" | grep -v "^Command exited" | grep . | paste -sd"/" | cut -c1-220)"
    [ "$rc" = 124 ] && msg="stopped after 60 s: $msg"
    printf '| %s | %s s | %s MB | %s | %s |\n' "$what" "$secs" "$((rss / 1024))" "$rc" "${msg//|/\\|}"
}

echo "| input | time | peak RSS | exit | message |"
echo "|---|---|---|---|---|"

truncate -s 1G sparse.txt
row "a 1 GB sparse file as a card" "'$BIN' check sparse.txt"
row "/dev/zero as a card" "'$BIN' check /dev/zero"
row "/dev/urandom as a card" "'$BIN' check /dev/urandom"
mkfifo fifo.txt
row "a FIFO as a card" "'$BIN' check fifo.txt"
printf 'HL1\xff\xfe\x00garbage\n' > latin1.txt
row "a card file that is not UTF-8" "'$BIN' check latin1.txt"
{ printf '\xef\xbb\xbf'; cat cards/card-1.txt; } > bom.txt
row "a card file starting with a UTF-8 BOM" "'$BIN' check bom.txt"

row "stdout on a full disk (generate > /dev/full)" "'$BIN' generate > /dev/full"
row "stdout closed (generate >&-)" "'$BIN' generate >&-"
row "combine with stdout on a full disk" "printf '%s\n' '$PASS' | '$BIN' combine cards/card-1.txt cards/card-2.txt > /dev/full"

TWO_LINES="$(echo "$PHRASE24" | cut -d' ' -f1-12)
$(echo "$PHRASE24" | cut -d' ' -f13-24)"
row "a 24-word phrase pasted to split as two lines of 12" "printf '%s\n\n%s\n' '$TWO_LINES' '$PASS' | '$BIN' split -t 2 -n 3 --out two-lines --no-record"

head -c 100000 /dev/urandom | base64 -w0 > big-stdin.txt
row "100 KB of stdin as the passphrase (combine)" "'$BIN' combine cards/card-1.txt cards/card-2.txt < big-stdin.txt"

# -o: the lock is held by flock itself, not the sleep, so killing flock releases it.
flock -o "$HEIRLOOM_DATA_DIR/record.lock" sleep 70 &
HOLDER=$!
sleep 0.5
row "record.lock held by another process: combine" "printf '%s\n' '$PASS' | '$BIN' combine cards/card-1.txt cards/card-2.txt"
row "record.lock held by another process: sets list" "'$BIN' sets list"
row "record.lock held by another process: check" "'$BIN' check cards/card-1.txt"
kill "$HOLDER" 2>/dev/null; wait "$HOLDER" 2>/dev/null

# Records of many sets, in the export format, and one with terminal escapes in a name.
python3 - <<'EOF'
import json
def record(n, name="Ann", place="Lyon"):
    sets = [{
        "id": f"{i:016x}", "label": f"set {i}", "wallet": "", "fingerprint": "73c5da0a",
        "made": "2026-12-02T03:30:44Z", "threshold": 2, "count": 3,
        "cards": [{"index": k, "holder": name if k == 1 else "", "place": place if k == 1 else "",
                   "last_checked": None} for k in (1, 2, 3)],
        "verified_at": None, "retired": None} for i in range(1, n + 1)]
    return {"schema": 1, "sets": sets}
for n in (100_000, 200_000, 1_000_000):
    json.dump(record(n), open(f"sets-{n}.json", "w"))
json.dump(record(1, "Ann\nstatus: retired\x1b[2J\x1b[31m", "Lyon\r\x07"), open("escapes.json", "w"))
open("nested.json", "w").write('{"schema": 1, "sets": ' + "[" * 100000 + "]" * 100000 + "}")
EOF
for n in 100000 200000 1000000; do
    rm -rf "$WORK/import-$n"
    row "sets import of $n sets" "HEIRLOOM_DATA_DIR='$WORK/import-$n' '$BIN' sets import sets-$n.json"
done
row "sets import of JSON nested 100,000 deep" "HEIRLOOM_DATA_DIR='$WORK/import-nested' '$BIN' sets import nested.json"
row "a holder name with a newline and ESC sequences, imported" "HEIRLOOM_DATA_DIR='$WORK/import-esc' '$BIN' sets import escapes.json"
row "… then sets list (escaped?)" "HEIRLOOM_DATA_DIR='$WORK/import-esc' '$BIN' sets list >&2"

LABEL10K="$(head -c 10000 /dev/zero | tr '\0' x)"
LABEL100K="$(head -c 100000 /dev/zero | tr '\0' x)"
row "print --label of 10k characters" "'$BIN' print --label '$LABEL10K' --out label-10k.pdf cards/card-1.txt"
row "print --label of 100k characters" "'$BIN' print --label '$LABEL100K' --out label-100k.pdf cards/card-1.txt"

touch a-file
row "HEIRLOOM_DATA_DIR is a file: sets list" "HEIRLOOM_DATA_DIR='$WORK/a-file' '$BIN' sets list"
mkdir -p locked-away && chmod 700 locked-away && cp -r data/. locked-away/
row "the data folder unreadable (as nobody): sets list" "runuser -u nobody -- env HEIRLOOM_DATA_DIR='$WORK/locked-away' '$BIN' sets list"

# SIGQUIT while split waits for the passphrase (the phrase already read): the process ends,
# and no core file appears, however high the shell's limit.
mkdir -p quit
# (set -m: without job control, bash starts background commands with SIGQUIT ignored.)
cat > quit.sh <<EOF
set -m
cd "$WORK/quit" || exit 1
(printf '%s\n\n' '$PHRASE24'; sleep 3) | prlimit --core=unlimited -- '$BIN' split -t 2 -n 3 --out q --no-record &
sleep 1
pkill -QUIT -f -- '--out q --no-record'
wait \$!
echo "split ended with status \$? (131: by SIGQUIT); core files: \$(ls | grep -c '^core')" > ../quit-result
EOF
row "SIGQUIT while split waits for the passphrase" "bash quit.sh 2>/dev/null; cat quit-result >&2"

# SIGQUIT while combine derives the key (standard input read to its end, the key derivation's
# 256 MiB being filled): no core file either.
mkdir -p quit-combine
cat > quit-combine.sh <<QUIT
set -m
cd "$WORK/quit-combine" || exit 1
printf '%s\n' '$PASS' | prlimit --core=unlimited -- '$BIN' combine ../cards/card-1.txt ../cards/card-2.txt &
sleep 0.5
pkill -QUIT -f -- 'combine ../cards/card-1.txt'
wait \$!
echo "combine ended with status \$? (131: by SIGQUIT); core files: \$(ls | grep -c '^core')" > ../quit-combine-result
QUIT
row "SIGQUIT while combine derives the key" "bash quit-combine.sh 2>/dev/null; cat quit-combine-result >&2"

# A scanned page with the three cards and an unrelated QR code (a parcel's tracking number):
# the foreign code is set aside with a note and the wallet comes back.
"$CARD_IMAGE" parcel-page.png $(cat cards/card-*.txt) 1Z999AA10123456784 --page >/dev/null
row "a scanned page with three cards and an unrelated QR: recover" "printf '%s\n' '$PASS' | '$BIN' recover parcel-page.png 2>notes.txt | wc -w | sed 's/\$/ words recovered; /' >&2; rc=\${PIPESTATUS[1]}; grep -o 'QR code.*set aside[^.]*' notes.txt >&2; exit \$rc"

# A disk that fills up: writes past the limit fail with EFBIG (SIGXFSZ ignored, inherited
# across exec), and the row says what was left behind.
cat > full.sh <<'EOF'
trap '' XFSZ
limit=$1; shift
exec prlimit --fsize="$limit" -- "$@"
EOF
row "split onto a disk that fills up" "printf '%s\n\n%s\n' '$PHRASE24' '$PASS' | bash full.sh 100 '$BIN' split -t 2 -n 3 --out full-split; rc=\$?; echo left: \$(ls -A full-split 2>/dev/null | wc -l) files, \$('$BIN' sets list | wc -l) sets recorded >&2; exit \$rc"
row "split where the cards fit but the record does not" "printf '%s\n\n%s\n' '$PHRASE24' '$PASS' | bash full.sh 300 '$BIN' split -t 2 -n 3 --out full-record; rc=\$?; echo left: \$(ls -A full-record 2>/dev/null | wc -l) files, \$('$BIN' sets list | wc -l) sets recorded >&2; exit \$rc"
row "print onto a disk that fills up" "bash full.sh 8192 '$BIN' print --out full.pdf cards/card-1.txt cards/card-2.txt; rc=\$?; echo left: \$(ls -A | grep -c full.pdf) files >&2; exit \$rc"
row "render onto a disk that fills up" "bash full.sh 8192 '$BIN' render --png full-render cards/card-1.txt cards/card-2.txt; rc=\$?; echo left: \$(ls -A full-render 2>/dev/null | wc -l) files >&2; exit \$rc"
