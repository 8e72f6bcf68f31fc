//! Reading cards from outside: camera frames and opened files (pictures, PDFs), each within
//! the scanner's budget, with progress for a file on a channel the page gives and a way to
//! cancel it. Recovery and the card check-up read through here; what they do with the codes
//! is theirs.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use heirloom_core::scan::{self, budget, Progress, Stopped, Watch};
use heirloom_core::Error;
use tauri::ipc::{InvokeBody, JavaScriptChannelId, Request};
use tauri::{AppHandle, Manager, Runtime, State, Webview};

use crate::error::{CmdResult, IpcError};

fn raw(request: &Request<'_>) -> CmdResult<Vec<u8>> {
    match request.body() {
        InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        InvokeBody::Json(_) => Err(IpcError::from(Error::UnreadableImage)),
    }
}

/// A picture or PDF's bytes from the raw body, its length checked before anything else is
/// done with it (the page checks too, before reading the file; this is the same limit and
/// the same words, for a page that does not).
fn raw_file(request: &Request<'_>) -> CmdResult<Vec<u8>> {
    if let InvokeBody::Raw(bytes) = request.body() {
        let len = bytes.len() as u64;
        if len > budget::MAX_FILE_BYTES {
            return Err(Error::ScanFileTooLarge {
                megabytes: len.div_ceil(1_000_000),
                limit: budget::MAX_FILE_BYTES / 1_000_000,
            }
            .into());
        }
    }
    raw(request)
}

/// The camera's recent glared frames (issue 15, point 2), combined with the next glared
/// frame in which nothing is read. One for the app: one camera is read at a time.
#[derive(Debug, Default)]
struct Glare(Arc<Mutex<scan::GlareFrames>>);

/// The codes in one camera frame: grey pixels as the raw body, its size and the frame's
/// number (which varies the decoder's tries) in headers. A frame that can't be read is no
/// codes, not an error: the next one comes a moment later. A glared frame in which nothing
/// is read is combined with the glared frames just before it.
pub(crate) async fn read_frame<R: Runtime>(
    app: &AppHandle<R>,
    request: &Request<'_>,
) -> CmdResult<Vec<String>> {
    let header = |name: &str| -> u32 {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    let (w, h, attempt) = (header("x-width"), header("x-height"), header("x-attempt"));
    // The per-frame budget, before the body is copied: a frame is its width × height grey
    // bytes and at most the scanner's working size (a webcam frame is far less).
    let expected = u64::from(w) * u64::from(h);
    match request.body() {
        InvokeBody::Raw(bytes) if bytes.len() as u64 != expected => return Ok(Vec::new()),
        _ if expected > budget::WORK_PIXELS => return Ok(Vec::new()),
        _ => {}
    }
    let pixels = raw(request)?;
    // Managed on first use, as `Scans` is.
    app.manage(Glare::default());
    let glare = app.state::<Glare>().0.clone();
    Ok(tauri::async_runtime::spawn_blocking(move || {
        glare
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .scan(&pixels, w, h, attempt)
    })
    .await
    .unwrap_or_default())
}

/// Scans of files under way, by the window and the id of the progress channel the page
/// gave them, so that [`scan_cancel`] can stop one. An id cancelled before its scan began
/// (the file's bytes were still on their way) is kept, cancelled, for the scan to find.
///
/// Files are scanned one at a time (`turn`): the page reads one file after another, and a
/// page that sends many at once gets them scanned in turn, each within its budget, not a
/// scanner's working memory for each at once.
#[derive(Debug, Default)]
pub struct Scans {
    flags: Mutex<HashMap<(String, u32), Arc<AtomicBool>>>,
    turn: Arc<Mutex<()>>,
}

/// Ids cancelled before their scan began are forgotten beyond this many.
const CANCELLED_KEPT: usize = 64;

impl Scans {
    fn of<R: Runtime>(app: &AppHandle<R>) -> State<'_, Scans> {
        // Managed on first use, so that no builder needs to know of it.
        app.manage(Scans::default());
        app.state::<Scans>()
    }

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<(String, u32), Arc<AtomicBool>>> {
        self.flags
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The flag of the scan `key`, made now unless it was cancelled already.
    fn start(&self, key: (String, u32)) -> Arc<AtomicBool> {
        self.map().entry(key).or_default().clone()
    }

    fn cancel(&self, key: (String, u32)) {
        let mut map = self.map();
        if map.len() >= CANCELLED_KEPT {
            map.retain(|_, flag| !flag.load(Ordering::SeqCst));
        }
        map.entry(key).or_default().store(true, Ordering::SeqCst);
    }

    fn end(&self, key: &(String, u32)) {
        self.map().remove(key);
    }
}

/// The codes in a picture or PDF, and the note about any part of it not read (pages past
/// the limit, the time, pictures too large) to show beside them. A file without any code
/// is an error the person must hear about, unlike a camera frame.
pub(crate) struct FileCodes {
    pub texts: Vec<String>,
    /// Card texts read from the printed text of a picture whose codes gave no card (issue
    /// 15): to go on the board as typed texts do.
    pub printed: Vec<String>,
    pub note: Option<IpcError>,
    /// Set when the person cancelled the scan: whoever adds the codes checks it under its
    /// own lock, so that a scan cancelled just as it finished adds nothing either.
    cancelled: Option<Arc<AtomicBool>>,
}

impl FileCodes {
    /// Nothing may be added: the scan was cancelled, even after it finished.
    pub fn cancelled(&self) -> CmdResult<()> {
        match &self.cancelled {
            Some(flag) if flag.load(Ordering::SeqCst) => Err(Error::ScanCancelled.into()),
            _ => Ok(()),
        }
    }
}

/// Reads the picture or PDF in the raw body. When the page passes a progress channel in
/// the `x-progress` header (`__CHANNEL__:<id>`), the scan reports on it before each step
/// and [`scan_cancel`] with that id stops it.
pub(crate) async fn read_file<R: Runtime>(
    webview: &Webview<R>,
    request: &Request<'_>,
) -> CmdResult<FileCodes> {
    let bytes = raw_file(request)?;
    let channel = request
        .headers()
        .get("x-progress")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| Some((v.rsplit(':').next()?.parse::<u32>().ok()?, v)))
        .and_then(|(id, v)| {
            let js = JavaScriptChannelId::from_str(v).ok()?;
            Some((id, js.channel_on::<R, Progress>(webview.clone())))
        });
    let app = webview.app_handle().clone();
    let key = channel
        .as_ref()
        .map(|(id, _)| (webview.label().to_string(), *id));
    let flag = key.clone().map(|k| Scans::of(&app).start(k));
    let cancel = flag.clone();
    let progress = channel.map(|(_, c)| c);
    let turn = Scans::of(&app).turn.clone();
    let report = tauri::async_runtime::spawn_blocking(move || {
        let _turn = turn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let tell = |p: Progress| {
            if let Some(c) = &progress {
                let _ = c.send(p);
            }
        };
        let watch = Watch {
            cancel: cancel.as_deref(),
            progress: Some(&tell),
        };
        scan::scan_bytes_watched(&bytes, watch)
    })
    .await;
    if let Some(k) = &key {
        Scans::of(&app).end(k);
    }
    let mut report = report.map_err(|_| IpcError::internal())??;
    let note = report.note().map(IpcError::from);
    if report.stopped == Some(Stopped::Cancelled) {
        return Err(Error::ScanCancelled.into());
    }
    let printed = std::mem::take(&mut report.printed);
    let no_ocr = report.printed_unavailable;
    let texts = report.into_texts()?;
    if texts.is_empty() && printed.is_empty() {
        return Err(if no_ocr {
            IpcError::no_qr_code_no_ocr()
        } else {
            Error::NoQrCode.into()
        });
    }
    Ok(FileCodes {
        texts,
        printed,
        note,
        cancelled: flag,
    })
}

/// Stops the scan of a file whose progress channel has the id `scan`: it ends at its next
/// step (within a second), adds nothing and answers `scan_cancelled`. An id with no scan
/// under way yet is stopped when its scan begins.
#[tauri::command]
pub fn scan_cancel<R: Runtime>(webview: Webview<R>, scan: u32) {
    Scans::of(webview.app_handle()).cancel((webview.label().to_string(), scan));
}
