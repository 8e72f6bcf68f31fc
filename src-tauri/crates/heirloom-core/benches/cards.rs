//! Prints how long making and combining cards takes, and how much of it is the KDF; how long
//! verifying a printed set of 16 cards, any 8, takes; then how long drawing a card takes
//! (SVG, PNG, PDF) and how large the PDF is per card.
//! `cargo bench -p heirloom-core --bench cards`; figures go into docs/benchmarks.md.
//! `cargo bench -p heirloom-core --bench cards -- verify` runs only the verify figures.

#![allow(clippy::unwrap_used, clippy::print_stdout)] // a bench binary: it prints and panics

use std::hint::black_box;
use std::time::{Duration, Instant};

use heirloom_core::render::{self, CardSheet, Holder, Paper, PassphraseLine, PrintOptions};
use heirloom_core::{
    combine, derive_key, split, subset_count, text, verify_set, Card, KdfParams, Passphrase,
    Phrase, SetParams,
};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let phrase = Phrase::generate(24).unwrap();
    let pass = Passphrase::generate();
    verify_figures(&phrase, &pass);
    if std::env::args().any(|a| a == "verify") {
        return;
    }
    let (t, n) = (3u8, 5u8);
    println!("Heirloom card benchmarks: 24 words, {t} of {n}, median of runs");
    println!(
        "{:<34} {:>6} {:>10} {:>10} {:>14}",
        "KDF", "runs", "KDF alone", "total", "beyond KDF/card"
    );
    for (label, kdf, runs) in [
        ("default (256 MiB, 3 passes, 4 ln)", KdfParams::DEFAULT, 7),
        (
            "test (8 MiB, 1 pass, 1 lane)",
            KdfParams::new(13, 1, 1).unwrap(),
            41,
        ),
    ] {
        let params = SetParams {
            threshold: t,
            count: n,
            kdf,
        };
        let kdf_alone = time(runs, || derive_key(&pass, &[7; 8], kdf).unwrap());

        let split_total = time(runs, || split(&phrase, &pass, params).unwrap());
        let cards = split(&phrase, &pass, params).unwrap();
        let texts: Vec<String> = cards.iter().map(Card::to_text).collect();
        let combine_total = time(runs, || {
            let picked: Vec<Card> = texts[..usize::from(t)]
                .iter()
                .map(|s| Card::from_text(s).unwrap())
                .collect();
            combine(&picked, &pass).unwrap()
        });
        for (what, total, per) in [
            ("split + encrypt + text", split_total, n),
            ("parse + decrypt + combine", combine_total, t),
        ] {
            let beyond = total.saturating_sub(kdf_alone) / u32::from(per);
            println!(
                "{:<34} {:>6} {:>8.1}ms {:>8.1}ms {:>12.3}ms  ({what})",
                label,
                runs,
                ms(kdf_alone),
                ms(total),
                ms(beyond)
            );
        }
    }

    // The work around the KDF, measured alone: text decoding of one card, thousands of times.
    let card_text = split(
        &phrase,
        &pass,
        SetParams {
            threshold: 2,
            count: 2,
            kdf: KdfParams::new(13, 1, 1).unwrap(),
        },
    )
    .unwrap()[0]
        .to_text();
    let per_decode = time(5, || {
        for _ in 0..10_000 {
            black_box(text::decode(black_box(&card_text)).unwrap());
        }
    }) / 10_000;
    println!(
        "text decode of one 24-word card: {:.2} µs",
        per_decode.as_secs_f64() * 1e6
    );

    render_figures(&phrase, &pass);
}

/// Verifying a printed set: 16 cards of a 24-word phrase, any 8 (12,870 subsets), at both
/// KDFs. "Beyond the KDF" is the verify less one key derivation: opening the cards,
/// combining every subset and deriving the fingerprint once. The last line is what the
/// earlier verify paid per subset (a phrase and a BIP-32 fingerprint each).
fn verify_figures(phrase: &Phrase, pass: &Passphrase) {
    let (t, n) = (8u8, 16u8);
    println!(
        "Verify: 24 words, {n} cards, any {t} ({} subsets), median of runs",
        subset_count(n, t)
    );
    for (label, kdf, runs) in [
        ("default (256 MiB, 3 passes, 4 ln)", KdfParams::DEFAULT, 5),
        (
            "test (8 MiB, 1 pass, 1 lane)",
            KdfParams::new(13, 1, 1).unwrap(),
            21,
        ),
    ] {
        let params = SetParams {
            threshold: t,
            count: n,
            kdf,
        };
        let cards = split(phrase, pass, params).unwrap();
        let salt = cards[0].header().set_id.0;
        let kdf_alone = time(runs, || derive_key(pass, &salt, kdf).unwrap());
        let total = time(runs, || {
            verify_set(&cards, pass, phrase.fingerprint()).unwrap();
        });
        println!(
            "{:<34} {:>6} runs  KDF {:>8.1} ms  verify {:>8.1} ms  beyond KDF {:>7.1} ms",
            label,
            runs,
            ms(kdf_alone),
            ms(total),
            ms(total.saturating_sub(kdf_alone))
        );
    }
    let per_subset_before = time(21, || phrase.fingerprint());
    println!(
        "a phrase's fingerprint (what the old verify derived per subset): {:.2} ms, × {} = {:.1} s",
        ms(per_subset_before),
        subset_count(n, t),
        per_subset_before.as_secs_f64() * subset_count(n, t) as f64
    );
    println!();
}

/// Drawing cards: a 24-word 3-of-5 set with every label filled in.
fn render_figures(phrase: &Phrase, pass: &Passphrase) {
    let params = SetParams {
        threshold: 3,
        count: 5,
        kdf: KdfParams::new(13, 1, 1).unwrap(),
    };
    let sheets: Vec<CardSheet> = split(phrase, pass, params)
        .unwrap()
        .into_iter()
        .map(|card| CardSheet {
            card,
            label: "Family savings".into(),
            date: "2026-11-23".into(),
            fingerprint: Some(phrase.fingerprint()),
            holder: Some(Holder {
                name: "Marie Dupont".into(),
                place: "Lyon".into(),
            }),
        })
        .collect();
    let one = PrintOptions::default();
    println!();
    println!("Rendering, 24-word card, median of runs");
    let svg = render::svg(&sheets[0], &one).unwrap();
    let t = time(21, || render::svg(&sheets[0], &one).unwrap());
    println!(
        "SVG, one card:            {:>8.2} ms  {:>7} bytes",
        ms(t),
        svg.len()
    );
    for dpi in [150, 300] {
        let png = render::png(&sheets[0], &one, dpi).unwrap();
        let t = time(11, || render::png(&sheets[0], &one, dpi).unwrap());
        println!(
            "PNG, one card, {dpi} dpi:    {:>8.2} ms  {:>7} bytes",
            ms(t),
            png.len()
        );
    }
    for paper in [Paper::A4, Paper::Letter] {
        for per_page in [1u8, 4] {
            let options = PrintOptions {
                paper,
                per_page,
                passphrase_line: PassphraseLine::EveryCard,
                ..PrintOptions::default()
            };
            let five = render::pdf(&sheets, &options).unwrap();
            let single = render::pdf(&sheets[..1], &options).unwrap();
            let t5 = time(11, || render::pdf(&sheets, &options).unwrap());
            let t1 = time(11, || render::pdf(&sheets[..1], &options).unwrap());
            println!(
                "PDF {:?}, {per_page}/page: 5 cards + guide + summary {:>7.2} ms, {:>6} bytes; per extra card {:>5.2} ms, {:>5} bytes",
                paper,
                ms(t5),
                five.len(),
                ms(t5.saturating_sub(t1)) / 4.0,
                (five.len() - single.len()) / 4
            );
        }
    }
}
