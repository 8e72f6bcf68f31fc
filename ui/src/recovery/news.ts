// What the recovery screen says after each card arrives, as plain data: which cards were
// added, which refused and why, in the tone to show it. No DOM here, so it is unit-tested
// (news.test.ts) without a window.
import type { BoardView, IpcError, ScanResult } from "../ipc";

export interface News {
  tone: "good" | "notice" | "problem";
  kind: string;
  text: string;
}

/** "card 2", "cards 1, 3 and 5". */
export function cardList(indexes: number[]): string {
  if (indexes.length === 1) return `card ${indexes[0]}`;
  const head = indexes.slice(0, -1).join(", ");
  return `cards ${head} and ${indexes[indexes.length - 1]}`;
}

/** The same, at the start of a sentence. */
export const CardList = (indexes: number[]): string => cardList(indexes).replace(/^c/, "C");

/** A few words over the camera picture for a refused card; the full message is beside it. */
export const SHORT_PROBLEM: Record<string, string> = {
  other_set: "Card from another backup",
  damaged: "Damaged card",
  duplicate: "Already added",
  not_a_card: "Not a Heirloom card",
  unsupported_version: "Newer card format",
  kdf_out_of_bounds: "Card refused",
};

/** What a scan says about the part of a file it did not read: beside the cards it found,
 * a notice, not a problem. */
const NOTE_KINDS = new Set(["too_many_pages", "too_many_pictures", "scan_time_up", "picture_too_large"]);

/** The notes that say only part of a file was read. */
export const PART_READ = new Set(["too_many_pages", "too_many_pictures", "scan_time_up"]);

export function toneOf(kind: string): News["tone"] {
  return kind === "duplicate" || NOTE_KINDS.has(kind) ? "notice" : "problem";
}

export function problemNews(e: IpcError, prefix = ""): News {
  return { tone: toneOf(e.kind), kind: e.kind, text: prefix + e.message };
}

/** What to say when a card was kept as typed (the newest on the board). */
export function keptNews(b: BoardView): string {
  const last = b.typed[b.typed.length - 1];
  const which = last?.index ? `Card ${last.index} was added as you typed it.` : "The card was added as you typed it.";
  const more = b.still_needed ? "" : " That is enough cards.";
  return `${which} Heirloom checks it, and corrects small typing mistakes, once you type the passphrase.${more}`;
}

/** What one answer of the app says: the cards added, then each problem. */
export function resultNews(res: ScanResult, prefix = ""): News[] {
  const out: News[] = [];
  if (res.added.length) {
    const enough = res.board.still_needed === 0 ? " That is enough cards." : "";
    out.push({ tone: "good", kind: "added", text: `${prefix}${CardList(res.added)} added.${enough}` });
  }
  for (const p of res.problems) out.push(problemNews(p, prefix));
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
    const prefix = files.length > 1 ? `${o.file.name}: ` : "";
    if ("result" in o) items.push(...resultNews(o.result, prefix));
    else if (PART_READ.has(o.error.kind)) {
      // Not beside any card: the part that was read held none.
      items.push({ tone: "problem", kind: o.error.kind, text: `${o.file.name}: No card was found in the pages read. ${o.error.message}` });
    } else items.push(problemNews(o.error, `${o.file.name}: `));
  }
  if (cancelled) {
    const rest = files.length - outcomes.length;
    items.push({
      tone: "notice",
      kind: "scan_cancelled",
      text: rest > 1 ? `Stopped. The last ${rest} files were not read; nothing from them was added.` : "Stopped. Nothing from that file was added.",
    });
  }
  return items;
}
