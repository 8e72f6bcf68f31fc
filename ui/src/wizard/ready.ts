// Step 6 of the backup wizard: the cards are ready: print, save, and check them.
import { api, messageOf, type BackupView, type IpcError } from "../ipc";
import { button, dialogButton, errorBox, h, setError, show } from "../dom";
import { printPanel } from "../print";
import { startVerify } from "../verify";
import { keptAsideNotice, setName } from "../sets";
import { type Wizard, leave, stepper } from "./index";
import { date, t } from "../i18n";

/** What became of this computer's record of sets: the retired set of a re-issue, or why
 * the new set could not be recorded (the cards are good either way). */
export function recordNote(w: Wizard, b: BackupView): HTMLElement | null {
  const keptAside = keptAsideNotice(b.record_kept_aside);
  if (keptAside) return keptAside;
  if (b.record_problem) {
    return h(
      "p",
      { id: "record-problem", class: "notice", role: "alert" },
      recordProblem(b.record_problem, w.replaces ? setName(w.replaces) : null),
    );
  }
  if (!w.replaces) return null;
  return w.verified
    ? h(
        "p",
        { id: "reissue-done", class: "good-note" },
        t("wizard.ready.reissueDone", { set: setName(w.replaces) }),
      )
    : h(
        "p",
        { id: "reissue-pending", class: "notice" },
        t("wizard.ready.reissuePending", { set: setName(w.replaces) }),
      );
}

/** Why the new set is not in this computer's record, and, on a re-issue, that the old set
 * was not retired. */
function recordProblem(problem: IpcError, replaced: string | null): string {
  const why = messageOf(problem).trim();
  const text = replaced ? t("wizard.ready.recordProblemReissue", { problem: why, set: replaced }) : t("wizard.ready.recordProblem", { problem: why });
  return text.replace(/ {2,}/g, " ").trim();
}

/**
 * A set counts as done only once its printed cards are checked. Leaving before that asks
 * first, and says where the unfinished set waits.
 */
export function leaveReady(w: Wizard): void {
  if (w.verified) return void leave(w);
  const box = w.root.querySelector("#leave-box");
  if (!(box instanceof HTMLElement)) return void leave(w);
  box.hidden = false;
  box.replaceChildren(
    h("p", {}, w.replaces ? t("wizard.ready.leaveWarningReissue", { set: setName(w.replaces) }) : t("wizard.ready.leaveWarning")),
    h(
      "div",
      { class: "actions" },
      button("leave-unverified", t("wizard.ready.leave"), () => void leave(w), "danger"),
      button("stay-ready", t("wizard.ready.stay"), () => {
        box.hidden = true;
        document.getElementById("check-printed")?.focus();
      }, "secondary"),
    ),
  );
  box.scrollIntoView({ block: "nearest" });
}

export function stepReady(w: Wizard, b: BackupView): void {
  const err = errorBox("ready-error");
  const saved = h("p", { id: "saved-note", class: "good-note", hidden: true, role: "status" });
  const cards = b.cards.map((c) =>
    h(
      "article",
      { class: "card", id: `card-${c.index}`, "data-text": c.text },
      h("img", { class: "qr", alt: t("wizard.ready.qrAlt", { n: c.index }), src: `data:image/svg+xml;base64,${btoa(c.qr_svg)}` }),
      h(
        "div",
        { class: "card-body" },
        h("p", { class: "card-title" }, t("wizard.ready.cardTitle", { n: c.index, count: b.count, t: b.threshold })),
        h("p", { class: "card-text", id: `card-text-${c.index}` }, c.grouped),
        h("p", { class: "muted" }, t("wizard.ready.cardFacts", { label: b.label, date: date(b.date), fingerprint: b.fingerprint })),
        c.holder.name || c.holder.place
          ? h("p", {}, c.holder.place
            ? t("wizard.ready.keptByAt", { name: c.holder.name || "—", place: c.holder.place })
            : t("wizard.ready.keptBy", { name: c.holder.name || "—" }))
          : null,
      ),
    ),
  );
  show(
    w.root,
    stepper(6),
    h("h2", {}, t("wizard.ready.title")),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("wizard.ready.set")),
      h("dd", { id: "set-label-out" }, b.label),
      h("dt", {}, t("wizard.ready.cards")),
      h("dd", { id: "set-tn" }, t("wizard.ready.tn", { t: b.threshold, n: b.count })),
      h("dt", {}, t("common.walletFingerprint")),
      h("dd", { id: "set-fingerprint", class: "fingerprint" }, b.fingerprint),
      h("dt", {}, t("wizard.ready.setId")),
      h("dd", { id: "set-id" }, b.set_id),
    ),
    recordNote(w, b),
    h("div", { class: "cards", id: "cards" }, ...cards),
    printPanel(b),
    h("p", { id: "verify-state", class: w.verified ? "good-note" : "notice" }, w.verified
      ? t("wizard.ready.verified")
      : t("wizard.ready.notVerified")),
    saved,
    err,
    h("div", { id: "leave-box", class: "notice", hidden: true, role: "alert" }),
    h(
      "div",
      { class: "actions" },
      dialogButton("save-texts", t("wizard.ready.saveTexts"), async () => {
        setError(err, null);
        try {
          // Rust asks for the folder, in the native dialog; closed, nothing happens.
          const done = await api.saveCardTexts(b.set_id);
          if (!done) return;
          saved.hidden = false;
          saved.textContent = t("wizard.ready.savedTexts", { count: done.files.length, place: done.place });
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
      button("check-printed", t("common.checkPrinted"), () =>
        void startVerify(w.root, b, {
          back: () => stepReady(w, b),
          done: () => {
            if (w.verified) return void leave(w);
            stepReady(w, b);
            leaveReady(w);
          },
          verified: () => (w.verified = true),
        }), w.verified ? "secondary" : "primary"),
      button("done", t("common.done"), () => void leaveReady(w), w.verified ? "primary" : "secondary"),
    ),
  );
}
