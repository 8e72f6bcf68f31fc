//! `heirloom --version` names the commit, and `heirloom --write-manual DIR` writes the
//! manual pages and shell completions the packages ship (see docs/building.md).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::fs;
use std::process::Command;

fn heirloom(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_heirloom"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn version_names_the_version_and_the_commit() {
    let out = heirloom(&["--version"]);
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    let rest = line
        .trim()
        .strip_prefix(&format!("heirloom {} (commit ", env!("CARGO_PKG_VERSION")))
        .unwrap_or_else(|| panic!("{line:?}"));
    let commit = rest.strip_suffix(')').unwrap();
    assert!(
        commit == "unknown"
            || (commit.len() == 40 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{commit:?}"
    );
}

#[test]
fn write_manual_writes_every_page_and_completion() {
    let dir = std::env::temp_dir().join(format!("heirloom-manual-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let out = heirloom(&["--write-manual", dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let page = fs::read_to_string(dir.join("man1/heirloom.1")).unwrap();
    assert!(page.contains(".TH heirloom 1"), "{page}");
    for command in ["split", "combine", "recover", "print", "check", "sets"] {
        assert!(page.contains(command), "heirloom.1 does not name {command}");
        assert!(
            dir.join(format!("man1/heirloom-{command}.1")).is_file(),
            "{command}"
        );
    }
    assert!(dir.join("man1/heirloom-sets-list.1").is_file());

    let bash = fs::read_to_string(dir.join("completions/heirloom")).unwrap();
    assert!(bash.contains("complete -F _heirloom") && bash.contains("--threshold"));
    let zsh = fs::read_to_string(dir.join("completions/_heirloom")).unwrap();
    assert!(zsh.starts_with("#compdef heirloom"));
    let fish = fs::read_to_string(dir.join("completions/heirloom.fish")).unwrap();
    assert!(fish.contains("complete -c heirloom"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn write_manual_wants_one_folder() {
    let out = heirloom(&["--write-manual"]);
    assert_eq!(out.status.code(), Some(2));
}
