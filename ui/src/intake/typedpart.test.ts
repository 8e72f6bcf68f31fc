// A typed card text as the app reads it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeCard } from "./typedpart";

test("spaces, dashes and case don't matter; O, I and L are read as 0 and 1", () => {
  assert.equal(normalizeCard(" 04j2o7 - b83d7k\ta1pggt "), "04J207B83D7KA1PGGT");
  assert.equal(normalizeCard("il1O0"), "11100");
});
