// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.
// Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings

import type { IpcError } from "./ipc";

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
 * Why the set could not be added to this computer's record, if it could not: the
 * error, with its kind and facts, so the page words it in its own language.
 */
record_problem: IpcError | null, 
/**
 * Where the record was kept when it was found damaged and set aside to record this
 * set in a new one; `None` when it was sound.
 */
record_kept_aside: string | null, 
/**
 * A re-issue: the set this one replaces, retired once this one is verified.
 */
replaces: string | null, };

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

export type LineChoice = "none" | "first" | "every";

export type GuideLanguage = "en" | "es" | "fr" | "de" | "pt" | "it" | "ja" | "zh-Hans";

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
