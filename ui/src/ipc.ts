// Typed wrappers around the app's commands. Nothing secret is kept here: phrases and
// passphrases live in the Rust side behind handles.
import { Channel, invoke, type InvokeArgs } from "@tauri-apps/api/core";

import { errorText } from "./i18n/errors";
import { english, t } from "./i18n";
import type {
  BackupRequest,
  Commands,
  Holder,
  ErrorKind,
  GuideLanguage,
  IpcError as AppError,
  LineChoice,
  ScanProgress,
  VerifyProgress,
  WordList,
  WrittenWord,
} from "./bindings/ipc";

// Every view, argument and error kind is generated from the Rust definitions
// (src-tauri/src/bindings.rs, checked in under ./bindings/, failing a test when stale):
// this file only wraps the commands in functions.
export type * from "./bindings/ipc";

/**
 * A failure as the screens see it: the app's `{kind, message, details}`, or one the page
 * makes itself (`unexpected`: not an IpcError at all). Screens branch on `kind` and read
 * the facts from `details`, never from `message`.
 */
export type IpcError = AppError | { kind: "unexpected"; details: Record<string, never>; message: string };

/** The facts of an error of kind `K`. */
export type Details<K extends ErrorKind["kind"]> = Extract<ErrorKind, { kind: K }>["details"];

/** The error as an IpcError of kind `kind`, with its details typed; null when it is not one. */
export function errorOf<K extends ErrorKind["kind"]>(e: unknown, kind: K): (AppError & { kind: K; details: Details<K> }) | null {
  return isIpcError(e) && e.kind === kind ? (e as AppError & { kind: K; details: Details<K> }) : null;
}

export function isIpcError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e && "details" in e;
}

/** Any failure as an IpcError: an `unexpected` one when it is not the app's. */
export function asIpcError(e: unknown): IpcError {
  return isIpcError(e) ? e : { kind: "unexpected", details: {}, message: english("error.unexpected") };
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

/** The words a person reads for any failure, including ones that are not IpcErrors, in
 * the app's language (ui/src/i18n/errors.ts). */
export function messageOf(e: unknown): string {
  if (isIpcError(e)) return errorText(e);
  return t("error.unexpected");
}

/** A scan's progress channel travels in a header: the file's bytes are the body. */
function progressHeader(progress?: Channel<ScanProgress>): { headers: Record<string, string> } | undefined {
  return progress ? { headers: { "x-progress": `__CHANNEL__:${progress.id}` } } : undefined;
}

/** The largest picture or PDF Heirloom reads: the core's scan::budget::MAX_FILE_BYTES. */
export const MAX_SCAN_FILE_BYTES = 150_000_000;

/** Calls command `cmd` with its arguments, both typed by the generated `Commands`. */
function call<K extends keyof Commands>(
  cmd: K,
  ...args: Commands[K]["args"] extends Record<string, never> ? [] : [Commands[K]["args"]]
): Promise<Commands[K]["returns"]> {
  return invoke<Commands[K]["returns"]>(cmd, args[0] as InvokeArgs | undefined);
}

/** Calls a command whose argument is the request body (a file's or a frame's bytes). */
function callRaw<K extends keyof Commands>(cmd: K & { [C in K]: Commands[C]["args"] extends "raw" ? C : never }[K], body: Uint8Array, headers?: { headers: Record<string, string> }): Promise<Commands[K]["returns"]> {
  return invoke<Commands[K]["returns"]>(cmd, body, headers);
}

export const api = {
  about: () => call("about"),
  /** The page is now shown in `language`: the native dialogs Rust opens, and the printed
   * family guide, speak it too. */
  setLanguage: (language: GuideLanguage) => call("set_language", { language }),
  /** A new phrase in the words of `language`. */
  generatePhrase: (words: number, dice: string | null, language: WordList = "english") =>
    call("generate_phrase", { words, dice, language }),
  /** `language`: the list the person chose; null reads the words in any list. */
  importPhrase: (text: string, language: WordList | null = null) => call("import_phrase", { text, language }),
  /** A word list, composed (NFC) as people type it; ui/src/words.ts keeps them. */
  wordList: (language: WordList = "english") => call("word_list", { language }),
  suggestWords: (word: string, language: WordList = "english") => call("suggest_words", { word, language }),
  /** The list word that `word` stands for (accents left out, first four letters), or null. */
  completeWord: (word: string, language: WordList) => call("complete_word", { word, language }),
  /** The list that most of `words` are on, or null when none is on any. */
  detectWordList: (words: string[]) => call("detect_word_list", { words }),
  /** The words, after a native dialog the person answers ("declined" when they say no). */
  revealPhrase: (handle: string) => call("reveal_phrase", { handle }),
  forgetPhrase: (handle: string) => call("forget_phrase", { handle }),
  keychainStatus: () => call("keychain_status"),
  listWallets: () => call("list_wallets"),
  /** `replaceFingerprint`: the saved wallet's fingerprint, typed to replace it. */
  saveWallet: (name: string, phraseHandle: string, replaceFingerprint: string | null = null) =>
    call("save_wallet", { name, phraseHandle, replaceFingerprint }),
  checkPhraseWords: (handle: string, words: WrittenWord[]) => call("check_phrase_words", { handle, words }),
  openWallet: (name: string) => call("open_wallet", { name }),
  removeWallet: (name: string, confirm: string, onlyCopyUnderstood: boolean) =>
    call("remove_wallet", { name, confirm, onlyCopyUnderstood }),
  generatePassphrase: () => call("generate_passphrase"),
  confirmPassphrase: (handle: string, typed: string) => call("confirm_passphrase", { handle, typed }),
  /** The generated words again, after a native dialog the person answers. */
  showPassphraseAgain: (handle: string) => call("show_passphrase_again", { handle }),
  passphraseStrength: (text: string) => call("passphrase_strength", { text }),
  forgetPassphrase: (handle: string) => call("forget_passphrase", { handle }),
  useChosenPassphrase: (text: string) => call("use_chosen_passphrase", { text }),
  makeBackup: (request: BackupRequest, onProgress: (pct: number) => void) => {
    const channel = new Channel<number>();
    channel.onmessage = onProgress;
    return call("make_backup", { request, onProgress: channel });
  },
  /** Asks for a folder in a native dialog (null: closed) and saves one text file per card. */
  saveCardTexts: (setId: string) => call("save_card_texts", { setId }),

  // Recovery: cards come in from the camera, files or typed text into one board.
  recoveryReset: () => call("recovery_reset"),
  recoveryBoard: () => call("recovery_board"),
  recoveryRemoveCard: (index: number) => call("recovery_remove_card", { index }),
  checkCardGroup: (groupNumber: number, group: string, textLength: number) => call("check_card_group", { groupNumber, group, textLength }),
  recoveryAddText: (text: string) => call("recovery_add_text", { text }),
  /** A typed card that failed its checks, kept as typed to be corrected with the passphrase. */
  recoveryKeepTyped: (text: string) => call("recovery_keep_typed", { text }),
  recoveryRemoveTyped: (position: number) => call("recovery_remove_typed", { position }),
  /** A picture or PDF: its bytes go as the raw body, not as JSON; progress (if asked for)
   * on `progress`, whose id `scanCancel` takes. */
  recoveryAddFile: (bytes: Uint8Array, progress?: Channel<ScanProgress>) =>
    callRaw("recovery_add_file", bytes, progressHeader(progress)),
  /** Stops the scan of a file whose progress channel has this id: it answers `scan_cancelled`. */
  scanCancel: (scan: number) => call("scan_cancel", { scan }),
  /** One camera frame: grey pixels, one byte each, row-major. */
  recoveryAddFrame: (grey: Uint8Array, width: number, height: number, attempt: number) =>
    callRaw("recovery_add_frame", grey, {
      headers: { "x-width": String(width), "x-height": String(height), "x-attempt": String(attempt) },
    }),
  recoveryCombine: (passphrase: string, onProgress: (pct: number) => void) => {
    const channel = new Channel<number>();
    channel.onmessage = onProgress;
    return call("recovery_combine", { passphrase, onProgress: channel });
  },
  // The record of backup sets: list, check-up, retire, export and import.
  listSets: () => call("list_sets"),
  checkCard: (text: string) => call("check_card", { text }),
  /** A picture or PDF of a card: its bytes go as the raw body; progress as for recoveryAddFile. */
  checkCardFile: (bytes: Uint8Array, progress?: Channel<ScanProgress>) =>
    callRaw("check_card_file", bytes, progressHeader(progress)),
  /** One camera frame for a check-up; `seen` ("SETID:INDEX") are the cards already shown. */
  checkCardFrame: (grey: Uint8Array, width: number, height: number, attempt: number, seen: string[]) =>
    callRaw("check_card_frame", grey, {
      headers: { "x-width": String(width), "x-height": String(height), "x-attempt": String(attempt), "x-seen": seen.join(",") },
    }),
  setHolders: (setId: string, holders: Holder[]) => call("set_holders", { setId, holders }),
  setCheckInterval: (days: number) => call("set_check_interval", { days }),
  retireSet: (setId: string, confirm: string, replacedBy: string | null) =>
    call("retire_set", { setId, confirm, replacedBy }),
  /** Asks where in a native save dialog (null: closed). */
  exportRecord: () => call("export_record"),
  /** Asks which file in a native open dialog (null: closed). */
  importRecord: () => call("import_record"),
  /** The SeedQR, after a native dialog the person answers ("declined" when they say no). */
  revealSeedQr: (handle: string) => call("reveal_seedqr", { handle }),

  // Printing a set made this session.
  cardPreviews: (setId: string, passphraseLine: PassphraseLine) => call("card_previews", { setId, passphraseLine }),
  /** Asks where in a native save dialog (null: closed), then writes the PDF there. */
  // The family guide is printed in the language the app is shown in (set_language).
  saveCardsPdf: (setId: string, options: PrintChoice) => call("save_cards_pdf", { setId, ...options }),
  /** The print job's pages, one SVG each at paper size, for the system's print dialog. */
  printPages: (setId: string, options: PrintChoice) => call("print_pages", { setId, ...options }),
  /** Asks for a folder in a native dialog (null: closed) and saves one PNG per card. */
  saveCardPictures: (setId: string, passphraseLine: PassphraseLine) =>
    call("save_card_pictures", { setId, passphraseLine }),
  /** Checks every T of the cards on the recovery board, opened with the passphrase typed
   * from paper, against the set's wallet. */
  verifySet: (setId: string, passphrase: string, onProgress: (p: VerifyProgress) => void) => {
    const channel = new Channel<VerifyProgress>();
    channel.onmessage = onProgress;
    return call("verify_set", { setId, passphrase, onProgress: channel });
  },
};

/** How the holder wants the cards printed (`paper`: "a4" or "letter"): save_cards_pdf's
 * and print_pages' arguments but the set. */
export type PrintChoice = Omit<Commands["save_cards_pdf"]["args"], "setId">;

/** Which cards get a line to hand-write the passphrase on: one at most by default. */
export type PassphraseLine = LineChoice;
