//! The record of backup sets: the home screen's list, card check-ups, retiring a set, and
//! the record's export and import. Public bookkeeping only; no passphrase, no phrase.

use heirloom_core::registry::{
    CardCheck, Outcome, Registry, SetRecord, Timestamp, DEFAULT_CHECK_INTERVAL_DAYS,
};
use heirloom_core::{Card, Error, Holder, SetId};
use tauri::ipc::Request;
use tauri::{AppHandle, Manager, Runtime};

use crate::choose;
use crate::commands::{off_main, print, scanning};
use crate::error::{CmdResult, IpcError};
use crate::state::AppState;
use crate::views::{
    CardCheckView, CheckResult, ImportView, SavedView, SetCardView, SetView, SetsView,
};

fn registry(state: &AppState) -> CmdResult<&Registry> {
    state
        .registry
        .as_ref()
        .ok_or_else(|| Error::NoDataFolder.into())
}

fn kept_aside<T>(outcome: &Outcome<T>) -> Option<String> {
    outcome.kept_aside.as_ref().map(|p| p.display().to_string())
}

fn set_view(set: &SetRecord, now: Timestamp, interval_days: u32) -> SetView {
    SetView {
        set_id: set.id.to_string(),
        label: set.label.clone(),
        wallet: set.wallet.clone(),
        fingerprint: set.fingerprint.to_string(),
        made: set.made.date(),
        threshold: set.threshold,
        count: set.count,
        status: set.status().as_str(),
        retired_on: set.retired.as_ref().map(|r| r.at.date()),
        replaced_by: set
            .retired
            .as_ref()
            .and_then(|r| r.replaced_by)
            .map(|id| id.to_string()),
        verified_on: set.verified_at.map(Timestamp::date),
        replaces: set.replaces.map(|id| id.to_string()),
        last_check: set.last_check().map(Timestamp::date),
        needs_check: set.needs_check(now, interval_days),
        cards: set.cards.iter().map(SetCardView::from).collect(),
    }
}

/// Every set in the record, newest first as the person thinks of them (the record keeps
/// them oldest first).
fn sets_view(registry: &Registry, kept: Option<String>) -> CmdResult<SetsView> {
    let record = registry.read()?;
    let now = Timestamp::now();
    let interval = record.check_interval();
    Ok(SetsView {
        sets: record
            .sets
            .iter()
            .rev()
            .map(|s| set_view(s, now, interval))
            .collect(),
        kept_aside: kept,
        interval_days: interval,
    })
}

/// Every set this computer's record knows, newest first.
#[tauri::command]
pub async fn list_sets<R: Runtime>(app: AppHandle<R>) -> CmdResult<SetsView> {
    off_main(&app, |state| match state.registry.as_ref() {
        Some(registry) => sets_view(registry, None),
        None => Ok(SetsView {
            sets: Vec::new(),
            kept_aside: None,
            interval_days: DEFAULT_CHECK_INTERVAL_DAYS,
        }),
    })
    .await
}

fn check_view(check: CardCheck) -> CardCheckView {
    let holder = check
        .set
        .as_ref()
        .and_then(|s| s.card(check.index))
        .map(|c| (c.holder.clone(), c.place.clone()));
    CardCheckView {
        set_id: check.set_id.to_string(),
        index: check.index,
        threshold: check.threshold,
        count: check.count,
        status: check.status.as_str(),
        label: check.set.as_ref().map(|s| s.label.clone()),
        made: check.set.as_ref().map(|s| s.made.date()),
        retired_on: check
            .set
            .as_ref()
            .and_then(|s| s.retired.as_ref())
            .map(|r| r.at.date()),
        holder: holder.as_ref().map(|h| h.0.clone()),
        place: holder.map(|h| h.1),
        checked_on: check.recorded.then(|| Timestamp::now().date()),
    }
}

/// Checks one card (intact, which set, which card, the set's status) and records the date
/// when the set is known. An unknown set is still answered: it is only not recorded.
fn check_one(state: &AppState, text: &str) -> CmdResult<(CardCheckView, Option<String>)> {
    check_card_of(state, Card::from_text(text)?)
}

/// [`check_one`] of a card already decoded.
fn check_card_of(state: &AppState, card: Card) -> CmdResult<(CardCheckView, Option<String>)> {
    match state.registry.as_ref() {
        Some(registry) => {
            let outcome = registry.check_card(&card)?;
            let kept = kept_aside(&outcome);
            Ok((check_view(outcome.value), kept))
        }
        None => {
            let h = card.header();
            Ok((
                CardCheckView {
                    set_id: h.set_id.to_string(),
                    index: h.index,
                    threshold: h.threshold,
                    count: h.count,
                    status: "unknown",
                    label: None,
                    made: None,
                    retired_on: None,
                    holder: None,
                    place: None,
                    checked_on: None,
                },
                None,
            ))
        }
    }
}

/// A card check-up from the text printed under its QR code. No passphrase: the card's own
/// checksum says whether it is intact, and where a typo is.
#[tauri::command]
pub async fn check_card<R: Runtime>(app: AppHandle<R>, text: String) -> CmdResult<CheckResult> {
    off_main(&app, move |state| {
        let (check, kept_aside) = check_one(state, &text)?;
        Ok(CheckResult {
            checks: vec![check],
            problems: Vec::new(),
            kept_aside,
            read_from_printed_text: false,
        })
    })
    .await
}

/// A card check-up from a picture or PDF: the file's bytes as the raw body, and optionally
/// a progress channel (see [`scanning::read_file`]). Every card in it is checked; the codes
/// that are not good cards come back as problems, and so does the note about pages not read.
#[tauri::command]
pub async fn check_card_file<R: Runtime>(
    webview: tauri::Webview<R>,
    request: Request<'_>,
) -> CmdResult<CheckResult> {
    let codes = scanning::read_file(&webview, &request).await?;
    codes.cancelled()?;
    let (texts, printed) = (codes.texts.clone(), codes.printed.clone());
    let mut result = off_main(webview.app_handle(), move |state| {
        let mut result = check_all(state, &texts);
        // No code gave a card, but the printed text was read: a reading that passes every
        // group's check is the card, checked as a typed one is; one that does not goes back
        // to the person with the group that fails, to compare with the card (no passphrase
        // here proves a correction). A failure that is not the reading's is said as it is.
        for t in &printed {
            let card = match Card::from_text(t) {
                Ok(card) => card,
                Err(e) => {
                    let group = match e {
                        Error::Typo { group } => Some(group),
                        _ => None,
                    };
                    result.problems.push(IpcError::printed_unsure(t, group));
                    continue;
                }
            };
            match check_card_of(state, card) {
                Ok((check, kept)) => {
                    result.checks.push(check);
                    result.kept_aside = result.kept_aside.take().or(kept);
                    result.read_from_printed_text = true;
                }
                Err(e) => result.problems.push(e),
            }
        }
        Ok(result)
    })
    .await?;
    result.problems.extend(codes.note);
    Ok(result)
}

/// A card check-up through the camera: one grey frame (see [`scanning::read_frame`]). The
/// camera sees a card many times a second, so the cards in `x-seen` ("SETID:INDEX",
/// comma-separated: those already shown) are passed over: neither answered again nor
/// recorded again.
#[tauri::command]
pub async fn check_card_frame<R: Runtime>(
    app: AppHandle<R>,
    request: Request<'_>,
) -> CmdResult<CheckResult> {
    let seen: Vec<(SetId, u8)> = request
        .headers()
        .get("x-seen")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .split(',')
        .filter_map(|k| {
            let (id, index) = k.trim().split_once(':')?;
            Some((SetId::from_hex(id)?, index.parse().ok()?))
        })
        .collect();
    let mut texts = scanning::read_frame(&app, &request).await?;
    texts.retain(|t| {
        Card::from_text(t).map_or(true, |c| {
            !seen.contains(&(c.header().set_id, c.header().index))
        })
    });
    off_main(&app, move |state| Ok(check_all(state, &texts))).await
}

/// Checks every code found in a picture or frame: the good cards as checks, the rest as
/// problems, one per code.
fn check_all(state: &AppState, texts: &[String]) -> CheckResult {
    let mut result = CheckResult {
        checks: Vec::new(),
        problems: Vec::new(),
        kept_aside: None,
        read_from_printed_text: false,
    };
    for t in texts {
        match check_one(state, t) {
            Ok((check, kept)) => {
                result.checks.push(check);
                result.kept_aside = result.kept_aside.take().or(kept);
            }
            Err(e) => result.problems.push(e),
        }
    }
    result
}

/// Changes who keeps each card of a set and where: `holders[i]` is card i + 1's. A card
/// moves, a holder dies or moves house; the record follows without a new set.
#[tauri::command]
pub async fn set_holders<R: Runtime>(
    app: AppHandle<R>,
    set_id: String,
    holders: Vec<Holder>,
) -> CmdResult<SetsView> {
    off_main(&app, move |state| change_holders(state, &set_id, &holders)).await
}

fn change_holders(state: &AppState, set_id: &str, holders: &[Holder]) -> CmdResult<SetsView> {
    let registry = registry(state)?;
    let id = set_id_of(set_id)?;
    let outcome = registry.change(|r| r.set_mut(id)?.set_holders(holders))?;
    sets_view(registry, kept_aside(&outcome))
}

/// Chooses how long a set may go without a check-up before the home screen reminds the
/// holder (a month to ten years; twelve months until chosen).
#[tauri::command]
pub async fn set_check_interval<R: Runtime>(app: AppHandle<R>, days: u32) -> CmdResult<SetsView> {
    off_main(&app, move |state| {
        let registry = registry(state)?;
        let outcome = registry.change(|r| r.set_check_interval(days))?;
        sets_view(registry, kept_aside(&outcome))
    })
    .await
}

/// Retires a set: its cards still recover the wallet, but recovery and check-ups will warn
/// that a newer set may exist. `confirm` must be the set's label (or, for a set without
/// one, its id), typed by the person. `replaced_by` names the recorded set made to replace
/// it (a re-issue: a new backup of the same wallet, made first).
#[tauri::command]
pub async fn retire_set<R: Runtime>(
    app: AppHandle<R>,
    set_id: String,
    confirm: String,
    replaced_by: Option<String>,
) -> CmdResult<SetsView> {
    off_main(&app, move |state| {
        retire(state, &set_id, &confirm, replaced_by.as_deref())
    })
    .await
}

/// Retires a set once the replacement named is checked and the person typed the set's
/// label (or id) to confirm.
fn retire(
    state: &AppState,
    set_id: &str,
    confirm: &str,
    replaced_by: Option<&str>,
) -> CmdResult<SetsView> {
    let registry = registry(state)?;
    let id = set_id_of(set_id)?;
    let record = registry.read()?;
    let set = record.set(id).ok_or(Error::SetNotFound { id })?;
    let replacement = match replaced_by.map(str::trim) {
        None | Some("") => None,
        Some(hex) => {
            let new = set_id_of(hex)?;
            record.check_replaced_by(id, new)?;
            Some(new)
        }
    };
    let expected = if set.label.trim().is_empty() {
        set.id.to_string()
    } else {
        set.label.trim().to_owned()
    };
    if confirm.trim() != expected {
        return Err(IpcError::retire_not_confirmed());
    }
    let outcome = registry.retire(id, replacement)?;
    sets_view(registry, kept_aside(&outcome))
}

/// A set id the page sent: 16 hex digits.
fn set_id_of(hex: &str) -> CmdResult<SetId> {
    SetId::from_hex(hex.trim()).ok_or_else(IpcError::bad_set_id)
}

/// Writes the whole record where the person chooses in the native save dialog, opened
/// from here. A file there is replaced only because the dialog asked first; a new name is
/// written new, never over a file that appeared there since. `None` when the dialog was
/// closed.
#[tauri::command]
pub async fn export_record<R: Runtime>(app: AppHandle<R>) -> CmdResult<Option<SavedView>> {
    registry(&app.state::<AppState>())?;
    let Some(path) = choose::ask(&app, choose::EXPORT_RECORD).await? else {
        return Ok(None);
    };
    off_main(&app, move |state| {
        let registry = registry(state)?;
        let kept = if path.symlink_metadata().is_ok() {
            kept_aside(&registry.export(&path)?)
        } else if registry.export_new(&path)? {
            None
        } else {
            return Err(IpcError::appeared(&path.display().to_string()));
        };
        Ok(Some(print::saved_file(&path, kept)))
    })
    .await
}

/// Merges a record exported on another computer, from a file the person chooses in the
/// native open dialog, opened from here, into this one; nothing is lost. `None` when the
/// dialog was closed.
#[tauri::command]
pub async fn import_record<R: Runtime>(app: AppHandle<R>) -> CmdResult<Option<ImportView>> {
    registry(&app.state::<AppState>())?;
    let Some(path) = choose::ask(&app, choose::IMPORT_RECORD).await? else {
        return Ok(None);
    };
    off_main(&app, move |state| {
        let outcome = registry(state)?.import(&path)?;
        Ok(Some(ImportView {
            added: outcome.value.added,
            updated: outcome.value.updated,
            kept_aside: kept_aside(&outcome),
        }))
    })
    .await
}
