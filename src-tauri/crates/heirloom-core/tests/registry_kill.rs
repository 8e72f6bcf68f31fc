//! The record survives its writer being killed at any moment, and two writers at once lose
//! nothing.
//!
//! A test binary without the standard harness: it runs itself again as the writer (the
//! variable `HEIRLOOM_REGISTRY_WRITER` says so), because only a separate process can be
//! SIGKILLed mid-write. The writer adds sets and marks checks in a loop and prints a line
//! after each write completes; the test kills it at random moments, from a seeded
//! generator, and after every kill reads the record back whole with every completed write
//! in it. Set `HEIRLOOM_KILL_SEED` to replay a run.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::collections::BTreeSet;
use std::env;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use heirloom_core::registry::{Registry, SetRecord, Timestamp, SCHEMA};
use heirloom_core::{Fingerprint, Header, KdfParams, Language, SetId};
use rand::{Rng, SeedableRng};

const WRITER: &str = "HEIRLOOM_REGISTRY_WRITER";
const TESTS: [&str; 2] = ["kill_while_writing", "concurrent_writers_lose_nothing"];
const KILLS: u32 = 200;
const TIME_LIMIT: Duration = Duration::from_secs(90);

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    if let Some(dir) = env::var_os(WRITER) {
        let tag: u32 = args[0].parse().unwrap();
        let limit: u32 = args[1].parse().unwrap();
        writer(Path::new(&dir), tag, limit);
        return;
    }
    if args.iter().any(|a| a == "--list") {
        for name in TESTS {
            println!("{name}: test");
        }
        return;
    }
    // `cargo test NAME` passes NAME on: run only the tests it names, like the harness.
    let mut filters: Vec<&String> = Vec::new();
    let mut options = args.iter();
    while let Some(arg) = options.next() {
        if [
            "--test-threads",
            "--skip",
            "--format",
            "--color",
            "--logfile",
            "-Z",
        ]
        .contains(&arg.as_str())
        {
            options.next();
        } else if !arg.starts_with('-') {
            filters.push(arg);
        }
    }
    let wanted =
        |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    for (name, test) in TESTS
        .iter()
        .zip([kill_while_writing as fn(), concurrent_writers_lose_nothing])
    {
        if wanted(name) {
            println!("test {name} ...");
            test();
            println!("test {name} ... ok");
        }
    }
}

fn set_id(tag: u32, n: u32) -> SetId {
    let mut id = [0u8; 8];
    id[..4].copy_from_slice(&tag.to_be_bytes());
    id[4..].copy_from_slice(&n.to_be_bytes());
    SetId(id)
}

fn set(tag: u32, n: u32) -> SetRecord {
    let header = Header {
        threshold: 2,
        count: 3,
        index: 1,
        language: Language::English,
        kdf: KdfParams::DEFAULT,
        set_id: set_id(tag, n),
    };
    let mut s = SetRecord::new(&header, Fingerprint([1, 2, 3, 4]), Timestamp::now());
    s.label = format!("writer {tag}, set {n}");
    s
}

/// Adds sets `tag`/0, 1, … and checks card 2 of each after adding the next, printing a line
/// once each write has returned, until `limit` sets (0: until killed).
fn writer(dir: &Path, tag: u32, limit: u32) {
    let reg = Registry::at(dir);
    let mut n = 0;
    while limit == 0 || n < limit {
        let out = reg.add_set(set(tag, n)).unwrap();
        assert_eq!(out.kept_aside, None);
        println!("set {tag} {n}");
        if n > 0 {
            let out = reg.mark_checked(set_id(tag, n - 1), 2).unwrap();
            assert_eq!(out.kept_aside, None);
            println!("checked {tag} {}", n - 1);
        }
        n += 1;
    }
}

fn spawn_writer(dir: &Path, tag: u32, limit: u32) -> std::process::Child {
    Command::new(env::current_exe().unwrap())
        .args([tag.to_string(), limit.to_string()])
        .env(WRITER, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[derive(Default)]
struct Completed {
    sets: BTreeSet<(u32, u32)>,
    checks: BTreeSet<(u32, u32)>,
}

impl Completed {
    fn read(&mut self, out: &str) {
        for line in out.lines() {
            let parts: Vec<&str> = line.split(' ').collect();
            let (Some(what), Some(tag), Some(n)) = (parts.first(), parts.get(1), parts.get(2))
            else {
                panic!("writer printed {line:?}");
            };
            let key = (tag.parse().unwrap(), n.parse().unwrap());
            match *what {
                "set" => self.sets.insert(key),
                "checked" => self.checks.insert(key),
                _ => panic!("writer printed {line:?}"),
            };
        }
    }

    /// The record reads back whole and holds every write that completed.
    fn assert_in(&self, dir: &Path, context: &str) {
        let raw = std::fs::read(dir.join("record.json")).unwrap_or_default();
        // A damaged record would not read back (it is never set aside on reading).
        let record = Registry::at(dir).read().unwrap_or_else(|e| {
            panic!(
                "{context}: the record does not read back: {e}\n{}",
                String::from_utf8_lossy(&raw)
            )
        });
        assert_eq!(record.schema, SCHEMA, "{context}");
        for &(tag, n) in &self.sets {
            assert!(
                record.set(set_id(tag, n)).is_some(),
                "{context}: set {tag}/{n} was saved, then lost"
            );
        }
        for &(tag, n) in &self.checks {
            let card = record.set(set_id(tag, n)).and_then(|s| s.card(2));
            assert!(
                card.is_some_and(|c| c.last_checked.is_some()),
                "{context}: the check of set {tag}/{n} was saved, then lost"
            );
        }
    }
}

fn fresh_dir(name: &str) -> PathBuf {
    // On the disk of the build, not a RAM disk, so that the flushes are real.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("registry-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn kill_while_writing() {
    let seed: u64 = env::var("HEIRLOOM_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_123);
    println!("seed {seed} (HEIRLOOM_KILL_SEED replays it)");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let dir = fresh_dir("kill");
    let mut done = Completed::default();
    let started = Instant::now();
    let mut kills = 0;
    let mut mid_write = 0;
    while kills < KILLS && started.elapsed() < TIME_LIMIT {
        let mut child = spawn_writer(&dir, kills, 0);
        // Up to 60 ms: from before the writer's first write to several writes in.
        thread::sleep(Duration::from_micros(rng.gen_range(0..60_000)));
        child.kill().unwrap(); // SIGKILL on Unix: no destructor, no flush, no unlock
        child.wait().unwrap();
        let mut out = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        done.read(&out);
        let temp_left = std::fs::read_dir(&dir).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().ends_with(".part"))
        });
        if temp_left {
            mid_write += 1;
        }
        done.assert_in(&dir, &format!("after kill {kills} (seed {seed})"));
        kills += 1;
    }
    println!(
        "{kills} kills in {:.1} s, {mid_write} with a write under way; {} sets and {} checks saved",
        started.elapsed().as_secs_f64(),
        done.sets.len(),
        done.checks.len()
    );
    assert!(kills >= 50, "too few kills in the time allowed: {kills}");
    assert!(
        done.sets.len() >= 20,
        "the writer hardly ever wrote before being killed: {} sets",
        done.sets.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn concurrent_writers_lose_nothing() {
    let dir = fresh_dir("concurrent");
    let writers: Vec<_> = (0..3).map(|tag| spawn_writer(&dir, tag, 25)).collect();
    let mut done = Completed::default();
    for w in writers {
        let out = w.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        done.read(&String::from_utf8(out.stdout).unwrap());
    }
    assert_eq!(done.sets.len(), 75);
    assert_eq!(done.checks.len(), 72);
    done.assert_in(&dir, "three writers at once");
    assert_eq!(Registry::at(&dir).read().unwrap().sets.len(), 75);
    let _ = std::fs::remove_dir_all(&dir);
}
