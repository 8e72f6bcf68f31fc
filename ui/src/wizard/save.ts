// Step 2 of the backup wizard: save the phrase in this computer's keychain, or not.
import { api } from "../ipc";
import { button, errorBox, h, show } from "../dom";
import { saveWallet } from "../wallets";
import { stepCards } from "./cards";
import { type Wizard, cancelButton, failed, stepper } from "./index";
import { t } from "../i18n";
import { keychainText } from "../i18n/errors";


export async function stepSave(w: Wizard): Promise<void> {
  const status = await api.keychainStatus();
  const err = errorBox("save-error");
  const name = h("input", { id: "wallet-name", type: "text", value: w.walletName ?? t("wizard.save.defaultName"), maxlength: 64, autocomplete: "off" });
  const replaceBox = h("div", { id: "replace-box", hidden: true });

  const note = h("p", { id: "saved-already", class: "good-note", hidden: true, role: "status" });
  const save = () => {
    if (!w.phrase) return;
    void saveWallet(w.phrase, name, replaceBox, err, ({ wallet, already }) => {
      w.walletName = wallet.name;
      w.saved = true;
      if (!already) return stepCards(w);
      // Nothing to save: say so, and go on with the wallet that is there.
      note.hidden = false;
      note.textContent = t("wizard.save.already", { name: wallet.name });
      note.append(" ", button("saved-continue", t("common.continue"), () => stepCards(w)));
    }, (e) => failed(w, err, e));
  };

  const body: Node[] = status.available
    ? [
        h("p", {}, t("wizard.save.intro")),
        h("label", { for: "wallet-name" }, t("common.walletName")),
        name,
        replaceBox,
        note,
        err,
        h(
          "div",
          { class: "actions" },
          button("save-wallet", t("common.saveHere"), save),
          button("skip-save", t("wizard.save.skip"), () => {
            w.walletName = name.value;
            stepCards(w);
          }, "secondary"),
        ),
      ]
    : [
        h("p", { id: "keychain-unavailable", class: "notice" }, keychainText(status.problem)),
        h("div", { class: "actions" }, button("skip-save", t("wizard.save.continueWithout"), () => stepCards(w))),
      ];
  show(w.root, stepper(2), h("h2", {}, t("wizard.save.title")), ...body, h("div", { class: "actions" }, cancelButton(w)));
}
