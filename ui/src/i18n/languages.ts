// The languages of the app, each named in itself, and which one to use: the one chosen on
// the home screen (kept in localStorage), else the best match of the system's languages
// (navigator.languages), else English. On Linux, WebKitGTK reports a single language there,
// from the C library's LC_CTYPE locale (LC_ALL, else LC_CTYPE, else LANG: "de_DE.UTF-8" →
// "de-DE"; C, or a locale not installed, → "en-US"); it does not read LANGUAGE.

/** The app's languages, as BCP 47 tags; the catalogue files are named after them. */
export const LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "ja", "zh-Hans"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words, for the switch: a person finds their own at a glance. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  de: "Deutsch",
  pt: "Português",
  it: "Italiano",
  ja: "日本語",
  "zh-Hans": "简体中文",
};

export function isLanguage(s: string | null | undefined): s is Language {
  return !!s && (LANGUAGES as readonly string[]).includes(s);
}

/**
 * The app language for one system language tag: "es-MX" → es, "pt_BR" → pt, "zh-CN" and
 * "zh-Hans-CN" and "zh-SG" → zh-Hans; Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO)
 * is not Simplified, so it matches nothing. null when none fits.
 */
export function matchTag(tag: string): Language | null {
  const parts = tag.replace(/_/g, "-").split(/[-.@]/).map((p) => p.toLowerCase());
  const lang = parts[0];
  if (lang === "zh") {
    const rest = parts.slice(1);
    if (rest.includes("hant") || rest.some((p) => ["tw", "hk", "mo"].includes(p))) return null;
    return "zh-Hans";
  }
  return LANGUAGES.find((l) => l === lang) ?? null;
}

/** The first of the system's languages the app has, in the system's order of preference. */
export function bestMatch(tags: readonly string[]): Language {
  for (const tag of tags) {
    const l = matchTag(tag);
    if (l) return l;
  }
  return "en";
}

/** Where the choice made on the home screen is kept. */
export const STORAGE_KEY = "heirloom.language";

/** The language chosen before on this computer, if any (no storage: none). */
export function storedLanguage(): Language | null {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

export function storeLanguage(l: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, l);
  } catch {
    // No storage (a locked-down webview): the choice lasts until the app is closed.
  }
}

/** The language to start in: the one chosen before, else the system's best match. */
export function startLanguage(): Language {
  const nav = globalThis.navigator;
  const system = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  return storedLanguage() ?? bestMatch(system);
}
