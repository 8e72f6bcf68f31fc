// What a failure on the recovery's last screen leads to.
import { test } from "node:test";
import assert from "node:assert/strict";
import { failureAction } from "./result";

test("declining to show the words is no error; words forgotten for sitting unused start the recovery again", () => {
  assert.equal(failureAction({ kind: "declined", details: {}, message: "Nothing was shown." }), "quiet");
  assert.equal(failureAction({ kind: "timed_out", details: {}, message: "This took too long." }), "start_again");
  assert.equal(failureAction({ kind: "keychain_unavailable", details: {}, message: "No keychain." }), "say");
  assert.equal(failureAction(new Error("boom")), "say");
});
