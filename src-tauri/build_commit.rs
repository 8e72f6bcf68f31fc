// The commit a program is built from, for `heirloom --version` and the app's About line.
// Included (`include!`) by the build scripts of the app and of the command line.
//
// HEIRLOOM_COMMIT, when set and not empty, wins (whoever builds from a source tarball, where
// there is no git, can say which commit it is); otherwise `git rev-parse HEAD` of the
// checkout; otherwise "unknown". The full hash only: the same commit gives the same bytes,
// whatever folder or clone it is built in.
fn emit_commit() {
    println!("cargo:rerun-if-env-changed=HEIRLOOM_COMMIT");
    let commit = std::env::var("HEIRLOOM_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(git_commit)
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=HEIRLOOM_COMMIT={}", commit.trim());
}

fn git_commit() -> Option<String> {
    let dir = std::env::var("CARGO_MANIFEST_DIR").ok()?;
    let git = |args: &[&str]| -> Option<String> {
        let out = std::process::Command::new("git")
            .current_dir(&dir)
            .args(args)
            .output()
            .ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
    };
    let commit = git(&["rev-parse", "--verify", "HEAD"])?;
    // Build again when HEAD moves: HEAD itself, the branch it names, and the packed refs.
    // (Only files that exist: cargo reruns a script every time for a missing one.)
    let mut watched = vec!["HEAD".to_string(), "packed-refs".to_string()];
    watched.extend(git(&["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        if let Some(path) = git(&["rev-parse", "--path-format=absolute", "--git-path", &name]) {
            if std::path::Path::new(&path).exists() {
                println!("cargo:rerun-if-changed={path}");
            }
        }
    }
    Some(commit)
}
