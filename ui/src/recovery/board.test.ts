// The recovery board as the screen shows it, from the app's BoardView.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { BoardView } from "../ipc";
import { boardModel, typedNote } from "./board";

const empty: BoardView = { set_id: null, threshold: null, count: null, words: null, cards: [], still_needed: null, known: null, typed: [] };

const set = (over: Partial<BoardView>): BoardView => ({ ...empty, set_id: "0c94c6e7aa01bb02", threshold: 3, count: 5, words: 12, ...over });

test("an empty board asks for any card", () => {
  const m = boardModel(empty);
  assert.equal(m.count, "No cards yet");
  assert.match(m.needed, /Add any card to start/);
  assert.equal(m.enough, false);
  assert.deepEqual(m.slots, []);
});

test("cards in, typed cards kept, and the rest missing, slot by slot", () => {
  const b = set({
    cards: [1],
    typed: [
      { index: 3, group: 7, text: "…", from_print: false },
      { index: null, group: 2, text: "…", from_print: true },
    ],
    still_needed: 0,
    known: { label: "Family", made: "2026-12-02", fingerprint: "d6defbaa", holders: [{ index: 3, holder: "Ann", place: "bank", last_checked: null }], retired_on: null },
  });
  const m = boardModel(b);
  assert.deepEqual(
    m.slots.map((s) => [s.index, s.state]),
    [[1, "in"], [2, "missing"], [3, "typed"], [4, "missing"], [5, "missing"]],
  );
  assert.equal(m.slots[2].typedAt, 0);
  assert.equal(m.slots[2].group, 7);
  assert.equal(typedNote(7), "typed; group 7 is checked with the passphrase");
  assert.equal(typedNote(null), "typed; checked with the passphrase");
  assert.equal(m.slots[2].fromPrint, false);
  assert.equal(m.slots[2].keeper, "Ann, bank");
  assert.deepEqual(m.unplaced, [{ typedAt: 1, group: 2, fromPrint: true }], "a typed card whose number did not read is listed apart");
  assert.equal(m.count, "3 of 3 cards", "typed cards count");
  assert.equal(m.needed, "Enough cards. Go on to the passphrase.");
  assert.equal(m.enough, true);
});

test("more cards than needed, and how many are still needed", () => {
  assert.equal(boardModel(set({ cards: [1, 2, 4, 5], still_needed: 0 })).count, "4 cards (3 needed)");
  assert.equal(boardModel(set({ cards: [2], still_needed: 2 })).needed, "2 more cards needed.");
  assert.equal(boardModel(set({ cards: [2, 4], still_needed: 1 })).needed, "1 more card needed.");
  assert.equal(boardModel(set({ cards: [2, 4], still_needed: 1 })).enough, false);
});

test("a typed card numbered beyond the set is not put in a slot", () => {
  const m = boardModel(set({ typed: [{ index: 9, group: 1, text: "…", from_print: false }], still_needed: 2 }));
  assert.ok(m.slots.every((s) => s.state === "missing"));
  assert.deepEqual(m.unplaced, [{ typedAt: 0, group: 1, fromPrint: false }]);
});

test("a card read from its printed text is said to be read, not typed", () => {
  const m = boardModel(set({ typed: [{ index: 2, group: null, text: "…", from_print: true }], still_needed: 1 }));
  assert.equal(m.slots[1].state, "typed");
  assert.equal(m.slots[1].fromPrint, true);
  assert.equal(typedNote(m.slots[1].group, m.slots[1].fromPrint), "read from the printed text; checked with the passphrase");
  assert.equal(typedNote(4, true), "read from the printed text; group 4 is checked with the passphrase");
});
