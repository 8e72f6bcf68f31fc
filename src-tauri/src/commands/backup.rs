//! Making a set of cards: the key derivation runs off the UI thread while progress events
//! keep the window alive, then the cards come back as public views.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use heirloom_core::registry::{SetRecord, Timestamp};
use heirloom_core::{qr, text, Card, Fingerprint, KdfParams, SetId, SetParams};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::commands::print;
use crate::error::{CmdResult, IpcError};
use crate::state::{lock_sheets, AppState};
use crate::views::{BackupView, CardView, Holder};

/// Expected milliseconds per MiB and pass of Argon2id on an ordinary laptop, for the
/// progress bar only (measured: 0.82 on the reference machine; rounded up).
const MS_PER_MIB_PASS: f64 = 1.0;

/// Makes a set of cards from a held phrase and passphrase. Key-derivation progress, 0 to
/// 100, arrives on `on_progress` (a channel: it needs no event permission).
#[tauri::command]
#[allow(clippy::too_many_arguments)] // the wizard's answers, one per argument
pub async fn make_backup<R: Runtime>(
    app: AppHandle<R>,
    phrase: String,
    passphrase: String,
    threshold: u8,
    count: u8,
    label: String,
    holders: Vec<Holder>,
    wallet: Option<String>,
    replaces: Option<String>,
    kdf_memory_mib: Option<u32>,
    on_progress: Channel<u8>,
) -> CmdResult<BackupView> {
    let kdf = match kdf_memory_mib {
        // Lower cost only for tests; the UI never sends it.
        Some(mib) => KdfParams::from_mib(mib, 1, 1)?,
        None => KdfParams::DEFAULT,
    };
    let params = SetParams {
        threshold,
        count,
        kdf,
    };
    heirloom_core::shamir::check_threshold(threshold, count)?;
    let replaces = match replaces.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(hex) => Some(replaceable(&app.state::<AppState>(), hex, &phrase)?),
    };

    let done = Arc::new(AtomicBool::new(false));
    let ticker = spawn_progress(on_progress.clone(), kdf, done.clone());
    let worker_app = app.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let state = worker_app.state::<AppState>();
        let cards = state.with_passphrase(&passphrase, |pass| {
            state.with_phrase(&phrase, |p| {
                heirloom_core::split(p, pass, params)
                    .map(|cards| (cards, p.fingerprint(), p.word_count()))
            })
        })???;
        Ok::<_, IpcError>(cards)
    })
    .await
    .map_err(|_| IpcError::internal());
    // Stopped on every outcome, a failed worker included, so the ticker thread ends.
    done.store(true, Ordering::SeqCst);
    let _ = ticker.join();
    let (cards, fingerprint, words) = result??;
    let _ = on_progress.send(100);

    let header = *cards[0].header();
    let set_id = header.set_id.to_string();
    let record_problem = record(
        &app.state::<AppState>(),
        &header,
        fingerprint,
        (&label, wallet.as_deref().unwrap_or_default()),
        &holders,
        replaces,
    )
    .err()
    .map(|e| e.message);
    let views = cards
        .iter()
        .map(|c| {
            card_view(
                c,
                holders
                    .get(usize::from(c.header().index) - 1)
                    .cloned()
                    .unwrap_or_default(),
            )
        })
        .collect();
    let date = Timestamp::now().date();
    let sheets = print::sheets(&cards, label.trim(), &date, fingerprint, &holders);
    lock_sheets(&app.state::<AppState>()).insert(set_id.clone(), sheets);
    Ok(BackupView {
        set_id,
        label: label.trim().to_string(),
        date,
        threshold,
        count,
        words,
        fingerprint: fingerprint.to_string(),
        cards: views,
        record_problem,
    })
}

/// The recorded set a re-issue replaces, refused before any key is derived when it is not
/// recorded here or is a backup of another wallet than the phrase's.
fn replaceable(state: &AppState, hex: &str, phrase: &str) -> CmdResult<SetId> {
    let Some(registry) = &state.registry else {
        return Err(heirloom_core::Error::NoDataFolder.into());
    };
    let id = SetId::from_hex(hex).ok_or_else(IpcError::no_such_set)?;
    let found = state.with_phrase(phrase, |p| p.fingerprint())?;
    registry.load()?.value.check_replacement(id, found)?;
    Ok(id)
}

/// Adds the new set to this computer's record: label, wallet name, holders, fingerprint,
/// no secrets; for a re-issue, the set it replaces is retired in the same write. The cards
/// are made either way; a failure is reported beside them, and so is a damaged record that
/// had to be set aside (its path).
fn record(
    state: &AppState,
    header: &heirloom_core::Header,
    fingerprint: Fingerprint,
    (label, wallet): (&str, &str),
    holders: &[Holder],
    replaces: Option<SetId>,
) -> CmdResult<Option<std::path::PathBuf>> {
    let Some(registry) = &state.registry else {
        return Err(heirloom_core::Error::NoDataFolder.into());
    };
    let mut set = SetRecord::new(header, fingerprint, Timestamp::now());
    set.label = label.trim().to_string();
    set.wallet = wallet.trim().to_string();
    for (card, holder) in set.cards.iter_mut().zip(holders) {
        card.holder = holder.name.trim().to_string();
        card.place = holder.place.trim().to_string();
    }
    let outcome = match replaces {
        Some(old) => registry.reissue(old, set)?,
        None => registry.add_set(set)?,
    };
    Ok(outcome.kept_aside)
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

/// Sends estimated progress every 100 ms until `done`; never claims 100 before it is.
pub fn spawn_progress(
    channel: Channel<u8>,
    kdf: KdfParams,
    done: Arc<AtomicBool>,
) -> std::thread::JoinHandle<()> {
    let expected = f64::from(kdf.memory_mib()) * f64::from(kdf.passes()) * MS_PER_MIB_PASS;
    std::thread::spawn(move || {
        let start = Instant::now();
        while !done.load(Ordering::SeqCst) {
            let elapsed = start.elapsed().as_secs_f64() * 1e3;
            let pct = (95.0 * (1.0 - (-elapsed / expected).exp())).min(95.0) as u8;
            let _ = channel.send(pct);
            std::thread::sleep(Duration::from_millis(100));
        }
    })
}

/// Writes each card's text to `<dir>/card-<i>.txt`, never replacing an existing file.
#[tauri::command]
pub fn save_card_texts(
    state: State<'_, AppState>,
    set_id: String,
    dir: String,
) -> CmdResult<Vec<String>> {
    let cards: Vec<Card> = print::set_sheets(&state, &set_id)?
        .into_iter()
        .map(|s| s.card)
        .collect();
    let dir = std::path::PathBuf::from(dir);
    let paths: Vec<_> = cards
        .iter()
        .map(|c| dir.join(format!("card-{}.txt", c.header().index)))
        .collect();
    if let Some(existing) = paths.iter().find(|p| p.exists()) {
        return Err(print::already_there(existing));
    }
    for (card, path) in cards.iter().zip(&paths) {
        print::write_new(path, format!("{}\n", card.to_text()).as_bytes())?;
    }
    Ok(paths.iter().map(|p| p.display().to_string()).collect())
}
