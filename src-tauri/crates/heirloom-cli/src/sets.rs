//! `heirloom sets …` and `heirloom check`: the record of backup sets that the app keeps too
//! (the same file; see the README), and a card check-up.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use heirloom_core::registry::{Outcome, Registry, SetRecord, SetStatus, Timestamp};
use heirloom_core::{escape_controls, Card, Fingerprint, Holder, SetId};

use crate::cards;
use crate::exit::Failure;

#[derive(Subcommand, Debug)]
pub enum SetsCommand {
    /// One set per line: id, label, T/N, status, last check (tab-separated; control
    /// characters in a label are shown escaped, as \t, \n or \u{1b}).
    List,
    /// Mark a set retired. Its cards still recover the wallet; check-ups and recovery warn.
    Retire {
        /// The set id: 16 hex digits, as on the cards.
        #[arg(value_parser = parse_set_id)]
        set_id: SetId,
        /// The set that replaces it.
        #[arg(long, value_parser = parse_set_id)]
        replaced_by: Option<SetId>,
    },
    /// Write the whole record to a new file, for another computer or the family.
    Export {
        /// The file to write; an existing file is never overwritten.
        file: PathBuf,
    },
    /// Merge a record exported elsewhere into this computer's record (at most 128 MB and
    /// 100,000 sets; labels up to 64 characters, names 64, places 128).
    Import {
        /// A file made by `heirloom sets export` or the app's Export.
        file: PathBuf,
    },
}

/// Who keeps card I and where, from `--holder "I=NAME, PLACE"` (`split`, `print`,
/// `render`): the card's number, a name, and optionally a place, within their limits and
/// without control characters.
pub fn parse_holder(s: &str) -> Result<(u8, Holder), String> {
    let form = "write it as I=NAME or I=NAME, PLACE, e.g. 2=Alice, Lisbon.";
    let (index, rest) = s.split_once('=').ok_or(form)?;
    let index: u8 = index
        .trim()
        .parse()
        .map_err(|_| format!("{:?} is not a card number: {form}", index.trim()))?;
    let (name, place) = rest.split_once(',').unwrap_or((rest, ""));
    let holder = Holder::new(name, place);
    if index == 0 || holder.name.is_empty() {
        return Err(form.to_owned());
    }
    holder.check().map_err(|e| e.to_string())?;
    Ok((index, holder))
}

/// A wallet fingerprint given as an argument (`--fingerprint`), refused in one line.
pub fn fingerprint_arg(hex: &str) -> Result<Fingerprint, Failure> {
    Fingerprint::from_hex(hex).ok_or(Failure::input(
        "--fingerprint takes the wallet fingerprint as 8 hex digits, e.g. 73c5da0a.",
    ))
}

pub fn parse_set_id(s: &str) -> Result<SetId, String> {
    SetId::from_hex(s).ok_or_else(|| "a set id is 16 hex digits (0-9, a-f), as on the cards".into())
}

pub fn registry() -> Result<Registry, Failure> {
    Ok(Registry::open_default()?)
}

/// The value, after telling the person if a damaged record had to be moved aside.
pub fn tell<T>(outcome: Outcome<T>) -> T {
    if let Some(kept) = outcome.kept_aside {
        eprintln!(
            "heirloom: the record of backup sets was damaged and could not be read; it was kept as {} and a new record was started",
            kept.display()
        );
    }
    outcome.value
}

pub fn run(command: SetsCommand) -> Result<(), Failure> {
    let reg = registry()?;
    match command {
        SetsCommand::List => {
            let record = reg.read()?;
            if record.is_newer() {
                eprintln!("heirloom: this record was made by a newer Heirloom; it is shown as far as this version understands it, and it can't be changed");
            }
            for set in &record.sets {
                println!("{}", list_line(set));
            }
            if record.sets.is_empty() {
                eprintln!("heirloom: no backup sets are recorded on this computer");
            }
        }
        SetsCommand::Retire {
            set_id,
            replaced_by,
        } => {
            tell(reg.retire(set_id, replaced_by)?);
            eprintln!("Set {set_id} is retired. Its cards still recover the wallet.");
        }
        SetsCommand::Export { file } => {
            if !reg.export_new(&file)? {
                return Err(Failure::input(&format!(
                    "{} already exists. Heirloom never overwrites it: choose a new file name.",
                    file.display()
                )));
            }
            eprintln!("Record of backup sets written to {}", file.display());
        }
        SetsCommand::Import { file } => {
            let summary = tell(reg.import(&file).map_err(|e| match e {
                // Its message names the file already.
                e @ heirloom_core::Error::RecordFileTooLarge { .. } => Failure::from(e),
                e => Failure::card(&file, e),
            })?);
            eprintln!(
                "Imported {}: {} new set{}, {} updated.",
                file.display(),
                summary.added,
                if summary.added == 1 { "" } else { "s" },
                summary.updated
            );
        }
    }
    Ok(())
}

fn list_line(set: &SetRecord) -> String {
    let label = if set.label.trim().is_empty() {
        "-"
    } else {
        set.label.as_str()
    };
    let last = set
        .last_check()
        .map_or_else(|| "never".to_owned(), Timestamp::date);
    format!(
        "{}\t{}\t{}/{}\t{}\t{}",
        set.id,
        escape_controls(label),
        set.threshold,
        set.count,
        set.status().as_str(),
        last
    )
}

/// `heirloom check`: which set and card, and the set's status; the date is recorded.
pub fn check(path: &Path) -> Result<(), Failure> {
    let card: Card = cards::read_one(path)?;
    let check = tell(registry()?.check_card(&card)?);
    let mut out = String::new();
    let _ = writeln!(out, "intact: yes");
    let _ = writeln!(out, "set_id: {}", check.set_id);
    let _ = writeln!(out, "card: {}", check.index);
    let _ = writeln!(out, "cards: {}", check.count);
    let _ = writeln!(out, "threshold: {}", check.threshold);
    let _ = writeln!(out, "status: {}", check.status.as_str());
    if let Some(set) = &check.set {
        // Text from the record (perhaps imported or edited by hand) never forges a line.
        if !set.label.is_empty() {
            let _ = writeln!(out, "label: {}", escape_controls(&set.label));
        }
        if let Some(c) = set.card(check.index).filter(|c| !c.holder.is_empty()) {
            let _ = writeln!(out, "holder: {}", escape_controls(&c.holder));
        }
    }
    if let SetStatus::Retired { at, replaced_by } = &check.status {
        let _ = writeln!(out, "retired: {}", at.date());
        if let Some(id) = replaced_by {
            let _ = writeln!(out, "replaced_by: {id}");
        }
    }
    print!("{out}");
    match &check.status {
        SetStatus::Retired { .. } => retired_warning(check.set_id, &check.status),
        SetStatus::Unknown => eprintln!(
            "heirloom: this computer has no record of set {}. If it was made on another computer, import that computer's record with `heirloom sets import`.",
            check.set_id
        ),
        SetStatus::Active => {}
    }
    Ok(())
}

fn retired_warning(id: SetId, status: &SetStatus) {
    if let SetStatus::Retired { at, replaced_by } = status {
        let newer = match replaced_by {
            Some(new) => format!(" and replaced by set {new}"),
            None => String::new(),
        };
        eprintln!(
            "heirloom: warning: set {id} was retired on {}{newer}. Its cards still recover the wallet, but they are no longer the ones to keep.",
            at.date()
        );
    }
}

/// Warns on stderr when cards being combined belong to a retired set. Never fails and
/// never waits: the record is read without its lock, and must not stand between a family
/// and its wallet.
pub fn warn_if_retired(id: SetId) {
    if let Ok(Ok(record)) = Registry::open_default().map(|r| r.read()) {
        retired_warning(id, &record.status(id));
    }
}

/// The fingerprint a set must give to be verified: the one this computer recorded for it,
/// else the one printed on the cards that the person typed; `None` when neither is known.
/// The two disagreeing is refused before anything is checked.
pub fn expected_fingerprint(
    id: SetId,
    printed: Option<Fingerprint>,
) -> Result<Option<Fingerprint>, Failure> {
    let recorded = registry()?.read()?.set(id).map(|s| s.fingerprint);
    match (recorded, printed) {
        (Some(r), Some(p)) if r != p => Err(Failure::input(&format!(
            "This computer's record says set {id} is a backup of the wallet with fingerprint {r}, but --fingerprint says {p}. Check the fingerprint printed on the cards; nothing was checked."
        ))),
        (r, p) => Ok(r.or(p)),
    }
}

/// Records that every card of a set was verified, which retires the set it replaces; says
/// so on stderr. A set not recorded here is only mentioned.
pub fn record_verified(id: SetId) -> Result<(), Failure> {
    let reg = registry()?;
    let retired = match reg.mark_verified(id) {
        Ok(outcome) => tell(outcome),
        Err(heirloom_core::Error::SetNotFound { .. }) => {
            eprintln!("Set {id} is not in this computer's record of backup sets, so the check was not recorded here.");
            return Ok(());
        }
        Err(e) => {
            Failure::from(e).print();
            return Err(Failure::input(&format!(
                "The cards of set {id} are verified, but that could not be recorded."
            )));
        }
    };
    eprintln!("Recorded set {id} as verified in {}", reg.file().display());
    if let Some(old) = retired {
        eprintln!(
            "Set {old} is now retired, replaced by set {id}, whose cards are proven. Its cards still recover the wallet: collect and destroy them once the new cards are handed out."
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_are_numbered_named_and_bounded() {
        let (i, h) = parse_holder("3=Aunt Marie, Lyon, France").unwrap();
        assert_eq!(
            (i, h.name.as_str(), h.place.as_str()),
            (3, "Aunt Marie", "Lyon, France")
        );
        let (_, h) = parse_holder("1= Bob ").unwrap();
        assert_eq!((h.name.as_str(), h.place.as_str()), ("Bob", ""));
        for bad in ["Bob, Paris", "0=Bob", "x=Bob", "2=", "2=, Lyon"] {
            let e = parse_holder(bad).unwrap_err();
            assert!(e.contains("I=NAME, PLACE"), "{bad}: {e}");
        }
        assert!(parse_holder("1=Alice\nstatus: retired")
            .unwrap_err()
            .contains("control character"));
        assert!(parse_holder(&format!("2=Bob, {}", "p".repeat(129))).is_err());
    }
}
