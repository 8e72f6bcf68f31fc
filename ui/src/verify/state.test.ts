// The check of printed cards: cards coming in, all in, the check and its answer, and what
// the screen says at each point.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { BoardView, ScanResult } from "../ipc";

type Problem = ScanResult["problems"][number];
import { askCheck, cardsText, checked, newVerify, statusText, tookCards } from "./state";

const target = { set_id: "0c94c6e7aa01bb02", count: 3, threshold: 2, fingerprint: "73c5da0a" };
const board = (cards: number[]): BoardView => ({
  set_id: target.set_id, threshold: 2, count: 3, words: 12, cards, still_needed: Math.max(0, 2 - cards.length), known: null, typed: [],
});
const duplicate: Problem = { kind: "duplicate", details: { index: 1 }, message: "You already added card 1. Add a different card." };
const scan = (added: number[], cards: number[], problems: Problem[] = []): ScanResult => ({ added, problems, read_from_printed_text: false, board: board(cards) });

test("cards come in; all in once every card is, not before", () => {
  const s = newVerify(target);
  assert.equal(statusText(s), "Not verified yet.");
  assert.equal(cardsText(s), "No cards yet. Bring back all 3.");
  assert.equal(tookCards(s, board([])), false);
  assert.equal(tookCards(s, scan([1, 2], [1, 2])), false);
  assert.equal(cardsText(s), "Cards checked: 1, 2 of 3.");
  assert.equal(statusText(s), "Not verified yet.");
  assert.equal(tookCards(s, scan([3], [1, 2, 3])), true);
  assert.equal(s.phase, "allIn");
  assert.match(statusText(s), /^All 3 cards are in\./);
});

test("a scan's refusals replace the last ones; a scan that changes nothing keeps them", () => {
  const s = newVerify(target);
  tookCards(s, scan([], [1], [duplicate]));
  assert.deepEqual(s.problems, [duplicate]);
  tookCards(s, scan([], [1]));
  assert.deepEqual(s.problems, [duplicate]);
  tookCards(s, scan([2], [1, 2]));
  assert.deepEqual(s.problems, []);
});

test("the check needs the passphrase typed, runs once at a time, and says its progress", () => {
  const s = newVerify(target);
  assert.equal(askCheck(s, "  "), "typePass");
  assert.match(s.error ?? "", /passphrase exactly as it is written/);
  assert.equal(askCheck(s, "orbit lemon"), "go");
  assert.equal(s.error, null);
  assert.equal(askCheck(s, "orbit lemon"), null, "not while one runs");
  assert.equal(statusText(s), "Opening the cards with the passphrase…");
  s.progress = { checked: 1, total: 3 };
  assert.equal(statusText(s), "Checked 1 of 3 groups of 2 cards…");
  assert.equal(tookCards(s, scan([3], [1, 2, 3])), false, "cards arriving do not stop the check");
});

test("a wrong passphrase says why and allows another try; verified is final", () => {
  const s = newVerify(target);
  askCheck(s, "wrong");
  checked(s, { failed: { kind: "wrong_passphrase", details: {}, message: "The passphrase is not right." } });
  assert.equal(s.phase, "failed");
  assert.equal(statusText(s), "Not verified.");
  assert.match(s.error ?? "", /^The passphrase is not right for these cards\./);
  assert.equal(askCheck(s, "right"), "go");
  checked(s, { ok: { recorded: true, retired: null } });
  assert.match(statusText(s), /^Verified: .*This computer's record now says so\.$/);
  assert.equal(askCheck(s, "right"), null);
  assert.equal(tookCards(s, scan([], [1, 2, 3])), false);
  assert.equal(s.phase, "verified");
});
