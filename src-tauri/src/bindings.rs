//! The TypeScript the UI is typed by, generated from the Rust definitions: every view, the
//! error (`{kind, message, details}`, one member per kind), and every command's arguments
//! and result. Checked in under `ui/src/bindings/` (`ipc.ts` re-exports the other files);
//! `tests/bindings.rs` fails when a file is stale or one is there that is not generated, and
//! `HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings` rewrites them.
//!
//! The types come from ts-rs (derive `TS` beside `Serialize`): a stable, derive-only crate
//! with no runtime part. tauri-specta would also generate the command wrappers, but its 2.x
//! is a release candidate pinned to an exact specta release candidate, and it cannot
//! describe the commands whose argument is the raw request body (scanned files and camera
//! frames). The command table below is therefore written here, once: its argument and
//! result types are checked against the command functions by the compiler (`signatures`),
//! and the test checks it names exactly the commands the app registers (`COMMANDS`). Only
//! the argument names are not checked by the compiler; the IPC and end-to-end tests call
//! every command by them.

use ts_rs::{Config, TS};

use crate::commands::{
    about, backup, language, passphrase, phrase, print, recovery, scanning, sets, wallets,
};
use crate::error::{Confirmation, ErrorKind, Field, IpcError};
use crate::views::*;
use heirloom_core::render::GuideLanguage;

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

/// The command table, written once: `name = function [injected arguments] (JSON or channel
/// arguments) -> result;` (`sync` or `async` before the function, `raw` after the
/// arguments when the body is the argument). It makes `command_list`, and `signatures`, which
/// is never run but does not compile unless each function takes the injected arguments and
/// then exactly the arguments listed, of those types, and answers the result listed (bare or
/// in a `CmdResult`): the list can't drift from the commands.
macro_rules! commands {
    ($( $name:ident = $mode:ident $f:path [$($inj:ident),*] ( $( $arg:ident : $kind:ident $ty:ty ),* ) $(raw $raw:tt)? -> $ret:ty ; )*) => {
        fn command_list(cfg: &Config) -> Vec<Command> {
            vec![$(Command {
                name: stringify!($name),
                args: vec![$( (stringify!($arg), commands!(@arg cfg $kind $ty)) ),*],
                raw: false $(|| $raw)?,
                returns: <$ret as TS>::name(cfg),
            }),*]
        }

        #[allow(dead_code, unreachable_code, clippy::diverging_sub_expression)]
        fn signatures() {
            return;
            $(commands!(@call $mode $f [$($inj),*] ( $( $kind $ty ),* ) -> $ret);)*
        }
    };
    (@arg $cfg:ident json $ty:ty) => { Arg::Json(<$ty as TS>::name($cfg)) };
    (@arg $cfg:ident channel $ty:ty) => { Arg::Channel(<$ty as TS>::name($cfg)) };
    (@ty json $ty:ty) => { $ty };
    (@ty channel $ty:ty) => { tauri::ipc::Channel<$ty> };
    (@call async $f:path [$($inj:ident),*] ( $( $kind:ident $ty:ty ),* ) -> $ret:ty) => {
        unawaited(async {
            answers::<$ret, _>($f($({ let $inj = any(); $inj },)* $(any::<commands!(@ty $kind $ty)>()),*).await)
        });
    };
    (@call sync $f:path [$($inj:ident),*] ( $( $kind:ident $ty:ty ),* ) -> $ret:ty) => {
        answers::<$ret, _>($f($({ let $inj = any(); $inj },)* $(any::<commands!(@ty $kind $ty)>()),*))
    };
}

/// A value of any type, for `signatures`, which is never run.
fn any<T>() -> T {
    unreachable!("only named in code that is never run")
}

/// An async command's call, checked by the compiler and never run.
fn unawaited<F: std::future::Future>(_: F) {}

/// A command's answer is `T`, bare or in a `CmdResult`.
trait Answers<T> {}
impl<T> Answers<T> for T {}
impl<T> Answers<T> for crate::error::CmdResult<T> {}
fn answers<T, A: Answers<T>>(_: A) {}

type Wry = tauri::Wry;

// Every command the UI may call, as the page invokes it.
commands! {
    about = sync about::about[]() -> about::AboutView;
    set_language = sync language::set_language[state](language: json GuideLanguage) -> ();
    generate_phrase = sync phrase::generate_phrase[state](words: json usize, dice: json Option<String>, language: json Option<WordList>) -> PhraseView;
    import_phrase = sync phrase::import_phrase[state](text: json String, language: json Option<WordList>) -> PhraseView;
    word_list = sync phrase::word_list[](language: json Option<WordList>) -> Vec<String>;
    suggest_words = sync phrase::suggest_words[](word: json String, language: json Option<WordList>) -> Vec<String>;
    complete_word = sync phrase::complete_word[](word: json String, language: json WordList) -> Option<String>;
    detect_word_list = sync phrase::detect_word_list[](words: json Vec<String>) -> Option<WordList>;
    reveal_phrase = async phrase::reveal_phrase::<Wry>[app](handle: json String) -> Vec<String>;
    check_phrase_words = sync phrase::check_phrase_words[state](handle: json String, words: json Vec<phrase::WrittenWord>) -> ();
    forget_phrase = sync phrase::forget_phrase[state](handle: json String) -> ();
    keychain_status = async wallets::keychain_status::<Wry>[app]() -> KeychainStatus;
    list_wallets = async wallets::list_wallets::<Wry>[app]() -> Vec<WalletView>;
    save_wallet = async wallets::save_wallet::<Wry>[app](name: json String, phrase_handle: json String, replace_fingerprint: json Option<String>) -> WalletView;
    open_wallet = async wallets::open_wallet::<Wry>[app](name: json String) -> PhraseView;
    remove_wallet = async wallets::remove_wallet::<Wry>[app](name: json String, confirm: json String, only_copy_understood: json bool) -> ();
    generate_passphrase = sync passphrase::generate_passphrase[state]() -> GeneratedPassphrase;
    confirm_passphrase = sync passphrase::confirm_passphrase[state](handle: json String, typed: json String) -> ();
    show_passphrase_again = async passphrase::show_passphrase_again::<Wry>[app](handle: json String) -> Vec<String>;
    passphrase_strength = sync passphrase::passphrase_strength[](text: json String) -> StrengthView;
    use_chosen_passphrase = sync passphrase::use_chosen_passphrase[state](text: json String) -> String;
    forget_passphrase = sync passphrase::forget_passphrase[state](handle: json String) -> ();
    make_backup = async backup::make_backup::<Wry>[app](request: json backup::BackupRequest, on_progress: channel u8) -> BackupView;
    save_card_texts = async backup::save_card_texts::<Wry>[app](set_id: json String) -> Option<SavedView>;
    reveal_seedqr = async phrase::reveal_seedqr::<Wry>[app](handle: json String) -> Option<String>;
    recovery_reset = async recovery::recovery_reset::<Wry>[app]() -> BoardView;
    recovery_board = async recovery::recovery_board::<Wry>[app]() -> BoardView;
    recovery_remove_card = async recovery::recovery_remove_card::<Wry>[app](index: json u8) -> BoardView;
    check_card_group = sync recovery::check_card_group[](group_number: json usize, group: json String, text_length: json usize) -> Option<bool>;
    recovery_add_text = async recovery::recovery_add_text::<Wry>[app](text: json String) -> ScanResult;
    recovery_add_file = async recovery::recovery_add_file::<Wry>[webview, request]() raw true -> ScanResult;
    recovery_add_frame = async recovery::recovery_add_frame::<Wry>[app, request]() raw true -> ScanResult;
    recovery_keep_typed = async recovery::recovery_keep_typed::<Wry>[app](text: json String) -> ScanResult;
    recovery_remove_typed = async recovery::recovery_remove_typed::<Wry>[app](position: json usize) -> BoardView;
    recovery_combine = async recovery::recovery_combine::<Wry>[app](passphrase: json String, on_progress: channel u8) -> RecoveredView;
    scan_cancel = sync scanning::scan_cancel::<Wry>[webview](scan: json u32) -> ();
    card_previews = async print::card_previews::<Wry>[app](set_id: json String, passphrase_line: json print::LineChoice) -> Vec<String>;
    save_cards_pdf = async print::save_cards_pdf::<Wry>[app](set_id: json String, paper: json String, per_page: json u8, passphrase_line: json print::LineChoice) -> Option<SavedView>;
    print_pages = async print::print_pages[state](set_id: json String, paper: json String, per_page: json u8, passphrase_line: json print::LineChoice) -> Vec<String>;
    save_card_pictures = async print::save_card_pictures::<Wry>[app](set_id: json String, passphrase_line: json print::LineChoice) -> Option<SavedView>;
    verify_set = async print::verify_set::<Wry>[app](set_id: json String, passphrase: json String, on_progress: channel VerifyProgress) -> VerifyView;
    list_sets = async sets::list_sets::<Wry>[app]() -> SetsView;
    check_card = async sets::check_card::<Wry>[app](text: json String) -> CheckResult;
    check_card_file = async sets::check_card_file::<Wry>[webview, request]() raw true -> CheckResult;
    check_card_frame = async sets::check_card_frame::<Wry>[app, request]() raw true -> CheckResult;
    set_holders = async sets::set_holders::<Wry>[app](set_id: json String, holders: json Vec<Holder>) -> SetsView;
    set_check_interval = async sets::set_check_interval::<Wry>[app](days: json u32) -> SetsView;
    retire_set = async sets::retire_set::<Wry>[app](set_id: json String, confirm: json String, replaced_by: json Option<String>) -> SetsView;
    export_record = async sets::export_record::<Wry>[app]() -> Option<SavedView>;
    import_record = async sets::import_record::<Wry>[app]() -> Option<ImportView>;
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

/// The generated files, by name under `ui/src/bindings/`, each with the declarations it
/// holds: grouped by the part of the app they serve, so that no file is long. `ipc.ts` holds
/// the error every command may answer and re-exports the others, so the UI imports one place.
fn groups(cfg: &Config) -> Vec<(&'static str, Vec<String>)> {
    vec![
        (
            "ipc.ts",
            vec![
                IpcError::decl(cfg),
                ErrorKind::decl(cfg),
                Field::decl(cfg),
                Confirmation::decl(cfg),
            ],
        ),
        (
            "phrase.ts",
            vec![
                about::AboutView::decl(cfg),
                PhraseView::decl(cfg),
                WordList::decl(cfg),
                WalletView::decl(cfg),
                KeychainStatus::decl(cfg),
                GeneratedPassphrase::decl(cfg),
                StrengthView::decl(cfg),
                phrase::WrittenWord::decl(cfg),
            ],
        ),
        (
            "backup.ts",
            vec![
                Holder::decl(cfg),
                CardView::decl(cfg),
                BackupView::decl(cfg),
                backup::BackupRequest::decl(cfg),
                print::LineChoice::decl(cfg),
                GuideLanguage::decl(cfg),
                VerifyProgress::decl(cfg),
                VerifyView::decl(cfg),
                SavedView::decl(cfg),
            ],
        ),
        (
            "recovery.ts",
            vec![
                BoardView::decl(cfg),
                KnownSetView::decl(cfg),
                TypedCardView::decl(cfg),
                RecoveredView::decl(cfg),
                CorrectionView::decl(cfg),
                GroupCorrectionView::decl(cfg),
                ScanResult::decl(cfg),
                heirloom_core::scan::Progress::decl(cfg),
            ],
        ),
        (
            "sets.ts",
            vec![
                SetsView::decl(cfg),
                SetView::decl(cfg),
                SetCardView::decl(cfg),
                CardCheckView::decl(cfg),
                CheckResult::decl(cfg),
                ImportView::decl(cfg),
            ],
        ),
        ("commands.ts", vec![commands_type(cfg)]),
    ]
}

/// A declaration (`type Name = …`, perhaps after its doc comment) split at `type`.
fn split_doc(decl: &str) -> (&str, &str) {
    let at = match decl.trim_start().starts_with("/**") {
        true => decl.find("*/").map_or(0, |end| end + 2),
        false => 0,
    };
    (decl[..at].trim(), decl[at..].trim_start())
}

/// The declaration, exported.
fn exported(decl: &str) -> String {
    match split_doc(decl) {
        ("", rest) => format!("export {rest}"),
        (doc, rest) => format!("{doc}\nexport {rest}"),
    }
}

/// The name a declaration declares.
fn declared(decl: &str) -> &str {
    let rest = split_doc(decl).1.trim_start_matches("type ");
    rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or_default()
}

/// Whether `name` occurs in `text` as a whole identifier.
fn mentions(text: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// Every generated file under `ui/src/bindings/`: its name and its whole text.
pub fn typescript() -> Vec<(&'static str, String)> {
    let cfg = config();
    let groups = groups(&cfg);
    let owner: Vec<(&str, &str)> = groups
        .iter()
        .flat_map(|(file, decls)| decls.iter().map(move |d| (declared(d), *file)))
        .collect();
    groups
        .iter()
        .map(|(file, decls)| {
            let body: String = decls.iter().map(|d| exported(d) + "\n\n").collect();
            let mut out = String::from(
                "// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.\n\
                 // Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings\n\n",
            );
            if mentions(&body, "Channel") {
                out.push_str("import type { Channel } from \"@tauri-apps/api/core\";\n");
            }
            for (other, _) in groups.iter().filter(|(f, _)| f != file) {
                let names: Vec<&str> = owner
                    .iter()
                    .filter(|(name, f)| f == other && mentions(&body, name))
                    .map(|(name, _)| *name)
                    .collect();
                if !names.is_empty() {
                    let module = other.trim_end_matches(".ts");
                    out.push_str(&format!(
                        "import type {{ {} }} from \"./{module}\";\n",
                        names.join(", ")
                    ));
                }
            }
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
            out.push_str(&body);
            if *file == "ipc.ts" {
                for (other, _) in groups.iter().filter(|(f, _)| f != file) {
                    let module = other.trim_end_matches(".ts");
                    out.push_str(&format!("export type * from \"./{module}\";\n"));
                }
            }
            (*file, out.trim_end().to_owned() + "\n")
        })
        .collect()
}

/// `type Commands`: every command, its JSON arguments (`raw`: the request body and headers
/// instead) and its result.
fn commands_type(cfg: &Config) -> String {
    let mut out = String::from(
        "/** Every command: its JSON arguments (`raw`: the request body and headers instead) and its result. */\n\
         type Commands = {\n",
    );
    for c in command_list(cfg) {
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
    out.push_str("};");
    out
}
