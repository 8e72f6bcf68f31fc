//! Reading secrets from standard input into wiped memory, bounded and unambiguous.
//!
//! Standard input holds at most [`LIMIT`] bytes: a phrase and a passphrase are far shorter,
//! and a command reading an endless stream would never end.
//!
//! `split` reads the recovery phrase up to the first empty line (or the end of the input), so
//! a phrase pasted over several lines is one phrase; the passphrase is the one line after
//! that empty line. A phrase over several lines whose first lines already make a whole
//! phrase is refused, never guessed at: "12 words, then 12 more" could be a 24-word phrase or
//! a 12-word phrase and a passphrase, and taking the wrong one backs up another wallet.

use std::io::{self, BufRead, IsTerminal, Read};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use heirloom_core::Phrase;
use zeroize::Zeroizing;

use crate::exit::Failure;

/// The most standard input may hold, in bytes.
pub const LIMIT: usize = 4096;

/// How long to wait for more input after the last line a command needs, when the writer
/// keeps standard input open without closing it: what arrives together with the secret is
/// checked, and a program that drives `heirloom` through a pipe it keeps open is not made to
/// wait for ever.
const MORE_INPUT_WAIT: Duration = Duration::from_secs(1);

/// Standard input, a line at a time, counted against [`LIMIT`].
struct Input {
    read: usize,
    line: usize,
    terminal: bool,
}

impl Input {
    fn stdin() -> Self {
        Input {
            read: 0,
            line: 0,
            terminal: io::stdin().is_terminal(),
        }
    }

    /// Asks for the next thing on stderr, when a person is typing.
    fn prompt(&self, what: &str) {
        if self.terminal {
            eprintln!("{what}");
        }
    }

    /// The next line without its line ending, in wiped memory; `None` at the end.
    fn next_line(&mut self) -> Result<Option<Zeroizing<String>>, Failure> {
        // Room for the whole budget from the start: the string never grows, so no copy of a
        // secret is left behind in memory freed by growing it.
        let mut line = Zeroizing::new(String::with_capacity(LIMIT + 1));
        let room = (LIMIT - self.read) as u64 + 1;
        // Standard input's buffer is the process's own, so each line can lock it anew.
        let n = io::stdin()
            .lock()
            .take(room)
            .read_line(&mut line)
            .map_err(|e| read_error(&e))?;
        self.read += n;
        if self.read > LIMIT {
            return Err(too_long());
        }
        if n == 0 {
            return Ok(None);
        }
        self.line += 1;
        while line.ends_with('\n') || line.ends_with('\r') {
            line.pop();
        }
        Ok(Some(line))
    }

    /// When standard input is not a person typing, refuses anything but empty lines after
    /// `after`: a further line is never silently dropped, nor silently used. `hint` says
    /// what standard input should hold.
    /// Reading stops at the end of the input, or after [`MORE_INPUT_WAIT`] without it.
    fn nothing_more(mut self, after: &str, hint: &str) -> Result<(), Failure> {
        if self.terminal {
            return Ok(());
        }
        let (tell, told) = mpsc::channel();
        // The reader may stay blocked on an open pipe; the process ends without it.
        thread::spawn(move || {
            let verdict = loop {
                match self.next_line() {
                    Ok(Some(line)) if line.trim().is_empty() => {}
                    Ok(Some(_)) => break Ok(Some(self.line)),
                    Ok(None) => break Ok(None),
                    Err(e) => break Err(e),
                }
            };
            let _ = tell.send(verdict);
        });
        match told.recv_timeout(MORE_INPUT_WAIT) {
            Ok(Ok(Some(line))) => Err(Failure::input(&format!(
                "Standard input goes on after {after} (line {line} is not empty). {hint}"
            ))),
            Ok(Err(e)) => Err(e),
            Ok(Ok(None)) | Err(_) => Ok(()),
        }
    }
}

fn too_long() -> Failure {
    Failure::input(&format!(
        "Standard input is longer than {LIMIT} bytes, far longer than anything Heirloom reads there (a recovery phrase, a passphrase, dice rolls), so it was not used."
    ))
}

fn read_error(e: &io::Error) -> Failure {
    if e.kind() == io::ErrorKind::InvalidData {
        return Failure::input("Standard input is not text (UTF-8): give the words as plain text.");
    }
    Failure::input(&format!("Could not read standard input: {e}"))
}

/// What `split` reads: the phrase, and the passphrase if one was given.
pub struct SplitInput {
    pub phrase: Phrase,
    /// `None`: none was given, and six words are to be generated.
    pub passphrase: Option<Zeroizing<String>>,
}

/// Reads `split`'s standard input: the phrase up to the first empty line or the end, then
/// optionally the passphrase on the line after the empty line, then nothing more.
pub fn split_input() -> Result<SplitInput, Failure> {
    let mut input = Input::stdin();
    input.prompt("Type or paste the recovery phrase, then an empty line:");
    let mut lines: Vec<Zeroizing<String>> = Vec::new();
    let mut ended_by_empty_line = false;
    while let Some(line) = input.next_line()? {
        if !line.trim().is_empty() {
            lines.push(line);
        } else if !lines.is_empty() {
            ended_by_empty_line = true;
            break;
        }
    }
    if lines.is_empty() {
        return Err(Failure::input(
            "Standard input is empty: give the recovery phrase (then, after an empty line, the passphrase).",
        ));
    }
    let phrase = phrase_from_lines(&lines)?;
    let passphrase = if ended_by_empty_line {
        input.prompt("Type the passphrase, then Enter (only Enter: six words are generated):");
        input.next_line()?.filter(|p| !p.trim().is_empty())
    } else {
        None
    };
    let after = if passphrase.is_some() {
        "the passphrase"
    } else {
        "the phrase and the empty line after it"
    };
    input.nothing_more(
        after,
        "Give the phrase, then an empty line, then the passphrase on one line (or no passphrase: six words are generated).",
    )?;
    Ok(SplitInput { phrase, passphrase })
}

/// The phrase written over `lines` (non-empty lines), refused if its first lines alone
/// already make a whole phrase.
fn phrase_from_lines(lines: &[Zeroizing<String>]) -> Result<Phrase, Failure> {
    let joined = |n: usize| {
        let mut s = Zeroizing::new(String::with_capacity(LIMIT + lines.len()));
        for line in &lines[..n] {
            s.push_str(line);
            s.push(' ');
        }
        s
    };
    let all = lines.len();
    if all == 1 {
        return Ok(Phrase::parse(&lines[0])?);
    }
    if let Some(first) = (1..all).find(|&n| Phrase::parse(&joined(n)).is_ok()) {
        let which = if first == 1 {
            "Line 1 of standard input is a whole recovery phrase by itself".to_owned()
        } else {
            format!(
                "Lines 1 to {first} of standard input are a whole recovery phrase by themselves"
            )
        };
        return Err(Failure::input(&format!(
            "{which}, but the phrase goes on to line {all}: the phrase is read up to the first empty line. Put the whole phrase on one line. To give a passphrase, put it on its own line after an empty line."
        )));
    }
    Phrase::parse(&joined(all)).map_err(|e| {
        Failure::input(&format!(
            "{e} (The phrase was read from lines 1 to {all} of standard input, up to the first empty line; a passphrase goes on its own line after an empty line.)"
        ))
    })
}

/// The passphrase, for `combine`, `recover` and `verify`: the first line of standard input,
/// and nothing after it but empty lines.
pub fn passphrase() -> Result<Zeroizing<String>, Failure> {
    let mut input = Input::stdin();
    input.prompt("Type the passphrase, then Enter:");
    let line = input.next_line()?.unwrap_or_default();
    input.nothing_more(
        "the passphrase",
        "The passphrase is one line: if it is written over two lines on paper, type it on one line.",
    )?;
    Ok(line)
}

/// All of standard input (dice rolls), up to [`LIMIT`] bytes.
pub fn read_all() -> Result<Zeroizing<String>, Failure> {
    let mut s = Zeroizing::new(String::with_capacity(LIMIT + 1));
    io::stdin()
        .lock()
        .take(LIMIT as u64 + 1)
        .read_to_string(&mut s)
        .map_err(|e| read_error(&e))?;
    if s.len() > LIMIT {
        return Err(too_long());
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWENTY_FOUR: &str = "anger judge gaze material blur learn slam correct estate library canvas bitter able rubber swap note cheap soon all vicious toss cricket much various";
    /// Its first 12 words are a whole phrase too.
    const AMBIGUOUS: &str = "glad clip disagree belt conduct faint smoke vibrant scan layer visa become large dress width entire smile apple mad trend throw leave dismiss basic";

    fn lines(text: &str, per_line: usize) -> Vec<Zeroizing<String>> {
        let words: Vec<&str> = text.split(' ').collect();
        words
            .chunks(per_line)
            .map(|c| Zeroizing::new(c.join(" ")))
            .collect()
    }

    fn refusal(r: Result<Phrase, Failure>) -> String {
        match r {
            Ok(_) => panic!("taken as a phrase"),
            Err(f) => format!("{f:?}"),
        }
    }

    #[test]
    fn a_phrase_over_several_lines_is_one_phrase() {
        for per_line in [24, 12, 8, 6, 5, 1] {
            let p = phrase_from_lines(&lines(TWENTY_FOUR, per_line)).unwrap();
            assert_eq!(*p.words(), TWENTY_FOUR, "{per_line} a line");
        }
    }

    #[test]
    fn a_shorter_phrase_within_it_is_refused_not_guessed() {
        assert!(phrase_from_lines(&lines(AMBIGUOUS, 24)).is_ok());
        let e = refusal(phrase_from_lines(&lines(AMBIGUOUS, 12)));
        assert!(e.contains("Line 1 of standard input is a whole"), "{e}");
        let e = refusal(phrase_from_lines(&lines(AMBIGUOUS, 6)));
        assert!(e.contains("Lines 1 to 2 of standard input are"), "{e}");
        // The old "phrase, then passphrase on the next line": refused the same way.
        let old = [
            Zeroizing::new("abandon ".repeat(11) + "about"),
            Zeroizing::new("quarter amused velvet orbit lemon crisp".to_owned()),
        ];
        let e = refusal(phrase_from_lines(&old));
        assert!(e.contains("after an empty line"), "{e}");
    }
}
