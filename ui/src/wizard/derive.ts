// Step 5 of the backup wizard: the cards are made (the key derivation, with its progress).
import { api, isIpcError, isTimedOut } from "../ipc";
import { button, errorBox, h, show } from "../dom";
import { stepCards } from "./cards";
import { stepReady } from "./ready";
import { type Wizard, cancelButton, failed, stepper } from "./index";
import { backupRequest, madeSet } from "./state";
import { t } from "../i18n";


export async function stepDerive(w: Wizard): Promise<void> {
  const bar = h("progress", { id: "kdf-progress", max: 100, value: 0 });
  const err = errorBox("derive-error");
  show(
    w.root,
    stepper(5),
    h("h2", {}, t("wizard.derive.title")),
    h("p", {}, t("wizard.derive.intro")),
    bar,
    err,
  );
  try {
    const request = backupRequest(w);
    if (!w.phrase || !request) throw new Error("missing step");
    const backup = await api.makeBackup(request, (p) => {
      bar.value = p;
      // The highest progress seen stays on the page, so tests can tell progress arrived.
      w.root.dataset.kdfProgress = String(Math.max(Number(w.root.dataset.kdfProgress ?? 0), p));
    });
    bar.value = 100;
    await api.forgetPhrase(w.phrase.handle);
    // The cards are locked; the passphrase is gone from the app. Checking the printed
    // cards takes it typed afresh from the paper.
    madeSet(w, backup);
    stepReady(w, backup);
  } catch (e) {
    // A label, name or place that can't be recorded or printed: back to where it is typed.
    if (isIpcError(e) && (e.kind === "unprintable" || e.kind === "text_too_long" || e.kind === "control_character")) {
      return stepCards(w, e);
    }
    failed(w, err, e);
    if (isTimedOut(e)) return;
    w.root.append(h("div", { class: "actions" }, button("back-to-cards", t("common.back"), () => stepCards(w)), cancelButton(w)));
  }
}
