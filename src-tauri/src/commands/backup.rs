//! Making a set of cards: the key derivation runs off the UI thread while progress events
//! keep the window alive, then the cards come back as public views.

use heirloom_core::registry::{NewSet, Timestamp};
use heirloom_core::render::CardSheet;
use heirloom_core::{qr, text, Card, Fingerprint, Holder, SetId, SetParams};
use serde::Deserialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime};

use crate::choose;
use crate::commands::progress::with_kdf_progress;
use crate::commands::{off_main, print};
use crate::error::{CmdResult, IpcError};
use crate::state::{lock_sheets, AppState};
use crate::views::{BackupView, CardView, SavedView};

/// What the wizard asks for a new set: the handles of the phrase and of the confirmed
/// passphrase, T of N, the names, and for a re-issue the set it replaces. Nothing else: a
/// field the page adds (a key-derivation cost, say) refuses the request, and the cost of
/// new cards is the spec's default, held in Rust ([`AppState::kdf`]).
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupRequest {
    /// Handle of the held phrase.
    pub phrase_handle: String,
    /// Handle of the passphrase, typed back from paper with `confirm_passphrase`.
    pub passphrase_handle: String,
    /// Cards needed (T).
    pub threshold: u8,
    /// Cards made (N).
    pub count: u8,
    /// The set's label.
    pub label: String,
    /// Who keeps each card, in card order.
    #[serde(default)]
    pub holders: Vec<Holder>,
    /// The wallet's name, for the record.
    #[serde(default)]
    pub wallet: Option<String>,
    /// A re-issue: the recorded set the new one replaces (retired once the new one is
    /// verified).
    #[serde(default)]
    pub replaces: Option<String>,
    /// T = N was chosen knowing that losing any one card loses the wallet.
    #[serde(default)]
    pub all_cards_needed: bool,
}

/// Makes a set of cards from a held phrase and a confirmed passphrase. Key-derivation
/// progress, 0 to 100, arrives on `on_progress` (a channel: it needs no event permission).
/// The passphrase is forgotten once the cards exist: checking the printed cards takes it
/// typed afresh from the paper.
#[tauri::command]
pub async fn make_backup<R: Runtime>(
    app: AppHandle<R>,
    request: BackupRequest,
    on_progress: Channel<u8>,
) -> CmdResult<BackupView> {
    let (chosen, params) = checked(&app.state::<AppState>(), &request)?;
    let pass = app
        .state::<AppState>()
        .take_confirmed_passphrase(&request.passphrase_handle)?;
    let made = split_off_thread(&app, &request, pass, params, on_progress).await?;
    off_main(&app, move |state| Ok(keep(state, &request, &chosen, made))).await
}

/// The set the request asks for, and its T of N at the app's key-derivation cost, refused
/// before any key is derived when it could not be made or recorded: T and N, T = N
/// unacknowledged, names over their limits, a set to replace that is not a recorded
/// backup of the phrase's wallet.
fn checked(state: &AppState, request: &BackupRequest) -> CmdResult<(NewSet, SetParams)> {
    let chosen = NewSet {
        threshold: request.threshold,
        count: request.count,
        label: request.label.clone(),
        wallet: request.wallet.clone().unwrap_or_default(),
        holders: request.holders.clone(),
        replaces: None,
    };
    chosen.check_acknowledged(request.all_cards_needed, IpcError::all_cards_needed)?;
    let chosen = match request.replaces.as_deref().map(str::trim) {
        None | Some("") => chosen,
        Some(hex) => replacing(state, hex, &request.phrase_handle, chosen)?,
    };
    let params = SetParams {
        threshold: chosen.threshold,
        count: chosen.count,
        kdf: state.kdf(),
    };
    Ok((chosen, params))
}

/// A re-issue of the recorded set `hex`, refused when this computer has no record, when
/// it is not recorded here or is a backup of another wallet than the held phrase's.
fn replacing(
    state: &AppState,
    hex: &str,
    phrase_handle: &str,
    chosen: NewSet,
) -> CmdResult<NewSet> {
    if state.registry.is_none() {
        return Err(heirloom_core::Error::NoDataFolder.into());
    }
    let old = SetId::from_hex(hex).ok_or_else(IpcError::bad_set_id)?;
    let fingerprint = state.with_phrase(phrase_handle, |p| p.fingerprint())?;
    let chosen = NewSet {
        replaces: Some(old),
        ..chosen
    };
    chosen.check_replacement(state.registry.as_ref(), fingerprint)?;
    Ok(chosen)
}

/// What the split gives: the cards, the wallet's fingerprint, the phrase's word count.
type Made = (Vec<Card>, Fingerprint, usize);

/// Splits the held phrase off the UI thread, with progress. If no card could be made,
/// the passphrase goes back under its handle so the person can try again.
async fn split_off_thread<R: Runtime>(
    app: &AppHandle<R>,
    request: &BackupRequest,
    pass: heirloom_core::Passphrase,
    params: SetParams,
    on_progress: Channel<u8>,
) -> CmdResult<Made> {
    let worker_app = app.clone();
    let phrase_handle = request.phrase_handle.clone();
    let (pass, made) = with_kdf_progress(&on_progress, params.kdf, move || {
        let state = worker_app.state::<AppState>();
        let made = state
            .with_phrase(&phrase_handle, |p| {
                heirloom_core::split(p, &pass, params).map(|c| (c, p.fingerprint(), p.word_count()))
            })
            .and_then(|r| r.map_err(IpcError::from));
        (pass, made)
    })
    .await?;
    match made {
        Ok(made) => {
            let _ = on_progress.send(100);
            Ok(made)
        }
        Err(e) => {
            app.state::<AppState>()
                .put_confirmed_passphrase(&request.passphrase_handle, pass);
            Err(e)
        }
    }
}

/// Keeps the cards made: recorded on this computer (a failure is reported beside the
/// cards, which exist either way), and their printed sheets held for this session.
fn keep(state: &AppState, request: &BackupRequest, chosen: &NewSet, made: Made) -> BackupView {
    let (cards, fingerprint, words) = made;
    let header = *cards[0].header();
    let set_id = header.set_id.to_string();
    let recorded = match &state.registry {
        None => Err(heirloom_core::Error::NoDataFolder),
        Some(registry) => chosen.record(registry, &header, fingerprint),
    };
    // A damaged record is set aside, never lost: the person hears where it is kept.
    let (record_problem, record_kept_aside) = match recorded {
        Ok(outcome) => (None, outcome.kept_aside.map(|p| p.display().to_string())),
        Err(e) => (Some(IpcError::from(e)), None),
    };
    let label = request.label.trim().to_string();
    let date = Timestamp::now().date();
    let sheets = CardSheet::for_cards(&cards, &label, &date, Some(fingerprint), &request.holders);
    lock_sheets(state).insert(set_id.clone(), sheets);
    let holder = |c: &Card| {
        usize::from(c.header().index)
            .checked_sub(1)
            .and_then(|i| request.holders.get(i))
    };
    BackupView {
        set_id,
        label,
        date,
        threshold: header.threshold,
        count: header.count,
        words,
        fingerprint: fingerprint.to_string(),
        cards: cards
            .iter()
            .map(|c| card_view(c, holder(c).cloned().unwrap_or_default()))
            .collect(),
        record_problem,
        record_kept_aside,
        replaces: chosen.replaces.map(|id| id.to_string()),
    }
}

fn card_view(card: &Card, holder: Holder) -> CardView {
    let t = card.to_text();
    let plan = qr::plan(&t);
    CardView {
        index: card.header().index,
        grouped: text::grouped(&t),
        qr_svg: qr::svg(&t).unwrap_or_default(),
        qr_version: plan.map(|p| p.version).unwrap_or(0),
        qr_ecc: plan.map(|p| p.ecc.letter()).unwrap_or('Q'),
        text: t,
        holder,
    }
}

/// Writes each card's text as `card-<i>.txt` in a folder the person chooses in the native
/// folder dialog, opened from here: all the files or none, never over an existing file.
/// `None` when the dialog was closed.
#[tauri::command]
pub async fn save_card_texts<R: Runtime>(
    app: AppHandle<R>,
    set_id: String,
) -> CmdResult<Option<SavedView>> {
    let named: Vec<(String, Vec<u8>)> = print::set_sheets(&app.state::<AppState>(), &set_id)?
        .into_iter()
        .map(|s| {
            let name = format!("card-{}.txt", s.card.header().index);
            (name, format!("{}\n", s.card.to_text()).into_bytes())
        })
        .collect();
    let Some(folder) = choose::ask(&app, choose::CARD_TEXTS_FOLDER).await? else {
        return Ok(None);
    };
    off_main(&app, move |_| {
        print::save_card_files(&folder, named).map(Some)
    })
    .await
}
