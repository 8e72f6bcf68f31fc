//! Hostile records, as an attacker would send them to a family to import: huge, deeply
//! nested, a million sets, wrong types, duplicate ids, names that forge output. Each is
//! refused quickly, with a message that says what is wrong, and nothing is changed; a real
//! record of many sets imports in time linear in its size.
//!
//! Times are bounds for an unoptimised build on a busy machine, far above what a release
//! build takes (see docs/benchmarks.md); the point is that nothing grows quadratically or
//! waits.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use heirloom_core::registry::{
    parse_import, MergeSummary, Record, Registry, MAX_JSON_TOKENS, MAX_RECORD_BYTES, MAX_SETS,
};
use heirloom_core::{Error, SetId, TextField};

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("heirloom-hostile-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

/// One set as an export has it, compact, with id `n`.
fn set(out: &mut String, n: u64, holder: &str) {
    let _ = write!(
        out,
        r#"{{"id":"{n:016x}","label":"set {n}","fingerprint":"73c5da0a","made":"2026-01-02T03:04:05Z","threshold":2,"count":3,"cards":[{{"index":1,"holder":{holder},"place":"Lyon"}},{{"index":2}},{{"index":3}}]}}"#
    );
}

fn record_of(n: u64) -> String {
    let mut s = String::from(r#"{"schema":1,"sets":["#);
    for i in 0..n {
        if i > 0 {
            s.push(',');
        }
        set(&mut s, i, "\"Ann\"");
    }
    s.push_str("]}");
    s
}

/// Parses `bytes` as an import, within `limit`.
fn refused(bytes: &[u8], limit: Duration) -> Error {
    let start = Instant::now();
    let e = parse_import(bytes).unwrap_err();
    let took = start.elapsed();
    assert!(took < limit, "{e}: took {took:?}");
    e
}

#[test]
fn too_large_files_are_refused_before_they_are_read() {
    let dir = temp("large");
    let reg = Registry::at(dir.join("data"));
    // A sparse gigabyte: refused from its size, none of it read.
    let sparse = dir.join("sparse.json");
    fs::File::create(&sparse).unwrap().set_len(1 << 30).unwrap();
    let start = Instant::now();
    let e = reg.import(&sparse).unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(
        e,
        Error::RecordFileTooLarge {
            path: sparse.clone(),
            limit_mb: 128
        }
    );
    let message = e.to_string();
    assert!(
        message.contains("at most 128 MB, room for about 100,000 sets"),
        "{message}"
    );
    assert_eq!(MAX_RECORD_BYTES, 128 << 20);
    // Devices and FIFOs are not files: refused without a read, never a hang.
    assert_eq!(
        reg.import(std::path::Path::new("/dev/zero")).unwrap_err(),
        Error::UnreadableFile
    );
    let fifo = dir.join("fifo.json");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        assert_eq!(reg.import(&fifo).unwrap_err(), Error::UnreadableFile);
    }
    assert!(!dir.join("data").exists(), "nothing was written");
}

#[test]
fn a_million_sets_are_refused_quickly() {
    // A million sets is about 200 MB: over the byte limit.
    let million = record_of(1_000_000);
    assert!(million.len() as u64 > MAX_RECORD_BYTES);
    assert!(matches!(
        refused(million.as_bytes(), Duration::from_secs(5)),
        Error::RecordFileTooLarge { limit_mb: 128, .. }
    ));
    drop(million);
    // Tiny sets packed under the byte limit: over the token limit, counted before parsing.
    let mut packed = String::from(r#"{"schema":1,"sets":["#);
    for i in 0..600_000u64 {
        let _ = write!(
            packed,
            r#"{{"id":"{i:016x}","fingerprint":"73c5da0a","made":"2026-01-02T03:04:05Z","threshold":2,"count":3}},"#
        );
    }
    packed.pop();
    packed.push_str("]}");
    assert!((packed.len() as u64) < MAX_RECORD_BYTES);
    assert!(matches!(
        refused(packed.as_bytes(), Duration::from_secs(10)),
        Error::RecordFileTooLarge { .. }
    ));
    // A list of zeros kept as an unknown field: a value every two bytes, refused the same.
    let zeros = format!(
        r#"{{"schema":1,"sets":[],"x":[{}0]}}"#,
        "0,".repeat(MAX_JSON_TOKENS)
    );
    assert!(matches!(
        refused(zeros.as_bytes(), Duration::from_secs(5)),
        Error::RecordFileTooLarge { .. }
    ));
}

#[test]
fn more_sets_than_a_record_holds_are_refused_while_parsing() {
    let over = record_of(MAX_SETS as u64 + 1);
    assert_eq!(
        refused(over.as_bytes(), Duration::from_secs(60)),
        Error::TooManySets { limit: MAX_SETS }
    );
    assert!(Error::TooManySets { limit: MAX_SETS }
        .to_string()
        .contains("at most 100000 sets"));
}

#[test]
fn nesting_wrong_types_and_duplicates_are_refused_with_their_reason() {
    let fast = Duration::from_secs(5);
    for deep in [
        format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000)),
        format!(
            r#"{{"schema":1,"sets":[],"x":{}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
        format!(r#"{{"schema":1,"sets":[{}"#, "{\"a\":".repeat(100_000)),
        format!(
            r#"{{"schema":1,"sets":[{{"id":"0101020304050607","fingerprint":"73c5da0a","made":"2026-01-02T03:04:05Z","threshold":2,"count":3,"x":{}1{}}}]}}"#,
            "[".repeat(5_000),
            "]".repeat(5_000)
        ),
    ] {
        assert_eq!(refused(deep.as_bytes(), fast), Error::NotARecordFile);
    }
    for wrong in [
        "",
        "null",
        "[]",
        "{}",
        r#"{"schema":"1","sets":[]}"#,
        r#"{"schema":1,"sets":{"a":1}}"#,
        r#"{"schema":1,"sets":[{"id":7}]}"#,
        r#"{"schema":1,"sets":[{"id":"0101020304050607","fingerprint":"73c5da0a","made":"2026-01-02T03:04:05Z","threshold":300,"count":3}]}"#,
        r#"{"schema":1,"sets":[{"id":"0101020304050607","fingerprint":"73c5da0a","made":"yesterday","threshold":2,"count":3}]}"#,
        r#"{"schema":1,"sets":[{"id":"0101020304050607","fingerprint":"73c5da0a","made":"2026-01-02T03:04:05Z","threshold":2,"count":3,"cards":[{"index":1,"holder":["x"]}]}]}"#,
        r#"{"schema":1,"sets":[],"check_interval_days":-1}"#,
    ] {
        assert_eq!(
            refused(wrong.as_bytes(), fast),
            Error::NotARecordFile,
            "{wrong}"
        );
    }
    assert_eq!(
        refused(br#"{"schema":2,"sets":7}"#, fast),
        Error::RecordTooNew
    );

    let mut twice = String::from(r#"{"schema":1,"sets":["#);
    set(&mut twice, 5, "\"A\"");
    twice.push(',');
    set(&mut twice, 6, "\"B\"");
    twice.push(',');
    set(&mut twice, 5, "\"C\"");
    twice.push_str("]}");
    let e = refused(twice.as_bytes(), fast);
    assert_eq!(
        e,
        Error::DuplicateSetInFile {
            id: SetId([0, 0, 0, 0, 0, 0, 0, 5])
        }
    );
    assert!(e.to_string().contains("0000000000000005 more than once"));

    let mut forged = String::from(r#"{"schema":1,"sets":["#);
    set(&mut forged, 1, r#""Ann\nstatus: retired\u001b[2J""#);
    forged.push_str("]}");
    let e = refused(forged.as_bytes(), fast);
    assert_eq!(
        e,
        Error::InvalidSetInFile {
            id: SetId([0, 0, 0, 0, 0, 0, 0, 1]),
            reason: Box::new(Error::ControlCharacter {
                field: TextField::HolderName
            })
        }
    );
    let message = e.to_string();
    assert!(
        message.starts_with("Nothing was imported: backup set 0000000000000001"),
        "{message}"
    );
    assert!(message.contains("control character"), "{message}");

    let mut long = String::from(r#"{"schema":1,"sets":["#);
    set(&mut long, 1, &format!("\"{}\"", "n".repeat(100_000)));
    long.push_str("]}");
    assert_eq!(
        refused(long.as_bytes(), fast),
        Error::InvalidSetInFile {
            id: SetId([0, 0, 0, 0, 0, 0, 0, 1]),
            reason: Box::new(Error::TextTooLong {
                field: TextField::HolderName,
                chars: 100_000,
                limit: 64
            })
        }
    );
}

/// A hundred thousand sets import whole, into a record that already has some of them, in
/// time linear in their number: twice as many sets take about twice as long (a quadratic
/// merge took four times as long: 20 s for 100,000 and 88 s for 200,000 in a release build).
#[test]
fn a_large_record_imports_in_linear_time() {
    let dir = temp("linear");
    let reg = Registry::at(dir.join("data"));
    let timed = |n: u64| {
        let file = dir.join(format!("sets-{n}.json"));
        fs::write(&file, record_of(n)).unwrap();
        let start = Instant::now();
        let summary = reg.import(&file).unwrap().value;
        (summary, start.elapsed())
    };
    let (small, t_small) = timed(25_000);
    assert_eq!(
        small,
        MergeSummary {
            added: 25_000,
            updated: 0
        }
    );
    // 25,000 known, 25,000 new (the new record has 50,000), then 100,000 of which 50,000
    // are known.
    let (mid, t_mid) = timed(50_000);
    assert_eq!(
        mid,
        MergeSummary {
            added: 25_000,
            updated: 0
        }
    );
    let (large, t_large) = timed(MAX_SETS as u64);
    assert_eq!(
        large,
        MergeSummary {
            added: 50_000,
            updated: 0
        }
    );
    println!("imports of 25k, 50k, 100k sets: {t_small:?}, {t_mid:?}, {t_large:?}");
    assert!(t_large < Duration::from_secs(120), "{t_large:?}");
    // Generous: a quadratic merge would be 16 times the first.
    assert!(
        t_large < t_small * 10 + Duration::from_secs(2),
        "{t_small:?} then {t_large:?}"
    );
    let record: Record = reg.read().unwrap();
    assert_eq!(record.sets.len(), MAX_SETS);
    // Full: one more set is refused, and nothing changes.
    let file = dir.join("one-more.json");
    fs::write(
        &file,
        format!(r#"{{"schema":1,"sets":[{}]}}"#, {
            let mut s = String::new();
            set(&mut s, 1 << 40, "\"Zoe\"");
            s
        }),
    )
    .unwrap();
    assert_eq!(
        reg.import(&file).unwrap_err(),
        Error::TooManySets { limit: MAX_SETS }
    );
    assert_eq!(reg.read().unwrap().sets.len(), MAX_SETS);
}
