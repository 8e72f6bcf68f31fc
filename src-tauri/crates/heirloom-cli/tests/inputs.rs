//! What `heirloom` reads and writes, driven as an attacker or an unlucky family would (issue
//! 17): card files that are huge, endless, not files or not text; a phrase pasted over two
//! lines; endless standard input; a full or closed standard output; a full disk; a symlink
//! planted where a card will be written. Each ends at once, with a plain message and an exit
//! status, and leaves nothing half-written behind.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs::{self, File};
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::{card, tempdir, text};

const PASS: &str = "quarter amused velvet orbit lemon crisp";
const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
/// A 24-word phrase whose first 12 words are not a phrase by themselves.
const TWENTY_FOUR: &str = "anger judge gaze material blur learn slam correct estate library canvas bitter able rubber swap note cheap soon all vicious toss cricket much various";
/// A 24-word phrase whose first 12 words are a whole (other) phrase by themselves: pasted as
/// two lines of 12, it once made cards of that other wallet.
const AMBIGUOUS: &str = "glad clip disagree belt conduct faint smoke vibrant scan layer visa become large dress width entire smile apple mad trend throw leave dismiss basic";
/// Every case here must end within this; the table had hangs and minutes.
const PROMPTLY: Duration = Duration::from_secs(10);

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_heirloom")
}

/// A command of `heirloom` recording backup sets in `data`.
fn command(args: &[&str], data: &Path) -> Command {
    let mut c = Command::new(bin());
    c.args(args)
        .env("HEIRLOOM_DATA_DIR", data)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Waits for `child`, killing it and failing the test if it takes longer than [`PROMPTLY`].
fn finish(mut child: Child, what: &str) -> Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > PROMPTLY {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {PROMPTLY:?}");
        }
        thread::sleep(Duration::from_millis(20));
    }
    let mut out = Vec::new();
    let mut err = Vec::new();
    if let Some(mut o) = child.stdout.take() {
        o.read_to_end(&mut out).unwrap();
    }
    if let Some(mut e) = child.stderr.take() {
        e.read_to_end(&mut err).unwrap();
    }
    Output {
        status: child.wait().unwrap(),
        stdout: out,
        stderr: err,
    }
}

/// Runs `heirloom args` with `stdin` (written from a thread, so a command that refuses early
/// never blocks the test), within [`PROMPTLY`].
fn run(args: &[&str], stdin: &str, data: &Path) -> Output {
    let child = command(args, data).stdin(Stdio::piped()).spawn().unwrap();
    feed(child, stdin, &args.join(" "))
}

/// Writes `stdin` to `child` from a thread and waits for it within [`PROMPTLY`].
fn feed(mut child: Child, stdin: &str, what: &str) -> Output {
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.as_bytes().to_vec();
    let writer = thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = finish(child, what);
    writer.join().unwrap();
    out
}

/// Runs `heirloom args` with standard input read from the file at `stdin`.
fn run_from(args: &[&str], stdin: &Path, data: &Path) -> Output {
    let child = command(args, data)
        .stdin(Stdio::from(File::open(stdin).unwrap()))
        .spawn()
        .unwrap();
    finish(child, &args.join(" "))
}

/// Runs a shell command line with `$HEIRLOOM` set to the binary and `stdin` on standard
/// input.
fn sh(script: &str, stdin: &str, data: &Path) -> Output {
    let child = Command::new("sh")
        .args(["-c", script])
        .env("HEIRLOOM", bin())
        .env("HEIRLOOM_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    feed(child, stdin, script)
}

fn err(o: &Output) -> String {
    text(&o.stderr)
}

/// A failure reported in words: a status of its own, never a panic or a backtrace.
fn refused(o: &Output, status: i32, says: &str) {
    assert_eq!(o.status.code(), Some(status), "{}", err(o));
    assert!(err(o).contains(says), "expected {says:?} in: {}", err(o));
    assert!(!err(o).contains("panicked"), "{}", err(o));
    assert!(o.stdout.is_empty(), "nothing on stdout");
}

/// A 2-of-3 set of `phrase` at a fast KDF, in `dir`.
fn split(dir: &Path, phrase: &str, data: &Path) {
    let args = common::split_args("2", "3", dir);
    let o = run(&args, &format!("{phrase}\n\n{PASS}\n"), data);
    assert!(o.status.success(), "{}", err(&o));
}

/// The names in `dir`, sorted; none when it does not exist.
fn names(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// How many sets the record in `data` holds (none when there is no record yet).
fn recorded_sets(data: &Path) -> usize {
    match fs::read(data.join("record.json")) {
        Ok(bytes) => {
            let record: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            record["sets"].as_array().map_or(0, Vec::len)
        }
        Err(_) => 0,
    }
}

fn mode(p: &Path) -> u32 {
    fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn card_files_are_read_within_a_budget_and_in_words() {
    let root = tempdir("card-files");
    let data = root.join("data");
    let set = root.join("set");
    split(&set, ABANDON, &data);
    let good = card(&set, 1);
    let text = fs::read_to_string(&good).unwrap();

    // Far too big: a sparse gigabyte, and 20 KiB of card characters. Refused from the size.
    let sparse = root.join("sparse.txt");
    File::create(&sparse).unwrap().set_len(1 << 30).unwrap();
    let long = root.join("long.txt");
    fs::write(&long, "A".repeat(20 * 1024)).unwrap();
    // Not files: an endless device, a random one, a FIFO nobody writes to, a folder.
    let fifo = root.join("fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    // Not text: Latin-1, and a picture.
    let latin1 = root.join("latin1.txt");
    fs::write(&latin1, b"carte de famille \xe9t\xe9\n").unwrap();
    let png = root.join("card.png");
    fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").unwrap();

    let cases: [(&Path, i32, &str); 8] = [
        (&sparse, 3, "far too big to be a card"),
        (&long, 3, "far too big to be a card"),
        (Path::new("/dev/zero"), 3, "a pipe, a device or a socket"),
        (Path::new("/dev/urandom"), 3, "a pipe, a device or a socket"),
        (&fifo, 3, "a pipe, a device or a socket"),
        (&set, 3, "is a folder"),
        (&latin1, 3, "this file is not text"),
        (&png, 3, "this file is not text"),
    ];
    for (path, status, says) in cases {
        for command in ["combine", "inspect"] {
            let p = path.to_str().unwrap();
            let args: Vec<&str> = if command == "combine" {
                vec![command, &good, p]
            } else {
                vec![command, p]
            };
            let start = Instant::now();
            let o = run(&args, &format!("{PASS}\n"), &data);
            refused(&o, status, says);
            assert!(
                err(&o).contains(p),
                "the message names the file: {}",
                err(&o)
            );
            assert!(
                !err(&o).contains("UTF-8"),
                "not text is said in words: {}",
                err(&o)
            );
            assert!(start.elapsed() < Duration::from_secs(3), "{p}: at once");
        }
    }

    // What editors save: a byte-order mark, Windows line endings, UTF-16 ("Unicode").
    let bom = root.join("bom.txt");
    fs::write(&bom, [&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat()).unwrap();
    let crlf = root.join("crlf.txt");
    let text2 = fs::read_to_string(card(&set, 2)).unwrap();
    fs::write(&crlf, text2.replace('\n', "\r\n")).unwrap();
    let utf16 = root.join("utf16.txt");
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            fs::read_to_string(card(&set, 3))
                .unwrap()
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<_>>(),
        )
        .collect();
    fs::write(&utf16, le).unwrap();
    for (a, b) in [(&bom, &crlf), (&utf16, &bom)] {
        let o = run(
            &["combine", a.to_str().unwrap(), b.to_str().unwrap()],
            &format!("{PASS}\n"),
            &data,
        );
        assert!(o.status.success(), "{}", err(&o));
        assert_eq!(common::text(&o.stdout).trim(), ABANDON);
    }
    let o = run(&["inspect", bom.to_str().unwrap()], "", &data);
    assert!(o.status.success(), "{}", err(&o));
}

#[test]
fn a_phrase_over_several_lines_is_one_phrase_or_refused() {
    let root = tempdir("lines");
    let data = root.join("data");
    let words: Vec<&str> = TWENTY_FOUR.split(' ').collect();
    let (first, second) = (words[..12].join(" "), words[12..].join(" "));

    // Two lines of 12, then the passphrase after an empty line: the 24-word phrase.
    let set = root.join("two-lines");
    let args = common::split_args("2", "3", &set);
    let o = run(&args, &format!("{first}\n{second}\n\n{PASS}\n"), &data);
    assert!(o.status.success(), "{}", err(&o));
    assert!(!err(&o).contains("Passphrase ("), "the given one is used");
    let back = run(
        &["combine", &card(&set, 1), &card(&set, 3)],
        &format!("{PASS}\n"),
        &data,
    );
    assert_eq!(text(&back.stdout).trim(), TWENTY_FOUR, "{}", err(&back));

    // Two lines of 12 and no passphrase: still the 24 words, and six words are generated.
    let set = root.join("no-passphrase");
    let args = common::split_args("2", "3", &set);
    let o = run(&args, &format!("{first}\n{second}\n"), &data);
    assert!(o.status.success(), "{}", err(&o));
    let line = err(&o)
        .lines()
        .find(|l| l.starts_with("Passphrase"))
        .unwrap()
        .to_owned();
    let generated = line.rsplit(": ").next().unwrap();
    let back = run(
        &["combine", &card(&set, 2), &card(&set, 3)],
        &format!("{generated}\n"),
        &data,
    );
    assert_eq!(text(&back.stdout).trim(), TWENTY_FOUR, "{}", err(&back));

    let sets_before = recorded_sets(&data);
    // Refused, never guessed, with nothing made: the first 12 words are a phrase of their
    // own (the 1-in-16 case that backed up another wallet), and the old "phrase, then
    // passphrase on the next line" that reads the same way.
    let ambiguous: Vec<&str> = AMBIGUOUS.split(' ').collect();
    let (a1, a2) = (ambiguous[..12].join(" "), ambiguous[12..].join(" "));
    for (stdin, says) in [
        (
            format!("{a1}\n{a2}\n"),
            "Line 1 of standard input is a whole recovery phrase",
        ),
        (
            format!("{a1}\n{a2}\n\n{PASS}\n"),
            "Put the whole phrase on one line",
        ),
        (
            format!("{ABANDON}\n{PASS}\n"),
            "put it on its own line after an empty line",
        ),
        (
            format!("{first}\nnot a phrase word\n\n{PASS}\n"),
            "read from lines 1 to 2 of standard input",
        ),
        (
            format!("{ABANDON}\n\n{PASS}\nsomething more\n"),
            "goes on after the passphrase (line 4",
        ),
    ] {
        let out = root.join("refused");
        let args = common::split_args("2", "3", &out);
        let o = run(&args, &stdin, &data);
        refused(&o, 2, says);
        for w in ambiguous.iter().chain(&words) {
            assert!(
                !err(&o).split_whitespace().any(|e| e == *w),
                "no phrase word in errors: {}",
                err(&o)
            );
        }
        assert!(!out.exists(), "no card made for {stdin:?}");
    }
    assert_eq!(recorded_sets(&data), sets_before, "nothing recorded");
}

#[test]
fn secrets_on_standard_input_are_bounded() {
    let root = tempdir("stdin");
    let data = root.join("data");
    let set = root.join("set");
    split(&set, ABANDON, &data);
    let out = root.join("more");
    let split_args = common::split_args("2", "3", &out);
    let c1 = card(&set, 1);
    let c2 = card(&set, 2);
    let combine = ["combine", c1.as_str(), c2.as_str()];

    let huge = format!("{ABANDON} {}", "abandon ".repeat(1000));
    refused(&run(&split_args, &huge, &data), 2, "longer than 4096 bytes");
    refused(
        &run(&combine, &"x".repeat(10_000), &data),
        2,
        "longer than 4096 bytes",
    );
    // Endless input: zeros never end a line, random bytes are not text.
    for (endless, says) in [
        ("/dev/zero", "longer than 4096 bytes"),
        ("/dev/urandom", "Standard input"),
    ] {
        refused(&run_from(&split_args, Path::new(endless), &data), 2, says);
        refused(&run_from(&combine, Path::new(endless), &data), 2, says);
        let mut dice = vec!["generate", "--dice"];
        dice.extend(["--words", "12"]);
        refused(&run_from(&dice, Path::new(endless), &data), 2, says);
    }
    // The passphrase is one line: a second one is refused, not dropped.
    refused(
        &run(
            &combine,
            "quarter amused velvet\norbit lemon crisp\n",
            &data,
        ),
        2,
        "The passphrase is one line",
    );
    let o = run(&combine, &format!("{PASS}\n\n\n"), &data);
    assert_eq!(text(&o.stdout).trim(), ABANDON, "{}", err(&o));
    assert!(!out.exists());

    // A program driving heirloom through a pipe that it keeps open: the passphrase is used
    // without waiting for the end of the input.
    let mut child = command(&combine, &data)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut held_open = child.stdin.take().unwrap();
    held_open.write_all(format!("{PASS}\n").as_bytes()).unwrap();
    let o = finish(child, "combine with standard input held open");
    drop(held_open);
    assert_eq!(text(&o.stdout).trim(), ABANDON, "{}", err(&o));
}

#[test]
fn a_full_or_closed_stdout_is_an_error_in_words() {
    let root = tempdir("stdout");
    let data = root.join("data");
    let set = root.join("set");
    split(&set, ABANDON, &data);
    let cards = format!("{} {}", card(&set, 1), card(&set, 3));

    for (script, says) in [
        (
            "exec \"$HEIRLOOM\" generate > /dev/full",
            "No space left on device",
        ),
        (
            &*format!("exec \"$HEIRLOOM\" combine {cards} > /dev/full"),
            "No space left on device",
        ),
        (
            &*format!("exec \"$HEIRLOOM\" inspect {} > /dev/full", card(&set, 1)),
            "No space left on device",
        ),
        (
            "exec \"$HEIRLOOM\" generate >&-",
            "Standard output is closed",
        ),
        (
            &*format!("exec \"$HEIRLOOM\" combine {cards} >&-"),
            "Standard output is closed",
        ),
    ] {
        let o = sh(script, &format!("{PASS}\n"), &data);
        refused(&o, 1, says);
        assert!(!err(&o).contains("RUST_BACKTRACE"), "{}", err(&o));
    }

    // A pipe whose reader is gone before the phrase is written.
    let mut child = command(&["combine", &card(&set, 1), &card(&set, 2)], &data)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASS}\n").as_bytes())
        .unwrap();
    let o = finish(child, "combine into a closed pipe");
    refused(&o, 1, "Broken pipe");
    assert!(err(&o).contains("was not printed"), "{}", err(&o));

    // Redirected to /dev/null on purpose (a script keeping the exit status): that is fine.
    let o = sh("exec \"$HEIRLOOM\" generate > /dev/null", "", &data);
    assert!(o.status.success(), "{}", err(&o));
}

/// The full disk: writes past `limit` bytes fail with EFBIG (SIGXFSZ ignored, which
/// `exec` keeps), as a full disk fails them with ENOSPC.
fn on_a_full_disk(limit: u64, args: &str, stdin: &str, data: &Path) -> Output {
    sh(
        &format!("trap '' XFSZ; exec prlimit --fsize={limit} \"$HEIRLOOM\" {args}"),
        stdin,
        data,
    )
}

#[test]
fn split_print_and_render_write_everything_or_nothing() {
    let root = tempdir("full-disk");
    let data = root.join("data");
    let fast = common::FAST_KDF.join(" ");

    // split: a card is 119 bytes; none fits.
    let out = root.join("new/cards");
    let o = on_a_full_disk(
        64,
        &format!("split -t 2 -n 3 --out {} {fast}", out.display()),
        &format!("{ABANDON}\n\n{PASS}\n"),
        &data,
    );
    refused(&o, 1, "No card was written");
    assert!(err(&o).contains("File too large"), "{}", err(&o));
    assert!(
        !root.join("new").exists(),
        "no card, no temporary file, no folder left"
    );
    assert_eq!(recorded_sets(&data), 0, "nothing recorded");

    // The same with stderr on that full disk too: the message is cut short, but the exit
    // status still says what happened (not 101, a panic).
    let log = root.join("log");
    fs::create_dir_all(&log).unwrap();
    let o = on_a_full_disk(
        64,
        &format!(
            "split -t 2 -n 3 --out {} {fast} 2> {}",
            out.display(),
            log.join("err.txt").display()
        ),
        &format!("{ABANDON}\n\n{PASS}\n"),
        &data,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(fs::read_to_string(log.join("err.txt"))
        .unwrap()
        .starts_with("heirloom: Could not"));
    assert!(!root.join("new").exists());

    // Into a folder that exists: nothing but what was there.
    let existing = root.join("existing");
    fs::create_dir_all(&existing).unwrap();
    fs::write(existing.join("notes.txt"), "mine").unwrap();
    let o = on_a_full_disk(
        64,
        &format!("split -t 2 -n 3 --out {} {fast}", existing.display()),
        &format!("{ABANDON}\n\n{PASS}\n"),
        &data,
    );
    refused(&o, 1, "No card was written");
    assert_eq!(names(&existing), ["notes.txt"]);
    assert_eq!(recorded_sets(&data), 0);

    // print and render: no truncated PDF or picture.
    let set = root.join("set");
    split(&set, ABANDON, &data);
    let cards: Vec<String> = (1..=3).map(|i| card(&set, i)).collect();
    let pdf = root.join("out/cards.pdf");
    fs::create_dir_all(pdf.parent().unwrap()).unwrap();
    let o = on_a_full_disk(
        4096,
        &format!("print --out {} {}", pdf.display(), cards.join(" ")),
        "",
        &data,
    );
    refused(&o, 1, "Nothing was written");
    assert_eq!(names(&root.join("out")), Vec::<String>::new());
    let pictures = root.join("pictures");
    let o = on_a_full_disk(
        4096,
        &format!(
            "render --png {} --dpi 150 {}",
            pictures.display(),
            cards.join(" ")
        ),
        "",
        &data,
    );
    refused(&o, 1, "No picture was written");
    assert!(!pictures.exists(), "{:?}", names(&pictures));

    // With room, every file is there, private.
    let with_cards = |args: &[&str]| -> Vec<String> {
        args.iter()
            .map(|a| (*a).to_owned())
            .chain(cards.clone())
            .collect()
    };
    let print = with_cards(&["print", "--out", pdf.to_str().unwrap()]);
    let o = run(
        &print.iter().map(String::as_str).collect::<Vec<_>>(),
        "",
        &data,
    );
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(mode(&pdf), 0o600);
    assert_eq!(names(&root.join("out")), ["cards.pdf"]);
    let render = with_cards(&[
        "render",
        "--png",
        pictures.to_str().unwrap(),
        "--dpi",
        "100",
    ]);
    let o = run(
        &render.iter().map(String::as_str).collect::<Vec<_>>(),
        "",
        &data,
    );
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(mode(&pictures), 0o700);
    assert_eq!(names(&pictures), ["card-1.png", "card-2.png", "card-3.png"]);
    for n in names(&pictures) {
        assert_eq!(mode(&pictures.join(n)), 0o600);
    }
}

#[test]
fn cards_are_private_and_a_planted_symlink_is_not_followed() {
    let root = tempdir("private");
    let data = root.join("data");
    let set = root.join("a/b/set");
    split(&set, ABANDON, &data);
    assert_eq!(names(&set), ["card-1.txt", "card-2.txt", "card-3.txt"]);
    for i in 1..=3 {
        assert_eq!(mode(Path::new(&card(&set, i))), 0o600);
    }
    for d in [root.join("a"), root.join("a/b"), set.clone()] {
        assert_eq!(mode(&d), 0o700, "{}", d.display());
    }

    // A symlink planted at card-2.txt, pointing where the attacker wants the card: refused
    // before anything is made, and nothing is written through it.
    let trap = root.join("trap");
    fs::create_dir_all(&trap).unwrap();
    let target: PathBuf = root.join("stolen.txt");
    std::os::unix::fs::symlink(&target, trap.join("card-2.txt")).unwrap();
    let args = common::split_args("2", "3", &trap);
    let sets_before = recorded_sets(&data);
    let o = run(&args, &format!("{ABANDON}\n\n{PASS}\n"), &data);
    refused(&o, 2, "never overwrites");
    assert!(!target.exists(), "nothing written through the symlink");
    assert_eq!(names(&trap), ["card-2.txt"], "no other card made");
    assert_eq!(recorded_sets(&data), sets_before);

    // The same for print's PDF.
    let pdf = root.join("cards.pdf");
    std::os::unix::fs::symlink(&target, &pdf).unwrap();
    let c1 = card(&set, 1);
    let o = run(&["print", "--out", pdf.to_str().unwrap(), &c1], "", &data);
    refused(&o, 2, "never overwrites");
    assert!(!target.exists());
}
