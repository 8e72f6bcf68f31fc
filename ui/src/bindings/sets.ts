// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.
// Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings

import type { IpcError } from "./ipc";

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
kept_aside: string | null, 
/**
 * Whether a card among `checks` was read from the text printed under its QR code
 * (OCR), because the code itself could not be read: the card is intact but its code
 * is not, which is what a check-up is for finding.
 */
read_from_printed_text: boolean, };

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
