// The BIP-39 word lists as the screens use them: the ten lists and the names a person reads,
// each list fetched from Rust once, when a screen first needs it (never all ten up front),
// and the <datalist> that offers its words while a word is typed. How a typed word is read
// (accents left out, first four letters) and which list the words are on stay in Rust, in
// heirloom_core::wordlist: one rule, in one place.
import { api, type WordList } from "./ipc";
import { h } from "./dom";
import { t } from "./i18n";

/** The lists in the order they are offered: English first, then by how often they are met. */
export const LISTS: readonly WordList[] = [
  "english",
  "spanish",
  "french",
  "italian",
  "portuguese",
  "czech",
  "japanese",
  "korean",
  "chinese_simplified",
  "chinese_traditional",
];

export function isWordList(name: string): name is WordList {
  return (LISTS as readonly string[]).includes(name);
}

/** The name a person reads for a list named as Rust names it (PhraseView.language): the
 * language's name in the app's language and, where it differs, in its own. */
export function listName(name: string): string {
  return isWordList(name) ? t(`words.list.${name}`) : name;
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
  const options = LISTS.map((l) => h("option", { value: l, selected: l === selected }, listName(l)));
  if (detect) options.unshift(h("option", { value: "", selected: selected === "" }, t("words.findFromWords")));
  return h("select", { id }, ...options) as HTMLSelectElement;
}
