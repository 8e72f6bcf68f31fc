//! The About line: which version of Heirloom this is, and the commit it was built from, so a
//! person can compare it with the published release and its reproducible build.

use serde::Serialize;

/// The version and the commit of this build. Public data.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct AboutView {
    pub version: &'static str,
    /// The full commit hash, or "unknown" for a build outside a git checkout.
    pub commit: &'static str,
}

/// The version and the commit this app was built from.
#[tauri::command]
pub fn about() -> AboutView {
    AboutView {
        version: env!("CARGO_PKG_VERSION"),
        commit: env!("HEIRLOOM_COMMIT"),
    }
}

#[cfg(test)]
mod tests {
    use super::about;

    #[test]
    fn names_this_version_and_a_commit() {
        let about = about();
        assert_eq!(about.version, env!("CARGO_PKG_VERSION"));
        assert!(
            about.commit == "unknown"
                || (about.commit.len() == 40
                    && about.commit.chars().all(|c| c.is_ascii_hexdigit())),
            "{}",
            about.commit
        );
    }
}
