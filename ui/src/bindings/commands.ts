// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.
// Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings

import type { Channel } from "@tauri-apps/api/core";
import type { AboutView, PhraseView, WordList, WalletView, KeychainStatus, GeneratedPassphrase, StrengthView, WrittenWord } from "./phrase";
import type { Holder, BackupView, BackupRequest, LineChoice, GuideLanguage, VerifyProgress, VerifyView, SavedView } from "./backup";
import type { BoardView, RecoveredView, ScanResult } from "./recovery";
import type { SetsView, CheckResult, ImportView } from "./sets";

/** Every command: its JSON arguments (`raw`: the request body and headers instead) and its result. */
export type Commands = {
  about: { args: Record<string, never>; returns: AboutView };
  set_language: { args: { language: GuideLanguage }; returns: null };
  generate_phrase: { args: { words: number; dice: string | null; language: WordList | null }; returns: PhraseView };
  import_phrase: { args: { text: string; language: WordList | null }; returns: PhraseView };
  word_list: { args: { language: WordList | null }; returns: Array<string> };
  suggest_words: { args: { word: string; language: WordList | null }; returns: Array<string> };
  complete_word: { args: { word: string; language: WordList }; returns: string | null };
  detect_word_list: { args: { words: Array<string> }; returns: WordList | null };
  reveal_phrase: { args: { handle: string }; returns: Array<string> };
  check_phrase_words: { args: { handle: string; words: Array<WrittenWord> }; returns: null };
  forget_phrase: { args: { handle: string }; returns: null };
  keychain_status: { args: Record<string, never>; returns: KeychainStatus };
  list_wallets: { args: Record<string, never>; returns: Array<WalletView> };
  save_wallet: { args: { name: string; phraseHandle: string; replaceFingerprint: string | null }; returns: WalletView };
  open_wallet: { args: { name: string }; returns: PhraseView };
  remove_wallet: { args: { name: string; confirm: string; onlyCopyUnderstood: boolean }; returns: null };
  generate_passphrase: { args: Record<string, never>; returns: GeneratedPassphrase };
  confirm_passphrase: { args: { handle: string; typed: string }; returns: null };
  show_passphrase_again: { args: { handle: string }; returns: Array<string> };
  passphrase_strength: { args: { text: string }; returns: StrengthView };
  use_chosen_passphrase: { args: { text: string }; returns: string };
  forget_passphrase: { args: { handle: string }; returns: null };
  make_backup: { args: { request: BackupRequest; onProgress: Channel<number> }; returns: BackupView };
  save_card_texts: { args: { setId: string }; returns: SavedView | null };
  reveal_seedqr: { args: { handle: string }; returns: string | null };
  recovery_reset: { args: Record<string, never>; returns: BoardView };
  recovery_board: { args: Record<string, never>; returns: BoardView };
  recovery_remove_card: { args: { index: number }; returns: BoardView };
  check_card_group: { args: { groupNumber: number; group: string; textLength: number }; returns: boolean | null };
  recovery_add_text: { args: { text: string }; returns: ScanResult };
  recovery_add_file: { args: "raw"; returns: ScanResult };
  recovery_add_frame: { args: "raw"; returns: ScanResult };
  recovery_keep_typed: { args: { text: string }; returns: ScanResult };
  recovery_remove_typed: { args: { position: number }; returns: BoardView };
  recovery_combine: { args: { passphrase: string; onProgress: Channel<number> }; returns: RecoveredView };
  scan_cancel: { args: { scan: number }; returns: null };
  card_previews: { args: { setId: string; passphraseLine: LineChoice }; returns: Array<string> };
  save_cards_pdf: { args: { setId: string; paper: string; perPage: number; passphraseLine: LineChoice }; returns: SavedView | null };
  print_pages: { args: { setId: string; paper: string; perPage: number; passphraseLine: LineChoice }; returns: Array<string> };
  save_card_pictures: { args: { setId: string; passphraseLine: LineChoice }; returns: SavedView | null };
  verify_set: { args: { setId: string; passphrase: string; onProgress: Channel<VerifyProgress> }; returns: VerifyView };
  list_sets: { args: Record<string, never>; returns: SetsView };
  check_card: { args: { text: string }; returns: CheckResult };
  check_card_file: { args: "raw"; returns: CheckResult };
  check_card_frame: { args: "raw"; returns: CheckResult };
  set_holders: { args: { setId: string; holders: Array<Holder> }; returns: SetsView };
  set_check_interval: { args: { days: number }; returns: SetsView };
  retire_set: { args: { setId: string; confirm: string; replacedBy: string | null }; returns: SetsView };
  export_record: { args: Record<string, never>; returns: SavedView | null };
  import_record: { args: Record<string, never>; returns: ImportView | null };
};
