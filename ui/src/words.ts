// The BIP-39 word lists as the screens use them: the ten lists and the names a person reads,
// each list fetched from Rust once, when a screen first needs it (never all ten up front),
// and the <datalist> that offers its words while a word is typed. How a typed word is read
// (accents left out, first four letters) and which list the words are on stay in Rust, in
// heirloom_core::wordlist: one rule, in one place.
import { api, type WordList } from "./ipc";
import { h } from "./dom";

/** Every list by the name a person reads: its English name and, where it differs, its own. */
export const LIST_NAMES: Record<WordList, string> = {
  english: "English",
  spanish: "Spanish (español)",
  french: "French (français)",
  italian: "Italian (italiano)",
  portuguese: "Portuguese (português)",
  czech: "Czech (čeština)",
  japanese: "Japanese (日本語)",
  korean: "Korean (한국어)",
  chinese_simplified: "Chinese, simplified (简体中文)",
  chinese_traditional: "Chinese, traditional (繁體中文)",
};

/** The lists in the order they are offered: English first, then by how often they are met. */
export const LISTS = Object.keys(LIST_NAMES) as WordList[];

export function isWordList(name: string): name is WordList {
  return name in LIST_NAMES;
}

/** The name a person reads for a list named as Rust names it (PhraseView.language). */
export function listName(name: string): string {
  return isWordList(name) ? LIST_NAMES[name] : name;
}

const cache = new Map<WordList, Promise<string[]>>();

/** The words of `list`, composed as people type them; fetched once, then kept. */
export function wordsOf(list: WordList): Promise<string[]> {
  let words = cache.get(list);
  if (!words) {
    words = api.wordList(list);
    cache.set(list, words);
    // A failed fetch is not kept: the next screen asks again.
    words.catch(() => cache.delete(list));
  }
  return words;
}

/** Fills `datalist` with the words of `list` (none when they can't be had: typing still works). */
export async function offerWords(datalist: HTMLElement, list: WordList): Promise<void> {
  const words = await wordsOf(list).catch(() => []);
  datalist.replaceChildren(...words.map((x) => h("option", { value: x })));
}

/**
 * A <select> of the ten lists. `detect`: its first choice is "find the list from the
 * words" (value ""), for typing words the person already has.
 */
export function listSelect(id: string, selected: WordList | "", detect: boolean): HTMLSelectElement {
  const options = LISTS.map((l) => h("option", { value: l, selected: l === selected }, LIST_NAMES[l]));
  if (detect) options.unshift(h("option", { value: "", selected: selected === "" }, "Find it from the words"));
  return h("select", { id }, ...options) as HTMLSelectElement;
}
