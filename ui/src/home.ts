// The home screen: wallets saved on this computer, and the ways to start a backup.
import { api, messageOf, type WalletView } from "./ipc";
import { button, errorBox, h, setError, show } from "./dom";
import { startWizard } from "./wizard";
import { startRecovery } from "./recovery";
import { loadSets, setsPanel, walletSets } from "./sets";

export async function homeScreen(root: HTMLElement): Promise<void> {
  const status = await api.keychainStatus().catch(() => ({ available: false, message: null }));
  const wallets: WalletView[] = status.available ? await api.listWallets().catch(() => []) : [];
  const err = errorBox("home-error");
  const loaded = await loadSets();
  const sets = setsPanel(root, wallets, loaded, () => homeScreen(root));

  const list = h("ul", { id: "wallet-list", class: "wallets" });
  for (const w of wallets) {
    const item = h(
      "li",
      { class: "wallet", "data-wallet": w.name },
      h("span", { class: "wallet-name" }, w.name, walletSets(w.fingerprint, loaded.view)),
      h("span", { class: "fingerprint", title: "Wallet fingerprint" }, w.fingerprint),
      button(`backup-${w.fingerprint}`, "Make a backup", async () => {
        try {
          const phrase = await api.openWallet(w.name);
          startWizard(root, { phrase, walletName: w.name, saved: true });
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
      button(`remove-${w.fingerprint}`, "Remove…", () => confirmRemove(root, w), "quiet"),
    );
    list.append(item);
  }

  show(
    root,
    h("h2", {}, "Welcome"),
    h(
      "p",
      { class: "lead" },
      "Heirloom turns your wallet's recovery phrase into printed cards. Give them to people you trust: any few of them, with a passphrase, bring the wallet back.",
    ),
    h(
      "section",
      { class: "panel", "aria-labelledby": "wallets-heading" },
      h("h3", { id: "wallets-heading" }, "Wallets on this computer"),
      status.available
        ? wallets.length
          ? list
          : h("p", { id: "no-wallets", class: "muted" }, "No wallet is saved here yet.")
        : h("p", { id: "keychain-unavailable", class: "notice" }, status.message ?? "This computer's keychain can't be reached. You can still make cards without saving the wallet here."),
    ),
    h(
      "div",
      { class: "actions" },
      button("start-new", "Make a backup of a new wallet", () => startWizard(root, { mode: "new" })),
      button("start-import", "Make a backup of words I already have", () => startWizard(root, { mode: "import" }), "secondary"),
    ),
    sets,
    h(
      "section",
      { class: "panel recover-panel", "aria-labelledby": "recover-heading" },
      h("h3", { id: "recover-heading" }, "Have some Heirloom cards?"),
      h("p", {}, "Bring the wallet back from its cards and the passphrase. A webcam, photos or scans of the cards, or typing the text printed on them all work."),
      h(
        "div",
        { class: "actions" },
        button("start-recover", "Recover a wallet from cards", async () => {
          try {
            await startRecovery(root);
          } catch (e) {
            setError(err, messageOf(e));
          }
        }),
      ),
    ),
    err,
  );
}

function confirmRemove(root: HTMLElement, w: WalletView): void {
  const input = h("input", { id: "confirm-name", type: "text", autocomplete: "off", spellcheck: "false" });
  const err = errorBox("remove-error");
  show(
    root,
    h("h2", {}, `Remove “${w.name}”?`),
    h(
      "p",
      {},
      "This deletes the recovery phrase from this computer's keychain. Your printed cards still work. If you have no other copy and no cards, the wallet will be lost.",
    ),
    h("label", { for: "confirm-name" }, `Type the wallet's name to confirm: ${w.name}`),
    input,
    h(
      "div",
      { class: "actions" },
      button("confirm-remove", "Remove from this computer", async () => {
        try {
          await api.removeWallet(w.name, input.value);
          await homeScreen(root);
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "danger"),
      button("cancel-remove", "Keep it", () => void homeScreen(root), "secondary"),
    ),
    err,
  );
}
