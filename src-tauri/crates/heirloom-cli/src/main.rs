//! `heirloom`: the core on the command line. Secrets come only from standard input, never
//! from arguments (which other users can read in the process list and shells keep in
//! history). Standard output carries only the result; everything else goes to stderr.

mod cards;
mod combine;
mod exit;
mod images;
mod manual;
mod out;
mod print;
mod secrets;
mod sets;
mod split;
mod verify;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use heirloom_core::render::GuideLanguage;
use heirloom_core::{self as core, Language, Phrase};

use crate::exit::Failure;

#[derive(Parser, Debug)]
#[command(
    name = "heirloom",
    version = concat!(env!("CARGO_PKG_VERSION"), " (commit ", env!("HEIRLOOM_COMMIT"), ")"),
    about = "Split a recovery phrase into shard cards, and bring it back."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print a new recovery phrase.
    Generate {
        /// Number of words: 12, 15, 18, 21 or 24.
        #[arg(long, default_value_t = 24)]
        words: usize,
        /// Mix in dice rolls (digits 1-6) read from standard input.
        #[arg(long)]
        dice: bool,
        /// The word list, by its English name: english, spanish, french, italian,
        /// portuguese, czech, japanese, korean, chinese_simplified or chinese_traditional.
        /// Many wallets accept only English words: check that yours takes these.
        #[arg(long, default_value = "english", value_parser = parse_language)]
        language: Language,
    },
    /// Split a phrase into cards.
    ///
    /// Standard input: the recovery phrase, on one line or several, up to the first empty
    /// line (or the end of the input); then, on the one line after that empty line, the
    /// passphrase. With no passphrase line (or an empty one) six words are generated and
    /// printed on stderr. A phrase over several lines whose first lines already make a whole
    /// phrase is refused, not guessed at: put it on one line. Standard input is at most
    /// 4096 bytes.
    ///
    /// Example: printf '%s\n\n%s\n' "$PHRASE" "$PASSPHRASE" | heirloom split -t 3 -n 5 --out cards/
    Split(split::SplitArgs),
    /// Check a printed set before handing it out: every card of the set, every way to combine
    /// T of them, and the wallet they give against this computer's record of the set (or
    /// --fingerprint). Records the set as verified, which retires the set it replaces.
    /// Standard input: the passphrase, typed as it is written on paper, on one line.
    Verify {
        /// The fingerprint printed on the cards (8 hex digits), for a set not recorded on this
        /// computer. Without it or a record, the fingerprint found is printed to compare.
        #[arg(long, value_name = "HEX")]
        fingerprint: Option<String>,
        /// Card text files, one card per file (text, at most 16 KiB each): every card of
        /// the set.
        #[arg(required = true)]
        cards: Vec<PathBuf>,
    },
    /// Combine cards into the phrase. Standard input: the passphrase, on one line.
    ///
    /// A typed card whose text fails its checks is corrected once the passphrase is known,
    /// but only when the card's own check (its tag) proves the correction: one or two wrong
    /// characters, two neighbours swapped, one character missing or doubled. What was
    /// corrected is said on stderr, group by group, so it can be checked against the card;
    /// standard output carries only the phrase.
    Combine {
        /// Card text files, one card per file (text, at most 16 KiB each).
        #[arg(required = true)]
        cards: Vec<PathBuf>,
    },
    /// Print the text of every card's QR code in pictures (PNG, JPEG) and scanned PDFs, one
    /// per line. Other QR codes (a serial number, a parcel code) are set aside with a note on
    /// stderr. Exits 0 even when none is found.
    Scan {
        /// Pictures or PDFs.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Scan pictures or PDFs of cards and combine the cards found. QR codes that are not
    /// cards are set aside with a note on stderr. Standard input: the passphrase, on one line.
    Recover {
        /// Pictures or PDFs.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Lay cards out as a PDF to print: the cards (with cut marks when several share a
    /// page), a recovery guide for the family and a summary of the card format. Needs no
    /// passphrase.
    Print {
        /// The PDF to write (never overwritten).
        #[arg(long)]
        out: PathBuf,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: print::PaperArg,
        /// Cards per page, 1 to 4.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=4))]
        per_page: u8,
        /// The language of the family guide page: en, es, fr, de, pt, it, ja or zh-Hans.
        /// Default: the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
        /// English. The cards and the format summary for programmers stay in English.
        #[arg(long, value_parser = parse_guide_language)]
        language: Option<GuideLanguage>,
        #[command(flatten)]
        meta: print::Metadata,
        /// Card text files, one card per file (text, at most 16 KiB each).
        #[arg(required = true)]
        cards: Vec<PathBuf>,
    },
    /// Draw each card as a picture, DIR/card-<i>.png. Needs no passphrase.
    Render {
        /// Folder for the pictures (created if missing; existing pictures are never overwritten).
        #[arg(long, value_name = "DIR")]
        png: PathBuf,
        /// Resolution of the pictures, 72 to 1200 dots per inch.
        #[arg(long, default_value_t = 300)]
        dpi: u32,
        #[command(flatten)]
        meta: print::Metadata,
        /// Card text files, one card per file (text, at most 16 KiB each).
        #[arg(required = true)]
        cards: Vec<PathBuf>,
    },
    /// Print a card's public header as `key: value` lines. Needs no passphrase.
    Inspect {
        /// A card text file (text, at most 16 KiB).
        card: PathBuf,
    },
    /// The record of backup sets on this computer (shared with the app).
    Sets {
        #[command(subcommand)]
        command: sets::SetsCommand,
    },
    /// Check a card without the passphrase: intact or not, which set and card, and whether
    /// the set is active, retired or unknown here. Records the check date.
    Check {
        /// A card text file (text, at most 16 KiB).
        card: PathBuf,
    },
}

fn main() -> ExitCode {
    // Before any secret is read: a crash or SIGQUIT must not leave the phrase in a core file.
    if let Some(e) = heirloom_core::harden::process().core_dumps {
        eprintln!("heirloom: warning: could not turn off core dumps ({e})");
    }
    out::note_closed_stdout();
    if let Some(code) = manual::write_if_asked::<Cli>() {
        return code;
    }
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

fn run(command: Command) -> Result<(), Failure> {
    if command.prints_a_result() {
        out::ready()?;
    }
    match command {
        Command::Generate {
            words,
            dice,
            language,
        } => {
            let rolls = if dice {
                Some(secrets::read_all()?)
            } else {
                None
            };
            let phrase = Phrase::generate_in(words, rolls.as_ref().map(|r| r.as_str()), language)?;
            out::line(&phrase.words())?;
        }
        Command::Split(args) => split::run(args)?,
        Command::Verify { fingerprint, cards } => verify::run(&cards, fingerprint.as_deref())?,
        Command::Combine { cards } => combine::run(&cards)?,
        Command::Scan { files } => {
            let scanned = images::scan_all(&files);
            let mut texts = images::card_texts(scanned.codes);
            texts.extend(scanned.printed.into_iter().map(|(_, t)| t));
            if !texts.is_empty() {
                out::print(&(texts.join("\n") + "\n"))?;
            }
            if let Some(f) = scanned.failure {
                return Err(f);
            }
        }
        Command::Recover { files } => images::recover(&files)?,
        Command::Print {
            out,
            paper,
            per_page,
            language,
            meta,
            cards,
        } => {
            let language = language
                .unwrap_or_else(|| GuideLanguage::from_environment(|v| std::env::var(v).ok()));
            print::print(&out, paper, per_page, language, &meta, &cards)?
        }
        Command::Render {
            png,
            dpi,
            meta,
            cards,
        } => print::render_png(&png, dpi, &meta, &cards)?,
        Command::Inspect { card } => {
            let c = cards::read_one(&card)?;
            out::print(&cards::describe(&c))?;
        }
        Command::Sets { command } => sets::run(command)?,
        Command::Check { card } => sets::check(&card)?,
    }
    Ok(())
}

/// A word list by the name the card format and `inspect` give it (any case; `-` for `_`).
fn parse_language(name: &str) -> Result<Language, String> {
    core::language_from_name(name).ok_or_else(|| {
        let names: Vec<&str> = core::LANGUAGES
            .iter()
            .map(|&l| core::language_name(l))
            .collect();
        format!(
            "there is no word list named {:?}; choose one of {}",
            name.chars().take(40).collect::<String>(),
            names.join(", ")
        )
    })
}

fn parse_guide_language(tag: &str) -> Result<GuideLanguage, String> {
    GuideLanguage::from_tag(tag).ok_or_else(|| {
        let tags: Vec<&str> = GuideLanguage::ALL.iter().map(|l| l.code()).collect();
        format!(
            "the family guide is not printed in {:?}; choose one of {}",
            tag.chars().take(40).collect::<String>(),
            tags.join(", ")
        )
    })
}

impl Command {
    /// Whether the command's result goes to standard output (which must then be open).
    fn prints_a_result(&self) -> bool {
        match self {
            Command::Generate { .. }
            | Command::Verify { .. }
            | Command::Combine { .. }
            | Command::Scan { .. }
            | Command::Recover { .. }
            | Command::Inspect { .. }
            | Command::Check { .. } => true,
            Command::Sets { command } => matches!(command, sets::SetsCommand::List),
            Command::Split(_) | Command::Print { .. } | Command::Render { .. } => false,
        }
    }
}
