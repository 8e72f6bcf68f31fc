// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.
// Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings

import type { IpcError } from "./ipc";

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
 * Why not: an error of kind `keychain_unavailable` (or another), so the page words it
 * in its own language.
 */
problem: IpcError | null, };

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

export type WrittenWord = { 
/**
 * Position in the phrase, 1-based.
 */
position: number, 
/**
 * The word as read from the paper.
 */
word: string, };
