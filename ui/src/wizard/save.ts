// Step 2 of the backup wizard: save the phrase in this computer's keychain, or not.
import { api } from "../ipc";
import { button, errorBox, h, show } from "../dom";
import { saveWallet } from "../wallets";
import { stepCards } from "./cards";
import { type Wizard, cancelButton, failed, stepper } from "./index";


export async function stepSave(w: Wizard): Promise<void> {
  const status = await api.keychainStatus();
  const err = errorBox("save-error");
  const name = h("input", { id: "wallet-name", type: "text", value: w.walletName ?? "My wallet", maxlength: 64, autocomplete: "off" });
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
      note.textContent = `This wallet is already saved on this computer as “${wallet.name}”; it was not saved twice.`;
      note.append(" ", button("saved-continue", "Continue", () => stepCards(w)));
    }, (e) => failed(w, err, e));
  };

  const body: Node[] = status.available
    ? [
        h("p", {}, "Keep the phrase in this computer's keychain, so you can make new cards later without typing it again. It stays encrypted by your login."),
        h("label", { for: "wallet-name" }, "Name for this wallet"),
        name,
        replaceBox,
        note,
        err,
        h(
          "div",
          { class: "actions" },
          button("save-wallet", "Save on this computer", save),
          button("skip-save", "Don't save", () => {
            w.walletName = name.value;
            stepCards(w);
          }, "secondary"),
        ),
      ]
    : [
        h("p", { id: "keychain-unavailable", class: "notice" }, status.message ?? ""),
        h("div", { class: "actions" }, button("skip-save", "Continue without saving", () => stepCards(w))),
      ];
  show(w.root, stepper(2), h("h2", {}, "Save on this computer?"), ...body, h("div", { class: "actions" }, cancelButton(w)));
}
