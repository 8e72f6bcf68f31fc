// The card check-up: is a card still readable, and which set is it of? By camera, picture
// or typed text, with no passphrase and nothing secret shown. The date of the check-up is
// noted on this computer's record.
import { api, messageOf, type CardCheckView, type CheckResult, type IpcError } from "./ipc";
import { button, h, show } from "./dom";
import { beep } from "./camera";
import { cameraPart, type Flash } from "./intake/camerapart";
import { filesPart } from "./intake/filespart";
import { typedPart } from "./intake/typedpart";
import { keptAsideNotice, setName } from "./sets";

function checkItem(c: CardCheckView): HTMLElement {
  const which = c.label?.trim() ? `of the set “${c.label}”` : `of set ${c.set_id}`;
  const head = `Card ${c.index} of ${c.count} ${which} is intact.`;
  const holder = [c.holder, c.place].filter((x) => x && x.trim()).join(", ");
  let status: string;
  let tone: string;
  if (c.status === "active") {
    status = "This set is active: it is the one to use.";
    tone = "good";
  } else if (c.status === "retired") {
    status = `This set was retired on ${c.retired_on}: a newer set of cards may exist. This card still works, but it should be collected and destroyed once the new set is handed out.`;
    tone = "notice";
  } else {
    status = "This computer has no record of this set (it may have been made on another computer). The card is readable; nothing was recorded.";
    tone = "notice";
  }
  return h(
    "li",
    { class: `news-item ${tone} check-result`, "data-status": c.status, "data-set": c.set_id, "data-card": String(c.index) },
    h("p", { class: "check-head" }, h("strong", {}, head), ` Any ${c.threshold} of the ${c.count} cards recover the wallet.`),
    h("p", { class: "check-status" }, `Status: ${c.status === "active" ? "active" : c.status === "retired" ? "retired" : "unknown to this computer"}. ${status}`),
    holder ? h("p", { class: "small" }, `Recorded holder: ${holder}.`) : null,
    c.checked_on ? h("p", { class: "check-date small" }, `Check-up recorded on ${c.checked_on}.`) : null,
  );
}

/** The results list, newest first, and how to add to it. */
function resultsList() {
  const el = h("ul", { id: "check-results", class: "news", "aria-live": "polite" });
  // The newest result is first; bring it into view under the inputs.
  const reveal = () => el.firstElementChild?.scrollIntoView({ block: "nearest" });
  const problem = (message: string, prefix = "") => {
    el.prepend(h("li", { class: "news-item bad check-problem", role: "alert" }, `${prefix}${message}`));
  };
  const report = (r: CheckResult, prefix = "", scroll = true) => {
    const k = keptAsideNotice(r.kept_aside);
    if (k) el.prepend(h("li", {}, k));
    for (const c of r.checks) el.prepend(checkItem(c));
    for (const p of r.problems) problem(p.message, prefix);
    if (!r.checks.length && !r.problems.length) problem("No card was found.", prefix);
    if (scroll) reveal();
  };
  return { el, report, problem, reveal };
}

/** The camera: each card held up is answered once (the app passes over cards already
 * shown), and the same refusal is not repeated for a few seconds. */
function checkCamera(results: ReturnType<typeof resultsList>, latest: HTMLElement) {
  const seen: string[] = [];
  let lastProblem = { key: "", at: 0 };
  const problemKey = (p: IpcError): string => JSON.stringify([p.kind, p.details]);
  const onFrame = (r: CheckResult): Flash | null => {
    for (const c of r.checks) seen.push(`${c.set_id}:${c.index}`);
    const fresh = r.problems.filter((p) => problemKey(p) !== lastProblem.key || Date.now() - lastProblem.at > 6000);
    if (fresh.length) lastProblem = { key: problemKey(fresh[0]), at: Date.now() };
    if (r.checks.length || fresh.length) results.report({ ...r, problems: fresh }, "", false);
    const c = r.checks[r.checks.length - 1];
    if (c) {
      beep("good");
      const status = c.status === "active" ? "active" : c.status === "retired" ? "retired: a newer set may exist" : "unknown to this computer";
      latest.textContent = `✓ Card ${c.index} of ${setName(c)} is intact (${status}). Details below. Show the next card.`;
      latest.className = `camera-latest ${c.status === "active" ? "good" : "notice"}`;
      return { text: `✓ Card ${c.index} read`, tone: "good" };
    }
    if (!fresh.length) return null;
    beep("bad");
    latest.textContent = `✗ ${fresh[0].message}`;
    latest.className = "camera-latest bad";
    return { text: "✗ This card can't be read", tone: "bad" };
  };
  return cameraPart({
    id: "check-camera",
    read: (grey, w, hgt, attempt) => api.checkCardFrame(grey, w, hgt, attempt, seen),
    onFrame,
    autoStart: false,
    intro: "With the whole square code in view; a beep says it was read.",
  });
}

/** The check-up screen; `back` returns to the home screen. */
export function checkScreen(root: HTMLElement, back: () => Promise<void>): void {
  const results = resultsList();
  // The latest card the camera read, beside the picture: the full result is in the list
  // below, which would otherwise pull the picture out of view.
  const latest = h("p", { id: "check-camera-latest", class: "camera-latest", "aria-live": "polite" });
  const cam = checkCamera(results, latest);
  const files = filesPart({
    id: "check-files",
    read: api.checkCardFile,
    label: "Choose a picture or scan",
    onRead: (_list, outcomes) => {
      for (const o of outcomes) {
        if ("result" in o) results.report(o.result, `${o.file.name}: `);
        else {
          results.problem(o.error.message, `${o.file.name}: `);
          results.reveal();
        }
      }
    },
  });
  const typed = typedPart({
    prefix: "check-",
    add: api.checkCard,
    addLabel: "Check this text",
    took: (r: CheckResult) => results.report(r),
    refused: (e) => {
      results.problem(e.kind === "unexpected" ? messageOf(e) : e.message);
      results.reveal();
    },
  });
  const leave = (): void => {
    cam.stop();
    files.cancel();
    void back();
  };
  show(
    root,
    h("h2", {}, "Check a card"),
    h("p", { class: "lead" }, "Make sure a card can still be read, and see which set it belongs to. No passphrase is needed, and nothing secret is shown. The date of the check-up is noted on this computer."),
    h("section", { class: "panel" }, h("h3", {}, "Hold the card up to the camera"), cam.el, latest),
    h("section", { class: "panel" }, h("h3", {}, "Or open a picture or scan of the card"), files.el),
    h("section", { class: "panel" }, h("h3", {}, "Or type the card's text"), typed),
    results.el,
    h("div", { class: "actions" }, button("check-done", "Back to the home screen", leave, "secondary")),
  );
}
