//! `heirloom sets …`, `heirloom check`, `heirloom verify`, and the record `heirloom split`
//! keeps, each test in a data folder of its own.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{card, split_plain, text};

const PASS: &str = "correct horse battery staple orbit lemon";
const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

/// One computer: a data folder, and a folder for card files.
struct Computer {
    root: PathBuf,
}

impl Computer {
    fn new(name: &str) -> Computer {
        Computer {
            root: common::tempdir(name),
        }
    }

    fn data(&self) -> PathBuf {
        self.root.join("data")
    }

    fn record(&self) -> PathBuf {
        self.data().join("record.json")
    }

    fn run(&self, args: &[&str], stdin: &str) -> Output {
        common::run_with_record(args, stdin, &self.data())
    }

    /// Runs `split` of `words` into a 2-of-3 set at a fast KDF in `cards/<name>`, with
    /// `extra` arguments; the folder and what the command did.
    fn try_split(&self, name: &str, words: &str, extra: &[&str]) -> (PathBuf, Output) {
        let dir = self.root.join("cards").join(name);
        let mut args = common::split_args("2", "3", &dir);
        args.extend_from_slice(extra);
        let out = self.run(&args, &format!("{words}\n\n{PASS}\n"));
        (dir, out)
    }

    /// A 2-of-3 set of ABANDON in `cards/<name>`, made with `extra` arguments; its id.
    fn split(&self, name: &str, extra: &[&str]) -> (PathBuf, String) {
        let (dir, out) = self.try_split(name, ABANDON, extra);
        assert!(out.status.success(), "{}", err(&out));
        (dir, made_set(&out))
    }
}

/// The id of the set `split` says it made.
fn made_set(split: &Output) -> String {
    err(split)
        .split("Made set ")
        .nth(1)
        .unwrap()
        .chars()
        .take(16)
        .collect()
}

fn out(o: &Output) -> String {
    text(&o.stdout)
}

fn err(o: &Output) -> String {
    text(&o.stderr)
}

fn field<'a>(stdout: &'a str, key: &str) -> Option<&'a str> {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(": "))
}

#[test]
fn split_records_the_set_and_list_shows_it() {
    let pc = Computer::new("list");
    let (_, id) = pc.split(
        "a",
        &[
            "--label",
            "Dad 2025",
            "--wallet",
            "Savings",
            "--holder",
            "1=Alice, Lisbon",
            "--holder",
            "3=Bob",
        ],
    );
    let (_, other) = pc.split("b", &[]);

    let list = pc.run(&["sets", "list"], "");
    assert!(list.status.success(), "{}", err(&list));
    let stdout = out(&list);
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            format!("{id}\tDad 2025\t2/3\tactive\tnever"),
            format!("{other}\t-\t2/3\tactive\tnever")
        ]
    );

    let record: serde_json::Value =
        serde_json::from_slice(&fs::read(pc.record()).unwrap()).unwrap();
    let set = &record["sets"][0];
    assert_eq!(set["id"], id.as_str());
    assert_eq!(set["wallet"], "Savings");
    assert_eq!(set["fingerprint"], "73c5da0a");
    assert_eq!(set["cards"][0]["holder"], "Alice");
    assert_eq!(set["cards"][0]["place"], "Lisbon");
    assert_eq!(set["cards"][2]["holder"], "Bob");
    let text = fs::read_to_string(pc.record()).unwrap();
    for secret in ["abandon", "about", "horse", "staple"] {
        assert!(
            !text.contains(secret),
            "the record holds no secret: {secret}"
        );
    }

    // A holder of a card the set will not have is refused before anything is made.
    let bad = pc.run(
        &[
            split_plain("2", "3", "/nonexistent/x"),
            vec!["--holder", "4=Carol"],
        ]
        .concat(),
        &format!("{ABANDON}\n\n{PASS}\n"),
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(err(&bad).contains("no card 4"), "{}", err(&bad));
}

#[test]
fn no_record_records_nothing_and_check_says_unknown() {
    let pc = Computer::new("no-record");
    let (dir, id) = pc.split("a", &["--no-record"]);
    assert!(!pc.data().exists(), "--no-record writes no record");

    let o = pc.run(&["check", &card(&dir, 2)], "");
    assert!(o.status.success(), "{}", err(&o));
    let stdout = out(&o);
    assert_eq!(field(&stdout, "set_id"), Some(id.as_str()));
    assert_eq!(field(&stdout, "card"), Some("2"));
    assert_eq!(field(&stdout, "status"), Some("unknown"));
    assert!(err(&o).contains("no record of set"), "{}", err(&o));
    assert!(stdout.lines().all(|l| l.contains(": ")));
    assert!(!pc.record().exists(), "an unknown card records nothing");
}

#[test]
fn check_retire_and_the_warning_in_recovery() {
    let pc = Computer::new("retire");
    let (dir, id) = pc.split("old", &["--label", "Old", "--holder", "2=Alice"]);
    let (_, new) = pc.split("new", &["--label", "New"]);

    let o = pc.run(&["check", &card(&dir, 2)], "");
    assert!(o.status.success(), "{}", err(&o));
    let stdout = out(&o);
    assert_eq!(field(&stdout, "status"), Some("active"));
    assert_eq!(field(&stdout, "holder"), Some("Alice"));
    assert_eq!(field(&stdout, "label"), Some("Old"));
    assert!(err(&o).is_empty(), "{}", err(&o));

    let list = out(&pc.run(&["sets", "list"], ""));
    let line = list.lines().find(|l| l.starts_with(&id)).unwrap();
    assert!(!line.ends_with("never"), "the check was recorded: {line}");

    let r = pc.run(&["sets", "retire", &id, "--replaced-by", &new], "");
    assert!(r.status.success(), "{}", err(&r));
    let list = out(&pc.run(&["sets", "list"], ""));
    assert!(list
        .lines()
        .any(|l| l.starts_with(&id) && l.contains("\tretired\t")));
    assert!(list
        .lines()
        .any(|l| l.starts_with(&new) && l.contains("\tactive\t")));

    let o = pc.run(&["check", &card(&dir, 1)], "");
    assert!(o.status.success(), "a retired set's card is still intact");
    assert_eq!(field(&out(&o), "status"), Some("retired"));
    assert_eq!(field(&out(&o), "replaced_by"), Some(new.as_str()));
    assert!(err(&o).contains("was retired"), "{}", err(&o));

    // Recovery still works, and says the set is retired.
    let c = pc.run(&["combine", &card(&dir, 1), &card(&dir, 3)], PASS);
    assert!(c.status.success(), "{}", err(&c));
    assert_eq!(out(&c).trim(), ABANDON);
    assert!(err(&c).contains("warning: set"), "{}", err(&c));
    assert!(err(&c).contains(&format!("replaced by set {new}")));

    let unknown = pc.run(&["sets", "retire", "00000000000000ff"], "");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(err(&unknown).contains("no backup set 00000000000000ff"));
    let bad = pc.run(&["sets", "retire", "xyz"], "");
    assert_eq!(bad.status.code(), Some(2));
    assert!(err(&bad).contains("16 hex digits"), "{}", err(&bad));
}

#[test]
fn split_replaces_a_set_of_the_same_wallet_in_one_step() {
    let pc = Computer::new("reissue");
    let (_, old) = pc.split("old", &["--label", "Old", "--holder", "1=Ann"]);

    // Another wallet's words can't replace it, and nothing is made or recorded.
    let before = fs::read(pc.record()).unwrap();
    let legal = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    let (stranger, o) = pc.try_split("stranger", legal, &["--replaces", &old]);
    assert_eq!(o.status.code(), Some(14), "another wallet: {}", err(&o));
    assert!(
        err(&o).contains("but the wallet expected here has fingerprint 73c5da0a"),
        "{}",
        err(&o)
    );
    assert!(!stranger.exists(), "no cards of a refused re-issue");
    assert_eq!(fs::read(pc.record()).unwrap(), before);

    // A set not recorded here can't be replaced either.
    let (_, o) = pc.try_split("unknown", ABANDON, &["--replaces", "00000000000000ff"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("no backup set 00000000000000ff"),
        "{}",
        err(&o)
    );

    // --no-record and --replaces contradict each other.
    let (_, o) = pc.try_split("both", ABANDON, &["--no-record", "--replaces", &old]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("cannot be used with"), "{}", err(&o));

    // The same wallet: the new set is recorded as the replacement, and the old one stays
    // active until the new cards are verified.
    let (_, o) = pc.try_split("new", ABANDON, &["--label", "New", "--replaces", &old]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains("retire the old cards only after `heirloom verify`"),
        "{}",
        err(&o)
    );
    let new = made_set(&o);
    let list = out(&pc.run(&["sets", "list"], ""));
    for id in [&old, &new] {
        assert!(
            list.lines()
                .any(|l| l.starts_with(id.as_str()) && l.contains("\tactive\t")),
            "{list}"
        );
    }
    let record = fs::read_to_string(pc.record()).unwrap();
    assert!(
        record.contains(&format!("\"replaces\": \"{old}\"")),
        "{record}"
    );
    assert!(!record.contains("replaced_by"), "{record}");
}

#[test]
fn a_damaged_card_fails_like_combine() {
    let pc = Computer::new("damaged-card");
    let (dir, _) = pc.split("a", &[]);
    let before = fs::read(pc.record()).unwrap();
    let text = fs::read_to_string(card(&dir, 3)).unwrap();
    let mut bytes = text.trim().as_bytes().to_vec();
    let pos = 6 * 6 + 3; // group 7
    bytes[pos] = if bytes[pos] == b'K' { b'M' } else { b'K' };
    let typed = pc.root.join("typed.txt");
    fs::write(&typed, &bytes).unwrap();
    let o = pc.run(&["check", typed.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(4));
    assert!(err(&o).contains("typed.txt: Group 7 "), "{}", err(&o));
    assert!(out(&o).is_empty());

    let url = pc.root.join("url.txt");
    fs::write(&url, "https://example.com/\n").unwrap();
    let o = pc.run(&["check", url.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(3));
    assert!(err(&o).contains("not a Heirloom card"));
    assert_eq!(
        fs::read(pc.record()).unwrap(),
        before,
        "nothing was recorded"
    );
}

#[test]
fn export_and_import_between_computers() {
    let here = Computer::new("export-here");
    let (dir, id) = here.split("a", &["--label", "Family", "--holder", "1=Alice"]);
    assert!(here.run(&["check", &card(&dir, 1)], "").status.success());
    let file = here.root.join("sets.json");
    let e = here.run(&["sets", "export", file.to_str().unwrap()], "");
    assert!(e.status.success(), "{}", err(&e));
    let again = here.run(&["sets", "export", file.to_str().unwrap()], "");
    assert_eq!(again.status.code(), Some(2));
    assert!(err(&again).contains("never overwrites"), "{}", err(&again));

    let there = Computer::new("export-there");
    let (_, theirs) = there.split("b", &[]);
    let i = there.run(&["sets", "import", file.to_str().unwrap()], "");
    assert!(i.status.success(), "{}", err(&i));
    assert!(err(&i).contains("1 new set, 0 updated"), "{}", err(&i));
    let list = out(&there.run(&["sets", "list"], ""));
    assert_eq!(list.lines().count(), 2, "{list}");
    assert!(list.contains(&format!("{id}\tFamily\t2/3\tactive\t")));
    assert!(!list
        .lines()
        .any(|l| l.starts_with(&id) && l.ends_with("never")));
    assert!(list.contains(&theirs));
    let o = there.run(&["check", &card(&dir, 2)], "");
    assert_eq!(field(&out(&o), "status"), Some("active"));

    let junk = there.root.join("junk.json");
    fs::write(&junk, "[]").unwrap();
    let j = there.run(&["sets", "import", junk.to_str().unwrap()], "");
    assert_eq!(j.status.code(), Some(2));
    assert!(err(&j).contains("not a Heirloom record"), "{}", err(&j));
}

#[test]
fn a_damaged_record_is_reported_by_list_and_kept_aside_by_the_next_change() {
    let pc = Computer::new("damaged-record");
    fs::create_dir_all(pc.data()).unwrap();
    let damaged = "{\"schema\": 1, \"sets\": [";
    fs::write(pc.record(), damaged).unwrap();
    let kept = || -> Vec<String> {
        fs::read_dir(pc.data())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("record.damaged-"))
            .collect()
    };
    // Listing says so, and fails: it is not "no backup sets"; nothing is moved.
    let o = pc.run(&["sets", "list"], "");
    fails_with(
        &o,
        2,
        "is damaged and could not be read; nothing was changed",
    );
    assert!(!err(&o).contains("no backup sets are recorded"));
    assert!(kept().is_empty());
    assert_eq!(fs::read_to_string(pc.record()).unwrap(), damaged);

    // The next change keeps it aside, says where, and records the new set.
    let (_, id) = pc.split("a", &[]);
    assert_eq!(kept().len(), 1);
    assert_eq!(
        fs::read_to_string(pc.data().join(&kept()[0])).unwrap(),
        damaged
    );
    let list = pc.run(&["sets", "list"], "");
    assert!(list.status.success(), "{}", err(&list));
    assert!(out(&list).starts_with(&id));
}

#[test]
fn a_newer_record_is_left_alone_but_the_cards_are_made() {
    let pc = Computer::new("newer");
    fs::create_dir_all(pc.data()).unwrap();
    let newer = "{\"schema\": 7, \"sets\": [], \"future\": true}";
    fs::write(pc.record(), newer).unwrap();
    let (dir, o) = pc.try_split("newer", ABANDON, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("newer version of Heirloom"), "{}", err(&o));
    assert!(
        err(&o).contains("but the set was not recorded"),
        "{}",
        err(&o)
    );
    assert!(dir.join("card-2.txt").exists());
    assert_eq!(fs::read_to_string(pc.record()).unwrap(), newer);
    let list = pc.run(&["sets", "list"], "");
    assert!(list.status.success());
    assert!(err(&list).contains("newer Heirloom"), "{}", err(&list));
}

/// Checks that a command failed with `status` and said `says` on stderr.
fn fails_with(o: &Output, status: i32, says: &str) {
    assert_eq!(o.status.code(), Some(status), "{}", err(o));
    assert!(err(o).contains(says), "{}", err(o));
}

impl Computer {
    /// Runs `verify` on cards `which` of `dir` with the passphrase `pass` and `extra`
    /// arguments.
    fn verify(&self, dir: &Path, which: &[u8], pass: &str, extra: &[&str]) -> Output {
        let files: Vec<String> = which.iter().map(|&i| card(dir, i)).collect();
        let mut args = vec!["verify"];
        args.extend_from_slice(extra);
        args.extend(files.iter().map(String::as_str));
        self.run(&args, &format!("{pass}\n"))
    }

    /// The recorded set `id`, as JSON.
    fn recorded(&self, id: &str) -> serde_json::Value {
        let record: serde_json::Value =
            serde_json::from_slice(&fs::read(self.record()).unwrap()).unwrap();
        record["sets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .cloned()
            .unwrap()
    }
}

#[test]
fn verify_checks_every_subset_and_records_the_set_as_verified() {
    let pc = Computer::new("verify");
    let (dir, id) = pc.split("a", &[]);

    // A wrong passphrase, or a card left out: refused, nothing recorded.
    let o = pc.verify(&dir, &[1, 2, 3], "wrong words entirely here", &[]);
    fails_with(&o, 9, "passphrase is not right");
    let o = pc.verify(&dir, &[1, 3], PASS, &[]);
    fails_with(&o, 8, "needs all 3 of its cards, and card 2 is missing");
    assert!(out(&o).is_empty());
    assert!(pc.recorded(&id)["verified_at"].is_null());

    let o = pc.verify(&dir, &[3, 1, 2], PASS, &[]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        out(&o),
        format!(
            "verified: set {id}, all 3 ways to combine 2 of its 3 cards give wallet 73c5da0a\n"
        )
    );
    assert!(
        err(&o).contains(&format!("Recorded set {id} as verified")),
        "{}",
        err(&o)
    );
    assert!(pc.recorded(&id)["verified_at"].is_string());
    for secret in ["horse", "abandon"] {
        assert!(!err(&o).contains(secret) && !out(&o).contains(secret));
    }
}

#[test]
fn verify_names_a_tampered_card() {
    let pc = Computer::new("verify-tampered");
    let (dir, id) = pc.split("a", &[]);
    // Ciphertext changed and the text's checks made good again: only the passphrase shows it.
    let path = card(&dir, 2);
    let original = heirloom_core::Card::from_text(&fs::read_to_string(&path).unwrap()).unwrap();
    let mut bytes = original.to_bytes();
    bytes[heirloom_core::HEADER_LEN] ^= 1;
    let tampered = heirloom_core::Card::from_bytes(&bytes).unwrap();
    fs::write(&path, tampered.to_text()).unwrap();
    let o = pc.verify(&dir, &[1, 2, 3], PASS, &[]);
    fails_with(&o, 5, "card-2.txt: Card 2 is damaged");
    assert!(pc.recorded(&id)["verified_at"].is_null());
}

#[test]
fn verify_of_a_set_not_recorded_here_compares_the_printed_fingerprint() {
    let pc = Computer::new("verify-unrecorded");
    let (dir, id) = pc.split("a", &["--no-record"]);

    // Nothing to compare with: the fingerprint found is given, and it is not "verified".
    let o = pc.verify(&dir, &[1, 2, 3], PASS, &[]);
    fails_with(
        &o,
        15,
        "Compare 73c5da0a with the wallet fingerprint printed on the cards",
    );
    assert!(
        out(&o).starts_with(&format!("unconfirmed: set {id}, ")),
        "{}",
        out(&o)
    );
    assert!(out(&o).trim_end().ends_with("give wallet 73c5da0a"));

    // Another wallet's fingerprint: the cards are not the wallet expected.
    let o = pc.verify(&dir, &[1, 2, 3], PASS, &["--fingerprint", "deadbeef"]);
    fails_with(
        &o,
        14,
        "wallet with fingerprint 73c5da0a, but the wallet expected here has fingerprint deadbeef",
    );
    assert!(out(&o).is_empty());

    // The fingerprint printed on the cards: verified, and nothing to record here.
    let o = pc.verify(&dir, &[1, 2, 3], PASS, &["--fingerprint", "73C5DA0A"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).starts_with("verified: "), "{}", out(&o));
    assert!(
        err(&o).contains("not in this computer's record"),
        "{}",
        err(&o)
    );
    assert!(!pc.record().exists());

    let o = pc.verify(&dir, &[1, 2, 3], PASS, &["--fingerprint", "xyz"]);
    fails_with(&o, 2, "8 hex digits");
}

#[test]
fn verify_refuses_a_fingerprint_that_contradicts_the_record() {
    let pc = Computer::new("verify-contradiction");
    let (dir, id) = pc.split("a", &[]);
    let o = pc.verify(&dir, &[1, 2, 3], PASS, &["--fingerprint", "deadbeef"]);
    fails_with(&o, 2, "record says set");
    // The record's own fingerprint, if it is another wallet's, is what the cards are
    // compared with.
    let record = fs::read_to_string(pc.record()).unwrap();
    fs::write(pc.record(), record.replace("73c5da0a", "0badf00d")).unwrap();
    let o = pc.verify(&dir, &[1, 2, 3], PASS, &[]);
    fails_with(&o, 14, "the wallet expected here has fingerprint 0badf00d");
    assert!(pc.recorded(&id)["verified_at"].is_null());
}

#[test]
fn verifying_a_reissued_set_retires_the_set_it_replaces() {
    let pc = Computer::new("verify-reissue");
    let (old_dir, old) = pc.split("old", &["--label", "Old"]);
    let (new_dir, new) = pc.split("new", &["--label", "New", "--replaces", &old]);

    // Verifying the old set again retires nothing.
    let o = pc.verify(&old_dir, &[1, 2, 3], PASS, &[]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(!err(&o).contains("retired"), "{}", err(&o));

    let o = pc.verify(&new_dir, &[1, 2, 3], PASS, &[]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains(&format!(
            "Set {old} is now retired, replaced by set {new}, whose cards are proven"
        )),
        "{}",
        err(&o)
    );
    let list = out(&pc.run(&["sets", "list"], ""));
    assert!(
        list.lines()
            .any(|l| l.starts_with(&old) && l.contains("\tretired\t")),
        "{list}"
    );
    assert!(
        list.lines()
            .any(|l| l.starts_with(&new) && l.contains("\tactive\t")),
        "{list}"
    );
    let o = pc.run(&["check", &card(&old_dir, 1)], "");
    assert_eq!(field(&out(&o), "replaced_by"), Some(new.as_str()));

    // Verifying the new set again keeps the one retirement.
    let o = pc.verify(&new_dir, &[1, 2, 3], PASS, &[]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(!err(&o).contains("now retired"), "{}", err(&o));
}

/// Holds the record's lock from another process (`flock`, as a long import would) until
/// the guard is dropped. The process holding it is `flock` itself (`-o`: its `cat` does
/// not inherit the lock), and `cat` ends when its input is closed, so nothing outlives
/// the test.
struct LockHolder(std::process::Child);

impl LockHolder {
    fn hold(data: &Path) -> LockHolder {
        fs::create_dir_all(data).unwrap();
        let lock = data.join("record.lock");
        let holder = LockHolder(
            std::process::Command::new("flock")
                .arg("-o")
                .arg(&lock)
                .arg("cat")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("flock(1) from util-linux"),
        );
        // Wait until it holds the lock: a non-blocking flock of our own then fails.
        for _ in 0..200 {
            let free = std::process::Command::new("flock")
                .args(["-n", lock.to_str().unwrap(), "true"])
                .status()
                .unwrap()
                .success();
            if !free {
                return holder;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        panic!("flock never took the lock");
    }
}

impl Drop for LockHolder {
    fn drop(&mut self) {
        drop(self.0.stdin.take());
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn another_process_holding_the_lock_never_blocks_reading_and_changes_give_up() {
    use std::time::{Duration, Instant};
    let pc = Computer::new("busy");
    let (dir, id) = pc.split("a", &["--label", "Family"]);
    let _holder = LockHolder::hold(&pc.data());

    let start = Instant::now();
    let list = pc.run(&["sets", "list"], "");
    assert!(list.status.success(), "{}", err(&list));
    assert!(out(&list).contains("Family"));
    let check = pc.run(&["check", &card(&dir, 1)], "");
    assert!(check.status.success(), "{}", err(&check));
    assert_eq!(field(&out(&check), "status"), Some("active"));
    let combine = pc.run(
        &["combine", &card(&dir, 1), &card(&dir, 3)],
        &format!("{PASS}\n"),
    );
    assert!(combine.status.success(), "{}", err(&combine));
    assert_eq!(out(&combine).trim(), ABANDON);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "reading waited: {:?}",
        start.elapsed()
    );

    let start = Instant::now();
    let retire = pc.run(&["sets", "retire", &id], "");
    fails_with(
        &retire,
        2,
        "Another Heirloom window or command is changing the record of backup sets. Try again when it has finished.",
    );
    let took = start.elapsed();
    assert!(
        took >= Duration::from_secs(4) && took < Duration::from_secs(30),
        "{took:?}"
    );
}

#[test]
fn control_characters_in_an_imported_record_are_shown_escaped() {
    let pc = Computer::new("escapes");
    let (dir, id) = pc.split("a", &["--label", "Family", "--holder", "1=Alice"]);
    let mut record: serde_json::Value =
        serde_json::from_slice(&fs::read(pc.record()).unwrap()).unwrap();
    record["sets"][0]["label"] = "Fam\tily\nfake\u{1b}[2J".into();
    record["sets"][0]["cards"][0]["holder"] = "Alice\nstatus: retired\u{1b}]0;owned\u{7}".into();
    fs::write(pc.record(), serde_json::to_vec(&record).unwrap()).unwrap();

    let check = pc.run(&["check", &card(&dir, 1)], "");
    assert!(check.status.success(), "{}", err(&check));
    let stdout = out(&check);
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
        "{stdout:?}"
    );
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("status:")).count(),
        1,
        "{stdout}"
    );
    assert_eq!(field(&stdout, "status"), Some("active"));
    assert_eq!(
        field(&stdout, "holder"),
        Some("Alice\\nstatus: retired\\u{1b}]0;owned\\u{7}")
    );
    assert_eq!(field(&stdout, "label"), Some("Fam\\tily\\nfake\\u{1b}[2J"));

    let list = out(&pc.run(&["sets", "list"], ""));
    assert_eq!(list.lines().count(), 1, "{list:?}");
    assert_eq!(
        list.split('\t').nth(1),
        Some("Fam\\tily\\nfake\\u{1b}[2J"),
        "{list:?}"
    );
    assert!(list.starts_with(&id));
}

#[test]
fn names_over_their_limit_or_with_control_characters_are_refused_before_anything_is_made() {
    let pc = Computer::new("limits");
    let label = "x".repeat(65);
    let (dir, o) = pc.try_split("long-label", ABANDON, &["--label", &label]);
    fails_with(
        &o,
        2,
        "The label is 65 characters long; a label has at most 64 characters.",
    );
    assert!(!dir.exists(), "no card was made");
    let (dir, o) = pc.try_split("long-wallet", ABANDON, &["--wallet", &"w".repeat(65)]);
    fails_with(&o, 2, "wallet name");
    assert!(!dir.exists());
    let (dir, o) = pc.try_split(
        "newline",
        ABANDON,
        &["--holder", "1=Alice\nstatus: retired"],
    );
    fails_with(&o, 2, "control character");
    assert!(!dir.exists());
    let place = format!("2=Bob, {}", "p".repeat(129));
    let (dir, o) = pc.try_split("place", ABANDON, &["--holder", &place]);
    fails_with(&o, 2, "a place has at most 128 characters");
    assert!(!dir.exists());
    assert!(!pc.record().exists(), "nothing was recorded");

    // The longest allowed are fine.
    let (_, id) = pc.split(
        "longest",
        &[
            "--label",
            &"L".repeat(64),
            "--holder",
            &format!("1={}, {}", "N".repeat(64), "P".repeat(128)),
        ],
    );
    assert_eq!(pc.recorded(&id)["label"], "L".repeat(64));
}

#[test]
fn print_refuses_a_huge_label_at_once() {
    use std::time::{Duration, Instant};
    let pc = Computer::new("print-label");
    let (dir, _) = pc.split("a", &[]);
    let pdf = pc.root.join("cards.pdf");
    let label = "x".repeat(100_000);
    let start = Instant::now();
    let o = pc.run(
        &[
            "print",
            "--out",
            pdf.to_str().unwrap(),
            "--label",
            &label,
            &card(&dir, 1),
        ],
        "",
    );
    fails_with(
        &o,
        2,
        "The label is 100000 characters long; a label has at most 64 characters.",
    );
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert!(!pdf.exists());
}

#[test]
fn a_data_folder_that_is_a_file_is_an_error_not_an_empty_record() {
    let pc = Computer::new("data-file");
    fs::write(pc.data(), "not a folder").unwrap();
    let o = pc.run(&["sets", "list"], "");
    assert_ne!(o.status.code(), Some(0));
    assert!(err(&o).contains("is not a folder"), "{}", err(&o));
    assert!(err(&o).contains("HEIRLOOM_DATA_DIR"), "{}", err(&o));
    assert!(!err(&o).contains("no backup sets are recorded"));
}

#[cfg(unix)]
#[test]
fn the_record_and_its_exports_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let pc = Computer::new("private");
    pc.split("a", &["--holder", "1=Alice, Lisbon"]);
    assert_eq!(mode(&pc.data()), 0o700);
    assert_eq!(mode(&pc.record()), 0o600);
    let file = pc.root.join("export.json");
    let e = pc.run(&["sets", "export", file.to_str().unwrap()], "");
    assert!(e.status.success(), "{}", err(&e));
    assert_eq!(mode(&file), 0o600);
}

#[test]
fn hostile_imports_are_refused_quickly_with_a_clear_message() {
    use std::time::{Duration, Instant};
    let pc = Computer::new("hostile");
    let (_, id) = pc.split("a", &[]);
    let before = fs::read(pc.record()).unwrap();
    let file = pc.root.join("hostile.json");
    let import = |contents: Option<&[u8]>| {
        if let Some(c) = contents {
            fs::write(&file, c).unwrap();
        }
        let start = Instant::now();
        let o = pc.run(&["sets", "import", file.to_str().unwrap()], "");
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{:?}",
            start.elapsed()
        );
        o
    };

    // A gigabyte (sparse: no disk used) is refused from its size, before it is read.
    let f = fs::File::create(&file).unwrap();
    f.set_len(1 << 30).unwrap();
    drop(f);
    fails_with(
        &import(None),
        2,
        "at most 128 MB, room for about 100,000 sets",
    );

    let nested = format!(
        "{{\"schema\": 1, \"sets\": [], \"x\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    fails_with(&import(Some(nested.as_bytes())), 2, "not a Heirloom record");

    let wrong = br#"{"schema": 1, "sets": [{"id": 7, "fingerprint": "73c5da0a", "made": "2026-01-02T03:04:05Z", "threshold": 2, "count": 3}]}"#;
    fails_with(&import(Some(wrong)), 2, "not a Heirloom record");

    let set = |id: &str, holder: &str| {
        format!(
            r#"{{"id": "{id}", "fingerprint": "73c5da0a", "made": "2026-01-02T03:04:05Z", "threshold": 2, "count": 3, "cards": [{{"index": 1, "holder": {holder}}}]}}"#
        )
    };
    let twice = format!(
        r#"{{"schema": 1, "sets": [{}, {}]}}"#,
        set("0101020304050607", "\"A\""),
        set("0101020304050607", "\"B\"")
    );
    fails_with(
        &import(Some(twice.as_bytes())),
        2,
        "lists backup set 0101020304050607 more than once",
    );

    let escape = format!(
        r#"{{"schema": 1, "sets": [{}]}}"#,
        set("0101020304050607", r#""Alice\nstatus: retired""#)
    );
    fails_with(&import(Some(escape.as_bytes())), 2, "backup set 0101020304050607 in this file can't be recorded. The holder's name contains a line break");

    let long = format!(
        r#"{{"schema": 1, "sets": [{}]}}"#,
        set("0101020304050607", &format!("\"{}\"", "n".repeat(1000)))
    );
    fails_with(
        &import(Some(long.as_bytes())),
        2,
        "a holder's name has at most 64 characters",
    );

    // More sets than a record holds, in a file under the size limit.
    let mut many = String::from(r#"{"schema": 1, "sets": ["#);
    for n in 0..100_001u64 {
        if n > 0 {
            many.push(',');
        }
        many.push_str(&format!(r#"{{"id":"{n:016x}","fingerprint":"73c5da0a","made":"2026-01-02T03:04:05Z","threshold":2,"count":3}}"#));
    }
    many.push_str("]}");
    fails_with(
        &import(Some(many.as_bytes())),
        2,
        "holds at most 100000 sets",
    );

    assert_eq!(
        fs::read(pc.record()).unwrap(),
        before,
        "nothing was changed"
    );
    let list = out(&pc.run(&["sets", "list"], ""));
    assert!(list.starts_with(&id) && list.lines().count() == 1, "{list}");
}
