//! Standard output, checked. The result of a command (a phrase, a card's header, card texts)
//! counts only if it arrived: a write to a full disk or a closed pipe, or a standard output
//! that was closed before Heirloom started, is a failure with a line on stderr and exit
//! status 1, never a panic and never a success with the result printed nowhere.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::exit::Failure;

/// Standard output was closed when the program started.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Run first: notes whether standard output was closed when Heirloom was started.
///
/// Rust's runtime gives a closed standard descriptor `/dev/null` before `main` (so that no
/// file opened later takes its number), and writes to it then succeed silently. On Linux that
/// `/dev/null` is told apart from one a person redirected to (`> /dev/null`, which a script
/// may do to keep only the exit status) by how it was opened: the runtime opens it for
/// reading and writing, a shell's `>` for writing only.
pub fn note_closed_stdout() {
    #[cfg(target_os = "linux")]
    {
        let is_null = std::fs::read_link("/proc/self/fd/1")
            .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
        let read_write = std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("flags:"))
                .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
                .is_some_and(|flags| flags & 0o3 == 0o2)
        });
        STDOUT_CLOSED.store(is_null && read_write, Ordering::Relaxed);
    }
}

/// Whether standard output can take the result; called before a command does its work, so
/// that nothing is computed (and no passphrase asked for) for a result that has nowhere to go.
pub fn ready() -> Result<(), Failure> {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return Err(Failure::Io(
            "Standard output is closed, so the result would be printed nowhere; nothing was done. Run the command with its output going to the terminal, a file or a pipe.".to_owned(),
        ));
    }
    Ok(())
}

/// Writes `text` to standard output and flushes it; an error says the result did not arrive.
pub fn print(text: &str) -> Result<(), Failure> {
    ready()?;
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| {
            Failure::Io(format!(
                "Could not write the result to standard output ({e}), so it was not printed, or not all of it. Free some disk space, or check what reads the output, and run the command again."
            ))
        })
}

/// Writes `line` and a line ending to standard output; see [`print`].
pub fn line(line: &str) -> Result<(), Failure> {
    let mut text = zeroize::Zeroizing::new(String::with_capacity(line.len() + 1));
    text.push_str(line);
    text.push('\n');
    print(&text)
}
