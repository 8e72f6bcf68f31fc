//! The IPC harness the app's integration tests share: the app built over Tauri's mock
//! runtime with its real configuration and capabilities, a window, and a request sent as the
//! page sends it. Each test file uses part of it.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::path::{Path, PathBuf};

use heirloom_app::builder;
use heirloom_app::state::AppState;
use heirloom_core::keychain::MemoryKeychain;
use heirloom_core::registry::Registry;
use serde_json::Value;
use tauri::ipc::InvokeBody;
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Builder, Manager, WebviewWindow, WebviewWindowBuilder};

/// A record folder of this test only: tests run in parallel.
pub fn record_dir() -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let d = std::env::temp_dir().join(format!("heirloom-ipc-{}-record-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// The app on `base` over `keychain` and, if given, the record in `record`.
pub fn build(
    base: Builder<MockRuntime>,
    keychain: MemoryKeychain,
    record: Option<&Path>,
) -> App<MockRuntime> {
    builder(base, Box::new(keychain), record.map(Registry::at))
        .build(tauri::generate_context!())
        .expect("app builds")
}

/// The app as it ships, over an empty keychain and no record.
pub fn plain_app() -> App<MockRuntime> {
    build(mock_builder(), MemoryKeychain::default(), None)
}

pub fn state(app: &App<MockRuntime>) -> tauri::State<'_, AppState> {
    app.state::<AppState>()
}

pub fn window(app: &App<MockRuntime>, label: &str) -> WebviewWindow<MockRuntime> {
    WebviewWindowBuilder::new(app, label, Default::default())
        .build()
        .unwrap()
}

/// A request for `cmd` as the page sends it, with `body` and `headers`.
pub fn request(cmd: &str, body: InvokeBody, headers: tauri::http::HeaderMap) -> InvokeRequest {
    InvokeRequest {
        cmd: cmd.into(),
        callback: tauri::ipc::CallbackFn(0),
        error: tauri::ipc::CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body,
        headers,
        invoke_key: INVOKE_KEY.to_string(),
    }
}

/// The answer to `request` in `w`, as JSON.
pub fn invoke(w: &WebviewWindow<MockRuntime>, request: InvokeRequest) -> Result<Value, Value> {
    get_ipc_response(w, request).map(|b| b.deserialize::<Value>().unwrap())
}

/// `cmd` called from `w` with the JSON arguments `args`.
pub fn call(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke(
        w,
        request(cmd, InvokeBody::Json(args), tauri::http::HeaderMap::new()),
    )
}

/// The first set of the test vectors (2 of 3): its card texts, its passphrase and its words.
pub fn vector_set() -> (Vec<String>, String, String) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/card-v1.json");
    let vectors: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let set = &vectors["valid"][0];
    let cards = set["cards"].as_array().unwrap();
    (
        cards
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect(),
        set["passphrase"].as_str().unwrap().to_string(),
        set["phrase"].as_str().unwrap().to_string(),
    )
}
