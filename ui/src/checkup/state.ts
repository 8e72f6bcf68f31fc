// The card check-up's state, in one place: what the camera has answered already, so that
// each card held up is answered once and a refusal is not repeated every frame. No DOM
// (index.ts renders it), so state.test.ts checks it without a window.
import type { CardCheckView, CheckResult } from "../ipc";

/** A code the app read but refused. */
type Problem = CheckResult["problems"][number];

/** How long the same refusal from the camera is not said again. */
export const REPEAT_MS = 6000;

export interface CheckupState {
  /** Cards the camera answered ("<set id>:<card number>"); the app passes over them. */
  seen: string[];
  /** The last refusal said from the camera, and when. */
  lastProblem: { key: string; at: number };
}

export const newCheckup = (): CheckupState => ({ seen: [], lastProblem: { key: "", at: 0 } });

const problemKey = (p: Problem): string => JSON.stringify([p.kind, p.details]);

/**
 * A camera frame's answer at `now` (ms): its cards are seen from now on; what to say is its
 * refusals not said within REPEAT_MS, and its last card, if any.
 */
export function cameraFrame(s: CheckupState, r: CheckResult, now: number): { fresh: Problem[]; latest: CardCheckView | null } {
  for (const c of r.checks) s.seen.push(`${c.set_id}:${c.index}`);
  const fresh = r.problems.filter((p) => problemKey(p) !== s.lastProblem.key || now - s.lastProblem.at > REPEAT_MS);
  if (fresh.length) s.lastProblem = { key: problemKey(fresh[0]), at: now };
  return { fresh, latest: r.checks[r.checks.length - 1] ?? null };
}
