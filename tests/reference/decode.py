#!/usr/bin/env python3
"""Independent decoder of Heirloom shard cards, format version 1.

Written from docs/card-format.md alone, in another language than the app, to show that the
specification is complete and that a family (or their programmer) can recover a phrase
without Heirloom. Shamir's scheme and the text checks are written out here; only Argon2id,
ChaCha20-Poly1305 and the BIP-39 word lists come from libraries.

    python3 decode.py VECTORS.json              check every test vector
    python3 decode.py --combine CARD.txt ...    passphrase on stdin; prints the phrase
"""
import hashlib
import hmac
import json
import sys
import unicodedata

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from mnemonic import Mnemonic

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LANGUAGES = ["english", "chinese_simplified", "chinese_traditional", "czech", "french",
             "italian", "japanese", "korean", "portuguese", "spanish"]
V1_LENGTHS = {45, 49, 53, 57, 61}


class CardError(Exception):
    """One of the errors of spec sections 3.1, 4.4 and 8, by its kind name."""

    def __init__(self, kind, **fields):
        super().__init__(kind, fields)
        self.kind = kind
        self.fields = fields


# --- Text form (section 4) --------------------------------------------------------------

def gf32_mul_alpha(v):
    v <<= 1
    return v ^ 0b100101 if v & 0x20 else v


def check_symbol(group, data):
    acc = 0
    for d in data:
        acc = gf32_mul_alpha(acc ^ d)
    return acc ^ ((group + 1) % 32)


# Section 4.4 step 1: removed wherever they stand, listed by code point.
WHITE_SPACE = set(map(chr, [*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                            0x2028, 0x2029, 0x202F, 0x205F, 0x3000]))
SEPARATORS = WHITE_SPACE | set(map(chr, [0x2D, 0xAD, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212,
                                         0x200B, 0x2060, 0xFEFF]))
ASCII_LETTERS_DIGITS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def text_to_bytes(text):
    t = "".join(c for c in text if c not in SEPARATORS)
    # Step 2: ASCII a-z only (str.upper would turn ı, ſ, ß, ﬁ into ASCII letters).
    t = "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in t)
    t = t.replace("O", "0").replace("I", "1").replace("L", "1")
    if not t or not all(c in ASCII_LETTERS_DIGITS for c in t) or len(t) < 12:
        raise CardError("not_a_card")
    if sum(c not in ALPHABET for c in t) > 2:
        raise CardError("not_a_card")
    data = []
    for g in range(0, len(t), 6):
        group = t[g:g + 6]
        number = g // 6
        if len(group) < 2 or any(c not in ALPHABET for c in group):
            raise CardError("typo", group=number + 1)
        values = [ALPHABET.index(c) for c in group]
        if check_symbol(number, values[:-1]) != values[-1]:
            raise CardError("typo", group=number + 1)
        data.extend(values[:-1])
    bits = "".join(format(v, "05b") for v in data)
    whole = len(bits) // 8 * 8
    rest = bits[whole:]
    if len(rest) >= 5 or "1" in rest:
        raise CardError("damaged")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, whole, 8))


# --- Binary card (section 3) ------------------------------------------------------------

def parse_card(raw):
    if not raw or raw[0] == 0:
        raise CardError("not_a_card")
    if raw[0] > 1:
        raise CardError("unsupported_version", version=raw[0])
    if len(raw) not in V1_LENGTHS:
        raise CardError("damaged")
    t, n, i = (raw[1] >> 4) + 1, (raw[1] & 15) + 1, (raw[2] >> 4) + 1
    lang, kdf_id = raw[2] & 15, raw[3] >> 5
    if t < 2 or t > n or i > n or lang > 9 or kdf_id != 1:
        raise CardError("damaged")
    mem_log2, passes, lanes = raw[3] & 31, (raw[4] >> 4) + 1, (raw[4] & 15) + 1
    if not (13 <= mem_log2 <= 20 and passes <= 8 and lanes <= 8):
        raise CardError("kdf_out_of_bounds")
    return {"header": raw[:13], "t": t, "n": n, "index": i, "language": LANGUAGES[lang],
            "memory_kib": 1 << mem_log2, "passes": passes, "lanes": lanes,
            "salt": raw[5:13], "sealed": raw[13:]}


# --- Shamir over GF(256), polynomial 0x11D (section 7) -----------------------------------

def gf256_mul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11D
        b >>= 1
    return r


def gf256_inv(a):
    # a^254 = a^-1 in GF(256).
    r, e = 1, 254
    while e:
        if e & 1:
            r = gf256_mul(r, a)
        a = gf256_mul(a, a)
        e >>= 1
    return r


def interpolate_at_zero(points):
    """points: list of (x, y bytes). Returns f(0) for every byte position."""
    out = bytearray(len(points[0][1]))
    for j, (xj, yj) in enumerate(points):
        basis = 1
        for m, (xm, _) in enumerate(points):
            if m != j:
                basis = gf256_mul(basis, gf256_mul(xm, gf256_inv(xm ^ xj)))
        for b in range(len(out)):
            out[b] ^= gf256_mul(yj[b], basis)
    return bytes(out)


# --- Combining (sections 5, 6 and 8) ----------------------------------------------------

def normalize_passphrase(p):
    # Section 5: NFKD, then runs of White_Space (exactly the 25 code points of 4.4) become
    # one space and the ends are trimmed. str.split() would also split on U+001C-U+001F.
    words, word = [], ""
    for c in unicodedata.normalize("NFKD", p):
        if c in WHITE_SPACE:
            if word:
                words.append(word)
            word = ""
        else:
            word += c
    if word:
        words.append(word)
    return " ".join(words)


def combine(texts, passphrase):
    """Section 8. Errors carry `card`, the 1-based place in `texts` of the card concerned."""
    # Step 1: each card alone, text then binary, card by card.
    cards = []
    for place, t in enumerate(texts, 1):
        try:
            cards.append(parse_card(text_to_bytes(t)))
        except CardError as e:
            e.fields["card"] = place
            raise
    # Step 2: each card against the ones before it: salt, set fields, index.
    if not cards:
        raise CardError("not_enough_cards", have=0, need=2)
    first = cards[0]
    seen = []
    for place, c in enumerate(cards, 1):
        if c["salt"] != first["salt"]:
            raise CardError("other_set", card=place)
        same = all(c[k] == first[k] for k in ("t", "n", "language", "memory_kib", "passes", "lanes"))
        if not same or len(c["sealed"]) != len(first["sealed"]):
            raise CardError("damaged", card=place)
        if c["index"] in seen:
            raise CardError("duplicate", index=c["index"], card=place)
        seen.append(c["index"])
    # Step 3.
    if len(seen) < first["t"]:
        raise CardError("not_enough_cards", have=len(seen), need=first["t"])
    # Step 4: one key, every card decrypted; the first that fails is named.
    key = hash_secret_raw(normalize_passphrase(passphrase).encode(), first["salt"],
                          time_cost=first["passes"], memory_cost=first["memory_kib"],
                          parallelism=first["lanes"], hash_len=32, type=Type.ID, version=0x13)
    aead = ChaCha20Poly1305(key)
    shares = []
    for c in cards:
        nonce = bytes([c["index"]]) + bytes(11)
        try:
            shares.append((c["index"], aead.decrypt(nonce, c["sealed"], c["header"])))
        except Exception:
            shares.append(None)
    if all(s is None for s in shares):
        raise CardError("wrong_passphrase")
    for place, share in enumerate(shares, 1):
        if share is None:
            raise CardError("damaged", card=place)
    # Step 5.
    entropy = interpolate_at_zero(shares)
    words = Mnemonic(first["language"]).to_mnemonic(entropy)
    phrase = " ".join(unicodedata.normalize("NFKD", words).split(" "))
    return phrase, first


# --- BIP-32 fingerprint (section 9) -----------------------------------------------------

P = 2**256 - 2**32 - 977
N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
G = (0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
     0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8)


def ec_add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % P == 0:
        return None
    if a == b:
        lam = 3 * a[0] * a[0] * pow(2 * a[1], -1, P) % P
    else:
        lam = (b[1] - a[1]) * pow(b[0] - a[0], -1, P) % P
    x = (lam * lam - a[0] - b[0]) % P
    return x, (lam * (a[0] - x) - a[1]) % P


def ec_mul(k, point):
    result = None
    while k:
        if k & 1:
            result = ec_add(result, point)
        point = ec_add(point, point)
        k >>= 1
    return result


def ripemd160(data):
    try:
        return hashlib.new("ripemd160", data).digest()
    except ValueError:
        return _ripemd160(data)


def _ripemd160(msg):
    """RIPEMD-160, for OpenSSL builds without it (checked against the "abc" vector below)."""
    def rol(x, n):
        return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF
    fs = [lambda x, y, z: x ^ y ^ z, lambda x, y, z: (x & y) | (~x & z),
          lambda x, y, z: (x | ~y) ^ z, lambda x, y, z: (x & z) | (y & ~z),
          lambda x, y, z: x ^ (y | ~z)]
    kl = [0, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E]
    kr = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0]
    rl = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
          3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
          4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13]
    rr = [5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
          15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
          12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11]
    sl = [11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
          11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
          9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6]
    sr = [8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
          9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
          8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11]
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    ml = len(msg) * 8
    msg = msg + b"\x80" + b"\x00" * ((55 - len(msg)) % 64) + ml.to_bytes(8, "little")
    for off in range(0, len(msg), 64):
        x = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], "little") for i in range(16)]
        al, bl, cl, dl, el = h
        ar, br, cr, dr, er = h
        for j in range(80):
            r = j // 16
            t = (rol((al + (fs[r](bl, cl, dl) & 0xFFFFFFFF) + x[rl[j]] + kl[r]) & 0xFFFFFFFF, sl[j]) + el) & 0xFFFFFFFF
            al, el, dl, cl, bl = el, dl, rol(cl, 10), bl, t
            t = (rol((ar + (fs[4 - r](br, cr, dr) & 0xFFFFFFFF) + x[rr[j]] + kr[r]) & 0xFFFFFFFF, sr[j]) + er) & 0xFFFFFFFF
            ar, er, dr, cr, br = er, dr, rol(cr, 10), br, t
        t = (h[1] + cl + dr) & 0xFFFFFFFF
        h[1] = (h[2] + dl + er) & 0xFFFFFFFF
        h[2] = (h[3] + el + ar) & 0xFFFFFFFF
        h[3] = (h[4] + al + br) & 0xFFFFFFFF
        h[4] = (h[0] + bl + cr) & 0xFFFFFFFF
        h[0] = t
    return b"".join(v.to_bytes(4, "little") for v in h)


def fingerprint_of_seed(seed):
    master = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()[:32]
    x, y = ec_mul(int.from_bytes(master, "big"), G)
    compressed = bytes([2 + (y & 1)]) + x.to_bytes(32, "big")
    return ripemd160(hashlib.sha256(compressed).digest())[:4].hex()


def fingerprint(phrase):
    seed = hashlib.pbkdf2_hmac("sha512", unicodedata.normalize("NFKD", phrase).encode(), b"mnemonic", 2048)
    return fingerprint_of_seed(seed)


# --- Vector runner ----------------------------------------------------------------------

def self_checks():
    assert _ripemd160(b"abc").hex() == "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"
    assert fingerprint_of_seed(bytes(range(16))) == "3442193e"  # BIP-32 test vector 1
    assert fingerprint(" ".join(["abandon"] * 11 + ["about"])) == "73c5da0a"


def run_vectors(path):
    v = json.load(open(path, encoding="utf-8"))
    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {what}")

    self_checks()
    passed += 3
    for s in v["valid"]:
        for subset in s["subsets"]:
            texts = [s["cards"][i - 1] for i in subset]
            try:
                phrase, first = combine(texts, s["passphrase"])
            except CardError as e:
                check(False, f"{s['name']} {subset}: {e.kind} {e.fields}")
                continue
            check(phrase == s["phrase"], f"{s['name']} {subset}: wrong phrase")
            check(first["salt"].hex() == s["set_id"], f"{s['name']}: set id")
            check(first["language"] == s["language"], f"{s['name']}: language")
        check(fingerprint(s["phrase"]) == s["fingerprint"], f"{s['name']}: fingerprint")
    for case in v["invalid"]:
        try:
            combine(case["cards"], case["passphrase"])
            check(False, f"{case['name']}: no error, expected {case['error']}")
            continue
        except CardError as e:
            check(e.kind == case["error"], f"{case['name']}: {e.kind}, expected {case['error']}")
            for field in ("card", "group", "index", "version", "have", "need"):
                check(e.fields.get(field) == case.get(field),
                      f"{case['name']}: {field} {e.fields.get(field)}, expected {case.get(field)}")
    for case in v.get("passphrases", []):
        got = normalize_passphrase(case["typed"])
        check(got == case["normalized"], f"passphrase {case['typed']!r}: {got!r}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


def main(argv):
    if len(argv) >= 2 and argv[0] == "--combine":
        texts = [open(f, encoding="utf-8").read() for f in argv[1:]]
        try:
            phrase, _ = combine(texts, sys.stdin.readline().rstrip("\n"))
        except CardError as e:
            print(f"error: {e.kind} {e.fields}", file=sys.stderr)
            return 1
        print(phrase)
        return 0
    if len(argv) == 1:
        return run_vectors(argv[0])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
