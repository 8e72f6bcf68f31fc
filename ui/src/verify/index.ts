// "Check the printed cards": bring every printed card back (camera, pictures, scans, PDFs
// or typed text) through the recovery scanner's board, type the passphrase from the paper
// it was written on — never a copy the app kept — and every T of the cards is combined in
// Rust and compared with the wallet fingerprint. The phrase never comes back here. The
// screen's state is in state.ts; this module renders it.
import { api, messageOf, type ScanResult } from "../ipc";
import { button, errorBox, h, setError, show } from "../dom";
import { beep } from "../camera";
import { boardReads, cardIntake } from "../intake/cardintake";
import { askCheck, cardsText, checked, newVerify, statusText, tookCards, type VerifyState, type VerifyTarget } from "./state";
import { list, t } from "../i18n";

export type { VerifyTarget };

/** What the screen's owner hears: going back, leaving, and the set verified. */
export interface VerifyExits {
  back: () => void;
  done: () => void;
  verified?: () => void;
}

/** The screen's elements that show the state. */
interface Parts {
  status: HTMLElement;
  cards: HTMLElement;
  problems: HTMLElement;
  pass: HTMLInputElement;
  checkNow: HTMLButtonElement;
  progress: HTMLProgressElement;
  err: HTMLElement;
  /** Buttons that must wait while the check runs. */
  hold: HTMLButtonElement[];
}

function parts(): Parts {
  return {
    status: h("p", { id: "verify-status", class: "notice" }),
    cards: h("p", { id: "verify-cards" }),
    problems: h("ul", { id: "verify-problems", class: "hint" }),
    // The check waits for the button, not for the last card, so that a half-typed
    // passphrase is never tried.
    pass: h("input", { id: "verify-passphrase", type: "text", autocomplete: "off", spellcheck: "false", autocapitalize: "off" }),
    checkNow: button("verify-now", t("verify.checkNow"), () => undefined, "primary"),
    progress: h("progress", { id: "verify-progress", max: 1, value: 0, hidden: true }),
    err: errorBox("verify-error"),
    hold: [],
  };
}

/** Shows the state. */
function render(s: VerifyState, p: Parts): void {
  const verified = s.phase === "verified";
  const checking = s.phase === "checking";
  p.status.textContent = statusText(s);
  p.status.className = verified ? "good-note" : "notice";
  if (verified) p.status.dataset.verified = "true";
  p.cards.textContent = cardsText(s);
  p.problems.replaceChildren(...s.problems.map((x) => h("li", {}, messageOf(x))));
  p.checkNow.hidden = verified;
  p.pass.disabled = verified;
  for (const x of [p.checkNow, ...p.hold]) x.disabled = checking;
  p.progress.hidden = !checking;
  p.progress.max = s.progress?.total ?? 1;
  p.progress.value = s.progress?.checked ?? 0;
  setError(p.err, s.error);
}

/** Runs the check with the passphrase typed; the state says verified, or why not. */
async function runCheck(s: VerifyState, p: Parts, exits: VerifyExits): Promise<void> {
  const asked = askCheck(s, p.pass.value);
  render(s, p);
  if (asked === "typePass") p.pass.focus();
  if (asked !== "go") return;
  try {
    const ok = await api.verifySet(s.target.set_id, p.pass.value, (progress) => {
      s.progress = progress;
      render(s, p);
    });
    p.pass.value = "";
    checked(s, { ok });
    exits.verified?.();
  } catch (e) {
    checked(s, { failed: e });
  }
  render(s, p);
}

/**
 * The screen. `exits.back` returns to the screen before, `exits.done` leaves, and
 * `exits.verified` hears that the set was verified. The cards go onto the recovery board
 * (emptied first); the check itself is `verify_set`.
 */
export async function startVerify(root: HTMLElement, b: VerifyTarget, exits: VerifyExits): Promise<void> {
  const s = newVerify(b);
  const p = parts();
  p.checkNow.addEventListener("click", () => void runCheck(s, p, exits));
  const took = (r: Parameters<typeof tookCards>[1]): void => {
    const allIn = tookCards(s, r);
    render(s, p);
    if (!allIn) return;
    intake.stop("camera");
    p.pass.focus();
  };
  const said = (error: string | null) => {
    s.error = error;
    render(s, p);
  };
  const intake = cardIntake({
    prefix: "verify-",
    reads: boardReads,
    took: (r: ScanResult, from) => {
      took(r);
      if (from.way !== "camera" || !r.added.length) return null;
      beep("good");
      return { text: t("verify.flash", { count: r.added.length, list: list(r.added) }), tone: "good" };
    },
    refused: (e, from) => {
      // The files' refusals are said together (filesRead).
      if (from.way === "typed") said(messageOf(e));
    },
    filesRead: (_files, outcomes) => {
      const failed = outcomes.flatMap((o) => ("error" in o ? [t("common.inFile", { file: o.file.name, text: messageOf(o.error) })] : []));
      said(failed.length ? failed.join(" ") : null);
    },
    autoStart: false,
    cameraIntro: t("verify.cameraIntro"),
    filesLabel: t("verify.filesLabel"),
    addLabel: t("common.addThisCard"),
  });
  const leave = (then: () => void) => () => {
    intake.stop();
    then();
  };
  const backBtn = button("verify-back", t("common.back"), leave(exits.back), "secondary");
  const doneBtn = button("verify-done", t("common.done"), leave(exits.done));
  p.hold.push(backBtn, doneBtn);
  render(s, p);

  show(
    root,
    h("h2", {}, t("verify.title")),
    h("p", {}, t("verify.intro", { count: b.count, t: b.threshold, fingerprint: b.fingerprint })),
    p.status,
    h("section", { class: "panel" }, h("h3", {}, t("verify.cardsHeading")), intake.part("camera"), intake.part("files"), intake.part("typed")),
    p.cards,
    p.problems,
    h("label", { for: "verify-passphrase" }, t("verify.passLabel")),
    p.pass,
    h("div", { class: "actions" }, p.checkNow),
    p.progress,
    p.err,
    h("div", { class: "actions" }, backBtn, doneBtn),
  );
  try {
    took(await api.recoveryReset());
  } catch (e) {
    said(messageOf(e));
  }
}
