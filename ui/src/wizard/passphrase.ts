// Step 4 of the backup wizard: the passphrase that locks the cards: six words Heirloom
// makes, written down and typed back, or one the person chooses.
import { api, isIpcError, messageOf } from "../ipc";
import { button, errorBox, h, setError, show } from "../dom";
import { stepDerive } from "./derive";
import { type Wizard, cancelButton, stepper } from "./index";
import { t } from "../i18n";


export async function stepPassphrase(w: Wizard): Promise<void> {
  const err = errorBox("pass-error");
  const gen = await api.generatePassphrase();
  w.passphrases.push(gen.handle);
  const shown = h("ol", { id: "passphrase-words", class: "words big" }, ...gen.words.map((x) => h("li", {}, x)));
  gen.words.fill("");
  const retype = h("input", { id: "passphrase-retype", type: "text", autocomplete: "off", spellcheck: "false", autocapitalize: "off" });
  // The words once more, for someone who did not finish writing them: Rust asks the person
  // at the screen first, in a dialog the page cannot answer.
  const again = button("show-passphrase-again", t("wizard.pass.showAgain"), async () => {
    setError(err, null);
    try {
      const words = await api.showPassphraseAgain(gen.handle);
      shown.replaceChildren(...words.map((x) => h("li", {}, x)));
      words.fill("");
      shown.hidden = false;
      confirmBox.hidden = true;
      written.hidden = false;
    } catch (e) {
      if (!(isIpcError(e) && e.kind === "declined")) setError(err, messageOf(e));
    }
  }, "quiet");
  const confirmBox = h(
    "div",
    { id: "confirm-box", hidden: true },
    h("label", { for: "passphrase-retype" }, t("wizard.pass.retypeLabel")),
    retype,
    h("div", { class: "actions" }, button("confirm-passphrase", t("common.confirm"), async () => {
      setError(err, null);
      try {
        await api.confirmPassphrase(gen.handle, retype.value);
        retype.value = "";
        w.passphrase = gen.handle;
        void stepDerive(w);
      } catch (e) {
        setError(err, messageOf(e));
      }
    }), again),
  );
  const written = button("written-down", t("wizard.pass.written"), () => {
    shown.replaceChildren();
    shown.hidden = true;
    written.hidden = true;
    confirmBox.hidden = false;
    retype.focus();
  });

  show(
    w.root,
    stepper(4),
    h("h2", {}, t("wizard.pass.title")),
    h("p", {}, t("wizard.pass.intro")),
    shown,
    written,
    confirmBox,
    err,
    h(
      "details",
      { id: "custom-passphrase" },
      h("summary", {}, t("wizard.pass.custom.summary")),
      customPassphrase(w),
    ),
    h("div", { class: "actions" }, cancelButton(w)),
  );
}

/** A passphrase of the holder's own: above the strength floor, then typed a second time
 * from the paper it was written on, before any card is made with it. */
export function customPassphrase(w: Wizard): HTMLElement {
  const input = h("input", { id: "custom-input", type: "text", autocomplete: "off", spellcheck: "false" });
  const meter = h("meter", { id: "strength", min: 0, max: 100, low: 50, high: 66, optimum: 90, value: 0 });
  const note = h("p", { id: "strength-note", class: "muted" });
  const err = errorBox("custom-error");
  const retype = h("input", { id: "custom-retype", type: "text", autocomplete: "off", spellcheck: "false" });
  let held: string | null = null;
  const retypeBox = h(
    "div",
    { id: "custom-retype-box", hidden: true },
    h("p", {}, t("wizard.pass.custom.writeDown")),
    h("label", { for: "custom-retype" }, t("wizard.pass.custom.retypeLabel")),
    retype,
    h("div", { class: "actions" }, button("confirm-custom", t("common.confirm"), async () => {
      setError(err, null);
      if (!held) return;
      try {
        await api.confirmPassphrase(held, retype.value);
        retype.value = "";
        w.passphrase = held;
        void stepDerive(w);
      } catch (e) {
        setError(err, messageOf(e));
      }
    }), button("change-custom", t("wizard.pass.custom.change"), () => {
      retypeBox.hidden = true;
      input.disabled = false;
      use.hidden = false;
      retype.value = "";
      input.focus();
    }, "quiet")),
  );
  const use = button("use-custom", t("wizard.pass.custom.use"), async () => {
    setError(err, null);
    try {
      held = await api.useChosenPassphrase(input.value);
      w.passphrases.push(held);
      input.value = "";
      input.disabled = true;
      use.hidden = true;
      retypeBox.hidden = false;
      retype.focus();
    } catch (e) {
      setError(err, messageOf(e));
    }
  });
  use.disabled = true;
  input.addEventListener("input", async () => {
    const s = await api.passphraseStrength(input.value);
    meter.value = Math.min(100, s.bits);
    use.disabled = !s.acceptable;
    note.textContent = s.acceptable
      ? t("wizard.pass.custom.strong", { bits: Math.round(s.bits) })
      : t("wizard.pass.custom.weak", { bits: Math.round(s.bits), floor: Math.round(s.floor_bits) });
  });
  return h("div", {}, h("label", { for: "custom-input" }, t("wizard.pass.custom.label")), input, meter, note, use, retypeBox, err);
}
