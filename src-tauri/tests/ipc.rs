//! Command wiring through Tauri's mock runtime with the app's real configuration and
//! capabilities: arguments, results, the `{kind, message, details}` error JSON, and the permission
//! checks. The keychain here is the in-memory one; the OS keychain has its own tests.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use common::{build, call, plain_app, record_dir, state, window};
use heirloom_app::choose::{self, Choice};
use heirloom_app::confirm::{self, Question};
use heirloom_core::keychain::MemoryKeychain;
use heirloom_core::registry::Registry;
use heirloom_core::KdfParams;
use serde_json::{json, Value};
use tauri::test::{mock_builder, MockRuntime};
use tauri::{App, WebviewWindow};

const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

/// The app over `keychain` and the record in `record`, making cards at a test-sized key
/// derivation: set in the app's state, as only Rust can, never by the page.
fn app_with_record(keychain: MemoryKeychain, record: &std::path::Path) -> App<MockRuntime> {
    let app = build(mock_builder(), keychain, Some(record));
    state(&app).set_kdf(KdfParams::from_mib(8, 1, 1).unwrap());
    app
}

/// Answers every native yes/no question with `yes`; how many were asked, and which.
fn answer_questions(app: &App<MockRuntime>, yes: bool) -> Arc<Mutex<Vec<Question>>> {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let seen = asked.clone();
    state(app).set_confirm(Box::new(move |q| {
        seen.lock().unwrap().push(*q);
        yes
    }));
    asked
}

/// Answers the native file dialogs with `answers`, in order (`None`: the person closed the
/// dialog; no answer left: closed too); the choices shown so far.
fn answer_dialogs(
    app: &App<MockRuntime>,
    answers: Vec<Option<PathBuf>>,
) -> Arc<Mutex<Vec<Choice>>> {
    let shown = Arc::new(Mutex::new(Vec::new()));
    let seen = shown.clone();
    let answers = Mutex::new(answers.into_iter());
    state(app).set_chooser(Box::new(move |c| {
        seen.lock().unwrap().push(*c);
        answers.lock().unwrap().next().flatten()
    }));
    shown
}

/// The family guide of the PDF speaks the language the page said it is shown in; the titles
/// as a reader of each language writes them.
fn guide_follows_the_language(
    app: &App<MockRuntime>,
    w: &WebviewWindow<MockRuntime>,
    args: &Value,
    pdf: &std::path::Path,
) {
    let shown = answer_dialogs(app, vec![Some(pdf.to_owned()), Some(pdf.to_owned())]);
    call(w, "set_language", json!({ "language": "fr" })).unwrap();
    call(w, "save_cards_pdf", args.clone()).unwrap();
    let text = pdf_text(pdf);
    assert!(text.contains("Comment récupérer le portefeuille"), "{text}");
    call(w, "set_language", json!({ "language": "de" })).unwrap();
    call(w, "save_cards_pdf", args.clone()).unwrap();
    let text = pdf_text(pdf);
    assert!(
        text.contains("So stellen Sie die Wallet wieder her"),
        "{text}"
    );
    assert!(text.contains("Heirloom card format, version 1"), "{text}");
    assert_eq!(*shown.lock().unwrap(), [choose::SAVE_CARDS_PDF; 2]);
    call(w, "set_language", json!({ "language": "en" })).unwrap();
}

/// The text of a PDF as poppler's `pdftotext` reads it, white space collapsed.
fn pdf_text(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed (Debian: poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn app(keychain: MemoryKeychain) -> App<MockRuntime> {
    app_with_record(keychain, &record_dir())
}

/// The app over an empty keychain and a record of its own, and its main window.
fn app_and_window() -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = app(MemoryKeychain::default());
    let w = window(&app, "main");
    (app, w)
}

#[test]
fn import_save_list_and_reveal() {
    let (app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    assert_eq!(p["fingerprint"], "73c5da0a");
    assert_eq!(p["words"], 12);
    let handle = p["handle"].as_str().unwrap();
    assert!(
        !p.to_string().contains("abandon"),
        "no words in the import result"
    );

    let saved = call(
        &w,
        "save_wallet",
        json!({ "name": "Gran", "phraseHandle": handle }),
    )
    .unwrap();
    assert_eq!(saved, json!({ "name": "Gran", "fingerprint": "73c5da0a" }));
    assert_eq!(call(&w, "list_wallets", json!({})).unwrap(), json!([saved]));

    // The same wallet again, under any name: said so, not saved twice.
    for name in ["Gran", "Recovered wallet"] {
        let err = call(
            &w,
            "save_wallet",
            json!({ "name": name, "phraseHandle": handle }),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "wallet_already_saved");
        assert!(err["message"].as_str().unwrap().contains("“Gran”"));
    }
    assert_eq!(call(&w, "list_wallets", json!({})).unwrap(), json!([saved]));

    let asked = answer_questions(&app, true);
    let words = call(&w, "reveal_phrase", json!({ "handle": handle })).unwrap();
    assert_eq!(words.as_array().unwrap().len(), 12);
    assert_eq!(*asked.lock().unwrap(), [confirm::REVEAL_PHRASE]);
    call(&w, "forget_phrase", json!({ "handle": handle })).unwrap();
    assert_eq!(
        call(&w, "reveal_phrase", json!({ "handle": handle })).unwrap_err()["kind"],
        "expired"
    );
}

#[test]
fn errors_cross_as_kind_message_and_details() {
    let (_app, w) = app_and_window();
    let err = call(
        &w,
        "import_phrase",
        json!({ "text": ABANDON.replace("about", "abuot") }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "unknown_word");
    assert!(err["message"].as_str().unwrap().contains("Word 12"));
    assert_eq!(
        err["details"],
        json!({ "position": 12 }),
        "the facts, typed"
    );
    assert!(
        !err.to_string().contains("abuot"),
        "the typed word is not echoed"
    );
    assert_eq!(
        err.as_object().unwrap().len(),
        3,
        "exactly kind, message and details: {err}"
    );

    let weak = call(&w, "use_chosen_passphrase", json!({ "text": "password1" })).unwrap_err();
    assert_eq!(weak["kind"], "weak_passphrase");

    let removal = call(
        &w,
        "remove_wallet",
        json!({ "name": "x", "confirm": "y", "onlyCopyUnderstood": false }),
    )
    .unwrap_err();
    assert_eq!(removal["kind"], "not_confirmed");
}

#[test]
fn an_unavailable_keychain_is_reported_plainly() {
    let app = app(MemoryKeychain::unavailable());
    let w = window(&app, "main");
    let status = call(&w, "keychain_status", json!({})).unwrap();
    assert_eq!(status["available"], false);
    assert_eq!(status["problem"]["kind"], "keychain_unavailable");
    assert!(status["problem"]["message"]
        .as_str()
        .unwrap()
        .contains("go on without saving"));
    assert_eq!(
        call(&w, "list_wallets", json!({})).unwrap_err()["kind"],
        "keychain_unavailable"
    );
}

#[test]
fn generated_passphrase_must_be_retyped() {
    let (_app, w) = app_and_window();
    let g = call(&w, "generate_passphrase", json!({})).unwrap();
    let words: Vec<String> = serde_json::from_value(g["words"].clone()).unwrap();
    assert_eq!(words.len(), 6);
    let handle = g["handle"].as_str().unwrap();
    let wrong = call(
        &w,
        "confirm_passphrase",
        json!({ "handle": handle, "typed": "not it" }),
    )
    .unwrap_err();
    assert_eq!(wrong["kind"], "passphrase_mismatch");
    // One word off: that word is named.
    let mut typo = words.clone();
    typo[3].push('s');
    let wrong = call(
        &w,
        "confirm_passphrase",
        json!({ "handle": handle, "typed": typo.join(" ") }),
    )
    .unwrap_err();
    assert!(
        wrong["message"].as_str().unwrap().starts_with("Word 4 "),
        "{wrong}"
    );
    let typed = format!("  {}  ", words.join("   ").to_uppercase());
    call(
        &w,
        "confirm_passphrase",
        json!({ "handle": handle, "typed": typed }),
    )
    .unwrap();
}

#[test]
fn a_chosen_passphrase_is_typed_twice_before_any_card_is_made() {
    let (_app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let chosen = "blue roses grow under the old pier at dawn";
    let handle = call(&w, "use_chosen_passphrase", json!({ "text": chosen })).unwrap();
    let request = |h: &Value| {
        json!({ "request": {
            "phraseHandle": p["handle"], "passphraseHandle": h, "threshold": 2, "count": 3,
            "label": "" }, "onProgress": "__CHANNEL__:3" })
    };
    // Typed once only: no card is made.
    assert_eq!(
        call(&w, "make_backup", request(&handle)).unwrap_err()["kind"],
        "passphrase_not_confirmed"
    );
    // The paper says "blue roses", the first typing had "blue rosses": caught, named.
    let typo = call(
        &w,
        "confirm_passphrase",
        json!({ "handle": handle, "typed": "blue rosses grow under the old pier at dawn" }),
    )
    .unwrap_err();
    assert_eq!(typo["kind"], "passphrase_mismatch");
    assert!(typo["message"].as_str().unwrap().starts_with("Word 2 "));
    // Case counts in a chosen passphrase.
    assert!(call(
        &w,
        "confirm_passphrase",
        json!({ "handle": handle, "typed": "Blue roses grow under the old pier at dawn" }),
    )
    .is_err());
    assert_eq!(
        call(&w, "make_backup", request(&handle)).unwrap_err()["kind"],
        "passphrase_not_confirmed"
    );
    call(
        &w,
        "confirm_passphrase",
        json!({ "handle": handle, "typed": format!(" {chosen} ") }),
    )
    .unwrap();
    let b = call(&w, "make_backup", request(&handle)).unwrap();
    // The cards open with the passphrase exactly as written on paper.
    let cards: Vec<heirloom_core::Card> = texts_of(&b)
        .iter()
        .map(|t| heirloom_core::Card::from_text(t).unwrap())
        .collect();
    let back = heirloom_core::combine(
        &cards[..2],
        &heirloom_core::Passphrase::new(chosen).unwrap(),
    )
    .unwrap();
    assert_eq!(*back.words(), ABANDON);
    // Once the cards exist the passphrase is gone from the app.
    assert_eq!(
        call(&w, "make_backup", request(&handle)).unwrap_err()["kind"],
        "expired"
    );
    // Well-known phrases are refused as passphrases.
    let famous = call(
        &w,
        "use_chosen_passphrase",
        json!({ "text": "correct horse battery staple" }),
    )
    .unwrap_err();
    assert_eq!(famous["kind"], "well_known_passphrase");
    let meter = call(
        &w,
        "passphrase_strength",
        json!({ "text": "Correct Horse Battery Staple!" }),
    )
    .unwrap();
    assert_eq!(
        meter["acceptable"], false,
        "the meter says so as it is typed"
    );
}

#[test]
fn the_generated_words_are_shown_again_only_after_a_native_yes() {
    use tauri::Manager;
    let (app, w) = app_and_window();
    let state = app.state::<heirloom_app::state::AppState>();
    let g = call(&w, "generate_passphrase", json!({})).unwrap();
    let show_again = || {
        call(
            &w,
            "show_passphrase_again",
            json!({ "handle": g["handle"] }),
        )
    };
    // No dialog (as under a page that tries it alone): nothing is shown.
    assert_eq!(show_again().unwrap_err()["kind"], "declined");
    let asked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let answer = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (a, y) = (asked.clone(), answer.clone());
    state.set_confirm(Box::new(move |q| {
        assert_eq!(q, &heirloom_app::confirm::SHOW_PASSPHRASE_AGAIN);
        a.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        y.load(std::sync::atomic::Ordering::SeqCst)
    }));
    assert_eq!(show_again().unwrap_err()["kind"], "declined");
    answer.store(true, std::sync::atomic::Ordering::SeqCst);
    let again = show_again().unwrap();
    assert_eq!(again, g["words"]);
    assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 2);
    // A chosen passphrase is never shown again, whatever the answer.
    let chosen = call(
        &w,
        "use_chosen_passphrase",
        json!({ "text": "blue roses grow under the old pier at dawn" }),
    )
    .unwrap();
    assert_eq!(
        call(&w, "show_passphrase_again", json!({ "handle": chosen })).unwrap_err()["kind"],
        "not_shown_again"
    );
}

#[test]
fn a_backup_comes_back_as_public_cards() {
    let (app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let pass = confirmed_passphrase(&w);
    let b = call(
        &w,
        "make_backup",
        json!({ "request": {
            "phraseHandle": p["handle"], "passphraseHandle": pass["handle"], "threshold": 2, "count": 3,
            "label": " Gran 2026 ", "holders": [{ "name": "Ann", "place": "home" }] },
            "onProgress": "__CHANNEL__:7"
        }),
    )
    .unwrap();
    assert_eq!(b["fingerprint"], "73c5da0a");
    assert_eq!(b["label"], "Gran 2026");
    let cards = b["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 3);
    assert_eq!(cards[0]["holder"]["name"], "Ann");
    assert_eq!(cards[1]["holder"]["name"], "");
    assert!(cards[0]["qr_svg"].as_str().unwrap().starts_with("<?xml"));
    let texts: Vec<heirloom_core::Card> = cards
        .iter()
        .map(|c| heirloom_core::Card::from_text(c["text"].as_str().unwrap()).unwrap())
        .collect();
    let words: Vec<String> = serde_json::from_value(pass["words"].clone()).unwrap();
    let back = heirloom_core::combine(
        &texts[1..],
        &heirloom_core::Passphrase::new(&words.join(" ")).unwrap(),
    )
    .unwrap();
    assert_eq!(*back.words(), ABANDON);
    assert!(!b.to_string().contains("abandon"));

    // Saving the card texts in the folder chosen in the native dialog: one private file
    // per card, and never over an existing file.
    let dir = std::env::temp_dir().join(format!("heirloom-ipc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let shown = answer_dialogs(&app, vec![Some(dir.clone()), Some(dir.clone()), None]);
    let args = json!({ "setId": b["set_id"] });
    let written = call(&w, "save_card_texts", args.clone()).unwrap();
    assert_eq!(written["place"], dir.display().to_string());
    assert_eq!(written["files"].as_array().unwrap().len(), 3);
    let card2 = std::fs::read_to_string(dir.join("card-2.txt")).unwrap();
    assert_eq!(card2.trim(), cards[1]["text"].as_str().unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("card-2.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = call(&w, "save_card_texts", args.clone()).unwrap_err();
    assert_eq!(again["kind"], "file_exists");
    assert_eq!(again["details"]["name"], "card-1.txt");
    assert!(
        again["message"].as_str().unwrap().contains("card-1.txt"),
        "{again}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("card-2.txt")).unwrap(),
        card2
    );
    // The dialog closed: nothing happened, and that is no error.
    assert_eq!(call(&w, "save_card_texts", args).unwrap(), Value::Null);
    assert_eq!(*shown.lock().unwrap(), [choose::CARD_TEXTS_FOLDER; 3]);

    let pass = confirmed_passphrase(&w);
    let ask = |t: u8, n: u8, all: bool| {
        call(
            &w,
            "make_backup",
            json!({ "request": { "phraseHandle": p["handle"], "passphraseHandle": pass["handle"],
                "threshold": t, "count": n, "label": "", "allCardsNeeded": all },
                "onProgress": "__CHANNEL__:8" }),
        )
    };
    assert_eq!(ask(1, 3, false).unwrap_err()["kind"], "invalid_threshold");
    assert_eq!(ask(1, 3, true).unwrap_err()["kind"], "invalid_threshold");
    // 5 of 5 only with the acknowledgement that one lost card loses the wallet.
    let all = ask(5, 5, false).unwrap_err();
    assert_eq!(all["kind"], "all_cards_needed");
    assert!(all["message"]
        .as_str()
        .unwrap()
        .contains("losing any one card"));
    assert_eq!(ask(5, 5, true).unwrap()["count"], 5);
}

/// A generated passphrase typed back, as the wizard does: its handle and words.
fn confirmed_passphrase(w: &WebviewWindow<MockRuntime>) -> Value {
    let pass = call(w, "generate_passphrase", json!({})).unwrap();
    let typed = words_of(&pass);
    call(
        w,
        "confirm_passphrase",
        json!({ "handle": pass["handle"], "typed": typed }),
    )
    .unwrap();
    pass
}

/// Makes a 2-of-3 backup of `words` at a test-sized KDF with a generated passphrase, the
/// wizard's other answers in `answers` (label, holders, wallet, replaces…); the command's
/// answer, and the generated passphrase (handle and words).
fn make(
    w: &WebviewWindow<MockRuntime>,
    words: &str,
    answers: Value,
) -> (Result<Value, Value>, Value) {
    let p = call(w, "import_phrase", json!({ "text": words })).unwrap();
    let pass = confirmed_passphrase(w);
    let mut request = json!({
        "phraseHandle": p["handle"], "passphraseHandle": pass["handle"], "threshold": 2, "count": 3,
        "label": "", "holders": []
    });
    for (k, v) in answers.as_object().unwrap() {
        request[k] = v.clone();
    }
    let args = json!({ "request": request, "onProgress": "__CHANNEL__:9" });
    (call(w, "make_backup", args), pass)
}

/// A record found damaged while a new set is recorded is set aside, never lost, and the
/// backup's answer says where it is kept; the new set starts the new record.
#[test]
fn making_a_backup_over_a_damaged_record_says_where_it_was_kept() {
    let dir = record_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("record.json"), b"{ this is not a record").unwrap();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let b = make(&w, ABANDON, json!({ "label": "Gran" })).0.unwrap();
    assert_eq!(b["record_problem"], Value::Null, "the set was recorded");
    let kept = std::path::PathBuf::from(b["record_kept_aside"].as_str().unwrap());
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        b"{ this is not a record",
        "the damaged record is kept as it was"
    );
    let record = Registry::at(&dir).read().unwrap();
    assert_eq!(record.sets.len(), 1);
    assert_eq!(record.sets[0].label, "Gran");
    // A second backup, over the sound record now: nothing set aside.
    let again = make(&w, ABANDON, json!({ "label": "Gran 2" })).0.unwrap();
    assert_eq!(again["record_kept_aside"], Value::Null);
}

/// The card texts of a backup's answer.
fn texts_of(b: &Value) -> Vec<String> {
    b["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect()
}

/// Makes a 2-of-3 backup of ABANDON labelled `label`; its card texts.
fn backup(w: &WebviewWindow<MockRuntime>, label: &str, first_holder: &str) -> Vec<String> {
    let answers =
        json!({ "label": label, "holders": [{ "name": first_holder, "place": "the desk" }] });
    let b = make(w, ABANDON, answers).0.unwrap();
    assert_eq!(b["record_problem"], Value::Null, "the set was recorded");
    texts_of(&b)
}

#[test]
fn a_new_set_previews_saves_as_pdf_and_as_pictures() {
    let (app, w) = app_and_window();
    let texts = backup(&w, "Gran 2026", "Ann");
    let set_id = heirloom_core::Card::from_text(&texts[0])
        .unwrap()
        .header()
        .set_id
        .to_string();
    let dir = std::env::temp_dir().join(format!("heirloom-ipc-print-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();

    // Previews: one card-sized SVG per card, in order.
    let svgs = call(
        &w,
        "card_previews",
        json!({ "setId": set_id, "passphraseLine": "first" }),
    )
    .unwrap();
    let svgs = svgs.as_array().unwrap();
    assert_eq!(svgs.len(), 3);
    assert!(svgs[0].as_str().unwrap().starts_with("<svg "));
    // By default the passphrase line is on the first card only: one "key card" at most.
    let none = call(
        &w,
        "card_previews",
        json!({ "setId": set_id, "passphraseLine": "none" }),
    )
    .unwrap();
    assert_ne!(svgs[0], none[0], "card 1 has the line");
    assert_eq!(svgs[1], none[1], "card 2 has none");
    assert_eq!(svgs[2], none[2], "card 3 has none");

    // The PDF, where the save dialog says: written whole, and a second save replaces it
    // (the dialog asked first).
    let pdf = dir.join("cards.pdf");
    let shown = answer_dialogs(&app, vec![Some(pdf.clone()), Some(pdf.clone())]);
    let args =
        json!({ "setId": set_id, "paper": "letter", "perPage": 2, "passphraseLine": "none" });
    let saved = call(&w, "save_cards_pdf", args.clone()).unwrap();
    assert_eq!(saved["place"], pdf.display().to_string());
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pdf).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    call(&w, "save_cards_pdf", args.clone()).unwrap();
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no temp file left"
    );
    assert_eq!(*shown.lock().unwrap(), [choose::SAVE_CARDS_PDF; 2]);
    // A wrong layout or an unknown set is refused before any dialog opens.
    let bad = json!({ "setId": set_id, "paper": "a3", "perPage": 1, "passphraseLine": "first" });
    assert_eq!(
        call(&w, "save_cards_pdf", bad).unwrap_err()["kind"],
        "invalid_print_layout"
    );
    let unknown =
        json!({ "setId": "nope", "paper": "a4", "perPage": 1, "passphraseLine": "first" });
    assert_eq!(
        call(&w, "save_cards_pdf", unknown).unwrap_err()["kind"],
        "expired"
    );
    assert_eq!(
        shown.lock().unwrap().len(),
        2,
        "no dialog for a refused request"
    );

    guide_follows_the_language(&app, &w, &args, &pdf);

    // Pictures: card-<i>.png that scan back to the card; never over an existing file.
    let shown = answer_dialogs(&app, vec![Some(dir.clone()), Some(dir.clone())]);
    let args = json!({ "setId": set_id, "passphraseLine": "first" });
    assert_eq!(
        call(&w, "save_card_pictures", args.clone()).unwrap()["files"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let png = std::fs::read(dir.join("card-2.png")).unwrap();
    assert_eq!(
        heirloom_core::scan::scan_bytes(&png).unwrap(),
        vec![texts[1].clone()]
    );
    std::fs::remove_file(dir.join("card-1.png")).unwrap();
    let refused = call(&w, "save_card_pictures", args).unwrap_err();
    assert_eq!(refused["kind"], "file_exists");
    assert_eq!(refused["details"]["name"], "card-2.png");
    assert!(
        refused["message"].as_str().unwrap().contains("card-2.png"),
        "{refused}"
    );
    assert!(
        !dir.join("card-1.png").exists(),
        "nothing written on refusal"
    );
    assert_eq!(*shown.lock().unwrap(), [choose::CARD_PICTURES_FOLDER; 2]);
    assert_eq!(std::fs::read(dir.join("card-2.png")).unwrap(), png);
}

#[test]
fn print_hands_the_pdf_pages_to_the_print_dialog() {
    let (_app, w) = app_and_window();
    let texts = backup(&w, "Gran", "Ann");
    let id = set_id_of(&texts[0]);
    let pages = |paper: &str, per_page: u8| {
        call(
            &w,
            "print_pages",
            json!({ "setId": id, "paper": paper, "perPage": per_page, "passphraseLine": "first" }),
        )
    };
    let a4 = pages("a4", 1).unwrap();
    let a4 = a4.as_array().unwrap();
    assert_eq!(a4.len(), 3 + 2, "three card pages, the guide, the summary");
    assert!(a4[0]
        .as_str()
        .unwrap()
        .contains(r#"width="210mm" height="297mm""#));
    let letter = pages("letter", 4).unwrap();
    let letter = letter.as_array().unwrap();
    assert_eq!(letter.len(), 1 + 2);
    assert!(letter[0].as_str().unwrap().contains(r#"width="215.9mm""#));
    assert_eq!(pages("a5", 1).unwrap_err()["kind"], "invalid_print_layout");
    assert_eq!(pages("a4", 5).unwrap_err()["kind"], "invalid_print_layout");
}

#[test]
fn a_printed_set_is_verified_from_the_cards_brought_back() {
    let (app, w) = app_and_window();
    let (b, pass) = make(&w, ABANDON, json!({ "label": "Gran" }));
    let b = b.unwrap();
    let words = words_of(&pass);
    let other = backup(&w, "Other", "Bob");
    let verify = |typed: &str| {
        call(
            &w,
            "verify_set",
            json!({ "setId": b["set_id"], "passphrase": typed, "onProgress": "__CHANNEL__:11" }),
        )
    };
    let add = |text: &Value| call(&w, "recovery_add_text", json!({ "text": text })).unwrap();
    let cards = b["cards"].as_array().unwrap();

    call(&w, "recovery_reset", json!({})).unwrap();
    add(&cards[0]["text"]);
    add(&cards[2]["text"]);
    let missing = verify(&words).unwrap_err();
    assert_eq!(
        missing["kind"], "verify_needs_every_card",
        "every card, not just T"
    );
    assert!(
        missing["message"].as_str().unwrap().contains("needs all 3"),
        "{missing}"
    );
    add(&cards[1]["text"]);
    // The passphrase as typed from paper, not a handle held in memory: a handle is no
    // passphrase, and a paper with a typo does not verify.
    assert_eq!(
        verify(pass["handle"].as_str().unwrap()).unwrap_err()["kind"],
        "wrong_passphrase"
    );
    let mut typo: Vec<String> = words.split(' ').map(str::to_string).collect();
    typo[2].push('x');
    assert_eq!(
        verify(&typo.join(" ")).unwrap_err()["kind"],
        "wrong_passphrase"
    );
    let id = heirloom_core::Card::from_text(cards[0]["text"].as_str().unwrap())
        .unwrap()
        .header()
        .set_id;
    let verified_at = || {
        use tauri::Manager;
        app.state::<heirloom_app::state::AppState>()
            .set_record(id)
            .unwrap()
            .verified_at
    };
    assert_eq!(verified_at(), None, "not verified until the check passes");
    let done = verify(&format!(" {words}  ")).unwrap();
    assert_eq!(done, json!({ "recorded": true, "retired": null }));
    assert!(verified_at().is_some(), "the record says verified");

    // A card of another set on the board is named as such.
    call(&w, "recovery_reset", json!({})).unwrap();
    add(&json!(other[0]));
    assert_eq!(verify(&words).unwrap_err()["kind"], "other_set");
}

/// The generated passphrase's words, as written on paper.
fn words_of(pass: &Value) -> String {
    pass["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn recovery_names_sets_and_holders_from_the_record() {
    let dir = record_dir();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let gran = backup(&w, "Gran 2026", "Ann");
    let dad = backup(&w, "Dad 2022", "Bob");
    let recorded = Registry::at(&dir).read().unwrap();
    assert_eq!(recorded.sets.len(), 2);
    assert!(
        !std::fs::read_to_string(Registry::at(&dir).file())
            .unwrap()
            .contains("abandon"),
        "no words in the record"
    );

    call(&w, "recovery_reset", json!({})).unwrap();
    let added = call(&w, "recovery_add_text", json!({ "text": gran[0] })).unwrap();
    let known = &added["board"]["known"];
    assert_eq!(known["label"], "Gran 2026");
    assert_eq!(known["fingerprint"], "73c5da0a");
    assert_eq!(known["holders"][0]["holder"], "Ann");
    assert_eq!(known["holders"][0]["place"], "the desk");
    assert_eq!(known["retired_on"], Value::Null);

    let other = call(&w, "recovery_add_text", json!({ "text": dad[1] })).unwrap_err();
    assert_eq!(other["kind"], "other_set");
    let message = other["message"].as_str().unwrap();
    assert!(message.contains("'Dad 2022'"), "{message}");
    assert!(message.contains("'Gran 2026'"), "{message}");
    // The labels are facts of their own, for the page to word in its language.
    assert_eq!(other["details"]["found_label"], "Dad 2022");
    assert_eq!(other["details"]["expected_label"], "Gran 2026");
    assert_eq!(
        call(&w, "recovery_board", json!({})).unwrap()["cards"],
        json!([1]),
        "the refused card changed nothing"
    );

    let gran_id = heirloom_core::Card::from_text(&gran[0])
        .unwrap()
        .header()
        .set_id;
    let retired = Registry::at(&dir).retire(gran_id, None).unwrap();
    assert_eq!(retired.kept_aside, None);
    let board = call(&w, "recovery_board", json!({})).unwrap();
    assert!(board["known"]["retired_on"].is_string(), "{board}");
}

#[test]
fn windows_without_a_capability_can_call_nothing() {
    let app = app(MemoryKeychain::default());
    let stranger = window(&app, "stranger");
    for cmd in ["list_wallets", "reveal_phrase", "generate_phrase"] {
        let denied = call(&stranger, cmd, json!({ "handle": "x", "words": 12 })).unwrap_err();
        assert!(
            denied.to_string().contains("not allowed"),
            "{cmd}: {denied}"
        );
    }
    let main = window(&app, "main");
    assert!(call(&main, "no_such_command", json!({})).is_err());
}

fn set_id_of(text: &str) -> String {
    heirloom_core::Card::from_text(text)
        .unwrap()
        .header()
        .set_id
        .to_string()
}

#[test]
fn home_screen_lists_sets_with_holders_and_reminders() {
    let dir = record_dir();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    assert_eq!(call(&w, "list_sets", json!({})).unwrap()["sets"], json!([]));
    let gran = backup(&w, "Gran 2026", "Ann");
    let listed = call(&w, "list_sets", json!({})).unwrap();
    assert_eq!(listed["kept_aside"], Value::Null);
    assert_eq!(listed["interval_days"], 365);
    let set = &listed["sets"][0];
    assert_eq!(set["set_id"], set_id_of(&gran[0]));
    assert_eq!(set["label"], "Gran 2026");
    assert_eq!(set["fingerprint"], "73c5da0a");
    assert_eq!(
        (set["threshold"].clone(), set["count"].clone()),
        (json!(2), json!(3))
    );
    assert_eq!(set["status"], "active");
    assert_eq!(set["needs_check"], false, "made today");
    assert_eq!(set["last_check"], Value::Null);
    assert_eq!(set["cards"][0]["holder"], "Ann");
    assert_eq!(set["cards"][0]["place"], "the desk");
    assert_eq!(set["cards"].as_array().unwrap().len(), 3);

    // A set made two years ago and never checked is due; a damaged record is reported.
    let changed = Registry::at(&dir)
        .change(|r| {
            let id = r.sets[0].id;
            r.set_mut(id)?.made =
                heirloom_core::registry::Timestamp::parse("2024-01-01T00:00:00Z").unwrap();
            Ok(())
        })
        .unwrap();
    assert_eq!(changed.kept_aside, None);
    let listed = call(&w, "list_sets", json!({})).unwrap();
    assert_eq!(listed["sets"][0]["needs_check"], true);
    assert_eq!(listed["sets"][0]["made"], "2024-01-01");

    // A damaged record is said to be damaged, never shown as an empty one, and reading it
    // changes nothing.
    std::fs::write(Registry::at(&dir).file(), b"{ not json").unwrap();
    let damaged = call(&w, "list_sets", json!({})).unwrap_err();
    assert_eq!(damaged["kind"], "record_unreadable", "{damaged}");
    assert_eq!(
        std::fs::read(Registry::at(&dir).file()).unwrap(),
        b"{ not json"
    );
}

#[test]
fn card_check_up_names_set_card_and_status_and_records_the_date() {
    let dir = record_dir();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let gran = backup(&w, "Gran 2026", "Ann");

    let r = call(&w, "check_card", json!({ "text": gran[0] })).unwrap();
    let c = &r["checks"][0];
    assert_eq!(c["status"], "active");
    assert_eq!(c["label"], "Gran 2026");
    assert_eq!(c["index"], 1);
    assert_eq!(c["holder"], "Ann");
    assert!(c["checked_on"].is_string(), "{r}");
    let listed = call(&w, "list_sets", json!({})).unwrap();
    assert_eq!(
        listed["sets"][0]["cards"][0]["last_checked"],
        c["checked_on"]
    );
    assert_eq!(listed["sets"][0]["last_check"], c["checked_on"]);

    // A card this computer never recorded: answered, not recorded.
    let elsewhere = record_dir();
    let other_app = app_with_record(MemoryKeychain::default(), &elsewhere);
    let other = backup(&window(&other_app, "main"), "Elsewhere", "Bob");
    let r = call(&w, "check_card", json!({ "text": other[1] })).unwrap();
    assert_eq!(r["checks"][0]["status"], "unknown");
    assert_eq!(r["checks"][0]["index"], 2);
    assert_eq!(r["checks"][0]["checked_on"], Value::Null);
    assert_eq!(r["checks"][0]["label"], Value::Null);

    // A damaged card: the core's message, no record change.
    let mut damaged: Vec<char> = gran[1].chars().collect();
    let i = damaged.len() / 2;
    damaged[i] = if damaged[i] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    let refused = call(&w, "check_card", json!({ "text": damaged })).unwrap_err();
    assert!(
        ["typo", "damaged"].contains(&refused["kind"].as_str().unwrap()),
        "{refused}"
    );
    assert!(!refused["message"].as_str().unwrap().is_empty());
    let refused = call(&w, "check_card", json!({ "text": "hello" })).unwrap_err();
    assert_eq!(refused["kind"], "not_a_card");

    // Retired: confirmation by the set's name, then the check-up says so.
    let id = set_id_of(&gran[0]);
    let wrong = call(&w, "retire_set", json!({ "setId": id, "confirm": "Gran" })).unwrap_err();
    assert_eq!(wrong["kind"], "not_confirmed");
    assert_eq!(
        call(&w, "list_sets", json!({})).unwrap()["sets"][0]["status"],
        "active"
    );
    let unknown = call(
        &w,
        "retire_set",
        json!({ "setId": "0011223344556677", "confirm": "x" }),
    )
    .unwrap_err();
    assert_eq!(unknown["kind"], "set_not_found");
    let listed = call(
        &w,
        "retire_set",
        json!({ "setId": id, "confirm": "Gran 2026" }),
    )
    .unwrap();
    assert_eq!(listed["sets"][0]["status"], "retired");
    assert!(listed["sets"][0]["retired_on"].is_string());
    let r = call(&w, "check_card", json!({ "text": gran[2] })).unwrap();
    assert_eq!(r["checks"][0]["status"], "retired");
    assert_eq!(
        r["checks"][0]["retired_on"],
        listed["sets"][0]["retired_on"]
    );

    // Picture check-ups take raw bytes only.
    let json_body = call(&w, "check_card_file", json!({})).unwrap_err();
    assert_eq!(json_body["kind"], "unreadable_image");
}

#[test]
fn the_record_exports_and_imports_between_computers() {
    let (a_dir, b_dir) = (record_dir(), record_dir());
    let a = app_with_record(MemoryKeychain::default(), &a_dir);
    let b = app_with_record(MemoryKeychain::default(), &b_dir);
    let (wa, wb) = (window(&a, "main"), window(&b, "main"));
    let gran = backup(&wa, "Gran 2026", "Ann");
    backup(&wa, "Dad 2022", "Bob");
    backup(&wb, "Mum 2025", "Cy");

    let file =
        std::env::temp_dir().join(format!("heirloom-ipc-{}-export.json", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let shown_a = answer_dialogs(&a, vec![Some(file.clone()), Some(file.clone())]);
    let shown_b = answer_dialogs(&b, vec![Some(file.clone()), Some(file.clone())]);
    let saved = call(&wa, "export_record", json!({})).unwrap();
    assert_eq!(saved["place"], file.display().to_string());
    assert!(!std::fs::read_to_string(&file).unwrap().contains("abandon"));

    let r = call(&wb, "import_record", json!({})).unwrap();
    assert_eq!(
        (r["added"].clone(), r["updated"].clone()),
        (json!(2), json!(0))
    );
    let labels: Vec<Value> = call(&wb, "list_sets", json!({})).unwrap()["sets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].clone())
        .collect();
    assert_eq!(labels.len(), 3, "{labels:?}");
    // The other computer checks a card; importing its record back updates one set.
    call(&wb, "check_card", json!({ "text": gran[0] })).unwrap();
    call(&wb, "export_record", json!({})).unwrap();
    let r = call(&wa, "import_record", json!({})).unwrap();
    assert_eq!(
        (r["added"].clone(), r["updated"].clone()),
        (json!(1), json!(1))
    );

    assert_eq!(
        *shown_a.lock().unwrap(),
        [choose::EXPORT_RECORD, choose::IMPORT_RECORD]
    );
    assert_eq!(
        *shown_b.lock().unwrap(),
        [choose::IMPORT_RECORD, choose::EXPORT_RECORD]
    );

    answer_dialogs(&a, vec![Some(PathBuf::from("/nonexistent/x.json")), None]);
    assert!(call(&wa, "import_record", json!({})).is_err());
    // The open dialog closed: nothing imported, and that is no error.
    assert_eq!(call(&wa, "import_record", json!({})).unwrap(), Value::Null);
    let _ = std::fs::remove_file(&file);
}

#[test]
fn a_set_is_retired_in_favour_of_a_newer_set_of_the_same_wallet() {
    let dir = record_dir();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let (old, new) = (
        backup(&w, "Gran 2025", "Ann"),
        backup(&w, "Gran 2026", "Ann"),
    );
    let (old_id, new_id) = (set_id_of(&old[0]), set_id_of(&new[0]));
    let itself = call(
        &w,
        "retire_set",
        json!({ "setId": old_id, "confirm": "Gran 2025", "replacedBy": old_id }),
    )
    .unwrap_err();
    assert_eq!(itself["kind"], "set_replaces_itself");
    assert_eq!(itself["details"]["set_id"], old_id);
    let listed = call(
        &w,
        "retire_set",
        json!({ "setId": old_id, "confirm": "Gran 2025", "replacedBy": new_id }),
    )
    .unwrap();
    let sets = listed["sets"].as_array().unwrap();
    let old_view = sets.iter().find(|s| s["set_id"] == old_id).unwrap();
    assert_eq!(old_view["status"], "retired");
    assert_eq!(old_view["replaced_by"], new_id);
    let new_view = sets.iter().find(|s| s["set_id"] == new_id).unwrap();
    assert_eq!(new_view["status"], "active");
}

#[test]
fn a_reissue_retires_the_old_set_only_once_the_new_one_is_verified() {
    let dir = record_dir();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let old_id = set_id_of(&backup(&w, "Gran 2025", "Ann")[0]);
    let make = |words: &str, replaces: &str| {
        let answers = json!({
            "label": "Gran 2027", "holders": [{ "name": "Ann", "place": "" }],
            "wallet": "Gran", "replaces": replaces
        });
        make(&w, words, answers).0
    };
    let sets =
        |w: &WebviewWindow<MockRuntime>| call(w, "list_sets", json!({})).unwrap()["sets"].clone();

    // Another wallet's words: refused before any card is made; the record is unchanged.
    let before = sets(&w);
    let legal = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    let other = make(legal, &old_id).unwrap_err();
    assert_eq!(other["kind"], "different_wallet");
    assert!(other["message"].as_str().unwrap().contains("73c5da0a"));
    assert_eq!(sets(&w), before);
    assert_eq!(
        make(ABANDON, "00000000000000ff").unwrap_err()["kind"],
        "set_not_found"
    );

    // The same wallet: one new active set, named for its wallet. The old one stays active
    // until the new cards are verified: nothing proven exists before.
    let (b, pass) = {
        let answers = json!({
            "label": "Gran 2027", "holders": [{ "name": "Ann", "place": "" }],
            "wallet": "Gran", "replaces": old_id
        });
        self::make(&w, ABANDON, answers)
    };
    let b = b.unwrap();
    assert_eq!(b["record_problem"], Value::Null);
    assert_eq!(b["replaces"], old_id.as_str());
    let new_id = b["set_id"].as_str().unwrap().to_string();
    let listed = sets(&w);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2);
    let view = |l: &[Value], id: &str| l.iter().find(|s| s["set_id"] == id).unwrap().clone();
    assert_eq!(view(listed, &old_id)["status"], "active");
    let new_view = view(listed, &new_id);
    assert_eq!(new_view["status"], "active");
    assert_eq!(new_view["replaces"], old_id.as_str());
    assert_eq!(new_view["wallet"], "Gran");
    assert_eq!(new_view["label"], "Gran 2027");

    // Verified with the passphrase from paper: now the old set is retired in its favour.
    let done = verify_all(&w, &b["set_id"], &texts_of(&b), &words_of(&pass));
    assert_eq!(done["retired"], old_id.as_str());
    let listed = sets(&w);
    let listed = listed.as_array().unwrap();
    let old_view = view(listed, &old_id);
    assert_eq!(old_view["status"], "retired");
    assert_eq!(old_view["replaced_by"], new_id.as_str());
}

#[test]
fn holders_and_places_can_be_changed_later() {
    let dir = record_dir();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let id = set_id_of(&backup(&w, "Gran 2026", "Ann")[0]);
    let listed = call(
        &w,
        "set_holders",
        json!({ "setId": id, "holders": [
            { "name": " Bea ", "place": "Lisbon" },
            { "name": "Carl", "place": "the bank box" },
            { "name": "", "place": "" }
        ] }),
    )
    .unwrap();
    let set = listed["sets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["set_id"] == id)
        .unwrap()
        .clone();
    let who: Vec<_> = set["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["index"].as_u64().unwrap(),
                c["holder"].clone(),
                c["place"].clone(),
            )
        })
        .collect();
    assert_eq!(
        who,
        vec![
            (1, json!("Bea"), json!("Lisbon")),
            (2, json!("Carl"), json!("the bank box")),
            (3, json!(""), json!("")),
        ]
    );
    let before = std::fs::read(dir.join("record.json")).unwrap();
    let too_many = call(
        &w,
        "set_holders",
        json!({ "setId": id, "holders": vec![json!({ "name": "a", "place": "" }); 4] }),
    )
    .unwrap_err();
    assert_eq!(too_many["kind"], "no_such_card");
    assert_eq!(
        std::fs::read(dir.join("record.json")).unwrap(),
        before,
        "nothing written"
    );
    let unknown = call(
        &w,
        "set_holders",
        json!({ "setId": "00000000000000ff", "holders": [] }),
    )
    .unwrap_err();
    assert_eq!(unknown["kind"], "set_not_found");
    assert_eq!(unknown["details"]["set_id"], "00000000000000ff");
    let malformed = call(
        &w,
        "set_holders",
        json!({ "setId": "not a set id", "holders": [] }),
    )
    .unwrap_err();
    assert_eq!(
        malformed["kind"], "bad_set_id",
        "not an unknown set: {malformed}"
    );
}

#[test]
fn the_check_up_reminder_period_is_chosen_and_kept() {
    let dir = record_dir();
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let id = set_id_of(&backup(&w, "Gran 2026", "Ann")[0]);
    assert_eq!(
        call(&w, "list_sets", json!({})).unwrap()["interval_days"],
        365
    );
    // Made today: due after no period, however short.
    let view = call(&w, "set_check_interval", json!({ "days": 30 })).unwrap();
    assert_eq!(view["interval_days"], 30);
    assert_eq!(view["sets"][0]["set_id"], id);
    assert_eq!(view["sets"][0]["needs_check"], false);
    let refused = call(&w, "set_check_interval", json!({ "days": 7 })).unwrap_err();
    assert_eq!(refused["kind"], "invalid_check_interval");
    // Kept in the record: a new app over the same folder sees it.
    drop(w);
    drop(app);
    let again = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&again, "main");
    assert_eq!(
        call(&w, "list_sets", json!({})).unwrap()["interval_days"],
        30
    );
}

#[test]
fn a_set_made_in_an_earlier_session_is_verified_with_its_typed_passphrase() {
    let dir = record_dir();
    // Made in one session…
    let (texts, words) = {
        let app = app_with_record(MemoryKeychain::default(), &dir);
        let w = window(&app, "main");
        let (b, pass) = make(&w, ABANDON, json!({ "label": "Gran" }));
        let texts = texts_of(&b.unwrap());
        (texts, words_of(&pass))
    };
    // …verified in the next, from the record's fingerprint and the typed passphrase.
    let app = app_with_record(MemoryKeychain::default(), &dir);
    let w = window(&app, "main");
    let id = set_id_of(&texts[0]);
    let verify = |pass: &str| {
        call(
            &w,
            "verify_set",
            json!({ "setId": id, "passphrase": pass, "onProgress": "__CHANNEL__:13" }),
        )
    };
    call(&w, "recovery_reset", json!({})).unwrap();
    for t in &texts[..2] {
        call(&w, "recovery_add_text", json!({ "text": t })).unwrap();
    }
    assert_eq!(
        verify(&words).unwrap_err()["kind"],
        "verify_needs_every_card"
    );
    call(&w, "recovery_add_text", json!({ "text": texts[2] })).unwrap();
    assert_eq!(
        verify("wrong words entirely here now").unwrap_err()["kind"],
        "wrong_passphrase"
    );
    let listed = |w: &WebviewWindow<MockRuntime>| {
        call(w, "list_sets", json!({})).unwrap()["sets"][0]["verified_on"].clone()
    };
    assert_eq!(listed(&w), Value::Null);
    assert_eq!(verify(&format!("  {words} ")).unwrap()["recorded"], true);
    assert!(listed(&w).is_string(), "the record says verified");
    assert_eq!(
        call(
            &w,
            "verify_set",
            json!({ "setId": "00000000000000ff", "passphrase": words, "onProgress": "__CHANNEL__:14" })
        )
        .unwrap_err()["kind"],
        "set_not_found"
    );
}

/** Imports `words` and saves them as `name`; the phrase's view. */
fn saved(w: &WebviewWindow<MockRuntime>, words: &str, name: &str) -> Value {
    let p = call(w, "import_phrase", json!({ "text": words })).unwrap();
    call(
        w,
        "save_wallet",
        json!({ "name": name, "phraseHandle": p["handle"] }),
    )
    .unwrap();
    p
}

/** All the cards of a set on the recovery board, checked with the passphrase `words`. */
fn verify_all(
    w: &WebviewWindow<MockRuntime>,
    set_id: &Value,
    texts: &[String],
    words: &str,
) -> Value {
    call(w, "recovery_reset", json!({})).unwrap();
    for t in texts {
        call(w, "recovery_add_text", json!({ "text": t })).unwrap();
    }
    call(
        w,
        "verify_set",
        json!({ "setId": set_id, "passphrase": words, "onProgress": "__CHANNEL__:20" }),
    )
    .unwrap()
}

#[test]
fn a_saved_wallet_is_replaced_only_with_its_fingerprint_typed() {
    let (app, w) = app_and_window();
    answer_questions(&app, true);
    saved(&w, ABANDON, "Gran");
    let legal = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    let second = call(&w, "import_phrase", json!({ "text": legal })).unwrap();
    let new_fp = second["fingerprint"].as_str().unwrap().to_string();
    let save = |confirm: Value| {
        call(
            &w,
            "save_wallet",
            json!({ "name": "Gran", "phraseHandle": second["handle"], "replaceFingerprint": confirm }),
        )
    };
    // Another wallet under the name: both fingerprints named, nothing changed.
    let taken = save(Value::Null).unwrap_err();
    assert_eq!(taken["kind"], "wallet_exists");
    let message = taken["message"].as_str().unwrap();
    assert!(
        message.contains("73c5da0a") && message.contains(&new_fp),
        "{message}"
    );
    // The new wallet's fingerprint, or a typo, does not replace it.
    for wrong in [new_fp.as_str(), "73c5da0b", ""] {
        assert_eq!(save(json!(wrong)).unwrap_err()["kind"], "not_confirmed");
    }
    assert_eq!(
        call(&w, "list_wallets", json!({})).unwrap()[0]["fingerprint"],
        "73c5da0a"
    );
    let replaced = save(json!(" 73C5DA0A ")).unwrap();
    assert_eq!(replaced["fingerprint"], new_fp.as_str());
    let listed = call(&w, "list_wallets", json!({})).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let opened = call(&w, "open_wallet", json!({ "name": "Gran" })).unwrap();
    assert_eq!(opened["fingerprint"], new_fp.as_str());
}

#[test]
fn removing_the_only_copy_of_a_wallet_is_asked_twice() {
    let (_app, w) = app_and_window();
    saved(&w, ABANDON, "Gran");
    let remove = |understood: bool| {
        call(
            &w,
            "remove_wallet",
            json!({ "name": "Gran", "confirm": "Gran", "onlyCopyUnderstood": understood }),
        )
    };
    // No card set at all: the only copy.
    let only = remove(false).unwrap_err();
    assert_eq!(only["kind"], "only_copy");
    assert!(only["message"].as_str().unwrap().contains("only copy"));
    // A set made but never verified after printing is no proven copy either.
    let (b, pass) = make(&w, ABANDON, json!({ "label": "Gran" }));
    let b = b.unwrap();
    assert_eq!(remove(false).unwrap_err()["kind"], "only_copy");
    assert_eq!(
        call(&w, "list_wallets", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Verified: the cards are a checked copy, and the name typed is enough.
    verify_all(&w, &b["set_id"], &texts_of(&b), &words_of(&pass));
    remove(false).unwrap();
    assert_eq!(call(&w, "list_wallets", json!({})).unwrap(), json!([]));

    // The second question answered: removed even without cards.
    let legal = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    saved(&w, legal, "Gran");
    assert_eq!(remove(false).unwrap_err()["kind"], "only_copy");
    remove(true).unwrap();
    assert_eq!(call(&w, "list_wallets", json!({})).unwrap(), json!([]));
}

#[test]
fn words_read_back_from_paper_are_checked_by_position() {
    let (_app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let check = |words: Value| {
        call(
            &w,
            "check_phrase_words",
            json!({ "handle": p["handle"], "words": words }),
        )
    };
    check(json!([{ "position": 1, "word": "abandon" }, { "position": 12, "word": " ABOU " }]))
        .unwrap();
    let wrong = check(json!([
        { "position": 3, "word": "abandon" },
        { "position": 12, "word": "abandon" },
        { "position": 13, "word": "about" }
    ]))
    .unwrap_err();
    assert_eq!(wrong["kind"], "written_words_differ");
    let message = wrong["message"].as_str().unwrap();
    assert!(
        message.contains("12") && message.contains("13"),
        "{message}"
    );
    assert!(!message.contains("about"), "no word is echoed: {message}");
    assert_eq!(
        check(json!([])).unwrap_err()["kind"],
        "written_words_differ"
    );
}

// --- The page is trusted with nothing (issue 17, point 7) -------------------------------

#[test]
fn a_path_from_the_page_is_never_used() {
    let (app, w) = app_and_window();
    let texts = backup(&w, "Gran 2026", "Ann");
    let set_id = set_id_of(&texts[0]);
    let base = std::env::temp_dir().join(format!("heirloom-ipc-paths-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (forced, chosen) = (base.join("forced"), base.join("chosen"));
    std::fs::create_dir_all(&forced).unwrap();
    std::fs::create_dir_all(&chosen).unwrap();
    let target = forced.join("x");
    let page = |extra: Value| {
        let mut args = json!({
            "setId": set_id, "paper": "a4", "perPage": 1, "passphraseLine": "first",
            "path": target.display().to_string(), "dir": forced.display().to_string(),
        });
        for (k, v) in extra.as_object().unwrap() {
            args[k] = v.clone();
        }
        args
    };
    let commands = [
        "save_cards_pdf",
        "save_card_pictures",
        "save_card_texts",
        "export_record",
        "import_record",
    ];
    // No dialog answered (a script calling alone): every command does nothing.
    for cmd in commands {
        assert_eq!(
            call(&w, cmd, page(json!({}))).unwrap(),
            Value::Null,
            "{cmd}"
        );
    }
    // The person chooses: the files go where they chose, never where the page said.
    answer_dialogs(
        &app,
        vec![
            Some(chosen.join("cards.pdf")),
            Some(chosen.clone()),
            Some(chosen.clone()),
            Some(chosen.join("sets.json")),
            Some(chosen.join("sets.json")),
        ],
    );
    for cmd in commands {
        assert!(call(&w, cmd, page(json!({}))).unwrap().is_object(), "{cmd}");
    }
    assert_eq!(
        std::fs::read_dir(&forced).unwrap().count(),
        0,
        "nothing written where the page said"
    );
    let mut written: Vec<String> = std::fs::read_dir(&chosen)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "card-1.png",
            "card-1.txt",
            "card-2.png",
            "card-2.txt",
            "card-3.png",
            "card-3.txt",
            "cards.pdf",
            "sets.json"
        ]
    );
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn the_page_may_open_no_file_dialog_of_its_own() {
    // The app as it runs, with the dialog plugin Rust opens its dialogs through: the
    // capabilities grant the page none of the plugin's commands.
    let app = build(
        mock_builder().plugin(tauri_plugin_dialog::init()),
        MemoryKeychain::default(),
        None,
    );
    let w = window(&app, "main");
    for cmd in [
        "plugin:dialog|save",
        "plugin:dialog|open",
        "plugin:dialog|message",
    ] {
        let refused = call(&w, cmd, json!({ "options": {}, "message": "x" })).unwrap_err();
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
}

#[test]
fn the_key_derivation_cost_never_comes_from_the_page() {
    // The app as it ships: the spec's defaults.
    let shipped = plain_app();
    assert_eq!(state(&shipped).kdf(), KdfParams::DEFAULT);

    // A request naming a cost is refused whole: nothing made, nothing used up.
    let (app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let pass = confirmed_passphrase(&w);
    let request = |extra: Value| {
        let mut r = json!({ "phraseHandle": p["handle"], "passphraseHandle": pass["handle"],
            "threshold": 2, "count": 3, "label": "" });
        for (k, v) in extra.as_object().unwrap() {
            r[k] = v.clone();
        }
        json!({ "request": r, "onProgress": "__CHANNEL__:30" })
    };
    for knob in [
        json!({ "kdfMemoryMib": 8 }),
        json!({ "kdf_memory_mib": 8 }),
        json!({ "kdf": { "memoryMib": 8 } }),
    ] {
        assert!(
            call(&w, "make_backup", request(knob.clone())).is_err(),
            "{knob}"
        );
    }
    // The cards are made at the cost the app holds (here the test's, set from Rust).
    let b = call(&w, "make_backup", request(json!({}))).unwrap();
    let card = heirloom_core::Card::from_text(texts_of(&b)[0].as_str()).unwrap();
    assert_eq!(card.header().kdf, state(&app).kdf());
    assert_eq!(card.header().kdf.memory_mib(), 8);
}

#[test]
fn a_phrase_is_shown_only_after_a_native_yes() {
    let (app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let handle = json!({ "handle": p["handle"] });
    // No dialog (a page trying alone), or "no": nothing is shown.
    for cmd in ["reveal_phrase", "reveal_seedqr"] {
        let e = call(&w, cmd, handle.clone()).unwrap_err();
        assert_eq!(e["kind"], "declined", "{cmd}");
        assert!(!e.to_string().contains("abandon"));
    }
    let asked = answer_questions(&app, false);
    for cmd in ["reveal_phrase", "reveal_seedqr"] {
        assert_eq!(
            call(&w, cmd, handle.clone()).unwrap_err()["kind"],
            "declined"
        );
    }
    assert_eq!(
        *asked.lock().unwrap(),
        [confirm::REVEAL_PHRASE, confirm::REVEAL_SEEDQR]
    );
    // Yes: the words, and the SeedQR.
    let asked = answer_questions(&app, true);
    let words = call(&w, "reveal_phrase", handle.clone()).unwrap();
    assert_eq!(words.as_array().unwrap().len(), 12);
    let svg = call(&w, "reveal_seedqr", handle.clone()).unwrap();
    assert!(svg.as_str().unwrap().contains("<svg"));
    assert_eq!(asked.lock().unwrap().len(), 2);
    // A handle that no longer works asks nothing.
    call(&w, "forget_phrase", handle.clone()).unwrap();
    assert_eq!(
        call(&w, "reveal_phrase", handle).unwrap_err()["kind"],
        "expired"
    );
    assert_eq!(asked.lock().unwrap().len(), 2);
}

#[test]
fn handles_die_with_the_page_with_time_and_with_the_next_phrase() {
    let (app, w) = app_and_window();
    answer_questions(&app, true);
    let reveal = |p: &Value| call(&w, "reveal_phrase", json!({ "handle": p["handle"] }));

    // One phrase at a time: a new one (made, imported, opened) replaces the one before.
    let first = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let second = call(&w, "generate_phrase", json!({ "words": 12 })).unwrap();
    assert_eq!(reveal(&first).unwrap_err()["kind"], "expired");
    assert!(reveal(&second).is_ok());

    // A page that loads again (the hook of `builder` calls this on PageLoadEvent::Started;
    // the mock runtime loads no page): every phrase and passphrase handle is gone.
    let pass = call(&w, "generate_passphrase", json!({})).unwrap();
    state(&app).page_loading();
    assert_eq!(reveal(&second).unwrap_err()["kind"], "expired");
    assert_eq!(
        call(
            &w,
            "confirm_passphrase",
            json!({ "handle": pass["handle"], "typed": "x" })
        )
        .unwrap_err()["kind"],
        "expired"
    );

    // A phrase unused for longer than the idle limit is forgotten, and its handle says so.
    assert_eq!(
        heirloom_app::state::PHRASE_IDLE_LIMIT,
        std::time::Duration::from_secs(15 * 60)
    );
    state(&app).set_phrase_idle_limit(std::time::Duration::from_millis(200));
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(120));
    assert!(reveal(&p).is_ok(), "each use starts the time again");
    std::thread::sleep(std::time::Duration::from_millis(120));
    assert!(reveal(&p).is_ok());
    std::thread::sleep(std::time::Duration::from_millis(250));
    state(&app).expire_idle_phrase();
    let late = reveal(&p).unwrap_err();
    assert_eq!(late["kind"], "timed_out");
    assert_eq!(
        late["message"],
        "This took too long; for safety the words were forgotten. Start again."
    );
    let e = call(
        &w,
        "save_wallet",
        json!({ "name": "Gran", "phraseHandle": p["handle"] }),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "timed_out");
}

#[test]
fn what_could_not_be_recorded_is_refused_before_any_card_is_made() {
    let (_app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let chosen = "blue roses grow under the old pier at dawn";
    let handle = call(&w, "use_chosen_passphrase", json!({ "text": chosen })).unwrap();
    call(
        &w,
        "confirm_passphrase",
        json!({ "handle": handle, "typed": chosen }),
    )
    .unwrap();
    let request = |label: String, holders: Value| {
        json!({ "request": {
            "phraseHandle": p["handle"], "passphraseHandle": handle, "threshold": 2, "count": 3,
            "label": label, "holders": holders }, "onProgress": "__CHANNEL__:3" })
    };
    let ann = json!({ "name": "Ann", "place": "" });
    let long = call(&w, "make_backup", request("L".repeat(65), json!([]))).unwrap_err();
    assert_eq!(long["kind"], "text_too_long", "{long}");
    let four = json!([ann, ann, ann, ann]);
    let extra = call(&w, "make_backup", request("Dad".into(), four)).unwrap_err();
    assert_eq!(extra["kind"], "no_such_card", "{extra}");
    let tab = json!([{ "name": "Ann", "place": "Lyon\tFrance" }]);
    let control = call(&w, "make_backup", request("Dad".into(), tab)).unwrap_err();
    assert_eq!(control["kind"], "control_character", "{control}");
    // Nothing was made, so the passphrase is still there for the corrected request.
    let b = call(&w, "make_backup", request(" Dad ".into(), json!([ann]))).unwrap();
    assert_eq!(b["label"], "Dad");
    assert_eq!(b["record_problem"], Value::Null);
    assert_eq!(b["cards"][0]["holder"]["name"], "Ann");
}
