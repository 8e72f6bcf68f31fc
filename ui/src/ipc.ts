// Typed wrappers around the app's commands. Nothing secret is kept here: phrases and
// passphrases live in the Rust side behind handles.
import { Channel, invoke } from "@tauri-apps/api/core";

export interface IpcError {
  kind: string;
  message: string;
}

export function isIpcError(e: unknown): e is IpcError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

/**
 * The phrase sat unused too long and Rust forgot it ("This took too long; for safety the
 * words were forgotten. Start again."): the screen that held it has nothing left to do.
 */
export function isTimedOut(e: unknown): boolean {
  return isIpcError(e) && e.kind === "timed_out";
}

/**
 * The longest set label, holder name and place Heirloom records and prints, in characters:
 * heirloom_core's MAX_LABEL_CHARS, MAX_HOLDER_NAME_CHARS and MAX_PLACE_CHARS. Rust refuses
 * longer ones; the fields stop there and say so.
 */
export const LIMITS = { label: 64, holderName: 64, place: 128 } as const;

/** The words a person reads for any failure, including ones that are not IpcErrors. */
export function messageOf(e: unknown): string {
  if (isIpcError(e)) return e.message;
  return "Something unexpected went wrong. Nothing was lost; please try again.";
}

export interface PhraseView {
  handle: string;
  words: number;
  fingerprint: string;
  language: string;
}
export interface WalletView {
  name: string;
  fingerprint: string;
}
export interface KeychainStatus {
  available: boolean;
  message: string | null;
}
export interface GeneratedPassphrase {
  handle: string;
  words: string[];
}
export interface StrengthView {
  bits: number;
  acceptable: boolean;
  floor_bits: number;
}
export interface Holder {
  name: string;
  place: string;
}
export interface CardView {
  index: number;
  text: string;
  grouped: string;
  qr_svg: string;
  qr_version: number;
  qr_ecc: string;
  holder: Holder;
}
export interface BackupView {
  set_id: string;
  label: string;
  date: string;
  threshold: number;
  count: number;
  words: number;
  fingerprint: string;
  cards: CardView[];
  /** Why the set is not in this computer's record, when it could not be written. */
  record_problem: string | null;
  /** A re-issue: the set this one replaces, retired once this one is verified. */
  replaces: string | null;
}
/** How far the scan of a picture or PDF has come (scan::Progress in the core). */
export type ScanProgress =
  | { stage: "opening" }
  | { stage: "reading"; page: number; pages: number }
  | { stage: "looking_closer"; page: number; n: number; of: number; pass: number; passes: number };

/** The largest picture or PDF Heirloom reads: the core's scan::budget::MAX_FILE_BYTES. */
export const MAX_SCAN_FILE_BYTES = 150_000_000;

/** A scan's progress channel travels in a header: the file's bytes are the body. */
function progressHeader(progress?: Channel<ScanProgress>): { headers: Record<string, string> } | undefined {
  return progress ? { headers: { "x-progress": `__CHANNEL__:${progress.id}` } } : undefined;
}

/** How far a check of printed cards has come. */
export interface VerifyProgress {
  checked: number;
  total: number;
}
/** A verified set, as this computer's record now has it. */
export interface VerifyView {
  recorded: boolean;
  /** The set this one replaced, retired just now. */
  retired: string | null;
}
/** A word of the phrase as written on the person's paper. */
export interface WrittenWord {
  position: number;
  word: string;
}

export interface BoardView {
  set_id: string | null;
  threshold: number | null;
  count: number | null;
  words: number | null;
  cards: number[];
  still_needed: number | null;
  /** What this computer's record knows of the set (label, date, holders), if anything. */
  known?: KnownSetView | null;
}
export interface KnownSetView {
  label: string;
  made: string;
  fingerprint: string;
  holders: SetCardView[];
  retired_on: string | null;
}
export interface ScanResult {
  added: number[];
  problems: IpcError[];
  board: BoardView;
}

export interface SetCardView {
  index: number;
  holder: string;
  place: string;
  last_checked: string | null;
}
export interface SetView {
  set_id: string;
  label: string;
  wallet: string;
  fingerprint: string;
  made: string;
  threshold: number;
  count: number;
  status: "active" | "retired";
  retired_on: string | null;
  replaced_by: string | null;
  verified_on: string | null;
  /** A re-issue: the set this one replaces (both active until this one is verified). */
  replaces: string | null;
  last_check: string | null;
  needs_check: boolean;
  cards: SetCardView[];
}
export interface SetsView {
  sets: SetView[];
  kept_aside: string | null;
  interval_days: number;
}
export interface CardCheckView {
  set_id: string;
  index: number;
  threshold: number;
  count: number;
  status: "active" | "retired" | "unknown";
  label: string | null;
  made: string | null;
  retired_on: string | null;
  holder: string | null;
  place: string | null;
  checked_on: string | null;
}
export interface CheckResult {
  checks: CardCheckView[];
  problems: IpcError[];
  kept_aside: string | null;
}
/** Files saved where the person chose in a native dialog, which Rust opened: the page
 * learns where they went, to say so, and never says where they go. */
export interface SavedView {
  /** The file saved, or the folder the files were saved in. */
  place: string;
  files: string[];
  kept_aside: string | null;
}
export interface ImportView {
  added: number;
  updated: number;
  kept_aside: string | null;
}

export const api = {
  generatePhrase: (words: number, dice: string | null) =>
    invoke<PhraseView>("generate_phrase", { words, dice }),
  importPhrase: (text: string) => invoke<PhraseView>("import_phrase", { text }),
  wordList: () => invoke<string[]>("word_list"),
  suggestWords: (word: string) => invoke<string[]>("suggest_words", { word }),
  /** The words, after a native dialog the person answers ("declined" when they say no). */
  revealPhrase: (handle: string) => invoke<string[]>("reveal_phrase", { handle }),
  forgetPhrase: (handle: string) => invoke<void>("forget_phrase", { handle }),
  keychainStatus: () => invoke<KeychainStatus>("keychain_status"),
  listWallets: () => invoke<WalletView[]>("list_wallets"),
  /** `replaceFingerprint`: the saved wallet's fingerprint, typed to replace it. */
  saveWallet: (name: string, handle: string, replaceFingerprint: string | null = null) =>
    invoke<WalletView>("save_wallet", { name, handle, replaceFingerprint }),
  checkPhraseWords: (handle: string, words: WrittenWord[]) => invoke<void>("check_phrase_words", { handle, words }),
  openWallet: (name: string) => invoke<PhraseView>("open_wallet", { name }),
  removeWallet: (name: string, confirm: string, onlyCopyUnderstood: boolean) =>
    invoke<void>("remove_wallet", { name, confirm, onlyCopyUnderstood }),
  generatePassphrase: () => invoke<GeneratedPassphrase>("generate_passphrase"),
  confirmPassphrase: (handle: string, typed: string) =>
    invoke<void>("confirm_passphrase", { handle, typed }),
  /** The generated words again, after a native dialog the person answers. */
  showPassphraseAgain: (handle: string) => invoke<string[]>("show_passphrase_again", { handle }),
  passphraseStrength: (text: string) => invoke<StrengthView>("passphrase_strength", { text }),
  forgetPassphrase: (handle: string) => invoke<void>("forget_passphrase", { handle }),
  useChosenPassphrase: (text: string) => invoke<string>("use_chosen_passphrase", { text }),
  makeBackup: (
    request: {
      phraseHandle: string;
      /** A passphrase typed back from paper (confirmPassphrase). */
      passphraseHandle: string;
      threshold: number;
      count: number;
      label: string;
      holders: Holder[];
      /** The wallet's name on this computer, recorded with the set. */
      wallet: string | null;
      /** A re-issue: the recorded set of the same wallet that the new set replaces. */
      replaces: string | null;
      /** T = N, acknowledged: losing any one card loses the wallet. */
      allCardsNeeded: boolean;
    },
    onProgress: (pct: number) => void,
  ) => {
    const channel = new Channel<number>();
    channel.onmessage = onProgress;
    return invoke<BackupView>("make_backup", { request, onProgress: channel });
  },
  /** Asks for a folder in a native dialog (null: closed) and saves one text file per card. */
  saveCardTexts: (setId: string) => invoke<SavedView | null>("save_card_texts", { setId }),

  // Recovery: cards come in from the camera, files or typed text into one board.
  recoveryReset: () => invoke<BoardView>("recovery_reset"),
  recoveryBoard: () => invoke<BoardView>("recovery_board"),
  recoveryRemoveCard: (index: number) => invoke<BoardView>("recovery_remove_card", { index }),
  checkCardGroup: (groupNumber: number, group: string) =>
    invoke<boolean>("check_card_group", { groupNumber, group }),
  recoveryAddText: (text: string) => invoke<ScanResult>("recovery_add_text", { text }),
  /** A picture or PDF: its bytes go as the raw body, not as JSON; progress (if asked for)
   * on `progress`, whose id `scanCancel` takes. */
  recoveryAddFile: (bytes: Uint8Array, progress?: Channel<ScanProgress>) =>
    invoke<ScanResult>("recovery_add_file", bytes, progressHeader(progress)),
  /** Stops the scan of a file whose progress channel has this id: it answers `scan_cancelled`. */
  scanCancel: (scan: number) => invoke<void>("scan_cancel", { scan }),
  /** One camera frame: grey pixels, one byte each, row-major. */
  recoveryAddFrame: (grey: Uint8Array, width: number, height: number, attempt: number) =>
    invoke<ScanResult>("recovery_add_frame", grey, {
      headers: { "x-width": String(width), "x-height": String(height), "x-attempt": String(attempt) },
    }),
  recoveryCombine: (passphrase: string, onProgress: (pct: number) => void) => {
    const channel = new Channel<number>();
    channel.onmessage = onProgress;
    return invoke<PhraseView>("recovery_combine", { passphrase, onProgress: channel });
  },
  // The record of backup sets: list, check-up, retire, export and import.
  listSets: () => invoke<SetsView>("list_sets"),
  checkCard: (text: string) => invoke<CheckResult>("check_card", { text }),
  /** A picture or PDF of a card: its bytes go as the raw body; progress as for recoveryAddFile. */
  checkCardFile: (bytes: Uint8Array, progress?: Channel<ScanProgress>) =>
    invoke<CheckResult>("check_card_file", bytes, progressHeader(progress)),
  /** One camera frame for a check-up; `seen` ("SETID:INDEX") are the cards already shown. */
  checkCardFrame: (grey: Uint8Array, width: number, height: number, attempt: number, seen: string[]) =>
    invoke<CheckResult>("check_card_frame", grey, {
      headers: { "x-width": String(width), "x-height": String(height), "x-attempt": String(attempt), "x-seen": seen.join(",") },
    }),
  setHolders: (setId: string, holders: Holder[]) => invoke<SetsView>("set_holders", { setId, holders }),
  setCheckInterval: (days: number) => invoke<SetsView>("set_check_interval", { days }),
  retireSet: (setId: string, confirm: string, replacedBy: string | null) =>
    invoke<SetsView>("retire_set", { setId, confirm, replacedBy }),
  /** Asks where in a native save dialog (null: closed). */
  exportRecord: () => invoke<SavedView | null>("export_record"),
  /** Asks which file in a native open dialog (null: closed). */
  importRecord: () => invoke<ImportView | null>("import_record"),
  /** The SeedQR, after a native dialog the person answers ("declined" when they say no). */
  revealSeedQr: (handle: string) => invoke<string | null>("reveal_seedqr", { handle }),

  // Printing a set made this session.
  cardPreviews: (setId: string, passphraseLine: PassphraseLine) =>
    invoke<string[]>("card_previews", { setId, passphraseLine }),
  /** Asks where in a native save dialog (null: closed), then writes the PDF there. */
  saveCardsPdf: (setId: string, options: PrintChoice) =>
    invoke<SavedView | null>("save_cards_pdf", { setId, ...options }),
  /** The print job's pages, one SVG each at paper size, for the system's print dialog. */
  printPages: (setId: string, options: PrintChoice) => invoke<string[]>("print_pages", { setId, ...options }),
  /** Asks for a folder in a native dialog (null: closed) and saves one PNG per card. */
  saveCardPictures: (setId: string, passphraseLine: PassphraseLine) =>
    invoke<SavedView | null>("save_card_pictures", { setId, passphraseLine }),
  /** Checks every T of the cards on the recovery board, opened with the passphrase typed
   * from paper, against the set's wallet. */
  verifySet: (setId: string, passphrase: string, onProgress: (p: VerifyProgress) => void) => {
    const channel = new Channel<VerifyProgress>();
    channel.onmessage = onProgress;
    return invoke<VerifyView>("verify_set", { setId, passphrase, onProgress: channel });
  },
};

/** How the holder wants the cards printed. */
export interface PrintChoice {
  paper: "a4" | "letter";
  perPage: number;
  passphraseLine: PassphraseLine;
}

/** Which cards get a line to hand-write the passphrase on: one at most by default. */
export type PassphraseLine = "none" | "first" | "every";
