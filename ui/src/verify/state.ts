// The check of printed cards, as state in one place: the set checked, the cards brought
// back so far, where the check stands and what it said. No DOM (the screen in index.ts
// renders it) and no passphrase: that stays in its field until the check takes it.
import { messageOf, type BoardView, type IpcError, type ScanResult, type VerifyProgress, type VerifyView } from "../ipc";
import { list, sentences, t } from "../i18n";

/** What the check needs of a set: it may be one made this session, or one recorded. */
export interface VerifyTarget {
  set_id: string;
  count: number;
  threshold: number;
  fingerprint: string;
}

/** Where the check stands: cards coming in, all in, the check running, its answer. */
export type Phase = "collecting" | "allIn" | "checking" | "verified" | "failed";

export interface VerifyState {
  target: VerifyTarget;
  /** The card numbers brought back, as the board has them. */
  cards: number[];
  /** Why the codes read last were refused. */
  problems: IpcError[];
  phase: Phase;
  /** How far the running check has come; null before its first report. */
  progress: VerifyProgress | null;
  /** The check's answer, once verified. */
  result: VerifyView | null;
  /** What went wrong last, in words; null when nothing did. */
  error: string | null;
}

export function newVerify(target: VerifyTarget): VerifyState {
  return { target, cards: [], problems: [], phase: "collecting", progress: null, result: null, error: null };
}

/**
 * The board after cards came in (a scan's result, or the board itself). True when every
 * card is now in and the check waits for the passphrase: the camera can stop.
 */
export function tookCards(s: VerifyState, r: ScanResult | BoardView): boolean {
  const board = "board" in r ? r.board : r;
  if ("problems" in r && (r.problems.length || r.added.length)) s.problems = r.problems;
  s.cards = board.cards;
  if (s.cards.length < s.target.count || s.phase === "checking" || s.phase === "verified") return false;
  s.phase = "allIn";
  return true;
}

/**
 * The check asked for with `typed` as the passphrase: "go", or "typePass" when nothing was
 * typed (said in `error`), or null while a check runs or after it verified.
 */
export function askCheck(s: VerifyState, typed: string): "go" | "typePass" | null {
  if (s.phase === "checking" || s.phase === "verified") return null;
  s.error = null;
  if (!typed.trim()) {
    s.error = t("verify.typePass");
    return "typePass";
  }
  s.phase = "checking";
  s.progress = null;
  return "go";
}

/** The check's answer: verified, or why not. */
export function checked(s: VerifyState, answer: { ok: VerifyView } | { failed: unknown }): void {
  s.progress = null;
  if ("ok" in answer) {
    s.phase = "verified";
    s.result = answer.ok;
  } else {
    s.phase = "failed";
    s.error = messageOf(answer.failed);
  }
}

/** The status line: where the check stands. */
export function statusText(s: VerifyState): string {
  const b = s.target;
  switch (s.phase) {
    case "collecting":
      return t("verify.notYet");
    case "allIn":
      return t("verify.allIn", { count: b.count });
    case "checking":
      return s.progress
        ? t("verify.progress", { checked: s.progress.checked, total: s.progress.total, t: b.threshold })
        : t("verify.opening");
    case "verified":
      return sentences(t("verify.done"), s.result?.recorded && t("verify.recorded"), s.result?.retired && t("verify.retired"));
    case "failed":
      return t("verify.not");
  }
}

/** Which cards are in, of how many. */
export function cardsText(s: VerifyState): string {
  const count = s.target.count;
  return s.cards.length ? t("verify.cardsIn", { list: list(s.cards), count }) : t("verify.noCards", { count });
}
