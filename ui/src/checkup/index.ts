// The card check-up: is a card still readable, and which set is it of? By camera, picture
// or typed text, with no passphrase and nothing secret shown. The date of the check-up is
// noted on this computer's record. What the camera answered is in state.ts.
import { api, messageOf, type CardCheckView, type CheckResult } from "../ipc";
import { button, h, show } from "../dom";
import { beep, type FrameReader } from "../camera";
import type { Flash } from "../intake/camerapart";
import { cardIntake } from "../intake/cardintake";
import { cameraFrame, newCheckup } from "./state";
import { keptAsideNotice, setName } from "../sets";
import { date, t } from "../i18n";

function checkItem(c: CardCheckView): HTMLElement {
  const head = c.label?.trim()
    ? t("checkup.headLabel", { n: c.index, count: c.count, label: c.label })
    : t("checkup.headId", { n: c.index, count: c.count, id: c.set_id });
  const holder = [c.holder, c.place].filter((x) => x && x.trim()).join(t("common.listSeparator"));
  const explain = c.status === "retired"
    ? t("checkup.explain.retired", { date: date(c.retired_on ?? "") })
    : t(`checkup.explain.${c.status}`);
  const tone = c.status === "active" ? "good" : "notice";
  return h(
    "li",
    { class: `news-item ${tone} check-result`, "data-status": c.status, "data-set": c.set_id, "data-card": String(c.index) },
    h("p", { class: "check-head" }, h("strong", {}, head), `${t("common.sentenceSeparator")}${t("checkup.anyT", { t: c.threshold, n: c.count })}`),
    h("p", { class: "check-status" }, t("checkup.statusLine", { status: t(`checkup.status.${c.status}`), explain })),
    holder ? h("p", { class: "small" }, t("checkup.holder", { holder })) : null,
    c.checked_on ? h("p", { class: "check-date small" }, t("checkup.recorded", { date: date(c.checked_on) })) : null,
  );
}

/** The results list, newest first, and how to add to it. `fill` puts a reading of a card's
 * print that is not certain in the typed box (the check-up's intake), answering whether it
 * went in. */
function resultsList(fill: (text: string, group: number | null) => boolean) {
  const el = h("ul", { id: "check-results", class: "news", "aria-live": "polite" });
  // The newest result is first; bring it into view under the inputs.
  const reveal = () => el.firstElementChild?.scrollIntoView({ block: "nearest" });
  /** `file`: the file it came from, named before it, if any. */
  const problem = (message: string, file?: string) => {
    el.prepend(h("li", { class: "news-item bad check-problem", role: "alert" }, file ? t("common.inFile", { file, text: message }) : message));
  };
  const report = (r: CheckResult, file?: string, scroll = true) => {
    const k = keptAsideNotice(r.kept_aside);
    if (k) el.prepend(h("li", {}, k));
    for (const c of r.checks) el.prepend(checkItem(c));
    if (r.read_from_printed_text) {
      // The card is intact, its code is not: the reason a check-up exists.
      const text = t("checkup.printed");
      el.prepend(h("li", { class: "news-item notice check-printed", role: "alert" }, file ? t("common.inFile", { file, text }) : text));
    }
    for (const p of r.problems) {
      // A reading of the print to compare with the card: in the box, to correct and check.
      const inBox = p.kind === "printed_unsure" && fill(p.details.text, p.details.group);
      problem(inBox ? `${messageOf(p)} ${t("checkup.readingInBox")}` : messageOf(p), file);
    }
    if (!r.checks.length && !r.problems.length) problem(t("checkup.noCard"), file);
    if (scroll) reveal();
  };
  return { el, report, problem, reveal };
}

/** The camera's answers: each card held up is answered once (the app passes over cards
 * already shown), and the same refusal is not repeated for a few seconds. */
function cameraAnswers(results: ReturnType<typeof resultsList>, latest: HTMLElement) {
  const state = newCheckup();
  const onFrame = (r: CheckResult): Flash | null => {
    const { fresh, latest: c } = cameraFrame(state, r, Date.now());
    if (r.checks.length || fresh.length) results.report({ ...r, problems: fresh }, undefined, false);
    if (c) {
      beep("good");
      latest.textContent = t("checkup.latest", { n: c.index, set: setName(c), status: t(`checkup.latestStatus.${c.status}`) });
      latest.className = `camera-latest ${c.status === "active" ? "good" : "notice"}`;
      return { text: t("checkup.flashRead", { n: c.index }), tone: "good" };
    }
    if (!fresh.length) return null;
    beep("bad");
    latest.textContent = t("checkup.latestProblem", { message: messageOf(fresh[0]) });
    latest.className = "camera-latest bad";
    return { text: t("checkup.flashBad"), tone: "bad" };
  };
  const read: FrameReader<CheckResult> = (grey, w, hgt, attempt) => api.checkCardFrame(grey, w, hgt, attempt, state.seen);
  return { read, onFrame };
}

/** The check-up screen; `back` returns to the home screen. */
export function checkScreen(root: HTMLElement, back: () => Promise<void>): void {
  // The intake is made below; a reading arrives only once it is there.
  const results = resultsList((text, group) => intake.fillTyped(text, group));
  // The latest card the camera read, beside the picture: the full result is in the list
  // below, which would otherwise pull the picture out of view.
  const latest = h("p", { id: "check-camera-latest", class: "camera-latest", "aria-live": "polite" });
  const camera = cameraAnswers(results, latest);
  const intake = cardIntake({
    prefix: "check-",
    reads: { frame: camera.read, file: api.checkCardFile, text: api.checkCard },
    took: (r: CheckResult, from) => (from.way === "camera" ? camera.onFrame(r) : results.report(r, from.file)),
    refused: (e, from) => {
      results.problem(messageOf(e), from.file);
      results.reveal();
    },
    autoStart: false,
    cameraIntro: t("checkup.cameraIntro"),
    filesLabel: t("checkup.filesLabel"),
    addLabel: t("checkup.add"),
  });
  const leave = (): void => {
    intake.stop();
    void back();
  };
  show(
    root,
    h("h2", {}, t("checkup.title")),
    h("p", { class: "lead" }, t("checkup.lead")),
    h("section", { class: "panel" }, h("h3", {}, t("checkup.cameraHeading")), intake.part("camera"), latest),
    h("section", { class: "panel" }, h("h3", {}, t("checkup.filesHeading")), intake.part("files")),
    h("section", { class: "panel" }, h("h3", {}, t("checkup.typedHeading")), intake.part("typed")),
    results.el,
    h("div", { class: "actions" }, button("check-done", t("common.backHome"), leave, "secondary")),
  );
}
