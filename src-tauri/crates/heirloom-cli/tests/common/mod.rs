//! What every test of the `heirloom` binary shares: running it as a script would, always with
//! a record of backup sets of the test's own (so no test can touch the developer's), and
//! temporary folders named for the test suite.

#![allow(dead_code)] // each suite uses its own part of this

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A path under the temporary folder for this suite and process; whatever was there is gone.
pub fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "heirloom-{}-{}-{name}",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&d);
    d
}

/// A new, empty folder for this suite and process.
pub fn tempdir(name: &str) -> PathBuf {
    let d = scratch(name);
    fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `heirloom` with `stdin`, recording backup sets in `data`.
pub fn run_with_record(args: &[&str], stdin: &str, data: &Path) -> Output {
    run_with_locale(args, stdin, data, &[])
}

/// Runs `heirloom` with `stdin`, recording backup sets in `data`, in the locale `locale`
/// (variables such as `LANG`, on top of `LANG=C.UTF-8`).
pub fn run_with_locale(args: &[&str], stdin: &str, data: &Path, locale: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_heirloom"))
        .args(args)
        .env("HEIRLOOM_DATA_DIR", data)
        // The family guide follows the system's language: the same English wherever the
        // tests run, unless a test asks for another.
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .envs(locale.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that refuses its arguments exits before reading; a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// Runs `heirloom` with `stdin`, recording backup sets in this suite's own folder.
pub fn heirloom(args: &[&str], stdin: &str) -> Output {
    heirloom_in(args, stdin, &[])
}

/// [`heirloom`] in the locale `locale` (see [`run_with_locale`]).
pub fn heirloom_in(args: &[&str], stdin: &str, locale: &[(&str, &str)]) -> Output {
    let data = std::env::temp_dir().join(format!(
        "heirloom-{}-{}-data",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ));
    run_with_locale(args, stdin, &data, locale)
}

/// Output bytes as text.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The path of card file `i` in `dir`, as `split` names it.
pub fn card(dir: &Path, i: u8) -> String {
    dir.join(format!("card-{i}.txt")).display().to_string()
}

/// `heirloom split -t T -n N --out OUT` at a test-sized key derivation (8 MiB, one pass):
/// the arguments, to which a test adds its own.
pub fn split_args<'a>(t: &'a str, n: &'a str, out: &'a Path) -> Vec<&'a str> {
    let mut args = split_plain(t, n, out.to_str().unwrap());
    args.extend(FAST_KDF);
    args
}

/// `heirloom split -t T -n N --out OUT` and nothing else: the arguments, to which a test adds
/// its own.
pub fn split_plain<'a>(t: &'a str, n: &'a str, out: &'a str) -> Vec<&'a str> {
    vec!["split", "-t", t, "-n", n, "--out", out]
}

/// Splits `phrase` under `pass` into a 2-of-3 set in `dir` at a test-sized key derivation,
/// with the arguments `extra` added, and checks that it worked.
pub fn split_ok(dir: &Path, phrase: &str, pass: &str, extra: &[&str]) -> Output {
    let mut args = split_args("2", "3", dir);
    args.extend(extra);
    let out = heirloom(&args, &format!("{phrase}\n\n{pass}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    out
}

/// A recorded 2-of-3 set of `phrase` under `pass` in `dir`, at a test-sized key derivation:
/// the card files and their texts.
pub fn make_set(dir: &Path, phrase: &str, pass: &str) -> (Vec<String>, Vec<String>) {
    split_ok(dir, phrase, pass, &[]);
    (1..=3)
        .map(|i| {
            let file = dir.join(format!("card-{i}.txt"));
            let body = fs::read_to_string(&file).unwrap().trim().to_string();
            (file.display().to_string(), body)
        })
        .unzip()
}

/// The key-derivation arguments of a test-sized set.
pub const FAST_KDF: [&str; 4] = ["--kdf-memory-mib", "8", "--kdf-passes", "1"];
