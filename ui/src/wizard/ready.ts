// Step 6 of the backup wizard: the cards are ready: print, save, and check them.
import { api, messageOf, type BackupView } from "../ipc";
import { button, dialogButton, errorBox, h, setError, show } from "../dom";
import { printPanel } from "../print";
import { isVerified, startVerify } from "../verify";
import { keptAsideNotice, setName } from "../sets";
import { type Wizard, leave, stepper } from "./index";

/** What became of this computer's record of sets: the retired set of a re-issue, or why
 * the new set could not be recorded (the cards are good either way). */
export function recordNote(w: Wizard, b: BackupView): HTMLElement | null {
  const keptAside = keptAsideNotice(b.record_kept_aside);
  if (keptAside) return keptAside;
  if (b.record_problem) {
    return h(
      "p",
      { id: "record-problem", class: "notice", role: "alert" },
      `The cards are made and work, but this computer's list of backup sets could not be updated: ${b.record_problem}${w.replaces ? ` ${setName(w.replaces)} was not marked retired.` : ""}`,
    );
  }
  if (!w.replaces) return null;
  return isVerified(b.set_id)
    ? h(
        "p",
        { id: "reissue-done", class: "good-note" },
        `${setName(w.replaces)} is now marked retired, replaced by this set. Its cards still work. Once the new cards are handed out, collect the old cards and destroy them; the home screen lists who holds each one.`,
      )
    : h(
        "p",
        { id: "reissue-pending", class: "notice" },
        `Keep the cards of ${setName(w.replaces)}: they are still the backup to rely on. It is retired only once these new cards are printed and checked below; until then both sets are active.`,
      );
}

/**
 * A set counts as done only once its printed cards are checked. Leaving before that asks
 * first, and says where the unfinished set waits.
 */
export function leaveReady(w: Wizard, b: BackupView): void {
  if (isVerified(b.set_id)) return void leave(w);
  const box = w.root.querySelector("#leave-box");
  if (!(box instanceof HTMLElement)) return void leave(w);
  box.hidden = false;
  box.replaceChildren(
    h("p", {}, `These cards are not checked yet. Until they are printed and checked, nobody can be sure that they bring the wallet back${w.replaces ? `, and ${setName(w.replaces)} is not retired` : ""}. The set waits at the top of the home screen as unfinished work; you can check the printed cards from there.`),
    h(
      "div",
      { class: "actions" },
      button("leave-unverified", "Leave without checking", () => void leave(w), "danger"),
      button("stay-ready", "Stay", () => {
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
      h("img", { class: "qr", alt: `QR code of card ${c.index}`, src: `data:image/svg+xml;base64,${btoa(c.qr_svg)}` }),
      h(
        "div",
        { class: "card-body" },
        h("p", { class: "card-title" }, `Card ${c.index} of ${b.count} — any ${b.threshold} cards and the passphrase recover the wallet`),
        h("p", { class: "card-text", id: `card-text-${c.index}` }, c.grouped),
        h("p", { class: "muted" }, `${b.label} · ${b.date} · fingerprint ${b.fingerprint}`),
        c.holder.name || c.holder.place
          ? h("p", {}, `Kept by ${c.holder.name || "—"}${c.holder.place ? `, ${c.holder.place}` : ""}`)
          : null,
      ),
    ),
  );
  show(
    w.root,
    stepper(6),
    h("h2", {}, "Your cards are ready"),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Set"),
      h("dd", { id: "set-label-out" }, b.label),
      h("dt", {}, "Cards"),
      h("dd", { id: "set-tn" }, `any ${b.threshold} of ${b.count}`),
      h("dt", {}, "Wallet fingerprint"),
      h("dd", { id: "set-fingerprint", class: "fingerprint" }, b.fingerprint),
      h("dt", {}, "Set id"),
      h("dd", { id: "set-id" }, b.set_id),
    ),
    recordNote(w, b),
    h("div", { class: "cards", id: "cards" }, ...cards),
    printPanel(b),
    h("p", { id: "verify-state", class: isVerified(b.set_id) ? "good-note" : "notice" }, isVerified(b.set_id)
      ? "Verified: the printed cards were checked, every group of them."
      : "Not verified yet: once the cards are printed, check them with the passphrase from your paper before handing them out."),
    saved,
    err,
    h("div", { id: "leave-box", class: "notice", hidden: true, role: "alert" }),
    h(
      "div",
      { class: "actions" },
      dialogButton("save-texts", "Save card texts…", async () => {
        setError(err, null);
        try {
          // Rust asks for the folder, in the native dialog; closed, nothing happens.
          const done = await api.saveCardTexts(b.set_id);
          if (!done) return;
          saved.hidden = false;
          saved.textContent = `Saved ${done.files.length} card texts in ${done.place}.`;
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
      button("check-printed", "Check the printed cards…", () =>
        void startVerify(w.root, b, () => stepReady(w, b), () => {
          if (isVerified(b.set_id)) return void leave(w);
          stepReady(w, b);
          leaveReady(w, b);
        }), isVerified(b.set_id) ? "secondary" : "primary"),
      button("done", "Done", () => void leaveReady(w, b), isVerified(b.set_id) ? "primary" : "secondary"),
    ),
  );
}
