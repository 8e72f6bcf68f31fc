//! `heirloom split`: a phrase from standard input made into a set of card files, checked
//! and recorded through the core's [`NewSet`], as the app makes and records its sets.

use std::path::PathBuf;

use clap::Args;
use heirloom_core::registry::{NewSet, Registry};
use heirloom_core::{self as core, Holder, KdfParams, Passphrase, SetId, SetParams};

use crate::exit::Failure;
use crate::{cards, secrets, sets};

/// What `heirloom split` takes besides standard input.
#[derive(Args, Debug)]
pub struct SplitArgs {
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
    holders: Vec<(u8, Holder)>,
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
}

/// Checks everything that can be checked before standard input is read, reads the phrase
/// and the passphrase, makes and writes the cards, then records the set.
pub fn run(args: SplitArgs) -> Result<(), Failure> {
    let kdf = KdfParams::from_mib(
        args.kdf_memory_mib,
        args.kdf_passes,
        KdfParams::DEFAULT.lanes(),
    )?;
    let chosen = chosen(&args)?;
    let input = secrets::split_input()?;
    let phrase = input.phrase;
    if !args.no_record {
        // Refused before anything is made: no cards of a set that can't be recorded.
        chosen.check_replacement(Registry::open_default().ok().as_ref(), phrase.fingerprint())?;
    }
    let (passphrase, generated) = match &input.passphrase {
        None => (Passphrase::generate(), true),
        Some(typed) => (Passphrase::chosen(typed)?, false),
    };
    cards::refuse_overwrite(&args.out, args.cards)?;
    let params = SetParams {
        threshold: args.threshold,
        count: args.cards,
        kdf,
    };
    let set = core::split(&phrase, &passphrase, params)?;
    cards::write_all(&args.out, &set)?;
    let h = *set[0].header();
    if generated {
        eprintln!(
            "Passphrase (write it down; it is not stored anywhere): {}",
            passphrase.normalized()
        );
    }
    eprintln!(
        "Made set {} ({}): {} cards, any {} recover; wallet fingerprint {}; cards in {}",
        h.set_id,
        args.label.as_deref().unwrap_or("no label"),
        h.count,
        h.threshold,
        phrase.fingerprint(),
        args.out.display()
    );
    if !args.no_record {
        record(&args, &chosen, &h, phrase.fingerprint())?;
    }
    Ok(())
}

/// The set asked for, refused when it could not be made or recorded: T and N, T = N
/// without --all-cards-needed, a holder of a card the set will not have, names over
/// their limits.
fn chosen(args: &SplitArgs) -> Result<NewSet, Failure> {
    let chosen = NewSet {
        threshold: args.threshold,
        count: args.cards,
        label: args.label.clone().unwrap_or_default(),
        wallet: args.wallet.clone().unwrap_or_default(),
        holders: Holder::in_card_order(&args.holders, args.cards)?,
        replaces: args.replaces,
    };
    chosen.check_acknowledged(args.all_cards_needed, every_card_needed)?;
    Ok(chosen)
}

/// Records the set made. The cards exist by now: a failure here says so, not hides them.
fn record(
    args: &SplitArgs,
    chosen: &NewSet,
    header: &core::Header,
    fingerprint: core::Fingerprint,
) -> Result<(), Failure> {
    let recorded = sets::registry().and_then(|reg| {
        sets::tell(chosen.record(&reg, header, fingerprint)?);
        Ok(reg.file())
    });
    let file = recorded.map_err(|f| {
        f.print();
        Failure::input(&format!(
            "The cards were made in {}, but the set was not recorded.",
            args.out.display()
        ))
    })?;
    eprintln!("Recorded set {} in {}", header.set_id, file.display());
    if let Some(old) = args.replaces {
        eprintln!(
            "Set {old} stays active until the new cards are proven: print them, check every one with `heirloom verify`, and retire the old cards only after `heirloom verify` says set {} is verified (it then marks set {old} retired).",
            header.set_id
        );
    }
    Ok(())
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
