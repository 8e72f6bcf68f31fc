// The backup wizard's state: where it starts, T of N and its holders, the request for the
// cards, and what it holds after the cards are made and after it is left.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { BackupView, PhraseView, SetView } from "../ipc";
import { backupRequest, cardsChosen, chooseTN, leftWizard, madeSet, newWizard, saferTN } from "./state";

const root = {} as HTMLElement;
const phrase: PhraseView = { handle: "p1", words: 12, fingerprint: "73c5da0a", language: "english" };
const old: SetView = {
  set_id: "0c94c6e7aa01bb02", label: "Dad 2025", wallet: " Main ", fingerprint: "73c5da0a", made: "2025-01-02",
  threshold: 2, count: 3, status: "active", retired_on: null, replaced_by: null, verified_on: "2025-01-03",
  replaces: null, last_check: null, needs_check: false,
  cards: [{ index: 1, holder: "Alice", place: "Lisbon", last_checked: null }, { index: 2, holder: "Bob", place: "", last_checked: null }],
};

test("a new backup starts at 3 of 5; a saved wallet starts saved; a re-issue from the old set", () => {
  const fresh = newWizard(root, { mode: "new" });
  assert.equal(fresh.mode, "new");
  assert.deepEqual([fresh.threshold, fresh.count, fresh.saved, fresh.verified], [3, 5, false, false]);
  const saved = newWizard(root, { phrase, walletName: "Main", saved: true });
  assert.deepEqual([saved.mode, saved.saved, saved.walletName, saved.phrase?.handle], ["existing", true, "Main", "p1"]);
  const reissue = newWizard(root, { mode: "import" }, old);
  assert.deepEqual([reissue.threshold, reissue.count, reissue.walletName], [2, 3, "Main"]);
  assert.deepEqual(reissue.holders, [{ name: "Alice", place: "Lisbon" }, { name: "Bob", place: "" }]);
});

test("T stays within 2…N, every card has a holder row, typed holders are kept", () => {
  const w = newWizard(root, { mode: "new" });
  w.holders = [{ name: "Alice", place: "" }];
  chooseTN(w, 3, 5);
  assert.deepEqual([w.threshold, w.count], [3, 3]);
  assert.deepEqual(w.holders, [{ name: "Alice", place: "" }, { name: "", place: "" }, { name: "", place: "" }]);
  chooseTN(w, 2, 1);
  assert.equal(w.threshold, 2);
  assert.equal(w.holders.length, 2);
});

test("T = N goes on only when acknowledged, and the acknowledgement goes with T < N", () => {
  const w = newWizard(root, { mode: "new" });
  chooseTN(w, 4, 4);
  assert.equal(cardsChosen(w), false);
  w.allCardsNeeded = true;
  assert.equal(cardsChosen(w), true);
  chooseTN(w, 4, 3);
  assert.equal(w.allCardsNeeded, false);
  assert.equal(cardsChosen(w), true);
  assert.deepEqual(saferTN(4), { count: 4, threshold: 3 });
  assert.deepEqual(saferTN(2), { count: 3, threshold: 2 });
});

test("the request names handles only, and needs both the phrase and the passphrase", () => {
  const w = newWizard(root, { phrase, walletName: "Main", saved: true }, old);
  assert.equal(backupRequest(w), null);
  w.passphrase = "pp2";
  assert.deepEqual(backupRequest(w), {
    phraseHandle: "p1", passphraseHandle: "pp2", threshold: 2, count: 3, label: "",
    holders: [{ name: "Alice", place: "Lisbon" }, { name: "Bob", place: "" }],
    wallet: "Main", replaces: "0c94c6e7aa01bb02", allCardsNeeded: false,
  });
});

test("once the cards are made, the phrase and their passphrase are gone; leaving hands back the rest", () => {
  const w = newWizard(root, { phrase, walletName: "Main", saved: true });
  w.passphrases = ["pp1", "pp2"];
  w.passphrase = "pp2";
  madeSet(w, { set_id: "aa" } as BackupView);
  assert.equal(w.phrase, undefined);
  assert.equal(w.passphrase, undefined);
  assert.deepEqual(w.passphrases, ["pp1"]);
  assert.equal(w.made?.set_id, "aa");
  assert.deepEqual(leftWizard(w), { phrase: null, passphrases: ["pp1"] });
  assert.deepEqual(w.passphrases, []);
  const early = newWizard(root, { phrase, walletName: "Main", saved: true });
  early.passphrases = ["pp3"];
  assert.deepEqual(leftWizard(early), { phrase: "p1", passphrases: ["pp3"] });
  assert.equal(early.phrase, undefined);
});
