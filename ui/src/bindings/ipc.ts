// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.
// Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings

import type { Channel } from "@tauri-apps/api/core";

export type IpcError = { 
/**
 * Plain words for the person at the screen.
 */
message: string, } & ({ "kind": "not_a_card", "details": Record<symbol, never> } | { "kind": "typo", "details": { group: number, } } | { "kind": "damaged", "details": { index: number | null, } } | { "kind": "other_set", "details": { expected: string, found: string, } } | { "kind": "duplicate", "details": { index: number, } } | { "kind": "not_enough_cards", "details": { have: number, need: number, } } | { "kind": "wrong_passphrase", "details": Record<symbol, never> } | { "kind": "unsupported_version", "details": { version: number, } } | { "kind": "kdf_out_of_bounds", "details": Record<symbol, never> } | { "kind": "bad_word_count", "details": { count: number, } } | { "kind": "unknown_word", "details": { position: number, } } | { "kind": "bad_checksum", "details": Record<symbol, never> } | { "kind": "invalid_threshold", "details": { threshold: number, count: number, } } | { "kind": "invalid_kdf_params", "details": Record<symbol, never> } | { "kind": "weak_passphrase", "details": Record<symbol, never> } | { "kind": "well_known_passphrase", "details": Record<symbol, never> } | { "kind": "empty_passphrase", "details": Record<symbol, never> } | { "kind": "invalid_dice", "details": { min: number, } } | { "kind": "keychain_unavailable", "details": Record<symbol, never> } | { "kind": "keychain_mismatch", "details": Record<symbol, never> } | { "kind": "wallet_exists", "details": { name: string | null, saved_fingerprint: string | null, new_fingerprint: string | null, } } | { "kind": "wallet_not_found", "details": Record<symbol, never> } | { "kind": "invalid_wallet_name", "details": Record<symbol, never> } | { "kind": "unreadable_file", "details": Record<symbol, never> } | { "kind": "unreadable_image", "details": Record<symbol, never> } | { "kind": "pdf_without_pictures", "details": Record<symbol, never> } | { "kind": "no_qr_code", "details": Record<symbol, never> } | { "kind": "card_too_large", "details": Record<symbol, never> } | { "kind": "invalid_print_layout", "details": Record<symbol, never> } | { "kind": "render_failed", "details": Record<symbol, never> } | { "kind": "randomness", "details": Record<symbol, never> } | { "kind": "record_too_new", "details": Record<symbol, never> } | { "kind": "record_damaged", "details": { kept: string, } } | { "kind": "record_unavailable", "details": { path: string, } } | { "kind": "no_data_folder", "details": Record<symbol, never> } | { "kind": "record_unreadable", "details": { path: string, } } | { "kind": "record_busy", "details": Record<symbol, never> } | { "kind": "data_folder_not_a_folder", "details": { path: string, } } | { "kind": "record_file_too_large", "details": { path: string, limit_mb: number, } } | { "kind": "too_many_sets", "details": { limit: number, } } | { "kind": "record_full", "details": { limit_mb: number, } } | { "kind": "duplicate_set_in_file", "details": { set_id: string, } } | { "kind": "invalid_set_in_file", "details": { set_id: string, reason: ErrorKind, } } | { "kind": "text_too_long", "details": { field: Field, chars: number, limit: number, } } | { "kind": "control_character", "details": { field: Field, } } | { "kind": "not_a_record_file", "details": Record<symbol, never> } | { "kind": "set_exists", "details": { set_id: string, } } | { "kind": "set_not_found", "details": { set_id: string, } } | { "kind": "no_such_card", "details": { index: number, count: number, } } | { "kind": "set_replaces_itself", "details": { set_id: string, } } | { "kind": "invalid_check_interval", "details": { days: number, } } | { "kind": "different_wallet", "details": { expected: string, found: string, } } | { "kind": "wallet_already_saved", "details": { name: string, fingerprint: string, } } | { "kind": "wallet_changed", "details": Record<symbol, never> } | { "kind": "picture_too_large", "details": { megapixels: number, limit: number, } } | { "kind": "scan_file_too_large", "details": { megabytes: number, limit: number, } } | { "kind": "too_many_pages", "details": { read: number, pages: number, limit: number, } } | { "kind": "too_many_pictures", "details": { read: number, pages: number, limit: number, } } | { "kind": "scan_time_up", "details": { read: number, pages: number, seconds: number, } } | { "kind": "scan_not_a_file", "details": Record<symbol, never> } | { "kind": "scan_cancelled", "details": Record<symbol, never> } | { "kind": "too_many_cards", "details": { limit: number, } } | { "kind": "unprintable", "details": { field: Field, character: string, } } | { "kind": "expired", "details": Record<symbol, never> } | { "kind": "timed_out", "details": Record<symbol, never> } | { "kind": "internal", "details": Record<symbol, never> } | { "kind": "passphrase_mismatch", "details": { expected: number | null, typed: number | null, position: number | null, } } | { "kind": "written_words_differ", "details": { positions: Array<number>, } } | { "kind": "passphrase_not_confirmed", "details": Record<symbol, never> } | { "kind": "not_shown_again", "details": Record<symbol, never> } | { "kind": "declined", "details": Record<symbol, never> } | { "kind": "all_cards_needed", "details": { count: number, } } | { "kind": "not_confirmed", "details": { what: Confirmation, 
/**
 * What was to be typed, when it is public (a fingerprint); `null` otherwise.
 */
expected: string | null, } } | { "kind": "only_copy", "details": { name: string, } } | { "kind": "bad_set_id", "details": Record<symbol, never> } | { "kind": "io", "details": { path: string, } } | { "kind": "file_appeared", "details": { path: string, } } | { "kind": "file_exists", "details": { folder: string, name: string, } });

export type ErrorKind = { "kind": "not_a_card", "details": Record<symbol, never> } | { "kind": "typo", "details": { group: number, } } | { "kind": "damaged", "details": { index: number | null, } } | { "kind": "other_set", "details": { expected: string, found: string, } } | { "kind": "duplicate", "details": { index: number, } } | { "kind": "not_enough_cards", "details": { have: number, need: number, } } | { "kind": "wrong_passphrase", "details": Record<symbol, never> } | { "kind": "unsupported_version", "details": { version: number, } } | { "kind": "kdf_out_of_bounds", "details": Record<symbol, never> } | { "kind": "bad_word_count", "details": { count: number, } } | { "kind": "unknown_word", "details": { position: number, } } | { "kind": "bad_checksum", "details": Record<symbol, never> } | { "kind": "invalid_threshold", "details": { threshold: number, count: number, } } | { "kind": "invalid_kdf_params", "details": Record<symbol, never> } | { "kind": "weak_passphrase", "details": Record<symbol, never> } | { "kind": "well_known_passphrase", "details": Record<symbol, never> } | { "kind": "empty_passphrase", "details": Record<symbol, never> } | { "kind": "invalid_dice", "details": { min: number, } } | { "kind": "keychain_unavailable", "details": Record<symbol, never> } | { "kind": "keychain_mismatch", "details": Record<symbol, never> } | { "kind": "wallet_exists", "details": { name: string | null, saved_fingerprint: string | null, new_fingerprint: string | null, } } | { "kind": "wallet_not_found", "details": Record<symbol, never> } | { "kind": "invalid_wallet_name", "details": Record<symbol, never> } | { "kind": "unreadable_file", "details": Record<symbol, never> } | { "kind": "unreadable_image", "details": Record<symbol, never> } | { "kind": "pdf_without_pictures", "details": Record<symbol, never> } | { "kind": "no_qr_code", "details": Record<symbol, never> } | { "kind": "card_too_large", "details": Record<symbol, never> } | { "kind": "invalid_print_layout", "details": Record<symbol, never> } | { "kind": "render_failed", "details": Record<symbol, never> } | { "kind": "randomness", "details": Record<symbol, never> } | { "kind": "record_too_new", "details": Record<symbol, never> } | { "kind": "record_damaged", "details": { kept: string, } } | { "kind": "record_unavailable", "details": { path: string, } } | { "kind": "no_data_folder", "details": Record<symbol, never> } | { "kind": "record_unreadable", "details": { path: string, } } | { "kind": "record_busy", "details": Record<symbol, never> } | { "kind": "data_folder_not_a_folder", "details": { path: string, } } | { "kind": "record_file_too_large", "details": { path: string, limit_mb: number, } } | { "kind": "too_many_sets", "details": { limit: number, } } | { "kind": "record_full", "details": { limit_mb: number, } } | { "kind": "duplicate_set_in_file", "details": { set_id: string, } } | { "kind": "invalid_set_in_file", "details": { set_id: string, reason: ErrorKind, } } | { "kind": "text_too_long", "details": { field: Field, chars: number, limit: number, } } | { "kind": "control_character", "details": { field: Field, } } | { "kind": "not_a_record_file", "details": Record<symbol, never> } | { "kind": "set_exists", "details": { set_id: string, } } | { "kind": "set_not_found", "details": { set_id: string, } } | { "kind": "no_such_card", "details": { index: number, count: number, } } | { "kind": "set_replaces_itself", "details": { set_id: string, } } | { "kind": "invalid_check_interval", "details": { days: number, } } | { "kind": "different_wallet", "details": { expected: string, found: string, } } | { "kind": "wallet_already_saved", "details": { name: string, fingerprint: string, } } | { "kind": "wallet_changed", "details": Record<symbol, never> } | { "kind": "picture_too_large", "details": { megapixels: number, limit: number, } } | { "kind": "scan_file_too_large", "details": { megabytes: number, limit: number, } } | { "kind": "too_many_pages", "details": { read: number, pages: number, limit: number, } } | { "kind": "too_many_pictures", "details": { read: number, pages: number, limit: number, } } | { "kind": "scan_time_up", "details": { read: number, pages: number, seconds: number, } } | { "kind": "scan_not_a_file", "details": Record<symbol, never> } | { "kind": "scan_cancelled", "details": Record<symbol, never> } | { "kind": "too_many_cards", "details": { limit: number, } } | { "kind": "unprintable", "details": { field: Field, character: string, } } | { "kind": "expired", "details": Record<symbol, never> } | { "kind": "timed_out", "details": Record<symbol, never> } | { "kind": "internal", "details": Record<symbol, never> } | { "kind": "passphrase_mismatch", "details": { expected: number | null, typed: number | null, position: number | null, } } | { "kind": "written_words_differ", "details": { positions: Array<number>, } } | { "kind": "passphrase_not_confirmed", "details": Record<symbol, never> } | { "kind": "not_shown_again", "details": Record<symbol, never> } | { "kind": "declined", "details": Record<symbol, never> } | { "kind": "all_cards_needed", "details": { count: number, } } | { "kind": "not_confirmed", "details": { what: Confirmation, 
/**
 * What was to be typed, when it is public (a fingerprint); `null` otherwise.
 */
expected: string | null, } } | { "kind": "only_copy", "details": { name: string, } } | { "kind": "bad_set_id", "details": Record<symbol, never> } | { "kind": "io", "details": { path: string, } } | { "kind": "file_appeared", "details": { path: string, } } | { "kind": "file_exists", "details": { folder: string, name: string, } };

export type Field = "label" | "wallet_name" | "holder_name" | "place";

export type Confirmation = "replace_wallet" | "remove_wallet" | "retire_set";

export type AboutView = { version: string, 
/**
 * The full commit hash, or "unknown" for a build outside a git checkout.
 */
commit: string, };

export type PhraseView = { 
/**
 * Opaque handle for later commands.
 */
handle: string, 
/**
 * Number of words.
 */
words: number, 
/**
 * Wallet fingerprint, 8 hex digits.
 */
fingerprint: string, 
/**
 * Word-list language.
 */
language: string, };

export type WordList = "english" | "chinese_simplified" | "chinese_traditional" | "czech" | "french" | "italian" | "japanese" | "korean" | "portuguese" | "spanish";

export type WalletView = { 
/**
 * Its name.
 */
name: string, 
/**
 * Its fingerprint.
 */
fingerprint: string, };

export type KeychainStatus = { 
/**
 * True when wallets can be saved.
 */
available: boolean, 
/**
 * Why not, in plain words.
 */
message: string | null, };

export type GeneratedPassphrase = { 
/**
 * Opaque handle.
 */
handle: string, 
/**
 * The six words, to show once.
 */
words: Array<string>, };

export type StrengthView = { 
/**
 * Estimated bits (log2 of guesses).
 */
bits: number, 
/**
 * Whether it clears the floor.
 */
acceptable: boolean, 
/**
 * Bits needed.
 */
floor_bits: number, };

export type Holder = { 
/**
 * The person, e.g. "Aunt Marie".
 */
name: string, 
/**
 * Where the card is kept, e.g. "Lyon".
 */
place: string, };

export type CardView = { 
/**
 * Card number, 1 … N.
 */
index: number, 
/**
 * The text form (what the QR holds).
 */
text: string, 
/**
 * The text in printed groups.
 */
grouped: string, 
/**
 * The QR code as an SVG document.
 */
qr_svg: string, 
/**
 * QR version.
 */
qr_version: number, 
/**
 * QR error-correction level.
 */
qr_ecc: string, 
/**
 * Who keeps it.
 */
holder: Holder, };

export type BackupView = { 
/**
 * Set id, 16 hex digits.
 */
set_id: string, 
/**
 * The holder's label.
 */
label: string, 
/**
 * Date made, YYYY-MM-DD.
 */
date: string, 
/**
 * Cards needed.
 */
threshold: number, 
/**
 * Cards made.
 */
count: number, 
/**
 * Words in the phrase.
 */
words: number, 
/**
 * Wallet fingerprint.
 */
fingerprint: string, 
/**
 * The cards.
 */
cards: Array<CardView>, 
/**
 * Why the set could not be added to this computer's record, if it could not.
 */
record_problem: string | null, 
/**
 * Where the record was kept when it was found damaged and set aside to record this
 * set in a new one; `None` when it was sound.
 */
record_kept_aside: string | null, 
/**
 * A re-issue: the set this one replaces, retired once this one is verified.
 */
replaces: string | null, };

export type BoardView = { 
/**
 * Set id of the first card, once there is one.
 */
set_id: string | null, 
/**
 * Cards needed to recover.
 */
threshold: number | null, 
/**
 * Cards in the set.
 */
count: number | null, 
/**
 * Words in the phrase the cards hold.
 */
words: number | null, 
/**
 * Card numbers in, in the order added.
 */
cards: Array<number>, 
/**
 * More cards needed (0: enough).
 */
still_needed: number | null, 
/**
 * What this computer's record knows of the set; `None` when it does not know it.
 */
known: KnownSetView | null, 
/**
 * Typed cards that did not read, kept to be corrected once the passphrase is known.
 */
typed: Array<TypedCardView>, };

export type KnownSetView = { 
/**
 * The name the holder gave the set.
 */
label: string, 
/**
 * When it was made, YYYY-MM-DD.
 */
made: string, 
/**
 * The wallet's fingerprint, 8 hex digits.
 */
fingerprint: string, 
/**
 * Who keeps each card, by card number.
 */
holders: Array<SetCardView>, 
/**
 * When the set was retired (YYYY-MM-DD), if it was: its cards still work, but a newer
 * set may exist.
 */
retired_on: string | null, };

export type TypedCardView = { 
/**
 * Its card number, when the groups that hold it are right.
 */
index: number | null, 
/**
 * The first group that does not match its check, from 1; `None` when every group
 * matches but the card's contents do not.
 */
group: number | null, 
/**
 * The text as typed, in groups of six.
 */
text: string, };

export type RecoveredView = { 
/**
 * The phrase, by handle.
 */
phrase: PhraseView, 
/**
 * Every typed card that was corrected, proven by its tag; empty when none was.
 */
corrections: Array<CorrectionView>, };

export type CorrectionView = { 
/**
 * The card's number.
 */
index: number, 
/**
 * The groups typed differently, in order.
 */
groups: Array<GroupCorrectionView>, 
/**
 * The card's whole text as corrected, in groups of six.
 */
text: string, };

export type GroupCorrectionView = { 
/**
 * The group, from 1, as printed.
 */
group: number, 
/**
 * What was typed (shorter or longer when a character was missing or extra).
 */
typed: string, 
/**
 * What the card says.
 */
corrected: string, };

export type ScanResult = { 
/**
 * Card numbers newly added.
 */
added: Array<number>, 
/**
 * Codes that were read but refused, one error each.
 */
problems: Array<IpcError>, 
/**
 * The board after.
 */
board: BoardView, };

export type SetsView = { 
/**
 * The sets, newest first.
 */
sets: Array<SetView>, 
/**
 * Where a damaged record was moved aside, if one was found just now: the person must
 * be told, since its entries are in that file and no longer in the list.
 */
kept_aside: string | null, 
/**
 * Days a set may go unchecked before the reminder.
 */
interval_days: number, };

export type SetView = { 
/**
 * Set id, 16 hex digits.
 */
set_id: string, 
/**
 * The holder's name for it; may be empty.
 */
label: string, 
/**
 * The wallet's name when it was made; may be empty.
 */
wallet: string, 
/**
 * The wallet's fingerprint, 8 hex digits.
 */
fingerprint: string, 
/**
 * When it was made, YYYY-MM-DD.
 */
made: string, 
/**
 * Cards needed (T).
 */
threshold: number, 
/**
 * Cards made (N).
 */
count: number, 
/**
 * `active` or `retired`.
 */
status: "active" | "retired", 
/**
 * When it was retired, YYYY-MM-DD.
 */
retired_on: string | null, 
/**
 * The set that replaced it, if one was named.
 */
replaced_by: string | null, 
/**
 * When its printed cards were all scanned back and checked, YYYY-MM-DD.
 */
verified_on: string | null, 
/**
 * A re-issue: the set this one replaces. Until this set is verified, both are active
 * and the old cards are the ones to keep.
 */
replaces: string | null, 
/**
 * The latest check-up of any of its cards, YYYY-MM-DD.
 */
last_check: string | null, 
/**
 * An active set not checked (nor made or verified) within the interval.
 */
needs_check: boolean, 
/**
 * Its cards, by number.
 */
cards: Array<SetCardView>, };

export type SetCardView = { 
/**
 * Card number.
 */
index: number, 
/**
 * Who keeps it.
 */
holder: string, 
/**
 * Where.
 */
place: string, 
/**
 * Last check-up, YYYY-MM-DD.
 */
last_checked: string | null, };

export type CardCheckView = { 
/**
 * Set id, 16 hex digits.
 */
set_id: string, 
/**
 * Card number.
 */
index: number, 
/**
 * Cards needed (T).
 */
threshold: number, 
/**
 * Cards in the set (N).
 */
count: number, 
/**
 * `active`, `retired` or `unknown`.
 */
status: "active" | "retired" | "unknown", 
/**
 * The set's name, when this computer knows the set.
 */
label: string | null, 
/**
 * When the set was made, when known.
 */
made: string | null, 
/**
 * When the set was retired.
 */
retired_on: string | null, 
/**
 * Who keeps this card, when known.
 */
holder: string | null, 
/**
 * Where, when known.
 */
place: string | null, 
/**
 * The date recorded for this check-up; `None` when nothing was recorded (an unknown set).
 */
checked_on: string | null, };

export type CheckResult = { 
/**
 * The intact cards found.
 */
checks: Array<CardCheckView>, 
/**
 * Codes that were not intact cards, one per code.
 */
problems: Array<IpcError>, 
/**
 * Where a damaged record was moved aside, if that happened.
 */
kept_aside: string | null, };

export type ImportView = { 
/**
 * Sets new to this computer.
 */
added: number, 
/**
 * Sets that gained something.
 */
updated: number, 
/**
 * Where a damaged record was moved aside, if that happened.
 */
kept_aside: string | null, };

export type VerifyProgress = { 
/**
 * Subsets checked so far.
 */
checked: number, 
/**
 * Subsets in all, C(N, T).
 */
total: number, };

export type VerifyView = { 
/**
 * The record says the set is verified.
 */
recorded: boolean, 
/**
 * The set this one replaced, retired just now (a re-issue is finished).
 */
retired: string | null, };

export type SavedView = { 
/**
 * The file saved, or the folder the files were saved in.
 */
place: string, 
/**
 * Each file saved, in card order (one for a single file).
 */
files: Array<string>, 
/**
 * Where a damaged record was moved aside while it was read, if that happened (an
 * export of the record only).
 */
kept_aside: string | null, };

export type BackupRequest = { 
/**
 * Handle of the held phrase.
 */
phraseHandle: string, 
/**
 * Handle of the passphrase, typed back from paper with `confirm_passphrase`.
 */
passphraseHandle: string, 
/**
 * Cards needed (T).
 */
threshold: number, 
/**
 * Cards made (N).
 */
count: number, 
/**
 * The set's label.
 */
label: string, 
/**
 * Who keeps each card, in card order.
 */
holders: Array<Holder>, 
/**
 * The wallet's name, for the record.
 */
wallet: string | null, 
/**
 * A re-issue: the recorded set the new one replaces (retired once the new one is
 * verified).
 */
replaces: string | null, 
/**
 * T = N was chosen knowing that losing any one card loses the wallet.
 */
allCardsNeeded: boolean, };

export type WrittenWord = { 
/**
 * Position in the phrase, 1-based.
 */
position: number, 
/**
 * The word as read from the paper.
 */
word: string, };

export type LineChoice = "none" | "first" | "every";

export type ScanProgress = { "stage": "opening" } | { "stage": "reading", 
/**
 * The page being read, counted from 1.
 */
page: number, 
/**
 * How many pages this pass reads.
 */
pages: number, } | { "stage": "looking_closer", 
/**
 * The page the picture is on.
 */
page: number, 
/**
 * Which of the pictures that get a closer look, counted from 1.
 */
n: number, 
/**
 * How many pictures get one.
 */
of: number, 
/**
 * The pass on this picture, counted from 1.
 */
pass: number, 
/**
 * How many passes this picture gets.
 */
passes: number, };

/** Every command: its JSON arguments (`raw`: the request body and headers instead) and its result. */
export type Commands = {
  about: { args: Record<string, never>; returns: AboutView };
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
  check_card_group: { args: { groupNumber: number; group: string }; returns: boolean };
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
