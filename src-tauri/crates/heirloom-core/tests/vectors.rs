//! The frozen test vectors of format version 1 (`tests/vectors/card-v1.json`).
//!
//! The vectors are made from a fixed seed by `generate()` below. The tests check that the
//! file on disk decodes as it says, and that generating again gives the file byte for byte,
//! so any change to the encoding shows up here as a format change. To write the file once,
//! for a new format version only: `HEIRLOOM_WRITE_VECTORS=1 cargo test --test vectors`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::path::PathBuf;

use heirloom_core::{
    combine, language_name, split_with_rng, text, Card, Error, KdfParams, Language, Passphrase,
    Phrase, SetParams,
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
    let invalid = vec![
        json!({"name": "a URL in a QR code", "cards": ["HTTPS://EXAMPLE.COM/HEIRLOOM", a[1]], "passphrase": pass_a, "error": "not_a_card"}),
        json!({"name": "one character changed in group 4", "cards": [a[0], typo], "passphrase": pass_a, "error": "typo", "group": 4}),
        json!({"name": "version 0", "cards": [edited(&a[0], |b| b[0] = 0), a[1]], "passphrase": pass_a, "error": "not_a_card"}),
        json!({"name": "version 2", "cards": [a[0], edited(&a[1], |b| b[0] = 2)], "passphrase": pass_a, "error": "unsupported_version"}),
        json!({"name": "threshold 1", "cards": [edited(&a[0], |b| b[1] &= 0x0f), a[1]], "passphrase": pass_a, "error": "damaged"}),
        json!({"name": "language 12", "cards": [edited(&a[0], |b| b[2] = (b[2] & 0xf0) | 12), a[1]], "passphrase": pass_a, "error": "damaged"}),
        json!({"name": "4 GiB of KDF memory", "cards": [edited(&a[0], |b| b[3] = 0x20 | 22), a[1]], "passphrase": pass_a, "error": "kdf_out_of_bounds"}),
        json!({"name": "16 KDF passes", "cards": [a[0], edited(&a[1], |b| b[4] = 0xf0)], "passphrase": pass_a, "error": "kdf_out_of_bounds"}),
        json!({"name": "ciphertext bit flipped on card 2", "cards": [a[0], edited(&a[1], |b| b[20] ^= 0x10)], "passphrase": pass_a, "error": "damaged"}),
        json!({"name": "tag bit flipped on card 3", "cards": [edited(&a[2], |b| { let n = b.len(); b[n - 1] ^= 1 }), a[0]], "passphrase": pass_a, "error": "damaged"}),
        json!({"name": "card from another set", "cards": [a[0], other[1]], "passphrase": pass_a, "error": "other_set"}),
        json!({"name": "the same card twice", "cards": [a[0], a[0]], "passphrase": pass_a, "error": "duplicate", "index": 1}),
        json!({"name": "two of three needed", "cards": [b[0], b[4]], "passphrase": pass_b, "error": "not_enough_cards", "have": 2, "need": 3}),
        json!({"name": "duplicate still counts once", "cards": [b[1], b[2], b[1]], "passphrase": pass_b, "error": "duplicate", "index": 2}),
        json!({"name": "wrong passphrase", "cards": [a[0], a[1]], "passphrase": "abandon ability able about above absent", "error": "wrong_passphrase"}),
        json!({"name": "passphrase with different case", "cards": [a[1], a[2]], "passphrase": pass_a.to_uppercase(), "error": "wrong_passphrase"}),
    ];
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
    json!({
        "format": "heirloom-card",
        "version": 1,
        "description": "Frozen vectors of Heirloom card format v1 (docs/card-format.md section 11). Made from a fixed seed; never regenerate for v1.",
        "valid": valid,
        "invalid": invalid,
    })
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
fn every_invalid_case_gives_its_error() {
    let v = load();
    for case in v["invalid"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let result = parse_all(&case["cards"]).and_then(|cards| {
            let pass = Passphrase::new(case["passphrase"].as_str().unwrap())?;
            combine(&cards, &pass)
        });
        let err = result.expect_err(name);
        assert_eq!(
            err.kind(),
            case["error"].as_str().unwrap(),
            "{name}: {err:?}"
        );
        match err {
            Error::Typo { group } => assert_eq!(group as u64, case["group"].as_u64().unwrap()),
            Error::Duplicate { index } => {
                assert_eq!(u64::from(index), case["index"].as_u64().unwrap())
            }
            Error::NotEnoughCards { have, need } => {
                assert_eq!(have as u64, case["have"].as_u64().unwrap());
                assert_eq!(need as u64, case["need"].as_u64().unwrap());
            }
            _ => {}
        }
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
