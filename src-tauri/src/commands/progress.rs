//! Progress of a key derivation: the slow step of making and of opening cards runs off the
//! UI thread while an estimate goes to the page every 100 ms.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use heirloom_core::KdfParams;
use tauri::ipc::Channel;

use crate::error::{CmdResult, IpcError};

/// Expected milliseconds per MiB and pass of Argon2id on an ordinary laptop, for the
/// progress bar only (measured: 0.82 on the reference machine; rounded up).
const MS_PER_MIB_PASS: f64 = 1.0;

/// Runs `work`, which derives a key at the cost `kdf`, on a thread for blocking work, and
/// sends estimated progress on `on_progress` until it ends (never 100: the caller sends
/// that once it knows the work succeeded).
pub(crate) async fn with_kdf_progress<T: Send + 'static>(
    on_progress: &Channel<u8>,
    kdf: KdfParams,
    work: impl FnOnce() -> T + Send + 'static,
) -> CmdResult<T> {
    let done = Arc::new(AtomicBool::new(false));
    let ticker = spawn_progress(on_progress.clone(), kdf, done.clone());
    let result = tauri::async_runtime::spawn_blocking(work).await;
    // Stopped on every outcome, a failed worker included, so the ticker thread ends.
    done.store(true, Ordering::SeqCst);
    let _ = ticker.join();
    result.map_err(|_| IpcError::internal())
}

/// Sends estimated progress every 100 ms until `done`; never claims 100 before it is.
fn spawn_progress(
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
