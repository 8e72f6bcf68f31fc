// What the recovery screen says after each card arrives, as plain data: which cards were
// added, which refused and why, in the tone to show it. No DOM here, so it is unit-tested
// (news.test.ts) without a window.
import { messageOf, type BoardView, type IpcError, type ScanResult } from "../ipc";
import { list, sentences, t } from "../i18n";

export interface News {
  tone: "good" | "notice" | "problem";
  kind: string;
  text: string;
}

/** "card 2", "cards 1, 3 and 5". */
export function cardList(indexes: number[]): string {
  if (indexes.length === 1) return t("recovery.news.card", { n: indexes[0] });
  return t("recovery.news.cards", { list: list(indexes.slice(0, -1)), last: indexes[indexes.length - 1] });
}

/** The same, at the start of a sentence. */
export function CardList(indexes: number[]): string {
  if (indexes.length === 1) return t("recovery.news.Card", { n: indexes[0] });
  return t("recovery.news.Cards", { list: list(indexes.slice(0, -1)), last: indexes[indexes.length - 1] });
}

/** The refusals said in a few words over the camera picture; the full message is beside it. */
const SHORT_KINDS = ["other_set", "damaged", "duplicate", "not_a_card", "unsupported_version", "kdf_out_of_bounds"] as const;

/** A few words over the camera picture for a refused card of `kind`. */
export function shortProblem(kind: string | undefined): string {
  const k = SHORT_KINDS.find((x) => x === kind);
  return k ? t(`recovery.short.${k}`) : t("recovery.short.other");
}

/** "scan.pdf: …": what one file of several gave. */
export const inFile = (file: string, text: string): string => t("common.inFile", { file, text });

/** What a scan says about the part of a file it did not read: beside the cards it found,
 * a notice, not a problem. */
const NOTE_KINDS = new Set(["too_many_pages", "too_many_pictures", "scan_time_up", "picture_too_large"]);

/** The notes that say only part of a file was read. */
export const PART_READ = new Set(["too_many_pages", "too_many_pictures", "scan_time_up"]);

export function toneOf(kind: string): News["tone"] {
  return kind === "duplicate" || NOTE_KINDS.has(kind) ? "notice" : "problem";
}

/** `file`: the file it came from, named before it, if any. */
export function problemNews(e: IpcError, file?: string): News {
  const text = messageOf(e);
  return { tone: toneOf(e.kind), kind: e.kind, text: file ? inFile(file, text) : text };
}

/** What to say when a card was kept as typed (the newest on the board). */
export function keptNews(b: BoardView): string {
  const last = b.typed[b.typed.length - 1];
  const which = last?.index ? t("recovery.news.keptN", { n: last.index }) : t("recovery.news.kept");
  return sentences(which, t("recovery.news.keptCheck"), !b.still_needed && t("recovery.news.enough"));
}

/** What one answer of the app says: the cards added, then each problem; `file`: the file
 * it came from, named before each, if any. */
export function resultNews(res: ScanResult, file?: string): News[] {
  const out: News[] = [];
  if (res.added.length) {
    const text = sentences(t("recovery.news.added", { cards: CardList(res.added) }), res.board.still_needed === 0 && t("recovery.news.enough"));
    out.push({ tone: "good", kind: "added", text: file ? inFile(file, text) : text });
  }
  if (res.read_from_printed_text) {
    // Not proven yet: the card is on the board as typed text is, and only the passphrase
    // (its tag) tells a right reading from a wrong one.
    const text = t("recovery.news.printed");
    out.push({ tone: "notice", kind: "printed", text: file ? inFile(file, text) : text });
  }
  for (const p of res.problems) out.push(problemNews(p, file));
  return out;
}

/** What a file read said, file by file; `rest` files were not read (cancelled). */
export function filesNews<T extends { file: File }>(
  files: File[],
  outcomes: (T & ({ result: ScanResult } | { error: IpcError }))[],
  cancelled: boolean,
): News[] {
  const items: News[] = [];
  for (const o of outcomes) {
    if ("result" in o) items.push(...resultNews(o.result, files.length > 1 ? o.file.name : undefined));
    else if (PART_READ.has(o.error.kind)) {
      // Not beside any card: the part that was read held none.
      items.push({ tone: "problem", kind: o.error.kind, text: t("recovery.news.noCardInPart", { file: o.file.name, message: messageOf(o.error) }) });
    } else items.push(problemNews(o.error, o.file.name));
  }
  if (cancelled) {
    const rest = files.length - outcomes.length;
    items.push({
      tone: "notice",
      kind: "scan_cancelled",
      text: rest > 1 ? t("recovery.news.stoppedMany", { count: rest }) : t("recovery.news.stoppedOne"),
    });
  }
  return items;
}
