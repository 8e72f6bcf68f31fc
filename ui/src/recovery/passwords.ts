// The six boxes of a passphrase Heirloom made (six English list words): each word completed
// from its first four letters (by Rust, as every word box is), a word not on the list
// flagged with the nearest list words, and a passphrase pasted or typed into one box spread
// over the boxes.
import { api } from "../ipc";
import { h } from "../dom";
import { offerWords } from "../words";
import { flagWord } from "../wordgrid";
import { t, tn } from "../i18n";

export const COUNT = 6;

export interface PassWords {
  el: HTMLElement;
  boxes: HTMLInputElement[];
}

/** The list word a box holds (in full, from its first four letters); null when none. */
export const expand = (v: string): Promise<string | null> => api.completeWord(v, "english").catch(() => null);

/** Says a word is not on the list, offering the nearest list words as buttons. */
function flag(input: HTMLInputElement, hint: HTMLElement, i: number, next: () => void): Promise<void> {
  return flagWord(input, hint, {
    word: input.value.trim().toLowerCase(),
    ids: `pass-suggest-${i}`,
    put: (x) => (input.value = x),
    say: (words) => (words ? tn("recovery.pass.notAWordSuggest", { words }) : [t("recovery.pass.notAWord")]),
    chosen: next,
  });
}

/** A phrase typed or pasted into box `i` (from 1) goes over the boxes from there. */
function spread(boxes: HTMLInputElement[], i: number, words: string[]): void {
  words.forEach((w, k) => {
    const box = boxes[i - 1 + k];
    if (box) {
      box.value = w.toLowerCase();
      box.dispatchEvent(new Event("blur"));
    }
  });
  boxes[Math.min(COUNT - 1, i - 1 + words.length)].focus();
}

function wordBox(i: number, w: PassWords, submit: () => void): HTMLElement {
  const input = h("input", {
    id: `pass-word-${i}`,
    type: "text",
    list: "bip39-words",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    "aria-label": t("recovery.pass.wordLabel", { n: i }),
    "aria-describedby": `pass-hint-${i}`,
  });
  const hint = h("span", { id: `pass-hint-${i}`, class: "hint" });
  const check = async () => {
    const v = input.value.trim().toLowerCase();
    const full = v ? await expand(v) : null;
    if (v && !full) return flag(input, hint, i, () => w.boxes[i]?.focus());
    if (full && full !== v) input.value = full;
    input.classList.toggle("good", !!v);
    input.classList.remove("bad");
    hint.textContent = "";
  };
  input.addEventListener("input", () => {
    // A space moves on to the next word; a whole passphrase spreads over the boxes.
    const parts = input.value.split(/\s+/);
    if (parts.length > 1) {
      const words = parts.filter(Boolean);
      if (words.length) spread(w.boxes, i, words);
      else input.value = "";
      return;
    }
    input.classList.remove("bad");
    hint.textContent = "";
  });
  input.addEventListener("blur", () => void check());
  input.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    if (i < COUNT) w.boxes[i].focus();
    else submit();
  });
  w.boxes.push(input);
  return h("div", { class: "word" }, h("span", { class: "num" }, `${i}.`), input, hint);
}

/** The six boxes; Enter in the last one calls `submit`. */
export async function passWords(submit: () => void): Promise<PassWords> {
  const grid = h("div", { id: "pass-words", class: "word-grid" });
  const datalist = h("datalist", { id: "bip39-words" });
  await offerWords(datalist, "english");
  const w: PassWords = { el: grid, boxes: [] };
  for (let i = 1; i <= COUNT; i++) grid.append(wordBox(i, w, submit));
  w.el = h(
    "div",
    { id: "pass-words-box" },
    h("p", {}, t("recovery.pass.wordsIntro")),
    datalist,
    grid,
  );
  return w;
}
