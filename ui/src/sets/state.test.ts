// The home screen's record of sets: reading it, and what the screen works out from it
// (a wallet's sets, the unfinished and due ones, a re-issue in progress, retiring).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { SetView, SetsView } from "../ipc";
import {
  due, holdersOf, intervalChoices, intervalOf, readSets, reissueOf, retireCandidates, retireWord, setName, setsOfWallet, unfinished, walletOf, type Sets,
} from "./state";

const set = (over: Partial<SetView>): SetView => ({
  set_id: "0c94c6e7aa01bb02", label: "", wallet: "", fingerprint: "73c5da0a", made: "2025-01-02",
  threshold: 2, count: 3, status: "active", retired_on: null, replaced_by: null, verified_on: "2025-01-03",
  replaces: null, last_check: null, needs_check: false, cards: [], ...over,
});
// Newest first, as the record lists them: a re-issue of "old", not verified yet.
const fresh = set({ set_id: "bbbb000000000002", label: "Family 2026", replaces: "aaaa000000000001", verified_on: null });
const old = set({ set_id: "aaaa000000000001", label: "Family 2025", needs_check: true });
const other = set({ set_id: "cccc000000000003", fingerprint: "11111111", status: "retired", retired_on: "2024-05-01" });
const view: SetsView = { sets: [fresh, old, other], kept_aside: null, interval_days: 182 };
const sets: Sets = { view, problem: null, wallets: [{ name: "Main", fingerprint: "73c5da0a" }] };

test("the record read, or why not", async () => {
  assert.deepEqual(await readSets(async () => view), { view, problem: null, wallets: [] });
  const failed = await readSets(async () => {
    throw { kind: "record_unreadable", details: { path: "/home/a/sets.json" }, message: "" };
  });
  assert.equal(failed.view, null);
  assert.match(failed.problem ?? "", /^The record of your backup sets at \/home\/a\/sets\.json is damaged/);
  const none: Sets = { view: null, problem: "x", wallets: [] };
  assert.deepEqual([unfinished(none), due(none), intervalOf(none)], [[], [], 365]);
});

test("a set is named by its label, else its id", () => {
  assert.match(setName(fresh), /Family 2026/);
  assert.match(setName(other), /cccc000000000003/);
});

test("a wallet's sets, the unfinished ones and the ones due", () => {
  assert.deepEqual(setsOfWallet(sets, "73c5da0a").map((s) => s.set_id), [fresh.set_id, old.set_id]);
  assert.equal(walletOf(old, sets.wallets)?.name, "Main");
  assert.equal(walletOf(other, sets.wallets), undefined);
  assert.deepEqual(unfinished(sets).map((s) => s.set_id), [fresh.set_id]);
  assert.deepEqual(due(sets).map((s) => s.set_id), [old.set_id]);
  assert.equal(intervalOf(sets), 182);
  assert.deepEqual(intervalChoices(182), [91, 182, 365, 730]);
  assert.deepEqual(intervalChoices(30), [91, 182, 365, 730, 30]);
});

test("a re-issue in progress is seen from both sets, until the new one is verified", () => {
  const all = view.sets;
  assert.deepEqual(reissueOf(fresh, all), { kind: "replacing", set: old });
  assert.deepEqual(reissueOf(old, all), { kind: "replacedBy", set: fresh });
  assert.equal(reissueOf(other, all), null);
  const verified = [{ ...fresh, verified_on: "2026-01-05" }, old];
  assert.equal(reissueOf(verified[0], verified), null);
  assert.equal(reissueOf(old, verified), null);
});

test("retiring: newer sets of the same wallet to name, the word to type, the holders", () => {
  assert.deepEqual(retireCandidates(old, view.sets).map((s) => s.set_id), [fresh.set_id]);
  assert.equal(retireWord(old), "Family 2025");
  assert.equal(retireWord(set({ label: "  " })), "0c94c6e7aa01bb02");
  const held = set({ cards: [{ index: 2, holder: "Bob", place: "Porto", last_checked: null }] });
  assert.deepEqual(holdersOf(held), [
    { index: 1, holder: "", place: "" },
    { index: 2, holder: "Bob", place: "Porto" },
    { index: 3, holder: "", place: "" },
  ]);
});
