//! Tesseract, run as a subprocess (the `tesseract` program of Debian's `tesseract-ocr`),
//! not linked: a crash or a hang in the OCR engine cannot take the app down, the strict
//! time limit is a kill, and a machine without it still runs Heirloom (without the OCR,
//! saying so) instead of failing to start for a missing library. It is given only pixels
//! Heirloom decoded itself, as a plain PGM on stdin, never the file the person opened; its
//! output is read up to a cap.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use image::GrayImage;

/// The most output read: the words of a page, one line each with their boxes, are tens of
/// KiB at most.
const MAX_OUTPUT: usize = 256 * 1024;

/// What the OCR may use: the card's 32 symbols, and `O`, which spec section 4.4 reads as
/// `0` (without it the engine forces a printed `0` into a `Q`). Not `I` or `L`: the engine
/// then reads a printed `J` as `I`, which would become `1`. A space follows it where it is
/// given: without one the engine joins the groups of a row into one word.
const WHITELIST: &str = "0123456789ABCDEFGHJKMNOPQRSTVWXYZ";

/// Why Tesseract gave no words.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Failure {
    /// It is not installed, or has no English data.
    Unavailable,
    /// It failed, ran out of time or wrote too much.
    Failed,
}

/// One word read, with its box in the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    /// As read (upper case: only the whitelist's letters).
    pub text: String,
    /// Which line of the page it is on (block, paragraph, line).
    pub line: (u32, u32, u32),
    /// Left, top, width, height, in pixels.
    pub bounds: (u32, u32, u32, u32),
}

/// The program to run: `tesseract`, or in tests one that is not there.
pub(super) struct Engine<'a> {
    pub program: &'a str,
    /// When the engine must be done by.
    pub deadline: Instant,
    /// Asked while it runs; true stops it (a cancelled scan).
    pub stop: &'a dyn Fn() -> bool,
}

impl Engine<'_> {
    /// The words in `img`, read with page segmentation mode `psm` (4: a column of lines of
    /// several sizes; 6: one block of text) and the card alphabet only.
    pub fn words(&self, img: &GrayImage, psm: u8) -> Result<Vec<Word>, Failure> {
        let mut image = format!("P5\n{} {}\n255\n", img.width(), img.height()).into_bytes();
        image.extend_from_slice(img.as_raw());
        let tsv = self.run(image, psm)?;
        Ok(words(&tsv))
    }

    /// Runs the engine on a PGM, killed at the deadline or when `stop` says so: its TSV
    /// output, or why there is none.
    fn run(&self, image: Vec<u8>, psm: u8) -> Result<String, Failure> {
        let mut child = Command::new(self.program)
            .args(["stdin", "stdout", "-l", "eng", "--dpi", "300"])
            .args(["--psm", &psm.to_string()])
            .args(["-c", &format!("tessedit_char_whitelist={WHITELIST} ")])
            .arg("tsv")
            // One thread: the scan runs beside the app and other scans, on shared cores.
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|_| Failure::Unavailable)?;
        let (Some(mut stdin), Some(stdout), Some(stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Failure::Failed);
        };
        let writer = std::thread::spawn(move || stdin.write_all(&image));
        let reader = std::thread::spawn(move || capped(stdout));
        let errors = std::thread::spawn(move || capped(stderr));
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() < self.deadline && !(self.stop)() => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                _ => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
            }
        };
        let _ = writer.join();
        let out = reader.join().ok().flatten();
        let err = errors.join().ok().flatten().unwrap_or_default();
        match (status, out) {
            (Some(s), Some(out)) if s.success() => Ok(out),
            // "Failed loading language 'eng'": the program without its data is no OCR.
            (Some(_), _) if err.contains("'eng'") => Err(Failure::Unavailable),
            _ => Err(Failure::Failed),
        }
    }
}

/// Everything `from` gives, as text, up to [`MAX_OUTPUT`] bytes; `None` beyond.
fn capped(from: impl Read) -> Option<String> {
    let mut buf = Vec::new();
    let n = from
        .take(MAX_OUTPUT as u64 + 1)
        .read_to_end(&mut buf)
        .ok()?;
    (n <= MAX_OUTPUT).then(|| String::from_utf8_lossy(&buf).into_owned())
}

/// The words of Tesseract's TSV output (level 5 rows with text), in reading order.
fn words(tsv: &str) -> Vec<Word> {
    tsv.lines()
        .filter_map(|row| {
            let f: Vec<&str> = row.split('\t').collect();
            if f.len() != 12 || f[0] != "5" {
                return None;
            }
            let n = |i: usize| f[i].parse::<u32>().ok();
            let text = f[11].trim();
            (!text.is_empty()).then_some(())?;
            Some(Word {
                text: text.to_owned(),
                line: (n(2)?, n(3)?, n(4)?),
                bounds: (n(6)?, n(7)?, n(8)?, n(9)?),
            })
        })
        .collect()
}

/// The words as lines of text, a space between words and a line break between lines.
pub(super) fn lines(words: &[Word]) -> String {
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(if words[k - 1].line == w.line {
                ' '
            } else {
                '\n'
            });
        }
        out.push_str(&w.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tsv_output_is_read_into_words_and_lines() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            4\t1\t1\t1\t1\t0\t10\t10\t200\t20\t-1\t\n\
            5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t90\t1\n\
            5\t1\t1\t1\t1\t2\t40\t10\t80\t20\t90\tQ4FG0P\n\
            5\t1\t1\t1\t2\t1\t40\t40\t80\t20\t90\tB80Y8K\n\
            5\t1\t1\t1\t2\t2\t40\t40\t80\t20\t90\t \n";
        let w = words(tsv);
        assert_eq!(w.len(), 3);
        assert_eq!(w[1].bounds, (40, 10, 80, 20));
        assert_eq!(lines(&w), "1 Q4FG0P\nB80Y8K");
    }

    #[test]
    fn a_missing_program_is_unavailable() {
        let engine = Engine {
            program: "/nonexistent/tesseract",
            deadline: Instant::now() + Duration::from_secs(5),
            stop: &|| false,
        };
        let img = GrayImage::new(8, 8);
        assert_eq!(engine.words(&img, 6), Err(Failure::Unavailable));
    }

    #[test]
    fn output_beyond_the_cap_is_refused() {
        let big = vec![b'A'; MAX_OUTPUT + 1];
        assert_eq!(capped(&big[..]), None);
        assert_eq!(capped(&big[..10]).as_deref(), Some("AAAAAAAAAA"));
    }
}
