// "Check the printed cards": bring every printed card back (camera, pictures, scans, PDFs
// or typed text) through the recovery scanner's board, type the passphrase from the paper
// it was written on — never a copy the app kept — and every T of the cards is combined in
// Rust and compared with the wallet fingerprint. The phrase never comes back here.
import { api, messageOf, type BoardView, type ScanResult } from "./ipc";
import { button, errorBox, h, setError, show } from "./dom";
import { beep } from "./camera";
import { cameraPart } from "./intake/camerapart";
import { filesPart } from "./intake/filespart";
import { typedPart } from "./intake/typedpart";

/** What the check needs of a set: it may be one made this session, or one recorded. */
export interface VerifyTarget {
  set_id: string;
  count: number;
  threshold: number;
  fingerprint: string;
}

/** Sets verified in this session, so the Cards-ready step says so on coming back. */
const verified = new Set<string>();
export const isVerified = (setId: string): boolean => verified.has(setId);

/** The passphrase check: the field, the button, and what they say. */
interface Checker {
  status: HTMLElement;
  typedPass: HTMLInputElement;
  checkNow: HTMLButtonElement;
  progress: HTMLProgressElement;
  err: HTMLElement;
  /** Buttons that must wait while the check runs. */
  hold: HTMLButtonElement[];
}

function checker(): Checker {
  return {
    status: h("p", { id: "verify-status", class: "notice" }, "Not verified yet."),
    // The check waits for the button, not for the last card, so that a half-typed
    // passphrase is never tried.
    typedPass: h("input", { id: "verify-passphrase", type: "text", autocomplete: "off", spellcheck: "false", autocapitalize: "off" }),
    checkNow: button("verify-now", "Check the cards", () => undefined, "primary"),
    progress: h("progress", { id: "verify-progress", max: 1, value: 0, hidden: true }),
    err: errorBox("verify-error"),
    hold: [],
  };
}

/** Runs the check with the passphrase typed; says verified, or why not. */
async function runCheck(b: VerifyTarget, c: Checker): Promise<void> {
  if (c.status.dataset.verified || c.checkNow.disabled) return;
  setError(c.err, null);
  if (!c.typedPass.value.trim()) {
    setError(c.err, "Type the passphrase exactly as it is written on your paper.");
    c.typedPass.focus();
    return;
  }
  const hold = (on: boolean) => {
    for (const x of [c.checkNow, ...c.hold]) x.disabled = on;
    c.progress.hidden = !on;
  };
  hold(true);
  c.progress.value = 0;
  c.status.textContent = "Opening the cards with the passphrase…";
  try {
    const r = await api.verifySet(b.set_id, c.typedPass.value, (p) => {
      c.progress.max = p.total;
      c.progress.value = p.checked;
      c.status.textContent = `Checked ${p.checked.toLocaleString("en")} of ${p.total.toLocaleString("en")} groups of ${b.threshold} cards…`;
    });
    c.typedPass.value = "";
    c.status.textContent = [
      "Verified: every group of cards, with the passphrase from your paper, gives back this wallet.",
      r.recorded ? " This computer's record now says so." : "",
      r.retired ? " The set it replaces is now retired: once the new cards are handed out, collect its cards and destroy them." : "",
    ].join("");
    c.status.className = "good-note";
    c.status.dataset.verified = "true";
    c.checkNow.hidden = true;
    c.typedPass.disabled = true;
    verified.add(b.set_id);
  } catch (e) {
    c.status.textContent = "Not verified.";
    setError(c.err, messageOf(e));
  } finally {
    hold(false);
  }
}

/**
 * The screen. `back` returns to the screen before; `done` leaves. The cards go onto the
 * recovery board (emptied first); the check itself is `verify_set`.
 */
export async function startVerify(root: HTMLElement, b: VerifyTarget, back: () => void, done: () => void): Promise<void> {
  const c = checker();
  c.checkNow.addEventListener("click", () => void runCheck(b, c));
  const inList = h("p", { id: "verify-cards" }, `No cards yet. Bring back all ${b.count}.`);
  const problems = h("ul", { id: "verify-problems", class: "hint" });
  const took = (r: ScanResult | BoardView): void => {
    const board = "board" in r ? r.board : r;
    if ("problems" in r && (r.problems.length || r.added.length)) problems.replaceChildren(...r.problems.map((p) => h("li", {}, p.message)));
    const have = board.cards;
    inList.textContent = have.length ? `Cards checked: ${have.join(", ")} of ${b.count}.` : `No cards yet. Bring back all ${b.count}.`;
    if (have.length < b.count || c.checkNow.disabled || c.status.dataset.verified) return;
    cam.stop();
    c.status.textContent = `All ${b.count} cards are in. Type the passphrase from your paper and press “Check the cards”.`;
    c.typedPass.focus();
  };
  const cam = cameraPart({
    id: "verify-camera",
    read: api.recoveryAddFrame,
    autoStart: false,
    intro: "Hold each card up to the camera, with the whole square code in view.",
    onFrame: (r: ScanResult) => {
      took(r);
      if (!r.added.length) return null;
      beep("good");
      return { text: `✓ Card${r.added.length > 1 ? "s" : ""} ${r.added.join(", ")} in`, tone: "good" };
    },
  });
  const files = filesPart({
    id: "verify-files",
    read: api.recoveryAddFile,
    label: "Choose pictures or scans of the cards",
    onRead: (_list, outcomes) => {
      const failed: string[] = [];
      for (const o of outcomes) {
        if ("result" in o) took(o.result);
        else failed.push(`${o.file.name}: ${o.error.message}`);
      }
      setError(c.err, failed.length ? failed.join(" ") : null);
    },
  });
  const typed = typedPart({
    prefix: "verify-",
    add: api.recoveryAddText,
    addLabel: "Add this card",
    took,
    refused: (e) => setError(c.err, e.message),
  });
  const leave = (then: () => void) => () => {
    cam.stop();
    files.cancel();
    then();
  };
  const backBtn = button("verify-back", "Back", leave(back), "secondary");
  const doneBtn = button("verify-done", "Done", leave(done));
  c.hold.push(backBtn, doneBtn);

  show(
    root,
    h("h2", {}, "Check the printed cards"),
    h("p", {}, `Before handing the cards out, bring all ${b.count} printed cards back: hold them to the camera, open photos or scans of them (a PDF works too), or type the text under a QR code. Then type the passphrase from your paper. Heirloom checks that every ${b.threshold} of the cards recover this wallet (fingerprint ${b.fingerprint}) with exactly what is written down, without showing the phrase.`),
    c.status,
    h("section", { class: "panel" }, h("h3", {}, "The cards"), cam.el, files.el, typed),
    inList,
    problems,
    h("label", { for: "verify-passphrase" }, "The passphrase, exactly as written on your paper"),
    c.typedPass,
    h("div", { class: "actions" }, c.checkNow),
    c.progress,
    c.err,
    h("div", { class: "actions" }, backBtn, doneBtn),
  );
  try {
    took(await api.recoveryReset());
  } catch (e) {
    setError(c.err, messageOf(e));
  }
}
