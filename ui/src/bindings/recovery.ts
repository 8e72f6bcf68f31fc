// GENERATED from the Rust definitions by src-tauri/src/bindings.rs (ts-rs): do not edit.
// Regenerate: HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings

import type { IpcError } from "./ipc";
import type { PhraseView } from "./phrase";
import type { SetCardView } from "./sets";

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
text: string, 
/**
 * Read from the card's printed text (in a picture whose QR code gave nothing), not
 * typed by the person.
 */
from_print: boolean, };

export type RecoveredView = { 
/**
 * The phrase, by handle.
 */
phrase: PhraseView, 
/**
 * Every typed card that was corrected, proven by its tag; empty when none was.
 */
corrections: Array<CorrectionView>, 
/**
 * The typed cards (or readings of the printed text) that could not be corrected and
 * were left out, the other cards being enough: each one's card number when its
 * groups show it. Empty when every card was used.
 */
left_out: Array<number | null>, };

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
text: string, 
/**
 * The text corrected was read from the card's print, not typed.
 */
from_print: boolean, };

export type GroupCorrectionView = { 
/**
 * The group, from 1, as printed.
 */
group: number, 
/**
 * What was typed (shorter or longer when a character was missing or extra), or read
 * from the print; empty when nothing was (for a reading, a group it lost).
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
 * Whether a card read from the text printed under a QR code that could not be read
 * (OCR) went on the board: as a typed card does, proven only by the passphrase.
 */
read_from_printed_text: boolean, 
/**
 * The board after.
 */
board: BoardView, };

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
