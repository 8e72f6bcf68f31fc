// Filling messages, plurals per language, and choosing the language from the system's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fill, fillParts } from "./format";
import { bestMatch, matchTag } from "./languages";
import { list, sentences, t } from "./index";

test("placeholders are filled; numbers are written the language's way", () => {
  assert.equal(fill("Card {n} of {count}", { n: 2, count: 5 }, "en"), "Card 2 of 5");
  assert.equal(fill("{n} sets", { n: 1234 }, "de"), "1.234 sets");
  assert.equal(t("common.cardN", { n: 3 }), "Card 3");
});

test("a plural takes the form the language's rules choose", () => {
  const m = { one: "{count} card", other: "{count} cards" };
  assert.equal(fill(m, { count: 1 }, "en"), "1 card");
  assert.equal(fill(m, { count: 0 }, "en"), "0 cards");
  assert.equal(fill(m, { count: 0 }, "fr"), "0 card", "French counts 0 as one");
  assert.equal(fill({ other: "{count}枚" }, { count: 1 }, "ja"), "1枚");
  assert.equal(t("recovery.board.needed", { count: 1 }), "1 more card needed.");
});

test("a node takes its placeholder's place in the sentence", () => {
  const node = { node: true };
  assert.deepEqual(fillParts("Fingerprint: {fp}.", { fp: node }, "en"), ["Fingerprint: ", node, "."]);
});

test("lists and sentences", () => {
  assert.equal(list([3, 7, 11]), "3, 7, 11");
  assert.equal(sentences("One.", null, "Two."), "One. Two.");
});

test("the system's languages choose the app's, else English", () => {
  assert.equal(bestMatch(["es-MX", "en-US"]), "es");
  assert.equal(bestMatch(["pt_BR.UTF-8"]), "pt");
  assert.equal(bestMatch(["nl-NL", "de-DE"]), "de");
  assert.equal(bestMatch(["zh-CN"]), "zh-Hans");
  assert.equal(bestMatch(["zh-Hans-SG"]), "zh-Hans");
  assert.equal(matchTag("zh-TW"), null, "Traditional Chinese is not Simplified");
  assert.equal(bestMatch(["ko-KR"]), "en");
  assert.equal(bestMatch([]), "en");
});
