//! Reading secrets from standard input into wiped memory.

use std::io::{self, BufRead, Read};

use zeroize::Zeroizing;

use crate::exit::Failure;

/// Standard input, a line at a time; each line in wiped memory, without its line ending.
pub struct Lines(io::StdinLock<'static>);

impl Lines {
    pub fn stdin() -> Self {
        Lines(io::stdin().lock())
    }

    pub fn next_line(&mut self) -> Result<Option<Zeroizing<String>>, Failure> {
        let mut line = Zeroizing::new(String::new());
        let n = self
            .0
            .read_line(&mut line)
            .map_err(|e| Failure::input(&format!("Could not read standard input: {e}")))?;
        if n == 0 {
            return Ok(None);
        }
        while line.ends_with('\n') || line.ends_with('\r') {
            line.pop();
        }
        Ok(Some(line))
    }
}

/// All of standard input.
pub fn read_all() -> Result<Zeroizing<String>, Failure> {
    let mut s = Zeroizing::new(String::new());
    io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| Failure::input(&format!("Could not read standard input: {e}")))?;
    Ok(s)
}
