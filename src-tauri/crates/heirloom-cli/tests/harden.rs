//! A running `heirloom` can't leave its secrets in a core file: SIGABRT while `split` waits
//! for the passphrase (the phrase already read) dumps nothing.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PHRASE: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

#[test]
fn split_waiting_for_the_passphrase_has_no_core_limit_and_dumps_nothing() {
    let dir = common::tempdir("harden");
    // prlimit raises the limit for the child first, as a careless shell profile might.
    let mut child = Command::new("prlimit")
        .args(["--core=unlimited", "--"])
        .arg(env!("CARGO_BIN_EXE_heirloom"))
        .args(["split", "--threshold", "2", "--cards", "3", "--out"])
        .arg(dir.join("cards"))
        .current_dir(&dir)
        .env("HEIRLOOM_DATA_DIR", dir.join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{PHRASE}").unwrap();
    stdin.flush().unwrap();
    // prlimit execs heirloom in the same process; wait until it is heirloom that runs.
    let pid = child.id();
    let deadline = Instant::now() + Duration::from_secs(20);
    let limits = loop {
        let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap_or_default();
        if exe
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("heirloom"))
        {
            std::thread::sleep(Duration::from_millis(300));
            break std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
        }
        assert!(Instant::now() < deadline, "heirloom did not start");
        std::thread::sleep(Duration::from_millis(20));
    };
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap()
        .split_whitespace()
        .skip(4)
        .take(2)
        .collect::<Vec<_>>();
    assert_eq!(core, ["0", "0"], "{limits}");
    // SIGABRT dumps core by default; nothing may appear in the working folder. (Not
    // SIGQUIT: a shell that starts a command in the background without job control makes
    // it ignore SIGQUIT and SIGINT, and that is inherited, so the test would wait forever.)
    let abort = Command::new("kill")
        .args(["-ABRT", &pid.to_string()])
        .status()
        .unwrap();
    assert!(abort.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("heirloom did not end on SIGABRT within 10 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(!status.success());
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("core"))
        .collect();
    assert!(left.is_empty(), "core files: {left:?}");
    drop(stdin);
    let _ = std::fs::remove_dir_all(&dir);
}
