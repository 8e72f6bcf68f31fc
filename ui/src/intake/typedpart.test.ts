// A typed card text as the app reads it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeCard } from "./typedpart";

test("spaces, dashes and case don't matter; O, I and L are read as 0 and 1", () => {
  assert.equal(normalizeCard(" 04j2o7 - b83d7k\ta1pggt "), "04J207B83D7KA1PGGT");
  assert.equal(normalizeCard("il1O0"), "11100");
});

// The card format's own vectors (tests/vectors/card-v1.json) hold typed texts as people and
// programs produce them: every valid card reads as letters and digits only, and every text
// the format calls "not a card" stays not a card here (docs/card-format.md §4.4 step 3), so
// that no non-ASCII letter becomes a card in the app that the reference decoder refuses.
import { readFileSync } from "node:fs";

type Vectors = {
  valid: { name: string; cards: string[] }[];
  invalid: { name: string; cards: string[]; card?: number; error: string }[];
};
const vectors = JSON.parse(readFileSync("tests/vectors/card-v1.json", "utf8")) as Vectors;

/** §4.4 step 3: what is not a Heirloom card once normalised. */
const notACard = (norm: string) => norm.length < 12 || /[^0-9A-Z]/.test(norm) || (norm.match(/U/g) ?? []).length > 2;

test("every valid vector card reads as a card, separators and case as the format says", () => {
  for (const v of vectors.valid) {
    for (const c of v.cards) assert.ok(!notACard(normalizeCard(c)), `${v.name}: ${JSON.stringify(c)}`);
  }
});

test("every vector text with a non-ASCII letter the format calls 'not a card' stays not a card", () => {
  const cases = vectors.invalid
    .filter((v) => v.error === "not_a_card" && v.card !== undefined)
    .map((v) => ({ name: v.name, text: v.cards[(v.card ?? 1) - 1] }))
    .filter((c) => /[^\u0000-\u007F]/.test(c.text));
  assert.ok(cases.length >= 5, `${cases.length} cases`);
  for (const c of cases) assert.ok(notACard(normalizeCard(c.text)), `${c.name}: read as ${normalizeCard(c.text)}`);
});

test("only ASCII a-z become capitals; every listed separator goes, U+001C stays", () => {
  assert.equal(normalizeCard("aıſßﬁz"), "AıſßﬁZ");
  const separators = "\t\n\u000B\f\r \u0085\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000-\u00AD\u2010\u2011\u2012\u2013\u2014\u2212\u200B\u2060\uFEFF";
  assert.equal(normalizeCard(`04J2${separators}07`), "04J207");
  assert.equal(normalizeCard("04J2\u001C07"), "04J2\u001C07");
});
