// Every app command gets an allow-/deny- permission, so capabilities can name exactly the
// commands a window may call; reveal_phrase is granted on its own line.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(heirloom_app_commands::ALL)),
    )
    .expect("tauri build configuration");
    emit_commit();
}

include!("build_commit.rs");

mod heirloom_app_commands {
    include!("src/command_names.rs");
}
