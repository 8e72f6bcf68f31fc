// The backup wizard's state, in one place: what the person chose so far, and what the app
// holds for them (handles only, never words), with the rules that change it. No DOM: the
// steps render it, and state.test.ts checks it.
import type { BackupRequest, BackupView, Holder, PhraseView, SetView } from "../ipc";

export interface Wizard {
  root: HTMLElement;
  mode: "new" | "import" | "existing";
  phrase?: PhraseView;
  walletName?: string;
  saved: boolean;
  threshold: number;
  count: number;
  label: string;
  holders: Holder[];
  passphrase?: string;
  /** A re-issue: the recorded set the new one replaces (retired once the new set is made). */
  replaces?: SetView;
  /** Every passphrase handle the wizard was given, to forget when it is left. */
  passphrases: string[];
  /** T = N acknowledged: losing any one card loses the wallet. */
  allCardsNeeded: boolean;
  /** The set made, once the cards exist; left before it is verified, the wizard asks. */
  made?: BackupView;
  /** The printed cards of the set made were checked. */
  verified: boolean;
}

/** Where the wizard starts: a new or typed phrase, or a wallet saved on this computer. */
export type Start = { mode: "new" | "import" } | { phrase: PhraseView; walletName: string; saved: true };

/**
 * A wizard at its start. With `replaces`, a re-issue: the same T of N and holders as the
 * old set to start from, and its wallet's name.
 */
export function newWizard(root: HTMLElement, start: Start, replaces?: SetView): Wizard {
  return {
    root,
    mode: "phrase" in start ? "existing" : start.mode,
    phrase: "phrase" in start ? start.phrase : undefined,
    walletName: "phrase" in start ? start.walletName : replaces?.wallet.trim() || undefined,
    saved: "phrase" in start,
    threshold: replaces?.threshold ?? 3,
    count: replaces?.count ?? 5,
    label: "",
    holders: replaces?.cards.map((c) => ({ name: c.holder, place: c.place })) ?? [],
    replaces,
    passphrases: [],
    allCardsNeeded: false,
    verified: false,
  };
}

/**
 * T of N chosen: T kept between 2 and N, a holder for each card (those typed kept), and the
 * acknowledgement that every card is needed dropped once T < N.
 */
export function chooseTN(w: Wizard, count: number, threshold: number): void {
  w.count = count;
  w.threshold = Math.min(Math.max(2, threshold), count);
  if (w.threshold < w.count) w.allCardsNeeded = false;
  w.holders = Array.from({ length: count }, (_, k) => w.holders[k] ?? { name: "", place: "" });
}

/** The safer choice offered beside T = N: any N − 1 of N, or 2 of 3 when N is 2. */
export function saferTN(count: number): { count: number; threshold: number } {
  return count > 2 ? { count, threshold: count - 1 } : { count: 3, threshold: 2 };
}

/** The cards step may go on: T < N, or T = N acknowledged. */
export const cardsChosen = (w: Wizard): boolean => w.threshold < w.count || w.allCardsNeeded;

/** What make_backup is asked for; null when the phrase or the passphrase is missing. */
export function backupRequest(w: Wizard): BackupRequest | null {
  if (!w.phrase || !w.passphrase) return null;
  return {
    phraseHandle: w.phrase.handle,
    passphraseHandle: w.passphrase,
    threshold: w.threshold,
    count: w.count,
    label: w.label,
    holders: w.holders,
    wallet: w.walletName ?? null,
    replaces: w.replaces?.set_id ?? null,
    allCardsNeeded: w.allCardsNeeded,
  };
}

/** The cards are made: the phrase and the passphrase they used are gone from the app. */
export function madeSet(w: Wizard, backup: BackupView): void {
  w.phrase = undefined;
  w.passphrases = w.passphrases.filter((x) => x !== w.passphrase);
  w.passphrase = undefined;
  w.made = backup;
  w.verified = false;
}

/** The wizard is left: nothing it held stays. Returns the handles to forget in the app. */
export function leftWizard(w: Wizard): { phrase: string | null; passphrases: string[] } {
  const held = { phrase: w.phrase?.handle ?? null, passphrases: w.passphrases };
  w.phrase = undefined;
  w.passphrases = [];
  w.passphrase = undefined;
  return held;
}
