//! `heirloom print` and `heirloom render`: card files laid out for paper, through the core's
//! renderer (the same the app uses). Only public card data is involved: no passphrase is
//! read.

use std::io;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use heirloom_core::files;
use heirloom_core::registry::Timestamp;
use heirloom_core::render::{self, CardSheet, GuideLanguage, Paper, PassphraseLine, PrintOptions};
use heirloom_core::Holder;

use crate::cards;
use crate::exit::Failure;
use crate::sets::{self, fingerprint_arg};

/// What is printed on the cards besides the card itself.
#[derive(Args, Debug)]
pub struct Metadata {
    /// The set's label, printed on every card (at most 64 characters).
    #[arg(long)]
    label: Option<String>,
    /// The date printed on the cards, YYYY-MM-DD (default: today).
    #[arg(long)]
    date: Option<String>,
    /// The wallet fingerprint (8 hex digits, as `split` prints it), so the family can check
    /// they recovered the right wallet.
    #[arg(long)]
    fingerprint: Option<String>,
    /// Who keeps card I, and where: "I=NAME, PLACE". Repeat for each card. A name has at
    /// most 64 characters, a place 128.
    #[arg(long = "holder", value_name = "I=NAME, PLACE")]
    holders: Vec<String>,
    /// Which cards have a line to hand-write the passphrase on: the first card given (the
    /// family guide advises writing it on one card at most), every card, or none.
    #[arg(long, value_enum, default_value = "first")]
    passphrase_line: LineArg,
    /// No line for the passphrase on any card: the same as --passphrase-line none.
    #[arg(long, conflicts_with = "passphrase_line")]
    no_passphrase_line: bool,
}

impl Metadata {
    fn passphrase_line(&self) -> PassphraseLine {
        match (self.no_passphrase_line, self.passphrase_line) {
            (true, _) | (false, LineArg::None) => PassphraseLine::None,
            (false, LineArg::First) => PassphraseLine::FirstCard,
            (false, LineArg::Every) => PassphraseLine::EveryCard,
        }
    }
}

/// `--passphrase-line` on the command line.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum LineArg {
    /// No card.
    None,
    /// The first card given only.
    First,
    /// Every card.
    Every,
}

/// Paper sizes on the command line.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum PaperArg {
    A4,
    Letter,
}

/// `heirloom print`: the PDF print job.
pub fn print(
    out: &Path,
    paper: PaperArg,
    per_page: u8,
    language: GuideLanguage,
    meta: &Metadata,
    files: &[PathBuf],
) -> Result<(), Failure> {
    refuse_existing(out)?;
    let sheets = sheets(meta, files)?;
    let options = PrintOptions {
        paper: match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        per_page,
        passphrase_line: meta.passphrase_line(),
        language,
    };
    let pdf = render::pdf(&sheets, &options)?;
    write_out(out, &pdf)?;
    eprintln!(
        "Wrote {} card{} and the family guide to {}",
        sheets.len(),
        if sheets.len() == 1 { "" } else { "s" },
        out.display()
    );
    Ok(())
}

/// `heirloom render --png DIR`: one picture per card.
pub fn render_png(dir: &Path, dpi: u32, meta: &Metadata, files: &[PathBuf]) -> Result<(), Failure> {
    let sheets = sheets(meta, files)?;
    let options = PrintOptions {
        passphrase_line: meta.passphrase_line(),
        ..PrintOptions::default()
    };
    let path = |s: &CardSheet| dir.join(format!("card-{}.png", s.card.header().index));
    for s in &sheets {
        refuse_existing(&path(s))?;
    }
    let pictures = render::pngs(&sheets, &options, dpi)?;
    let files: Vec<(PathBuf, Vec<u8>)> = sheets.iter().map(path).zip(pictures).collect();
    cards::write_files(dir, &files, "the pictures", "No picture was written")?;
    eprintln!("Wrote {} card pictures to {}", sheets.len(), dir.display());
    Ok(())
}

fn sheets(meta: &Metadata, files: &[PathBuf]) -> Result<Vec<CardSheet>, Failure> {
    let parsed = cards::read_all(files)?;
    let fingerprint = meta
        .fingerprint
        .as_deref()
        .map(fingerprint_arg)
        .transpose()?;
    let date = match &meta.date {
        Some(d) if valid_date(d) => d.clone(),
        Some(_) => return Err(Failure::input("--date takes a date as YYYY-MM-DD.")),
        None => Timestamp::now().date(),
    };
    let mut holders = Vec::new();
    for h in &meta.holders {
        let numbered =
            sets::parse_holder(h).map_err(|e| Failure::input(&format!("--holder \"{h}\": {e}")))?;
        holders.push(numbered);
    }
    if let Some((i, _)) = holders
        .iter()
        .find(|(i, _)| !parsed.iter().any(|c| c.header().index == *i))
    {
        return Err(Failure::input(&format!(
            "--holder names card {i}, which is not among the cards given."
        )));
    }
    // Every number is a given card's by now, so none is out of range.
    let holders = Holder::in_card_order(&holders, u8::MAX)?;
    let label = meta.label.as_deref().unwrap_or_default();
    Ok(CardSheet::for_cards(
        &parsed,
        label,
        &date,
        fingerprint,
        &holders,
    ))
}

fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let ok = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    if parts.len() != 3 || !ok(parts[0], 4) || !ok(parts[1], 2) || !ok(parts[2], 2) {
        return false;
    }
    let (m, day): (u32, u32) = (parts[1].parse().unwrap_or(0), parts[2].parse().unwrap_or(0));
    (1..=12).contains(&m) && (1..=31).contains(&day)
}

fn refuse_existing(path: &Path) -> Result<(), Failure> {
    if cards::taken(path) {
        return Err(exists(path));
    }
    Ok(())
}

fn exists(path: &Path) -> Failure {
    Failure::input(&format!(
        "{} already exists. Heirloom never overwrites files: choose another name.",
        path.display()
    ))
}

/// Writes `path` through `files::write_new` (`0600`, whole or not at all, never over an
/// existing file), with the failure in words.
fn write_out(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    files::write_new(path, bytes).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            exists(path)
        } else {
            Failure::Io(format!(
                "Could not write {}: {e}. Nothing was written.",
                path.display()
            ))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(valid_date("2026-11-23"));
        assert!(!valid_date("23/11/2026") && !valid_date("2026-13-01"));
        assert!(valid_date(&Timestamp::now().date()));
    }
}
