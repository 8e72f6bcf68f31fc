//! The manual pages and shell completions of `heirloom`, generated from the clap definitions
//! so they never drift from the program. The packaging runs `heirloom --write-manual DIR`
//! (an option of its own, before clap parses anything, and not in `--help`), which writes:
//!
//! - `DIR/man1/heirloom.1` and `DIR/man1/heirloom-<command>.1` for every command;
//! - `DIR/completions/heirloom` (bash), `DIR/completions/_heirloom` (zsh) and
//!   `DIR/completions/heirloom.fish` (fish).

use std::ffi::OsStr;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

/// The option that asks for the manual.
const OPTION: &str = "--write-manual";

/// When the program was started as `heirloom --write-manual DIR`, writes the manual and the
/// completions of `C` into DIR and returns the exit code; otherwise `None`.
pub fn write_if_asked<C: CommandFactory>() -> Option<ExitCode> {
    let mut args = std::env::args_os().skip(1);
    if args.next().as_deref() != Some(OsStr::new(OPTION)) {
        return None;
    }
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: heirloom {OPTION} DIR");
        return Some(ExitCode::from(2));
    };
    match write(C::command(), Path::new(&dir)) {
        Ok(()) => Some(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!(
                "heirloom: could not write the manual into {}: {e}",
                dir.to_string_lossy()
            );
            Some(ExitCode::FAILURE)
        }
    }
}

fn write(command: clap::Command, dir: &Path) -> io::Result<()> {
    let name = command.get_name().to_string();
    let man = dir.join("man1");
    fs::create_dir_all(&man)?;
    clap_mangen::generate_to(command.clone(), &man)?;

    let completions = dir.join("completions");
    fs::create_dir_all(&completions)?;
    for (shell, file) in [
        (Shell::Bash, name.clone()),
        (Shell::Zsh, format!("_{name}")),
        (Shell::Fish, format!("{name}.fish")),
    ] {
        let mut out = BufWriter::new(File::create(completions.join(file))?);
        clap_complete::generate(shell, &mut command.clone(), &name, &mut out);
        out.flush()?;
    }
    Ok(())
}
