// The check-up's camera: each card answered once, a refusal not repeated every frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CardCheckView, CheckResult } from "../ipc";
import { cameraFrame, newCheckup, REPEAT_MS } from "./state";

const card = (index: number): CardCheckView => ({
  set_id: "0c94c6e7aa01bb02", index, threshold: 2, count: 3, status: "active", label: null, made: null,
  retired_on: null, holder: null, place: null, checked_on: "2026-01-05",
});
const damaged: CheckResult["problems"][number] = { kind: "damaged", details: { index: null }, message: "This card is damaged." };
const frame = (checks: CardCheckView[], problems: CheckResult["problems"] = []): CheckResult => ({ checks, problems, kept_aside: null, read_from_printed_text: false });

test("a card read is seen from then on, and the last one is the one to show", () => {
  const s = newCheckup();
  const r = cameraFrame(s, frame([card(1), card(2)]), 1000);
  assert.deepEqual(s.seen, ["0c94c6e7aa01bb02:1", "0c94c6e7aa01bb02:2"]);
  assert.equal(r.latest?.index, 2);
  assert.equal(cameraFrame(s, frame([]), 1100).latest, null);
});

test("the same refusal is said once in a while, not every frame", () => {
  const s = newCheckup();
  assert.equal(cameraFrame(s, frame([], [damaged]), 1000).fresh.length, 1);
  assert.equal(cameraFrame(s, frame([], [damaged]), 1000 + REPEAT_MS - 1).fresh.length, 0);
  assert.equal(cameraFrame(s, frame([], [damaged]), 1000 + REPEAT_MS + 1).fresh.length, 1);
});
