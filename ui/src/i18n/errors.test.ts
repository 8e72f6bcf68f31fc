// Every error kind of the generated bindings has words in the catalogue. The kinds are read
// from the generated TypeScript itself, so that this fails when Rust adds a kind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ERROR_TEXT, errorText } from "./errors";
import type { IpcError } from "../bindings/ipc";

const generated = readFileSync("ui/src/bindings/ipc.ts", "utf8");
const union = generated.slice(generated.indexOf("export type ErrorKind ="));
const KINDS = [...new Set(Array.from(union.slice(0, union.indexOf(";\n")).matchAll(/"kind": "([a-z_]+)"/g), (m) => m[1]))];

/** Details good enough to fill any message: a value by the name of the field. */
const details = new Proxy({} as Record<string, unknown>, {
  get: (_, name) => {
    switch (name) {
      case "field": return "holder_name";
      case "what": return "retire_set";
      case "positions": return [3, 7];
      case "reason": return { kind: "wrong_passphrase", details: {} };
      case "index": case "position": case "group": return 2;
      default: return typeof name === "string" && /have/.test(name) ? 1 : 3;
    }
  },
});

test("the kinds are read from the bindings", () => {
  assert.ok(KINDS.length > 50, `only ${KINDS.length} kinds found`);
  assert.ok(KINDS.includes("wrong_passphrase"));
});

for (const kind of KINDS) {
  test(`error kind ${kind} has English words, every placeholder filled`, () => {
    const f = (ERROR_TEXT as Record<string, ((d: unknown) => string) | undefined>)[kind];
    assert.ok(f, `no entry for error kind "${kind}" in ui/src/i18n/errors.ts (and en.ts)`);
    const text = f(details);
    assert.ok(text.length > 10, `${kind}: "${text}"`);
    assert.doesNotMatch(text, /\{[A-Za-z_]+\}/, `${kind}: a placeholder was left unfilled: ${text}`);
  });
}

test("a kind the catalogue does not know shows Rust's words; a known kind the catalogue's", () => {
  const unknown = { kind: "from_the_future", details: {}, message: "Rust's words." } as unknown as IpcError;
  assert.equal(errorText(unknown), "Rust's words.");
  const known = { kind: "duplicate", details: { index: 4 }, message: "ignored" } as IpcError;
  assert.equal(errorText(known), "You already added card 4. Add a different card.");
});

test("a card of another set is named by the labels the record knows, as Rust words it in English", () => {
  const other = (expected_label: string | null, found_label: string | null): IpcError => ({
    kind: "other_set",
    details: { expected: "0c94c6e7aa01bb02", found: "77aa00bb11cc22dd", expected_label, found_label },
    message: "ignored",
  });
  // The same sentence as src-tauri/src/error/shell.rs other_set_named (a person reads both).
  assert.equal(
    errorText(other("Gran 2026", "Dad 2022")),
    "This card belongs to a different backup, 'Dad 2022', than the cards already added ('Gran 2026'). Use only cards from one set.",
  );
  assert.equal(
    errorText(other(null, "Dad 2022")),
    "This card belongs to a different backup, 'Dad 2022', than the cards already added. Use only cards from one set.",
  );
  assert.match(errorText(other(null, null)), /set 77aa00bb11cc22dd\) than the first card \(set 0c94c6e7aa01bb02\)/);
});
