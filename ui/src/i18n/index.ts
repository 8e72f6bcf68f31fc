// The app's words in the language chosen: `t("home.welcome")`, `t("common.cardN", { n: 3 })`,
// typed so that an unknown key or a missing placeholder fails tsc. The language is set once
// at start (languages.ts: the stored choice, else the system's) and by the switch on the
// home screen; screens built after a switch are in the new language.
import { en, type English } from "./en";
import { fill, fillParts, type ParamsOf, type Value } from "./format";
import type { Key, Messages, Translation } from "./catalogue";
import { startLanguage, storeLanguage, type Language } from "./languages";
import es from "./es";
import fr from "./fr";
import de from "./de";
import pt from "./pt";
import it from "./it";
import ja from "./ja";
import zhHans from "./zh-Hans";

export type { Key } from "./catalogue";
export { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from "./languages";

/** Every language's messages; English is the source, the rest are typed against it. */
export const CATALOGUES: Record<Language, Messages> = {
  en,
  es: es.messages,
  fr: fr.messages,
  de: de.messages,
  pt: pt.messages,
  it: it.messages,
  ja: ja.messages,
  "zh-Hans": zhHans.messages,
};

/** The translation files, for the catalogue test. */
export const TRANSLATIONS: Record<Exclude<Language, "en">, Translation> = { es, fr, de, pt, it, ja, "zh-Hans": zhHans };

let current: Language = startLanguage();

export function language(): Language {
  return current;
}

/** Uses `l` from now on, remembers it on this computer, and sets <html lang>. */
export function setLanguage(l: Language, remember = true): void {
  current = l;
  if (remember) storeLanguage(l);
  if (typeof document !== "undefined") document.documentElement.lang = l;
}

/** The parameters `t` takes for key `K`: none, or exactly its message's placeholders. */
export type Args<K extends Key> = [ParamsOf<English[K]>] extends [never] ? [] : [Record<ParamsOf<English[K]>, Value>];

/** The words of `key` in the current language. */
export function t<K extends Key>(key: K, ...args: Args<K>): string {
  return fill(CATALOGUES[current][key] ?? en[key], (args[0] ?? {}) as Record<string, Value>, current);
}

/** The words of `key` in English, whatever the language (the IpcError's own `message`). */
export function english<K extends Key>(key: K, ...args: Args<K>): string {
  return fill(en[key], (args[0] ?? {}) as Record<string, Value>, "en");
}

/** A parameter that may be a node: the sentence stays whole, the node goes in its place. */
export type NodeArgs<K extends Key> = Record<ParamsOf<English[K]>, Value | Node>;

/** The words of `key` as pieces for h(): text, and the nodes given for placeholders. */
export function tn<K extends Key>(key: K, params: NodeArgs<K>): (string | Node)[] {
  return fillParts<Node>(CATALOGUES[current][key] ?? en[key], params as Record<string, Value | Node>, current);
}

/** Sentences side by side, the language's way (a space, or none in Japanese and Chinese). */
export function sentences(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join(t("common.sentenceSeparator"));
}

/** A list of numbers or names: "3, 7, 11". */
export function list(items: readonly Value[]): string {
  return items.map((x) => fill("{x}", { x }, current)).join(t("common.listSeparator"));
}

/**
 * A date from the app (ISO, "2026-12-02"), as the language writes it. English keeps the
 * ISO form it always showed: unambiguous, and what the tests and the printed cards use.
 */
export function date(iso: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (current === "en" || !m) return iso;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(current, { dateStyle: "medium", timeZone: "UTC" }).format(day);
}

