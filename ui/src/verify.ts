// "Check the printed cards": bring every printed card back (camera, pictures, scans, PDFs
// or typed text) through the recovery scanner's board, type the passphrase from the paper
// it was written on — never a copy the app kept — and every T of the cards is combined in
// Rust and compared with the wallet fingerprint. The phrase never comes back here.
import { api, messageOf, type BoardView, type ScanResult } from "./ipc";
import { button, errorBox, h, setError, show } from "./dom";
import { beep } from "./camera";
import { boardReads, cardIntake } from "./intake/cardintake";
import { list, sentences, t } from "./i18n";

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
    status: h("p", { id: "verify-status", class: "notice" }, t("verify.notYet")),
    // The check waits for the button, not for the last card, so that a half-typed
    // passphrase is never tried.
    typedPass: h("input", { id: "verify-passphrase", type: "text", autocomplete: "off", spellcheck: "false", autocapitalize: "off" }),
    checkNow: button("verify-now", t("verify.checkNow"), () => undefined, "primary"),
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
    setError(c.err, t("verify.typePass"));
    c.typedPass.focus();
    return;
  }
  const hold = (on: boolean) => {
    for (const x of [c.checkNow, ...c.hold]) x.disabled = on;
    c.progress.hidden = !on;
  };
  hold(true);
  c.progress.value = 0;
  c.status.textContent = t("verify.opening");
  try {
    const r = await api.verifySet(b.set_id, c.typedPass.value, (p) => {
      c.progress.max = p.total;
      c.progress.value = p.checked;
      c.status.textContent = t("verify.progress", { checked: p.checked, total: p.total, t: b.threshold });
    });
    c.typedPass.value = "";
    c.status.textContent = sentences(t("verify.done"), r.recorded && t("verify.recorded"), r.retired && t("verify.retired"));
    c.status.className = "good-note";
    c.status.dataset.verified = "true";
    c.checkNow.hidden = true;
    c.typedPass.disabled = true;
    verified.add(b.set_id);
  } catch (e) {
    c.status.textContent = t("verify.not");
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
  const inList = h("p", { id: "verify-cards" }, t("verify.noCards", { count: b.count }));
  const problems = h("ul", { id: "verify-problems", class: "hint" });
  const took = (r: ScanResult | BoardView): void => {
    const board = "board" in r ? r.board : r;
    if ("problems" in r && (r.problems.length || r.added.length)) problems.replaceChildren(...r.problems.map((p) => h("li", {}, messageOf(p))));
    const have = board.cards;
    inList.textContent = have.length ? t("verify.cardsIn", { list: list(have), count: b.count }) : t("verify.noCards", { count: b.count });
    if (have.length < b.count || c.checkNow.disabled || c.status.dataset.verified) return;
    intake.stop("camera");
    c.status.textContent = t("verify.allIn", { count: b.count });
    c.typedPass.focus();
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
      if (from.way === "typed") setError(c.err, messageOf(e));
    },
    filesRead: (_files, outcomes) => {
      const failed = outcomes.flatMap((o) => ("error" in o ? [t("common.inFile", { file: o.file.name, text: messageOf(o.error) })] : []));
      setError(c.err, failed.length ? failed.join(" ") : null);
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
  const backBtn = button("verify-back", t("common.back"), leave(back), "secondary");
  const doneBtn = button("verify-done", t("common.done"), leave(done));
  c.hold.push(backBtn, doneBtn);

  show(
    root,
    h("h2", {}, t("verify.title")),
    h("p", {}, t("verify.intro", { count: b.count, t: b.threshold, fingerprint: b.fingerprint })),
    c.status,
    h("section", { class: "panel" }, h("h3", {}, t("verify.cardsHeading")), intake.part("camera"), intake.part("files"), intake.part("typed")),
    inList,
    problems,
    h("label", { for: "verify-passphrase" }, t("verify.passLabel")),
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
