// Every translation has exactly the English keys, with the same placeholders and the plural
// forms its language needs. A failure names the language and the key. Entries still equal
// to the English are listed (a diagnostic) while a language is a draft, and fail once its
// file says it is complete.
import { test } from "node:test";
import assert from "node:assert/strict";
import { en } from "./en";
import { backup } from "./en/backup";
import { recovery } from "./en/recovery";
import { sets } from "./en/sets";
import { errors } from "./en/errors";
import { TRANSLATIONS } from "./index";
import { placeholders, type Message, type Plural } from "./format";

const english = en as Record<string, Message>;

/** The placeholders of a message, all its forms together, sorted. */
function holes(m: Message): string[] {
  const forms = typeof m === "string" ? [m] : Object.values(m).filter((x): x is string => typeof x === "string");
  return [...new Set(forms.flatMap(placeholders))].sort();
}

/** A message's text, or a plural's `other` form: equal to the English's, it is untranslated. */
const otherForm = (m: Message | undefined): string | undefined => (typeof m === "object" ? m.other : m);

/** The plural categories a language meets for whole numbers up to 1000 (French `many` only
 * begins at a million, where `other` stands in). */
function neededCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

function problemsOf(lang: string, messages: Record<string, Message>): string[] {
  const out: string[] = [];
  const allowed = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  const needed = neededCategories(lang);
  for (const key of Object.keys(english)) {
    if (!(key in messages)) out.push(`${lang}: missing key ${key}`);
  }
  for (const [key, m] of Object.entries(messages)) {
    const source = english[key];
    if (source === undefined) {
      out.push(`${lang}: extra key ${key} (not in en.ts)`);
      continue;
    }
    if (typeof source !== typeof m) {
      out.push(`${lang}: ${key} must be ${typeof source === "string" ? "a string" : "a plural { one, other, … }"} as in English`);
      continue;
    }
    const want = holes(source).join(", ");
    const have = holes(m).join(", ");
    if (want !== have) out.push(`${lang}: ${key} has placeholders {${have}}, English has {${want}}`);
    if (typeof m !== "string") {
      const cats = Object.keys(m as Plural);
      for (const c of cats) if (!allowed.has(c as Intl.LDMLPluralRule)) out.push(`${lang}: ${key} has plural form "${c}", which ${lang} does not use`);
      for (const c of needed) if (!cats.includes(c)) out.push(`${lang}: ${key} lacks the plural form "${c}"`);
    }
  }
  return out;
}

for (const [lang, file] of Object.entries(TRANSLATIONS)) {
  test(`${lang}: every English key, no other, same placeholders and plural forms`, () => {
    const problems = problemsOf(lang, file.messages as Record<string, Message>);
    assert.deepEqual(problems, [], problems.join("\n"));
  });

  test(`${lang}: entries still in English (${file.status})`, (t) => {
    const same = new Set<string>(file.sameAsEnglish);
    const untranslated = Object.entries(file.messages as Record<string, Message>)
      .filter(([key, m]) => !same.has(key) && otherForm(m) === otherForm(english[key]))
      .map(([key]) => key);
    t.diagnostic(`${lang}: ${untranslated.length} of ${Object.keys(english).length} entries still equal the English`);
    // Near the end of a translation, which ones (a whole draft would fill the screen).
    if (untranslated.length && untranslated.length <= 40) t.diagnostic(`${lang}: still English: ${untranslated.join(", ")}`);
    if (file.status === "complete") assert.deepEqual(untranslated, [], `${lang} is marked complete, but these are still English:\n${untranslated.join("\n")}`);
  });
}

test("English: plural forms are exactly one and other, and keys are grouped ids", () => {
  for (const [key, m] of Object.entries(english)) {
    assert.match(key, /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/, `key ${key}`);
    if (typeof m !== "string") assert.deepEqual(Object.keys(m).sort(), ["one", "other"], key);
  }
});

test("the checker catches a missing key, an extra key and a changed placeholder", () => {
  const { "home.welcome": _gone, ...rest } = english;
  const broken = { ...rest, "home.extra": "x", "common.cardN": "Karte {nummer}" };
  const found = problemsOf("de", broken);
  assert.ok(found.includes("de: missing key home.welcome"), found.join("\n"));
  assert.ok(found.includes("de: extra key home.extra (not in en.ts)"));
  assert.ok(found.includes("de: common.cardN has placeholders {nummer}, English has {n}"));
  assert.ok(problemsOf("ja", { ...english }).some((p) => /plural form "one", which ja does not use/.test(p)));
});

test("the English parts share no key, so putting them together loses none", () => {
  const parts = [backup, recovery, sets, errors].map((p) => Object.keys(p));
  const all = parts.flat();
  assert.equal(new Set(all).size, all.length, "a key stands in two parts of ui/src/i18n/en/");
  assert.equal(Object.keys(en).length, all.length);
});
