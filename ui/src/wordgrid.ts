// The boxes where a person types the words of a phrase they already have, in any of the ten
// lists: the list found from the words (or chosen), each word completed as it is left (a
// Spanish or French word typed without accents, any word by its first four letters) and
// shown as its list writes it, a mistyped word flagged with the nearest words of the list,
// and a phrase typed or pasted into one box (with ASCII or ideographic spaces) spread over
// the boxes. Rust reads every word (heirloom_core::wordlist); this file only shows the answers.
import { api, type WordList } from "./ipc";
import { button, h } from "./dom";
import { listName, listSelect, offerWords } from "./words";
import { t, tn } from "./i18n";

const COUNTS = [12, 15, 18, 21, 24];

/**
 * What the person typed in a box whose word was completed, and the word shown for it: read
 * again, not the completed word, when the list changes (an English guess must not turn a
 * Spanish "disc" into "discover" for good). Kept beside the page, not in it, and dropped
 * with the boxes.
 */
const completed = new WeakMap<HTMLInputElement, { typed: string; shown: string }>();

/**
 * What the person typed in the box: the text before completion while the completed word
 * still stands there, else the box's value. A box emptied or changed without an input
 * event (a driver's clear, a script) must not bring back a word typed before.
 */
function typedIn(input: HTMLInputElement): string {
  const c = completed.get(input);
  return c && c.shown === input.value ? c.typed : input.value;
}

/** The box holds `value` from now on, as the person (or a paste) put it there. */
function put(input: HTMLInputElement, value: string): void {
  input.value = value;
  completed.delete(input);
}

export interface WordGrid {
  /** What goes on the screen: the choice of list and of word count, and the boxes. */
  nodes: HTMLElement[];
  /** The words as they stand, trimmed (completed where they could be). */
  words(): string[];
  /** The list the person chose; null when it is found from the words. */
  chosen(): WordList | null;
  /** The box of word `position` (from 1). */
  box(position: number): HTMLInputElement | null;
  /** Empties every box. */
  clear(): void;
}

/** The grid, with English offered until the words say otherwise. */
export async function wordGrid(): Promise<WordGrid> {
  const at = { list: "english" as WordList, chosen: null as WordList | null };
  const datalist = h("datalist", { id: "bip39-words" });
  await offerWords(datalist, at.list);
  const grid = h("div", { class: "word-grid", id: "word-grid" });
  const note = h("p", { id: "word-list-note", class: "muted", role: "status" }, t("words.noteDetect"));
  const select = listSelect("word-list", "", true);
  const count = h("select", { id: "word-count" }, ...COUNTS.map((n) => h("option", { value: String(n), selected: n === 12 }, t("words.countOption", { count: n }))));
  const boxes = (): HTMLInputElement[] => Array.from(grid.querySelectorAll("input"));

  // Every filled box read again, in the list now in use; but not the box being typed in,
  // whose word is not finished: it is read when it is left.
  const readAll = async (): Promise<void> => {
    for (const b of boxes()) {
      if (b !== document.activeElement && !(await complete(b, at.list))) await flag(b, at.list);
    }
  };
  const useList = async (list: WordList): Promise<void> => {
    at.list = list;
    await offerWords(datalist, list);
    await readAll();
  };
  // The list most typed words are on, when it is not the one in use: switched to (true).
  const redetect = async (): Promise<boolean> => {
    const typed = boxes().map((b) => typedIn(b).trim()).filter(Boolean);
    const found = typed.length ? await api.detectWordList(typed).catch(() => null) : null;
    if (!found || found === at.list) return false;
    note.textContent = t("words.noteFound", { list: listName(found) });
    await useList(found);
    return true;
  };
  const settle = async (): Promise<void> => {
    if (at.chosen !== null || !(await redetect())) await readAll();
  };
  const left = async (input: HTMLInputElement): Promise<void> => {
    if (await complete(input, at.list)) return;
    if (at.chosen === null && (await redetect())) return;
    await flag(input, at.list);
  };

  const build = (n: number): void => {
    grid.replaceChildren(...Array.from({ length: n }, (_, k) => wordBox(k + 1, left, spread)));
  };
  // A whole phrase typed or pasted into box `i`: one word a box from there on.
  const spread = (i: number, parts: string[]): void => {
    if (COUNTS.includes(parts.length) && parts.length !== boxes().length) {
      count.value = String(parts.length);
      build(parts.length);
    }
    parts.forEach((p, k) => {
      const b = grid.querySelector<HTMLInputElement>(`#word-${i + k}`);
      if (b) put(b, p);
    });
    // Typing goes on in the box of the last word, as if the space had moved there.
    const next = grid.querySelector<HTMLInputElement>(`#word-${Math.min(i + parts.length - 1, boxes().length)}`);
    next?.focus();
    next?.setSelectionRange(next.value.length, next.value.length);
    void settle();
  };
  count.addEventListener("change", () => build(Number(count.value)));
  select.addEventListener("change", () => {
    at.chosen = select.value ? (select.value as WordList) : null;
    note.textContent = at.chosen ? t("words.noteChosen", { list: listName(at.chosen) }) : t("words.noteDetect");
    void (at.chosen ? useList(at.chosen) : settle());
  });
  build(12);

  return {
    nodes: [h("div", { class: "tn" }, h("label", { for: "word-list" }, `${t("words.listLabel")} `), select, h("label", { for: "word-count" }, ` ${t("words.countLabel")} `), count), note, datalist, grid],
    words: () => boxes().map((b) => b.value.trim()),
    chosen: () => at.chosen,
    box: (position) => grid.querySelector<HTMLInputElement>(`#word-${position}`),
    clear: () => boxes().forEach((b) => put(b, "")),
  };
}

/** Box `i`, its hint below it; `left` runs when it is left, `spread` on several words. */
function wordBox(i: number, left: (input: HTMLInputElement) => Promise<void>, spread: (i: number, parts: string[]) => void): HTMLElement {
  const input = h("input", {
    id: `word-${i}`,
    type: "text",
    list: "bip39-words",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    "aria-label": t("common.wordN", { n: i }),
    "aria-describedby": `hint-${i}`,
  });
  const hint = h("span", { id: `hint-${i}`, class: "hint" });
  input.addEventListener("input", () => {
    // \s takes the ideographic space (U+3000) of a Japanese phrase too.
    const parts = input.value.trim().toLowerCase().split(/\s+/);
    if (parts.length > 1) return spread(i, parts);
    completed.delete(input);
    input.classList.remove("bad");
    hint.textContent = "";
  });
  input.addEventListener("blur", () => void left(input));
  return h("div", { class: "word" }, h("span", { class: "num" }, `${i}.`), input, hint);
}

function hintOf(input: HTMLInputElement): HTMLElement | null {
  return document.getElementById(input.getAttribute("aria-describedby") ?? "");
}

/**
 * Reads a box in `list`: an empty box, or one that names a list word, which then stands in
 * the box as the list writes it (true); anything else is left for `flag` (false).
 */
async function complete(input: HTMLInputElement, list: WordList): Promise<boolean> {
  const asked = input.value;
  const typed = typedIn(input).trim();
  const word = typed ? await api.completeWord(typed, list).catch(() => null) : "";
  if (word === null) return false;
  // Not when the person has typed on in the meantime (a space included).
  if (input.value === asked && word !== asked) {
    input.value = word;
    completed.set(input, { typed, shown: word });
  }
  input.classList.remove("bad");
  input.classList.toggle("good", word !== "");
  const hint = hintOf(input);
  if (hint) hint.textContent = "";
  return true;
}

/** A box whose word is not on `list`: flagged, with the nearest words to choose from. */
async function flag(input: HTMLInputElement, list: WordList): Promise<void> {
  const i = input.id.slice("word-".length);
  // A word completed in a list guessed before is shown again as it was typed.
  const typed = typedIn(input);
  if (typed !== input.value) put(input, typed);
  await flagWord(input, hintOf(input), {
    word: input.value.trim(),
    list,
    ids: `suggest-${i}`,
    put: (x) => put(input, x),
    say: (words) => (words ? tn("words.notOnListSuggest", { list: listName(list), words }) : [t("words.notOnList", { list: listName(list) })]),
  });
}

/** How a box that holds no list word is flagged (see `flagWord`). */
export interface Flag {
  /** The word to find the nearest list words to. */
  word: string;
  /** The list to find them on (English when none is named). */
  list?: WordList;
  /** The suggestion buttons' ids: `<ids>-<word>`. */
  ids: string;
  /** Puts a chosen suggestion in the box. */
  put: (word: string) => void;
  /** The hint's words: with the suggestions (each a button), or `null` when there is none. */
  say: (words: DocumentFragment | null) => (string | Node)[];
  /** After a suggestion is chosen (the next box takes the focus, say). */
  chosen?: () => void;
}

/**
 * Flags `input` as holding no list word, and offers the nearest list words in `hint`, each
 * a button that puts it in the box (wordgrid.ts and recovery/passwords.ts).
 */
export async function flagWord(input: HTMLInputElement, hint: HTMLElement | null, f: Flag): Promise<void> {
  input.classList.remove("good");
  input.classList.add("bad");
  const s = await api.suggestWords(f.word, f.list).catch(() => []);
  if (!hint) return;
  const words = suggestions(s, (x) =>
    button(`${f.ids}-${x}`, x, () => {
      f.put(x);
      input.classList.remove("bad");
      input.classList.add("good");
      hint.textContent = "";
      f.chosen?.();
    }, "link"),
  );
  hint.replaceChildren(...f.say(s.length ? words : null));
}

/** Suggested words, each a button, side by side as a list: the {words} of "Did you mean
 * {words}?" (wordgrid.ts and recovery/passwords.ts). */
export function suggestions(words: string[], make: (word: string) => HTMLElement): DocumentFragment {
  const f = document.createDocumentFragment();
  words.forEach((x, k) => {
    if (k) f.append(t("common.listSeparator"));
    f.append(make(x));
  });
  return f;
}
