// The home screen's record of backup sets, as state in one place: the record as last read
// (or why it could not be), the wallets it is shown beside, and what the screen works out
// from them: which sets are due, unfinished, being replaced. No DOM (index.ts and edit.ts
// render it), so state.test.ts checks it without a window.
import { messageOf, type SetView, type SetsView, type WalletView } from "../ipc";
import { t } from "../i18n";

export interface Sets {
  /** The record as last read; null when it could not be read. */
  view: SetsView | null;
  /** Why it could not be read. */
  problem: string | null;
  /** The wallets saved on this computer. */
  wallets: WalletView[];
}

/** The sets screens: where they draw, how they go back (to the home screen, read anew),
 * and the state they show. */
export interface SetsScreen {
  root: HTMLElement;
  back: () => Promise<void>;
  sets: Sets;
}

/** The record, read: its sets, or why not. */
export async function readSets(list: () => Promise<SetsView>, wallets: WalletView[] = []): Promise<Sets> {
  try {
    return { view: await list(), problem: null, wallets };
  } catch (e) {
    return { view: null, problem: messageOf(e), wallets };
  }
}

/** How a set is named to a person: its label, else its id. */
export function setName(s: { label: string | null; set_id: string }): string {
  return s.label?.trim() ? t("sets.name.label", { label: s.label }) : t("sets.name.id", { id: s.set_id });
}

/** The reminder periods offered, in days (each with its words in the catalogue). */
export const INTERVALS = [91, 182, 365, 730] as const;

/** The reminder periods to choose from: those offered, and the record's own if another. */
export function intervalChoices(current: number): number[] {
  const days: number[] = [...INTERVALS];
  if (!days.includes(current)) days.push(current);
  return days;
}

/** The days between check-ups the record asks for (a year when it was not read). */
export const intervalOf = (sets: Sets): number => sets.view?.interval_days ?? 365;

/** The record's sets, newest first (none when it was not read). */
export const allSets = (sets: Sets): SetView[] => sets.view?.sets ?? [];

/** The wallet saved here that a set is a backup of, if any. */
export const walletOf = (s: SetView, wallets: WalletView[]): WalletView | undefined =>
  wallets.find((w) => w.fingerprint === s.fingerprint);

/** A wallet's sets, newest first. */
export const setsOfWallet = (sets: Sets, fingerprint: string): SetView[] =>
  allSets(sets).filter((s) => s.fingerprint === fingerprint);

/** Active sets whose printed cards were never checked: a set is done only once verified. */
export const unfinished = (sets: Sets): SetView[] => allSets(sets).filter((s) => s.status === "active" && !s.verified_on);

/** Sets due for a check-up. */
export const due = (sets: Sets): SetView[] => allSets(sets).filter((s) => s.needs_check);

/**
 * A re-issue in progress, seen from one of its sets: both stay active until the new one is
 * verified, and the person must know which cards to keep. `replacing`: `s` is the new set,
 * `set` the old; `replacedBy`: `s` is the old set, `set` the new.
 */
export function reissueOf(s: SetView, all: SetView[]): { kind: "replacing" | "replacedBy"; set: SetView } | null {
  if (s.status !== "active") return null;
  const old = all.find((x) => x.set_id === s.replaces);
  if (old && !s.verified_on && old.status === "active") return { kind: "replacing", set: old };
  const newer = all.find((x) => x.replaces === s.set_id && x.status === "active" && !x.verified_on);
  return newer ? { kind: "replacedBy", set: newer } : null;
}

/** The sets a retired set may be named as replaced by: newer active sets of its wallet
 * (the list is newest first, so the first is the likeliest). */
export const retireCandidates = (s: SetView, all: SetView[]): SetView[] =>
  all.filter((x) => x.set_id !== s.set_id && x.status === "active" && x.fingerprint === s.fingerprint);

/** What the person types to retire a set: its label, else its id. */
export const retireWord = (s: SetView): string => s.label.trim() || s.set_id;

/** Who keeps each of a set's cards, card 1 to N (empty where nobody was recorded). */
export function holdersOf(s: SetView): { index: number; holder: string; place: string }[] {
  return Array.from({ length: s.count }, (_, k) => {
    const c = s.cards.find((x) => x.index === k + 1);
    return { index: k + 1, holder: c?.holder ?? "", place: c?.place ?? "" };
  });
}
