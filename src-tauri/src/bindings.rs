//! The TypeScript the UI is typed by, generated from the Rust definitions: every view, the
//! error (`{kind, message, details}`, one member per kind), and every command's arguments
//! and result. Checked in as `ui/src/bindings/ipc.ts`; `tests/bindings.rs` fails when it is
//! stale, and `HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings` rewrites it.
//!
//! The types come from ts-rs (derive `TS` beside `Serialize`): a stable, derive-only crate
//! with no runtime part. tauri-specta would also generate the command wrappers, but its 2.x
//! is a release candidate pinned to an exact specta release candidate, and it cannot
//! describe the commands whose argument is the raw request body (scanned files and camera
//! frames). The command list below is therefore written here, next to the types, and the
//! test checks it names exactly the commands the app registers (`COMMANDS`).

use ts_rs::{Config, TS};

use crate::commands::{about, backup, phrase, print, recovery};
use crate::error::{Confirmation, ErrorKind, Field, IpcError};
use crate::views::*;

/// How an argument crosses IPC.
enum Arg {
    /// As JSON, of this TypeScript type.
    Json(String),
    /// A progress channel carrying this TypeScript type.
    Channel(String),
}

/// One command: its name, its JSON arguments (camelCase, as Tauri renames them) and its
/// result. `raw` commands take the request body (bytes) and headers instead of arguments.
struct Command {
    name: &'static str,
    args: Vec<(&'static str, Arg)>,
    raw: bool,
    returns: String,
}

macro_rules! commands {
    ($cfg:ident; $( $name:ident ( $( $arg:ident : $kind:ident $ty:ty ),* ) $(raw $raw:tt)? -> $ret:ty ; )*) => {
        vec![$(Command {
            name: stringify!($name),
            args: vec![$( (stringify!($arg), commands!(@arg $cfg $kind $ty)) ),*],
            raw: false $(|| $raw)?,
            returns: <$ret as TS>::name(&$cfg),
        }),*]
    };
    (@arg $cfg:ident json $ty:ty) => { Arg::Json(<$ty as TS>::name(&$cfg)) };
    (@arg $cfg:ident channel $ty:ty) => { Arg::Channel(<$ty as TS>::name(&$cfg)) };
}

/// Every command the UI may call, as the page invokes it.
fn command_list(cfg: &Config) -> Vec<Command> {
    commands! { cfg;
        about() -> about::AboutView;
        generate_phrase(words: json usize, dice: json Option<String>) -> PhraseView;
        import_phrase(text: json String) -> PhraseView;
        word_list() -> Vec<String>;
        suggest_words(word: json String) -> Vec<String>;
        reveal_phrase(handle: json String) -> Vec<String>;
        check_phrase_words(handle: json String, words: json Vec<phrase::WrittenWord>) -> ();
        forget_phrase(handle: json String) -> ();
        keychain_status() -> KeychainStatus;
        list_wallets() -> Vec<WalletView>;
        save_wallet(name: json String, handle: json String, replace_fingerprint: json Option<String>) -> WalletView;
        open_wallet(name: json String) -> PhraseView;
        remove_wallet(name: json String, confirm: json String, only_copy_understood: json bool) -> ();
        generate_passphrase() -> GeneratedPassphrase;
        confirm_passphrase(handle: json String, typed: json String) -> ();
        show_passphrase_again(handle: json String) -> Vec<String>;
        passphrase_strength(text: json String) -> StrengthView;
        use_chosen_passphrase(text: json String) -> String;
        forget_passphrase(handle: json String) -> ();
        make_backup(request: json backup::BackupRequest, on_progress: channel u8) -> BackupView;
        save_card_texts(set_id: json String) -> Option<SavedView>;
        reveal_seedqr(handle: json String) -> Option<String>;
        recovery_reset() -> BoardView;
        recovery_board() -> BoardView;
        recovery_remove_card(index: json u8) -> BoardView;
        check_card_group(group_number: json usize, group: json String) -> bool;
        recovery_add_text(text: json String) -> ScanResult;
        recovery_add_file() raw true -> ScanResult;
        recovery_add_frame() raw true -> ScanResult;
        recovery_combine(passphrase: json String, on_progress: channel u8) -> PhraseView;
        scan_cancel(scan: json u32) -> ();
        card_previews(set_id: json String, passphrase_line: json print::LineChoice) -> Vec<String>;
        save_cards_pdf(set_id: json String, paper: json String, per_page: json u8, passphrase_line: json print::LineChoice) -> Option<SavedView>;
        print_pages(set_id: json String, paper: json String, per_page: json u8, passphrase_line: json print::LineChoice) -> Vec<String>;
        save_card_pictures(set_id: json String, passphrase_line: json print::LineChoice) -> Option<SavedView>;
        verify_set(set_id: json String, passphrase: json String, on_progress: channel VerifyProgress) -> VerifyView;
        list_sets() -> SetsView;
        check_card(text: json String) -> CheckResult;
        check_card_file() raw true -> CheckResult;
        check_card_frame() raw true -> CheckResult;
        set_holders(set_id: json String, holders: json Vec<Holder>) -> SetsView;
        set_check_interval(days: json u32) -> SetsView;
        retire_set(set_id: json String, confirm: json String, replaced_by: json Option<String>) -> SetsView;
        export_record() -> Option<SavedView>;
        import_record() -> Option<ImportView>;
    }
}

/// The names of the commands described, in order.
pub fn command_names() -> Vec<&'static str> {
    command_list(&config()).iter().map(|c| c.name).collect()
}

fn config() -> Config {
    // Every integer crossing IPC is small (counts, sizes in MB, C(16, 8) subsets at most):
    // a JavaScript number, not a bigint.
    Config::new().with_large_int("number")
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The whole of `ui/src/bindings/ipc.ts`.
pub fn typescript() -> String {
    let cfg = config();
    let mut out = String::from(
        "// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.\n\
         // Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings\n\n\
         import type { Channel } from \"@tauri-apps/api/core\";\n\n",
    );
    let decls = [
        IpcError::decl(&cfg),
        ErrorKind::decl(&cfg),
        Field::decl(&cfg),
        Confirmation::decl(&cfg),
        about::AboutView::decl(&cfg),
        PhraseView::decl(&cfg),
        WalletView::decl(&cfg),
        KeychainStatus::decl(&cfg),
        GeneratedPassphrase::decl(&cfg),
        StrengthView::decl(&cfg),
        Holder::decl(&cfg),
        CardView::decl(&cfg),
        BackupView::decl(&cfg),
        BoardView::decl(&cfg),
        KnownSetView::decl(&cfg),
        ScanResult::decl(&cfg),
        SetsView::decl(&cfg),
        SetView::decl(&cfg),
        SetCardView::decl(&cfg),
        CardCheckView::decl(&cfg),
        CheckResult::decl(&cfg),
        ImportView::decl(&cfg),
        VerifyProgress::decl(&cfg),
        VerifyView::decl(&cfg),
        SavedView::decl(&cfg),
        backup::BackupRequest::decl(&cfg),
        phrase::WrittenWord::decl(&cfg),
        print::LineChoice::decl(&cfg),
        recovery::ScanProgress::decl(&cfg),
    ];
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.push_str(
        "/** Every command: its JSON arguments (`raw`: the request body and headers instead) and its result. */\n\
         export type Commands = {\n",
    );
    for c in command_list(&cfg) {
        let args = if c.raw {
            "\"raw\"".to_owned()
        } else if c.args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            let fields: Vec<String> = c
                .args
                .iter()
                .map(|(name, arg)| match arg {
                    Arg::Json(ty) => format!("{}: {ty}", camel(name)),
                    Arg::Channel(ty) => format!("{}: Channel<{ty}>", camel(name)),
                })
                .collect();
            format!("{{ {} }}", fields.join("; "))
        };
        out.push_str(&format!(
            "  {}: {{ args: {args}; returns: {} }};\n",
            c.name, c.returns
        ));
    }
    out.push_str("};\n");
    out
}
