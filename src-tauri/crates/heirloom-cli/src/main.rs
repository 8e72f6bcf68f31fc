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
mod verify;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use heirloom_core::{self as core, KdfParams, Passphrase, Phrase, SetId, SetParams};

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
    Split {
        /// Cards needed to recover (2 to N).
        #[arg(long, short = 't')]
        threshold: u8,
        /// Cards to make (T to 16).
        #[arg(long = "cards", short = 'n')]
        cards: u8,
        /// Folder for card-<i>.txt (created if missing; existing cards are never overwritten).
        #[arg(long)]
        out: PathBuf,
        /// A label for the set, shown in the summary and recorded (at most 64 characters).
        #[arg(long)]
        label: Option<String>,
        /// The wallet's name, recorded with the set (at most 64 characters).
        #[arg(long)]
        wallet: Option<String>,
        /// Who keeps card I and where, recorded with the set: "I=NAME, PLACE" (repeatable; a name
        /// has at most 64 characters, a place 128).
        #[arg(long = "holder", value_name = "I=NAME, PLACE", value_parser = sets::parse_holder)]
        holders: Vec<sets::Holder>,
        /// Allow T = N: every card is then needed, so losing any one card loses the wallet.
        #[arg(long)]
        all_cards_needed: bool,
        /// Do not record the set in this computer's record of backup sets.
        #[arg(long, conflicts_with = "replaces")]
        no_record: bool,
        /// Re-issue: the new set replaces this recorded set of the same wallet. The old set
        /// stays active until `heirloom verify` proves the new cards, and is retired then.
        #[arg(long, value_name = "SET_ID", value_parser = sets::parse_set_id)]
        replaces: Option<SetId>,
        /// Argon2id memory in MiB (power of two, 8 to 1024). For tests only: real sets use the default.
        #[arg(long, default_value_t = 256)]
        kdf_memory_mib: u32,
        /// Argon2id passes (1 to 8). For tests only: real sets use the default.
        #[arg(long, default_value_t = 3)]
        kdf_passes: u8,
    },
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
        Command::Generate { words, dice } => {
            let rolls = if dice {
                Some(secrets::read_all()?)
            } else {
                None
            };
            let phrase = Phrase::generate_mixed(words, rolls.as_ref().map(|r| r.as_str()))?;
            out::line(&phrase.words())?;
        }
        Command::Split {
            threshold,
            cards,
            out,
            label,
            wallet,
            holders,
            all_cards_needed,
            no_record,
            replaces,
            kdf_memory_mib,
            kdf_passes,
        } => {
            let kdf = KdfParams::from_mib(kdf_memory_mib, kdf_passes, KdfParams::DEFAULT.lanes())?;
            let params = SetParams {
                threshold,
                count: cards,
                kdf,
            };
            core::shamir::check_threshold(threshold, cards)?;
            if threshold == cards && !all_cards_needed {
                return Err(every_card_needed(cards));
            }
            sets::check_holders(&holders, cards)?;
            sets::check_names(label.as_deref(), wallet.as_deref())?;
            let input = secrets::split_input()?;
            let phrase = input.phrase;
            if let Some(old) = replaces {
                // Refused before anything is made: no cards of a set that can't be recorded.
                sets::check_replaceable(old, phrase.fingerprint())?;
            }
            let (passphrase, generated) = match &input.passphrase {
                None => (Passphrase::generate(), true),
                Some(chosen) => (Passphrase::chosen(chosen)?, false),
            };
            cards::refuse_overwrite(&out, cards)?;
            let set = core::split(&phrase, &passphrase, params)?;
            cards::write_all(&out, &set)?;
            let h = set[0].header();
            if generated {
                eprintln!(
                    "Passphrase (write it down; it is not stored anywhere): {}",
                    passphrase.normalized()
                );
            }
            eprintln!(
                "Made set {} ({}): {} cards, any {} recover; wallet fingerprint {}; cards in {}",
                h.set_id,
                label.as_deref().unwrap_or("no label"),
                h.count,
                h.threshold,
                phrase.fingerprint(),
                out.display()
            );
            if !no_record {
                // The cards exist by now; a failure here must say so, not hide them.
                let file = sets::record_split(
                    &set,
                    phrase.fingerprint(),
                    label.as_deref(),
                    wallet.as_deref(),
                    &holders,
                    replaces,
                )
                .map_err(|f| {
                    f.print();
                    Failure::input(&format!(
                        "The cards were made in {}, but the set was not recorded.",
                        out.display()
                    ))
                })?;
                eprintln!("Recorded set {} in {}", h.set_id, file.display());
                if let Some(old) = replaces {
                    eprintln!(
                        "Set {old} stays active until the new cards are proven: print them, check every one with `heirloom verify`, and retire the old cards only after `heirloom verify` says set {} is verified (it then marks set {old} retired).",
                        h.set_id
                    );
                }
            }
        }
        Command::Verify { fingerprint, cards } => verify::run(&cards, fingerprint.as_deref())?,
        Command::Combine { cards } => combine::run(&cards)?,
        Command::Scan { files } => {
            let (found, failure) = images::scan_all(&files);
            let texts = images::card_texts(found);
            if !texts.is_empty() {
                out::print(&(texts.join("\n") + "\n"))?;
            }
            if let Some(f) = failure {
                return Err(f);
            }
        }
        Command::Recover { files } => {
            let (found, failure) = images::scan_all(&files);
            if let Some(f) = failure {
                return Err(f);
            }
            let (parsed, origins) = images::cards_in(&found)?;
            for (card, origin) in parsed.iter().zip(&origins) {
                images::announce(card, origin);
            }
            core::check_cards_blaming(&parsed).map_err(|b| cards::blamed(&origins, b))?;
            if let Some(first) = parsed.first() {
                sets::warn_if_retired(first.header().set_id);
            }
            let passphrase = Passphrase::new(&secrets::passphrase()?)?;
            let phrase = core::combine_blaming(&parsed, &passphrase)
                .map_err(|b| cards::blamed(&origins, b))?;
            out::line(&phrase.words())?;
        }
        Command::Print {
            out,
            paper,
            per_page,
            meta,
            cards,
        } => print::print(&out, paper, per_page, &meta, &cards)?,
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
            Command::Split { .. } | Command::Print { .. } | Command::Render { .. } => false,
        }
    }
}

/// Why T = N is refused without --all-cards-needed, and what to choose instead.
fn every_card_needed(count: u8) -> Failure {
    let instead = if count > 2 {
        format!("-t {} (any {} of the {count} cards)", count - 1, count - 1)
    } else {
        "-t 2 -n 3 (any 2 of 3 cards)".to_owned()
    };
    Failure::input(&format!(
        "With -t {count} -n {count} every card is needed: losing any one card loses the wallet. Choose {instead}, so that one card can be lost, or add --all-cards-needed if every card must be needed."
    ))
}
