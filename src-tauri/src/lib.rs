//! Heirloom's desktop shell: commands, app state and the IPC error type, each a few lines
//! over `heirloom-core`. Commands are generic over the Tauri runtime so that
//! `tauri::test::mock_builder` drives them in tests exactly as the webview does.

pub mod bindings;
mod camera;
pub mod choose;
mod command_names;
pub mod commands;
pub mod confirm;
pub mod dialog_words;
pub mod error;
pub mod state;
pub mod views;

use heirloom_core::keychain::{Keychain, OsKeychain};
use heirloom_core::registry::Registry;
use tauri::webview::PageLoadEvent;
use tauri::{Builder, Manager, Runtime};

pub use command_names::ALL as COMMANDS;

/// The keychain service the app files wallets under. `HEIRLOOM_KEYCHAIN_SERVICE` overrides
/// it so that tests never touch a real wallet.
pub fn keychain_service() -> String {
    std::env::var("HEIRLOOM_KEYCHAIN_SERVICE").unwrap_or_else(|_| "heirloom".to_string())
}

/// WebKitGTK's accelerated compositing and DMA-BUF renderer buy nothing for a few forms and
/// cards, but cost about 70 MB in the web process and fail on some GPU drivers and virtual
/// machines. The person can still turn them back on by setting the variables themselves.
fn quiet_webkit() {
    #[cfg(target_os = "linux")]
    for var in [
        "WEBKIT_DISABLE_COMPOSITING_MODE",
        "WEBKIT_DISABLE_DMABUF_RENDERER",
    ] {
        if std::env::var_os(var).is_none() {
            // Before any thread starts: nothing else can be reading the environment yet.
            std::env::set_var(var, "1");
        }
    }
}

/// How often the app looks for a phrase that sat unused too long, so that it leaves memory
/// within this much of [`state::PHRASE_IDLE_LIMIT`] even when no command comes.
const EXPIRY_SWEEP: std::time::Duration = std::time::Duration::from_secs(30);

/// The app's commands and state on top of `base`, over any runtime, keychain and record of
/// sets: the real app passes `Builder::default()`, the OS keychain and the record in its
/// data folder; tests `tauri::test::mock_builder()` and their own.
///
/// A page that starts loading (a reload, or a navigation) takes every phrase and
/// passphrase handle with it: the old page's handles die with the old page.
pub fn builder<R: Runtime>(
    base: Builder<R>,
    keychain: Box<dyn Keychain>,
    registry: Option<Registry>,
) -> Builder<R> {
    base.manage(state::AppState::new(keychain, registry))
        .on_page_load(|webview, payload| {
            if payload.event() == PageLoadEvent::Started {
                webview.state::<state::AppState>().page_loading();
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::about::about,
            commands::language::set_language,
            commands::phrase::generate_phrase,
            commands::phrase::import_phrase,
            commands::phrase::word_list,
            commands::phrase::suggest_words,
            commands::phrase::complete_word,
            commands::phrase::detect_word_list,
            commands::phrase::reveal_phrase,
            commands::phrase::check_phrase_words,
            commands::phrase::forget_phrase,
            commands::wallets::keychain_status,
            commands::wallets::list_wallets,
            commands::wallets::save_wallet,
            commands::wallets::open_wallet,
            commands::wallets::remove_wallet,
            commands::passphrase::generate_passphrase,
            commands::passphrase::confirm_passphrase,
            commands::passphrase::show_passphrase_again,
            commands::passphrase::passphrase_strength,
            commands::passphrase::use_chosen_passphrase,
            commands::passphrase::forget_passphrase,
            commands::backup::make_backup,
            commands::backup::save_card_texts,
            commands::phrase::reveal_seedqr,
            commands::recovery::recovery_reset,
            commands::recovery::recovery_board,
            commands::recovery::recovery_remove_card,
            commands::recovery::check_card_group,
            commands::recovery::recovery_add_text,
            commands::recovery::recovery_add_file,
            commands::recovery::recovery_add_frame,
            commands::recovery::recovery_keep_typed,
            commands::recovery::recovery_remove_typed,
            commands::recovery::recovery_combine,
            commands::scanning::scan_cancel,
            commands::print::card_previews,
            commands::print::save_cards_pdf,
            commands::print::print_pages,
            commands::print::save_card_pictures,
            commands::print::verify_set,
            commands::sets::list_sets,
            commands::sets::check_card,
            commands::sets::check_card_file,
            commands::sets::check_card_frame,
            commands::sets::set_holders,
            commands::sets::set_check_interval,
            commands::sets::retire_set,
            commands::sets::export_record,
            commands::sets::import_record,
        ])
}

/// Starts the app.
pub fn run() {
    // Before any secret exists: a crash must not leave a phrase in a core file.
    if let Some(e) = heirloom_core::harden::process().core_dumps {
        eprintln!("heirloom: warning: could not turn off core dumps ({e})");
    }
    quiet_webkit();
    let keychain = Box::new(OsKeychain::new(&keychain_service()));
    // HEIRLOOM_DATA_DIR, or the platform's data folder: the one the command line uses too.
    let registry = Registry::open_default().ok();
    if let Err(e) = builder(Builder::<tauri::Wry>::default(), keychain, registry)
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            if let Some(window) = app.get_webview_window("main") {
                camera::enable(&window);
            }
            let confirm = confirm::native(app.handle().clone());
            app.state::<state::AppState>().set_confirm(confirm);
            let chooser = choose::native(app.handle().clone());
            app.state::<state::AppState>().set_chooser(chooser);
            let sweeper = app.handle().clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(EXPIRY_SWEEP);
                sweeper.state::<state::AppState>().expire_idle_phrase();
            });
            Ok(())
        })
        .run(tauri::generate_context!())
    {
        eprintln!("Heirloom could not start: {e}");
        std::process::exit(1);
    }
}
