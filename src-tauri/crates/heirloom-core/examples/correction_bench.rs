//! The typo-correction benchmark of docs/benchmarks.md: thousands of random typing mistakes
//! on real cards (made with the library, as printed), each searched for with
//! `correct::correct_card`, timed beyond the key derivation (derived once per set, outside
//! the clock). Reports the share corrected, the wrong corrections (a card other than the one
//! typed: must be zero) and the time per card.
//!
//!     cargo run --release --offline -p heirloom-core --example correction_bench [TRIALS]

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // a measuring tool

use std::time::{Duration, Instant};

use heirloom_core::correct::{correct_card, Reference};
use heirloom_core::{
    derive_key, split_with_rng, text, Card, KdfParams, Key, Passphrase, Phrase, SetParams,
};
use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha20Rng;

const KINDS: [&str; 18] = [
    "one character substituted",
    "two neighbours swapped",
    "one character missing",
    "one character doubled",
    "one extra character (any)",
    "two characters substituted, anywhere",
    "two characters substituted, one group",
    "one missing and one substituted",
    "three characters substituted",
    "a card of another set, one substituted (must stay uncorrected)",
    "a swap and a substitution",
    "two swaps",
    "one doubled and one substituted",
    "a swap and a missing character",
    "misread print: a look-alike in each of five groups",
    "two characters substituted in each of eight groups (beyond reach: the whole search)",
    "misread print: a character lost and a look-alike in each of three groups",
    "a character lost and two substituted in each of eight groups (beyond reach)",
];

/// What Tesseract reads for the card font's characters most often when it misreads them
/// (docs/benchmarks.md, "The printed text"): a model of a misreading, not the search's table.
const MISREADS: [(u8, u8); 8] = [
    (b'5', b'S'),
    (b'9', b'0'),
    (b'0', b'Q'),
    (b'9', b'Y'),
    (b'J', b'3'),
    (b'8', b'S'),
    (b'6', b'G'),
    (b'2', b'Z'),
];

struct Set {
    cards: Vec<Card>,
    key: Key,
}

fn make_sets(rng: &mut ChaCha20Rng) -> Vec<Set> {
    let mut sets = Vec::new();
    for (words, t, n) in [
        (12, 2, 3),
        (24, 3, 5),
        (15, 2, 2),
        (18, 4, 7),
        (21, 2, 3),
        (24, 8, 16),
    ] {
        for _ in 0..4 {
            let mut entropy = vec![0u8; words * 4 / 3];
            rng.fill_bytes(&mut entropy);
            let phrase = Phrase::from_entropy(&entropy, heirloom_core::Language::English).unwrap();
            let pass = Passphrase::generate_with(rng);
            let params = SetParams {
                threshold: t,
                count: n,
                kdf: KdfParams::new(13, 1, 1).unwrap(),
            };
            let cards = split_with_rng(&phrase, &pass, params, rng).unwrap();
            let h = *cards[0].header();
            let key = derive_key(&pass, &h.set_id.0, h.kdf).unwrap();
            sets.push(Set { cards, key });
        }
    }
    sets
}

fn other(rng: &mut ChaCha20Rng, c: u8) -> u8 {
    loop {
        let x = text::ALPHABET[rng.gen_range(0..32)];
        if x != c {
            return x;
        }
    }
}

fn distinct_positions(rng: &mut ChaCha20Rng, len: usize, k: usize) -> Vec<usize> {
    let mut ps: Vec<usize> = Vec::new();
    while ps.len() < k {
        let p = rng.gen_range(0..len);
        if !ps.contains(&p) {
            ps.push(p);
        }
    }
    ps
}

/// The card text with one mistake of `kind`.
fn mistype(rng: &mut ChaCha20Rng, good: &str, kind: usize) -> String {
    let mut b = good.as_bytes().to_vec();
    let len = b.len();
    match kind {
        0 => {
            let p = rng.gen_range(0..len);
            b[p] = other(rng, b[p]);
        }
        1 => loop {
            let p = rng.gen_range(0..len - 1);
            if b[p] != b[p + 1] {
                b.swap(p, p + 1);
                break;
            }
        },
        2 => {
            b.remove(rng.gen_range(0..len));
        }
        3 => {
            let p = rng.gen_range(0..len);
            b.insert(p, b[p]);
        }
        4 => {
            let c = text::ALPHABET[rng.gen_range(0..32)];
            b.insert(rng.gen_range(0..=len), c);
        }
        5 | 8 => {
            for p in distinct_positions(rng, len, if kind == 5 { 2 } else { 3 }) {
                b[p] = other(rng, b[p]);
            }
        }
        6 => {
            let g = rng.gen_range(0..len.div_ceil(6));
            let in_group = (len - 6 * g).min(6);
            for q in distinct_positions(rng, in_group, 2) {
                b[6 * g + q] = other(rng, b[6 * g + q]);
            }
        }
        7 => {
            let p = rng.gen_range(0..len);
            b[p] = other(rng, b[p]);
            b.remove(rng.gen_range(0..len));
        }
        10..=13 => {
            let (first, second) = match kind {
                10 => (1, 0),
                11 => (1, 1),
                12 => (3, 0),
                _ => (1, 2),
            };
            let once = mistype(rng, good, first);
            return mistype(rng, &once, second);
        }
        14 => misread_groups(rng, &mut b, 5),
        16 => {
            misread_groups(rng, &mut b, 3);
            b.remove(rng.gen_range(24..len));
        }
        15 | 17 => {
            let groups = distinct_positions(rng, len / 6 - 4, 8);
            for g in groups {
                for q in distinct_positions(rng, 6, 2) {
                    let p = 6 * (g + 4) + q;
                    b[p] = other(rng, b[p]);
                }
            }
            if kind == 17 {
                b.remove(rng.gen_range(24..len));
            }
        }
        _ => unreachable!(),
    }
    String::from_utf8(b).unwrap()
}

/// `n` groups after the header with a character Tesseract misreads, each misread once.
fn misread_groups(rng: &mut ChaCha20Rng, b: &mut [u8], n: usize) {
    let mut groups: Vec<usize> = (4..b.len() / 6)
        .filter(|g| b[6 * g..6 * g + 6].iter().any(|c| misread(*c).is_some()))
        .collect();
    while groups.len() > n {
        groups.remove(rng.gen_range(0..groups.len()));
    }
    for g in groups {
        let p = (6 * g..6 * g + 6)
            .find(|&p| misread(b[p]).is_some())
            .unwrap();
        b[p] = misread(b[p]).unwrap();
    }
}

fn misread(c: u8) -> Option<u8> {
    MISREADS.iter().find(|(a, _)| *a == c).map(|(_, b)| *b)
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize]
}

fn main() {
    let trials: usize = std::env::args()
        .nth(1)
        .map_or(2000, |a| a.parse().expect("TRIALS is a number"));
    let mut rng = ChaCha20Rng::seed_from_u64(0x5459_504f); // "TYPO"
    let sets = make_sets(&mut rng);
    println!(
        "{} sets, {} cards; {trials} trials per kind of mistake",
        sets.len(),
        sets.iter().map(|s| s.cards.len()).sum::<usize>()
    );
    println!("| mistake | trials | corrected | not corrected | wrong card | mean | p99 | max |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (kind, name) in KINDS.iter().enumerate() {
        let (mut fixed, mut missed, mut wrong) = (0usize, 0usize, 0usize);
        let mut times = Vec::with_capacity(trials);
        let mut done = 0;
        while done < trials {
            let pick = rng.gen_range(0..sets.len());
            let set = &sets[pick];
            let i = rng.gen_range(0..set.cards.len());
            let meant = &set.cards[i];
            let reference = Reference::of(&set.cards[(i + 1) % set.cards.len()]);
            let typed = if kind == 9 {
                // Another set of the same shape (sets come in fours): its card must not be
                // "corrected" into this set, since its tag is another key's.
                let stranger = &sets[pick / 4 * 4 + (pick % 4 + 1 + rng.gen_range(0..3)) % 4];
                let k = rng.gen_range(0..stranger.cards.len());
                mistype(&mut rng, &stranger.cards[k].to_text(), 0)
            } else {
                mistype(&mut rng, &meant.to_text(), kind)
            };
            if Card::from_text(&typed).as_ref() == Ok(meant) {
                continue; // the mistake changed nothing
            }
            let start = Instant::now();
            let found = correct_card(&typed, &reference, &set.key);
            times.push(start.elapsed());
            done += 1;
            match found {
                Some((card, _)) if card == *meant => fixed += 1,
                Some(_) => wrong += 1,
                None => missed += 1,
            }
        }
        times.sort();
        let mean = times.iter().sum::<Duration>() / times.len() as u32;
        let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
        println!(
            "| {name} | {trials} | {:.2} % | {missed} | {wrong} | {} | {} | {} |",
            100.0 * fixed as f64 / trials as f64,
            ms(mean),
            ms(percentile(&times, 0.99)),
            ms(*times.last().unwrap()),
        );
    }
}
