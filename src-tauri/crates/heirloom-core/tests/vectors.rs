//! The frozen test vectors of format version 1 (`tests/vectors/card-v1.json`).
//!
//! The vectors are made from a fixed seed by `generate()` below. The tests check that the
//! file on disk decodes as it says, and that generating again gives the file byte for byte,
//! so any change to the encoding shows up here as a format change. To write the file once,
//! for a new format version only: `HEIRLOOM_WRITE_VECTORS=1 cargo test --test vectors`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::path::PathBuf;

use heirloom_core::{
    combine, combine_texts, language_name, normalize_passphrase, split_with_rng, text, Card, Error,
    KdfParams, Language, Passphrase, Phrase, SetParams,
};
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha20Rng;
use serde_json::{json, Value};

const SEED: u64 = 0x4845_4952_4c4f_4f4d; // "HEIRLOOM"

fn vectors_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/vectors/card-v1.json")
}

struct SetSpec {
    name: &'static str,
    words: usize,
    language: Language,
    threshold: u8,
    count: u8,
    kdf: (u8, u8, u8),
    passphrase: Option<&'static str>,
    subsets: &'static [&'static [u8]],
}

const FAST: (u8, u8, u8) = (13, 1, 1);

fn specs() -> Vec<SetSpec> {
    vec![
        SetSpec {
            name: "12 words, 2 of 3",
            words: 12,
            language: Language::English,
            threshold: 2,
            count: 3,
            kdf: FAST,
            passphrase: None,
            subsets: &[&[1, 2], &[1, 3], &[2, 3], &[3, 1], &[1, 2, 3]],
        },
        SetSpec {
            name: "15 words, 3 of 5",
            words: 15,
            language: Language::English,
            threshold: 3,
            count: 5,
            kdf: FAST,
            passphrase: None,
            subsets: &[
                &[1, 2, 3],
                &[1, 4, 5],
                &[2, 3, 5],
                &[5, 4, 3],
                &[1, 2, 3, 4, 5],
            ],
        },
        SetSpec {
            name: "18 words, 2 of 2",
            words: 18,
            language: Language::English,
            threshold: 2,
            count: 2,
            kdf: (14, 2, 2),
            passphrase: None,
            subsets: &[&[1, 2], &[2, 1]],
        },
        SetSpec {
            name: "21 words, 4 of 7",
            words: 21,
            language: Language::English,
            threshold: 4,
            count: 7,
            kdf: FAST,
            passphrase: None,
            subsets: &[&[1, 2, 3, 4], &[4, 5, 6, 7], &[1, 3, 5, 7], &[7, 2, 6, 1]],
        },
        SetSpec {
            name: "24 words, 3 of 5, default KDF",
            words: 24,
            language: Language::English,
            threshold: 3,
            count: 5,
            kdf: (18, 3, 4),
            passphrase: None,
            subsets: &[&[1, 2, 3], &[3, 4, 5], &[1, 3, 5]],
        },
        SetSpec {
            name: "24 words, 5 of 16",
            words: 24,
            language: Language::English,
            threshold: 5,
            count: 16,
            kdf: FAST,
            passphrase: None,
            subsets: &[&[1, 2, 3, 4, 5], &[12, 13, 14, 15, 16], &[16, 1, 8, 9, 3]],
        },
        SetSpec {
            name: "12 words, Spanish, 2 of 3",
            words: 12,
            language: Language::Spanish,
            threshold: 2,
            count: 3,
            kdf: FAST,
            passphrase: None,
            subsets: &[&[1, 2], &[2, 3]],
        },
        SetSpec {
            name: "24 words, Japanese, 2 of 3",
            words: 24,
            language: Language::Japanese,
            threshold: 2,
            count: 3,
            kdf: FAST,
            passphrase: None,
            subsets: &[&[1, 3]],
        },
        SetSpec {
            name: "12 words, chosen Unicode passphrase typed with extra spaces",
            words: 12,
            language: Language::English,
            threshold: 2,
            count: 2,
            kdf: FAST,
            passphrase: Some("  Crème brûlée   at the ﬁfth-floor café,\tŌsaka 1987 "),
            subsets: &[&[1, 2]],
        },
    ]
}

/// Re-encodes a card's bytes after `edit`, with valid check characters, so the change is
/// seen by the binary layer and not caught as a typo.
fn edited(card: &str, edit: impl Fn(&mut Vec<u8>)) -> String {
    let mut bytes = text::decode(card).expect("vector card decodes");
    edit(&mut bytes);
    text::encode(&bytes)
}

fn generate() -> Value {
    let mut rng = ChaCha20Rng::seed_from_u64(SEED);
    let mut valid = Vec::new();
    let mut all_cards: Vec<(Vec<String>, String)> = Vec::new();
    for spec in specs() {
        let mut entropy = vec![0u8; spec.words * 4 / 3];
        rng.fill_bytes(&mut entropy);
        let phrase = Phrase::from_entropy(&entropy, spec.language).unwrap();
        let typed_pass = match spec.passphrase {
            Some(p) => p.to_string(),
            None => Passphrase::generate_with(&mut rng).normalized().to_string(),
        };
        let pass = Passphrase::new(&typed_pass).unwrap();
        let kdf = KdfParams::new(spec.kdf.0, spec.kdf.1, spec.kdf.2).unwrap();
        let params = SetParams {
            threshold: spec.threshold,
            count: spec.count,
            kdf,
        };
        let cards = split_with_rng(&phrase, &pass, params, &mut rng).unwrap();
        let texts: Vec<String> = cards.iter().map(Card::to_text).collect();
        valid.push(json!({
            "name": spec.name,
            "phrase": *phrase.words(),
            "language": language_name(spec.language),
            "passphrase": typed_pass,
            "threshold": spec.threshold,
            "count": spec.count,
            "kdf": { "memory_kib": kdf.memory_kib(), "passes": kdf.passes(), "lanes": kdf.lanes() },
            "set_id": cards[0].header().set_id.to_string(),
            "fingerprint": phrase.fingerprint().to_string(),
            "cards": texts,
            "subsets": spec.subsets,
        }));
        all_cards.push((texts, typed_pass));
    }

    let (a, pass_a) = &all_cards[0]; // 12 words, 2 of 3
    let (b, pass_b) = &all_cards[1]; // 15 words, 3 of 5
    let (other, _) = &all_cards[6];
    let mut typo = a[1].clone().into_bytes();
    typo[3 * 6 + 2] = if typo[3 * 6 + 2] == b'7' { b'8' } else { b'7' };
    let typo = String::from_utf8(typo).unwrap();
    let mut invalid = vec![
        json!({"name": "a URL in a QR code", "cards": ["HTTPS://EXAMPLE.COM/HEIRLOOM", a[1]], "passphrase": pass_a, "error": "not_a_card", "card": 1}),
        json!({"name": "one character changed in group 4", "cards": [a[0], typo], "passphrase": pass_a, "error": "typo", "group": 4, "card": 2}),
        json!({"name": "version 0", "cards": [edited(&a[0], |b| b[0] = 0), a[1]], "passphrase": pass_a, "error": "not_a_card", "card": 1}),
        json!({"name": "version 2", "cards": [a[0], edited(&a[1], |b| b[0] = 2)], "passphrase": pass_a, "error": "unsupported_version", "version": 2, "card": 2}),
        json!({"name": "threshold 1", "cards": [edited(&a[0], |b| b[1] &= 0x0f), a[1]], "passphrase": pass_a, "error": "damaged", "card": 1}),
        json!({"name": "language 12", "cards": [edited(&a[0], |b| b[2] = (b[2] & 0xf0) | 12), a[1]], "passphrase": pass_a, "error": "damaged", "card": 1}),
        json!({"name": "4 GiB of KDF memory", "cards": [edited(&a[0], |b| b[3] = 0x20 | 22), a[1]], "passphrase": pass_a, "error": "kdf_out_of_bounds", "card": 1}),
        json!({"name": "16 KDF passes", "cards": [a[0], edited(&a[1], |b| b[4] = 0xf0)], "passphrase": pass_a, "error": "kdf_out_of_bounds", "card": 2}),
        json!({"name": "ciphertext bit flipped on card 2", "cards": [a[0], edited(&a[1], |b| b[20] ^= 0x10)], "passphrase": pass_a, "error": "damaged", "card": 2}),
        json!({"name": "tag bit flipped on card 3", "cards": [edited(&a[2], |b| { let n = b.len(); b[n - 1] ^= 1 }), a[0]], "passphrase": pass_a, "error": "damaged", "card": 1}),
        json!({"name": "card from another set", "cards": [a[0], other[1]], "passphrase": pass_a, "error": "other_set", "card": 2}),
        json!({"name": "the same card twice", "cards": [a[0], a[0]], "passphrase": pass_a, "error": "duplicate", "index": 1, "card": 2}),
        json!({"name": "two of three needed", "cards": [b[0], b[4]], "passphrase": pass_b, "error": "not_enough_cards", "have": 2, "need": 3}),
        json!({"name": "duplicate still counts once", "cards": [b[1], b[2], b[1]], "passphrase": pass_b, "error": "duplicate", "index": 2, "card": 3}),
        json!({"name": "wrong passphrase", "cards": [a[0], a[1]], "passphrase": "abandon ability able about above absent", "error": "wrong_passphrase"}),
        json!({"name": "passphrase with different case", "cards": [a[1], a[2]], "passphrase": pass_a.to_uppercase(), "error": "wrong_passphrase"}),
    ];
    invalid.extend(every_rule(&all_cards));
    // The first set again, as a person might type it: lower case, in groups, 0 as o and
    // 1 as l, hyphens for spaces on one card.
    let mut typed = valid[0].clone();
    typed["name"] = json!("12 words, 2 of 3, typed by hand");
    typed["cards"] = json!([
        text::grouped(&a[0]).to_lowercase().replace('0', "o"),
        text::grouped(&a[1])
            .to_lowercase()
            .replace('1', "l")
            .replace(' ', "-"),
        format!("  {}\n", text::grouped(&a[2])),
    ]);
    valid.push(typed);

    // Added for issue 14 (every rule a vector), after every earlier case, so these draw
    // from the generator where the earlier cases stopped.
    let mut copied = valid[0].clone();
    copied["name"] = json!("12 words, 2 of 3, copied out of a PDF or a word processor");
    copied["cards"] = json!(a
        .iter()
        .enumerate()
        .map(|(k, c)| separated(c, k))
        .collect::<Vec<_>>());
    valid.push(copied);

    let words = Passphrase::generate_with(&mut rng).normalized().to_string();
    let words: Vec<&str> = words.split(' ').collect();
    let spaced = format!(
        "\u{3000}{}\u{00A0}{}\u{2003}\u{2003}{}\u{0085}{}\u{1680}{}\u{2028}{}\t\r\n",
        words[0], words[1], words[2], words[3], words[4], words[5]
    );
    let spec = SetSpec {
        name: "12 words, passphrase typed with Unicode white space",
        words: 12,
        language: Language::English,
        threshold: 2,
        count: 2,
        kdf: FAST,
        passphrase: None,
        subsets: &[&[1, 2], &[2, 1]],
    };
    let (set, texts) = make_set(&spec, &spaced, &mut rng);
    valid.push(set);
    invalid.push(json!({
        "name": "passphrase words separated by U+001F, which is not white space",
        "cards": texts,
        "passphrase": words.join("\u{001F}"),
        "error": "wrong_passphrase",
    }));
    invalid.push(json!({
        "name": "passphrase words separated by U+200B, which is not white space",
        "cards": texts,
        "passphrase": words.join("\u{200B}"),
        "error": "wrong_passphrase",
    }));

    let passphrases: Vec<Value> = [
        "  two  words  ",
        "no-break\u{00A0}space and\u{202F}narrow",
        "\t\n\u{000B}\u{000C}\r controls \u{0085}next\u{2028}line\u{2029}para",
        "ogham\u{1680}mark\u{2000}en\u{200A}hair\u{205F}math\u{3000}ideographic",
        "file\u{001C}group\u{001D}record\u{001E}unit\u{001F}separators stay",
        "zero\u{200B}width\u{FEFF}stays",
        "Crème brûlée",
        "ﬁfth ﬂoor, Ｆｕｌｌｗｉｄｔｈ ２０２６",
        "\u{212B}ngstr\u{00F6}m \u{00C5}",
        "Case Is Kept",
    ]
    .iter()
    .map(|t| json!({"typed": t, "normalized": normalize_passphrase(t)}))
    .collect();

    json!({
        "format": "heirloom-card",
        "version": 1,
        "description": "Frozen vectors of Heirloom card format v1 (docs/card-format.md section 11). Made from a fixed seed; for v1, cases are only added, never changed.",
        "valid": valid,
        "invalid": invalid,
        "passphrases": passphrases,
    })
}

/// One valid set made from `spec` with the passphrase as typed, and its card texts.
fn make_set(spec: &SetSpec, typed_pass: &str, rng: &mut ChaCha20Rng) -> (Value, Vec<String>) {
    let mut entropy = vec![0u8; spec.words * 4 / 3];
    rng.fill_bytes(&mut entropy);
    let phrase = Phrase::from_entropy(&entropy, spec.language).unwrap();
    let pass = Passphrase::new(typed_pass).unwrap();
    let kdf = KdfParams::new(spec.kdf.0, spec.kdf.1, spec.kdf.2).unwrap();
    let params = SetParams {
        threshold: spec.threshold,
        count: spec.count,
        kdf,
    };
    let cards = split_with_rng(&phrase, &pass, params, rng).unwrap();
    let texts: Vec<String> = cards.iter().map(Card::to_text).collect();
    let set = json!({
        "name": spec.name,
        "phrase": *phrase.words(),
        "language": language_name(spec.language),
        "passphrase": typed_pass,
        "threshold": spec.threshold,
        "count": spec.count,
        "kdf": { "memory_kib": kdf.memory_kib(), "passes": kdf.passes(), "lanes": kdf.lanes() },
        "set_id": cards[0].header().set_id.to_string(),
        "fingerprint": phrase.fingerprint().to_string(),
        "cards": texts,
        "subsets": spec.subsets,
    });
    (set, texts)
}

/// A card text with its groups separated as text copied out of a PDF or typed into a word
/// processor may have them: no-break and other spaces, CR LF, dashes, soft hyphens and
/// zero-width characters (spec section 4.4, step 1), a different mix for each `k`.
fn separated(card: &str, k: usize) -> String {
    const SEPARATORS: [&str; 12] = [
        "\u{00A0}",
        "\r\n",
        " \u{2013} ",
        "\u{00AD}",
        "\u{200B}",
        "\u{202F}",
        "\u{2009}",
        "\u{3000}",
        "\u{2010}",
        "\u{2212}",
        "\u{2060}",
        "\u{000B}\u{000C}\u{0085}\u{2028}\u{2029}\u{1680}\u{205F}\u{2014}\u{2011}\u{2012}",
    ];
    let mut out = String::from("\u{FEFF}");
    for (g, group) in text::grouped(card).split(' ').enumerate() {
        if g > 0 {
            out.push_str(SEPARATORS[(g + 5 * k) % SEPARATORS.len()]);
        }
        out.push_str(group);
    }
    out + "\r\n"
}

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The check symbol of group `group` (from 0), written out here from spec section 4.3.
fn check_symbol(group: usize, data: &[u8]) -> u8 {
    let mul = |v: u8| {
        let v = v << 1;
        if v & 0x20 != 0 {
            v ^ 0b10_0101
        } else {
            v
        }
    };
    data.iter().fold(0u8, |acc, &d| mul(acc ^ d)) ^ ((group + 1) % 32) as u8
}

/// The data symbols of a card text as the QR holds it (check characters dropped).
fn data_symbols(card: &str) -> Vec<u8> {
    card.as_bytes()
        .chunks(6)
        .flat_map(|g| g[..g.len() - 1].to_vec())
        .map(|c| ALPHABET.iter().position(|&a| a == c).unwrap() as u8)
        .collect()
}

/// A text with valid check characters holding these data symbols, whatever their bits.
fn from_data_symbols(data: &[u8]) -> String {
    let mut out = String::new();
    for (g, chunk) in data.chunks(5).enumerate() {
        for &d in chunk {
            out.push(ALPHABET[usize::from(d)] as char);
        }
        out.push(ALPHABET[usize::from(check_symbol(g, chunk))] as char);
    }
    out
}

/// A change to a binary card.
type Edit = fn(&mut Vec<u8>);

/// A card text with the character at `pos` (from 0) replaced by another.
fn typo_at(card: &str, pos: usize) -> String {
    let mut t = card.to_string().into_bytes();
    t[pos] = if t[pos] == b'Q' { b'R' } else { b'Q' };
    String::from_utf8(t).unwrap()
}

/// The first card text of the vectors holding `needle`, with the set it is from.
fn card_holding<'a>(all: &'a [(Vec<String>, String)], needle: &str) -> (&'a str, &'a str, &'a str) {
    all.iter()
        .flat_map(|(texts, pass)| {
            texts
                .iter()
                .map(move |t| (t.as_str(), texts[0].as_str(), pass.as_str()))
        })
        .find(|(t, first, _)| t.contains(needle) && t != first)
        .unwrap_or_else(|| panic!("no card holds {needle}"))
}

/// A vector for every rule of spec sections 3.1, 4.4 and 8 that the first cases leave out
/// (issue 14, point 2). Each names the card its error is about.
fn every_rule(all: &[(Vec<String>, String)]) -> Vec<Value> {
    let (a, pass_a) = &all[0]; // 12 words, 2 of 3: 72 data symbols, no padding
    let (b, pass_b) = &all[1]; // 15 words, 3 of 5: 79 data symbols, 3 padding bits
    let (other, _) = &all[6];
    let mut out = Vec::new();
    let mut case = |name: String, cards: Vec<String>, pass: &str, error: &str, extra: Value| {
        let mut v = json!({"name": name, "cards": cards, "passphrase": pass, "error": error});
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        out.push(v);
    };
    let s = |t: &str| t.to_string();

    // Section 4.4: the text.
    let mut padded = data_symbols(&b[1]);
    *padded.last_mut().unwrap() |= 1;
    case(
        s("non-zero padding bits"),
        vec![s(&b[0]), from_data_symbols(&padded), s(&b[2])],
        pass_b,
        "damaged",
        json!({"card": 2}),
    );
    let mut long = data_symbols(&a[1]);
    long.push(0);
    case(
        s("one data symbol too many: 5 bits left over"),
        vec![s(&a[0]), from_data_symbols(&long)],
        pass_a,
        "damaged",
        json!({"card": 2}),
    );
    let (c, pass_c) = &all[2]; // 18 words: 102 characters, 17 whole groups
    case(
        s("an incomplete last group of one character"),
        vec![s(&c[0]), format!("{}7", c[1])],
        pass_c,
        "typo",
        json!({"card": 2, "group": 18}),
    );
    case(
        s("an incomplete last group after a space"),
        vec![format!("{} 0", text::grouped(&c[0])), s(&c[1])],
        pass_c,
        "typo",
        json!({"card": 1, "group": 18}),
    );
    case(
        s("text shorter than one group"),
        vec![s(&a[0]), s(&a[1][..4])],
        pass_a,
        "not_a_card",
        json!({"card": 2}),
    );
    case(
        s("text of 11 characters"),
        vec![s(&a[0][..11]), s(&a[1])],
        pass_a,
        "not_a_card",
        json!({"card": 1}),
    );
    case(
        s("only the first two groups"),
        vec![s(&a[0]), s(&a[1][..12])],
        pass_a,
        "damaged",
        json!({"card": 2}),
    );
    case(
        s("three U characters"),
        vec![s(&a[0]), format!("UUU{}", &a[1][3..])],
        pass_a,
        "not_a_card",
        json!({"card": 2}),
    );
    case(
        s("two U characters are a typo"),
        vec![s(&a[0]), format!("{}UU{}", &a[1][..6], &a[1][8..])],
        pass_a,
        "typo",
        json!({"card": 2, "group": 2}),
    );
    case(
        s("a colon between groups"),
        vec![s(&a[0]), format!("{}:{}", &a[1][..6], &a[1][6..])],
        pass_a,
        "not_a_card",
        json!({"card": 2}),
    );
    case(
        s("U+001F between groups is not a separator"),
        vec![format!("{}\u{001F}{}", &a[0][..6], &a[0][6..]), s(&a[1])],
        pass_a,
        "not_a_card",
        json!({"card": 1}),
    );
    case(
        s("U+001C between groups is not a separator"),
        vec![s(&a[0]), format!("{}\u{001C}{}", &a[1][..6], &a[1][6..])],
        pass_a,
        "not_a_card",
        json!({"card": 2}),
    );
    case(
        s("an underscore between groups"),
        vec![format!("{}_{}", &a[0][..6], &a[0][6..]), s(&a[1])],
        pass_a,
        "not_a_card",
        json!({"card": 1}),
    );
    // Non-ASCII letters a Unicode upper-caser would turn into a valid card.
    for (ascii, letter, what) in [
        ("1", "\u{0131}", "dotless i (U+0131) for 1"),
        ("S", "\u{017F}", "long s (U+017F) for S"),
        ("SS", "\u{00DF}", "sharp s (U+00DF) for SS"),
        ("F1", "\u{FB01}", "fi ligature (U+FB01) for F1"),
        ("1", "\u{FF11}", "fullwidth digit one (U+FF11) for 1"),
    ] {
        let (card, first, pass) = card_holding(all, ascii);
        let lower = card.to_lowercase();
        let pos = card.find(ascii).unwrap();
        let t = format!("{}{letter}{}", &lower[..pos], &lower[pos + ascii.len()..]);
        case(
            format!("a non-ASCII letter: {what}"),
            vec![s(first), t],
            pass,
            "not_a_card",
            json!({"card": 2}),
        );
    }

    // Section 3.1: the binary card.
    for len in 0..=64usize {
        if [45, 49, 53, 57, 61].contains(&len) {
            continue;
        }
        let t = edited(&a[1], |b| b.resize(len, 0xA5));
        let error = if t.len() < 12 {
            "not_a_card"
        } else {
            "damaged"
        };
        case(
            format!("a card of {len} bytes"),
            vec![s(&a[0]), t],
            pass_a,
            error,
            json!({"card": 2}),
        );
    }
    let rules: Vec<(&str, Edit, &str)> = vec![
        ("T greater than N (3 of 2)", |b| b[1] = 0x21, "damaged"),
        (
            "card index greater than N (4 of 3)",
            |b| b[2] = (b[2] & 0x0f) | 0x30,
            "damaged",
        ),
        ("card index 16 of 3", |b| b[2] |= 0xf0, "damaged"),
        ("language 10", |b| b[2] = (b[2] & 0xf0) | 10, "damaged"),
        ("KDF identifier 0", |b| b[3] &= 0x1f, "damaged"),
        (
            "KDF identifier 2",
            |b| b[3] = (b[3] & 0x1f) | 0x40,
            "damaged",
        ),
        ("KDF identifier 7", |b| b[3] |= 0xe0, "damaged"),
        (
            "KDF memory 4 MiB, below the bounds",
            |b| b[3] = 0x20 | 12,
            "kdf_out_of_bounds",
        ),
        ("KDF memory 1 KiB", |b| b[3] = 0x20, "kdf_out_of_bounds"),
        (
            "KDF memory 2 GiB, above the bounds",
            |b| b[3] = 0x20 | 21,
            "kdf_out_of_bounds",
        ),
        (
            "KDF memory 2^31 KiB",
            |b| b[3] = 0x20 | 31,
            "kdf_out_of_bounds",
        ),
        (
            "9 KDF passes",
            |b| b[4] = (b[4] & 0x0f) | 0x80,
            "kdf_out_of_bounds",
        ),
        (
            "9 KDF lanes",
            |b| b[4] = (b[4] & 0xf0) | 8,
            "kdf_out_of_bounds",
        ),
        ("16 KDF lanes", |b| b[4] |= 0x0f, "kdf_out_of_bounds"),
        (
            "rule 3 before rule 4: T greater than N and 2 GiB",
            |b| {
                b[1] = 0x21;
                b[3] = 0x20 | 21
            },
            "damaged",
        ),
        (
            "rule 3 before rule 4: KDF identifier 2 and 2 GiB",
            |b| b[3] = 0x40 | 21,
            "damaged",
        ),
        (
            "rule 3 before rule 4: language 11 and 16 lanes",
            |b| {
                b[2] = (b[2] & 0xf0) | 11;
                b[4] = 0xff
            },
            "damaged",
        ),
        (
            "rule 1 before rule 2: version 2 and 44 bytes",
            |b| {
                b[0] = 2;
                b.truncate(44)
            },
            "unsupported_version",
        ),
        (
            "rule 1 before rule 2: version 0 and 50 bytes",
            |b| {
                b[0] = 0;
                b.resize(50, 0)
            },
            "not_a_card",
        ),
        (
            "rule 1 before rule 3: version 255 and T greater than N",
            |b| {
                b[0] = 255;
                b[1] = 0x21
            },
            "unsupported_version",
        ),
    ];
    for (name, edit, error) in rules {
        let t = edited(&a[1], edit);
        let version = text::decode(&t).unwrap()[0];
        let extra = if error == "unsupported_version" {
            json!({"card": 2, "version": version})
        } else {
            json!({"card": 2})
        };
        case(s(name), vec![s(&a[0]), t], pass_a, error, extra);
    }

    // Section 8: the order, and the card each error is about.
    case(
        s("no card at all"),
        vec![],
        pass_a,
        "not_enough_cards",
        json!({"have": 0, "need": 2}),
    );
    case(
        s("one card of a 2-of-3 set"),
        vec![s(&a[2])],
        pass_a,
        "not_enough_cards",
        json!({"have": 1, "need": 2}),
    );
    case(
        s("cards 1, 2, 1: the index, not the place"),
        vec![s(&a[0]), s(&a[1]), s(&a[0])],
        pass_a,
        "duplicate",
        json!({"card": 3, "index": 1}),
    );
    case(
        s("cards 3, 1, 3"),
        vec![s(&a[2]), s(&a[0]), s(&a[2])],
        pass_a,
        "duplicate",
        json!({"card": 3, "index": 3}),
    );
    case(
        s("card by card: 1, 1, another set is a duplicate"),
        vec![s(&a[0]), s(&a[0]), s(&other[1])],
        pass_a,
        "duplicate",
        json!({"card": 2, "index": 1}),
    );
    case(
        s("card by card: 1, another set, 1 is another set"),
        vec![s(&a[0]), s(&other[1]), s(&a[0])],
        pass_a,
        "other_set",
        json!({"card": 2}),
    );
    let typo2 = typo_at(&a[1], 40);
    case(
        s("step 1 for every card before step 2: another set, then a typo"),
        vec![s(&a[0]), s(&other[1]), typo2.clone()],
        pass_a,
        "typo",
        json!({"card": 3, "group": 7}),
    );
    case(
        s("step 1 card by card: a typo, then a newer version"),
        vec![s(&a[0]), typo2.clone(), edited(&a[2], |b| b[0] = 3)],
        pass_a,
        "typo",
        json!({"card": 2, "group": 7}),
    );
    case(
        s("step 1 card by card: a newer version, then a typo"),
        vec![edited(&a[2], |b| b[0] = 3), typo2.clone()],
        pass_a,
        "unsupported_version",
        json!({"card": 1, "version": 3}),
    );
    case(
        s("step 1 card by card: out of bounds, then not a card"),
        vec![s(&a[0]), edited(&a[1], |b| b[4] = 0xff), s("HELLO")],
        pass_a,
        "kdf_out_of_bounds",
        json!({"card": 2}),
    );
    case(
        s("set fields before the index: same salt, other T, index seen before"),
        vec![s(&a[0]), edited(&a[0], |b| b[1] = 0x22)],
        pass_a,
        "damaged",
        json!({"card": 2}),
    );
    case(
        s("another set before the set fields"),
        vec![s(&a[0]), edited(&other[1], |b| b[1] = 0x22)],
        pass_a,
        "other_set",
        json!({"card": 2}),
    );
    let same_set: Vec<(&str, Edit)> = vec![
        ("other T", |b| b[1] = 0x22),
        ("other N", |b| b[1] = 0x13),
        ("other language", |b| b[2] = (b[2] & 0xf0) | 9),
        ("other KDF memory", |b| b[3] += 1),
        ("other KDF passes", |b| b[4] += 0x10),
        ("other KDF lanes", |b| b[4] += 1),
        ("other length", |b| b.resize(49, 0)),
    ];
    for (what, edit) in same_set {
        case(
            format!("same salt, {what}"),
            vec![s(&a[0]), s(&a[1]), edited(&a[2], edit)],
            pass_a,
            "damaged",
            json!({"card": 3}),
        );
    }
    let bad_tag = |c: &str| {
        edited(c, |b| {
            let n = b.len();
            b[n - 1] ^= 0x80
        })
    };
    case(
        s("more than T cards, the last failing authentication: recovery stops"),
        vec![s(&a[0]), s(&a[1]), bad_tag(&a[2])],
        pass_a,
        "damaged",
        json!({"card": 3}),
    );
    case(
        s("three cards, the middle one failing authentication"),
        vec![s(&a[0]), bad_tag(&a[1]), s(&a[2])],
        pass_a,
        "damaged",
        json!({"card": 2}),
    );
    case(
        s("two of three failing authentication: the first is named"),
        vec![s(&a[2]), bad_tag(&a[0]), bad_tag(&a[1])],
        pass_a,
        "damaged",
        json!({"card": 2}),
    );
    case(
        s("every card failing authentication"),
        vec![bad_tag(&a[0]), bad_tag(&a[1]), bad_tag(&a[2])],
        pass_a,
        "wrong_passphrase",
        json!({}),
    );
    case(
        s("15 words: 3 of 5, a card of another set with a typo comes first in step 1"),
        vec![s(&b[0]), s(&other[0]), s(&b[1]), typo_at(&b[2], 14)],
        pass_b,
        "typo",
        json!({"card": 4, "group": 3}),
    );
    out
}

fn rendered(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap() + "\n"
}

fn load() -> Value {
    let path = vectors_path();
    if std::env::var_os("HEIRLOOM_WRITE_VECTORS").is_some() {
        std::fs::write(&path, rendered(&generate())).unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn parse_all(cards: &Value) -> Result<Vec<Card>, Error> {
    cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Card::from_text(c.as_str().unwrap()))
        .collect()
}

#[test]
fn generating_again_gives_the_frozen_file() {
    let on_disk = std::fs::read_to_string(vectors_path()).unwrap();
    assert_eq!(
        rendered(&generate()),
        on_disk,
        "the encoding changed: that is a new format version"
    );
}

#[test]
fn every_valid_subset_recovers_its_phrase() {
    let v = load();
    let mut checked = 0;
    for set in v["valid"].as_array().unwrap() {
        let cards = parse_all(&set["cards"]).unwrap();
        assert_eq!(cards.len() as u64, set["count"].as_u64().unwrap());
        let pass = Passphrase::new(set["passphrase"].as_str().unwrap()).unwrap();
        for subset in set["subsets"].as_array().unwrap() {
            let picked: Vec<Card> = subset
                .as_array()
                .unwrap()
                .iter()
                .map(|i| cards[i.as_u64().unwrap() as usize - 1].clone())
                .collect();
            let phrase = combine(&picked, &pass).unwrap();
            assert_eq!(
                *phrase.words(),
                set["phrase"].as_str().unwrap(),
                "{}",
                set["name"]
            );
            assert_eq!(
                phrase.fingerprint().to_string(),
                set["fingerprint"].as_str().unwrap()
            );
            assert_eq!(
                language_name(phrase.language()),
                set["language"].as_str().unwrap()
            );
            checked += 1;
        }
        for (i, card) in cards.iter().enumerate() {
            let h = card.header();
            assert_eq!(usize::from(h.index), i + 1);
            assert_eq!(h.set_id.to_string(), set["set_id"].as_str().unwrap());
            assert_eq!(
                u64::from(h.kdf.memory_kib()),
                set["kdf"]["memory_kib"].as_u64().unwrap()
            );
        }
    }
    assert!(checked >= 20, "only {checked} subsets");
}

#[test]
fn every_invalid_case_gives_its_error_about_its_card() {
    let v = load();
    let mut checked = 0;
    for case in v["invalid"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let texts: Vec<&str> = case["cards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let pass = Passphrase::new(case["passphrase"].as_str().unwrap()).unwrap();
        let blamed = combine_texts(&texts, &pass).expect_err(name);
        let err = &blamed.error;
        assert_eq!(
            err.kind(),
            case["error"].as_str().unwrap(),
            "{name}: {err:?}"
        );
        assert_eq!(
            blamed.position.map(|p| p as u64 + 1),
            case["card"].as_u64(),
            "{name}: the card the error is about"
        );
        let number = |field: &str| {
            case[field]
                .as_u64()
                .unwrap_or_else(|| panic!("{name}: {field}"))
        };
        match *err {
            Error::Typo { group } => assert_eq!(group as u64, number("group"), "{name}"),
            Error::Duplicate { index } => assert_eq!(u64::from(index), number("index"), "{name}"),
            Error::UnsupportedVersion { version } => {
                assert_eq!(u64::from(version), number("version"), "{name}")
            }
            Error::NotEnoughCards { have, need } => {
                assert_eq!(have as u64, number("have"), "{name}");
                assert_eq!(need as u64, number("need"), "{name}");
            }
            _ => {}
        }
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} invalid cases");
}

#[test]
fn every_passphrase_normalises_as_written() {
    let v = load();
    let cases = v["passphrases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    for case in cases {
        let typed = case["typed"].as_str().unwrap();
        assert_eq!(
            normalize_passphrase(typed),
            case["normalized"].as_str().unwrap(),
            "{typed:?}"
        );
    }
}

/// Flips every bit of a binary card (re-encoded with valid check characters, as a forger
/// would) and checks that each flip is refused with the error its field calls for, and
/// never gives a phrase.
#[test]
fn every_bit_flip_is_refused_with_the_right_error() {
    let v = load();
    let set = &v["valid"][0];
    let pass = Passphrase::new(set["passphrase"].as_str().unwrap()).unwrap();
    let first = Card::from_text(set["cards"][0].as_str().unwrap()).unwrap();
    let victim = text::decode(set["cards"][1].as_str().unwrap()).unwrap();
    let mut flips = 0;
    for byte in 0..victim.len() {
        for bit in 0..8 {
            let mut b = victim.clone();
            b[byte] ^= 1 << bit;
            let result = Card::from_text(&text::encode(&b))
                .and_then(|c| combine(&[first.clone(), c], &pass));
            let err = match result {
                Ok(_) => panic!("byte {byte} bit {bit}: a tampered card gave a phrase"),
                Err(e) => e,
            };
            let allowed: &[&str] = match byte {
                0 => &["not_a_card", "unsupported_version"],
                1 | 2 => &["damaged", "duplicate"],
                3 | 4 => &["damaged", "kdf_out_of_bounds"],
                5..=12 => &["other_set"],
                _ => &["damaged"],
            };
            assert!(
                allowed.contains(&err.kind()),
                "byte {byte} bit {bit}: {err:?}"
            );
            if byte >= 13 {
                assert_eq!(err, Error::Damaged { index: Some(2) });
            }
            flips += 1;
        }
    }
    assert_eq!(flips, 45 * 8);
}
