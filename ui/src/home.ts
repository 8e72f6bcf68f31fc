// The home screen: wallets saved on this computer, and the ways to start a backup.
import { api, isIpcError, messageOf, type SetsView, type WalletView } from "./ipc";
import { button, errorBox, h, setError, show } from "./dom";
import { startWizard } from "./wizard";
import { startRecovery } from "./recovery";
import { loadSets, setsPanel, unfinishedPanel, walletSets } from "./sets";

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
      button(`remove-${w.fingerprint}`, "Remove…", () => confirmRemove(root, w, loaded.view), "quiet"),
    );
    list.append(item);
  }

  const recover = button("start-recover", "Recover a wallet from cards", async () => {
    try {
      await startRecovery(root);
    } catch (e) {
      setError(err, messageOf(e));
    }
  });

  show(
    root,
    h("h2", {}, "Welcome"),
    h(
      "p",
      { class: "lead" },
      "Heirloom turns your wallet's recovery phrase into printed cards. Give them to people you trust: any few of them, with a passphrase, bring the wallet back.",
    ),
    // Recovery first: a family arriving with cards must not have to scroll past the
    // holder's lists to find it.
    h(
      "section",
      { class: "panel recover-panel", "aria-labelledby": "recover-heading" },
      h("h3", { id: "recover-heading" }, "Have some Heirloom cards?"),
      h("p", {}, "Bring the wallet back from its cards and the passphrase. A webcam, photos or scans of the cards, or typing the text printed on them all work."),
      h("div", { class: "actions" }, recover),
    ),
    unfinishedPanel(root, loaded.view, () => homeScreen(root)),
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
    err,
  );
}

/** Whether checked cards of a wallet exist: an active set of it, verified after printing. */
function hasCheckedCards(w: WalletView, sets: SetsView | null): boolean {
  return (sets?.sets ?? []).some((s) => s.fingerprint === w.fingerprint && s.status === "active" && !!s.verified_on);
}

/**
 * Removing a wallet from the keychain: its name typed; and when no checked cards of it are
 * recorded, a second screen that says this is the only copy, offers to show the words or
 * make cards first, and asks again. Rust enforces the same rule.
 */
function confirmRemove(root: HTMLElement, w: WalletView, sets: SetsView | null): void {
  const input = h("input", { id: "confirm-name", type: "text", autocomplete: "off", spellcheck: "false" });
  const err = errorBox("remove-error");
  const checked = hasCheckedCards(w, sets);
  show(
    root,
    h("h2", {}, `Remove “${w.name}”?`),
    h(
      "p",
      { id: "remove-explain" },
      checked
        ? "This deletes the recovery phrase from this computer's keychain. Checked cards of this wallet exist (an active set, verified after printing): they, with the passphrase, still bring it back."
        : "This deletes the recovery phrase from this computer's keychain. No checked cards of this wallet are recorded on this computer.",
    ),
    h("label", { for: "confirm-name" }, `Type the wallet's name to confirm: ${w.name}`),
    input,
    h(
      "div",
      { class: "actions" },
      button("confirm-remove", "Remove from this computer", async () => {
        setError(err, null);
        try {
          await api.removeWallet(w.name, input.value, false);
          await homeScreen(root);
        } catch (e) {
          if (isIpcError(e) && e.kind === "only_copy") return onlyCopy(root, w, input.value, messageOf(e));
          setError(err, messageOf(e));
        }
      }, "danger"),
      button("cancel-remove", "Keep it", () => void homeScreen(root), "secondary"),
    ),
    err,
  );
}

/** The second question, for the only copy of a wallet. */
function onlyCopy(root: HTMLElement, w: WalletView, typedName: string, message: string): void {
  const err = errorBox("only-copy-error");
  const words = h("ol", { id: "revealed-words", class: "words", hidden: true });
  show(
    root,
    h("h2", {}, `“${w.name}” is the only copy`),
    h("p", { id: "only-copy", class: "alarm", role: "alert" }, message),
    h("p", {}, "Before removing it, write the words down, or make a set of cards and check them after printing."),
    h(
      "div",
      { class: "actions" },
      button("only-copy-show", "Show the words", async () => {
        setError(err, null);
        try {
          const phrase = await api.openWallet(w.name);
          // Rust asks the person at the screen first, in a native dialog; "no" shows nothing.
          const list = await api.revealPhrase(phrase.handle).finally(() => api.forgetPhrase(phrase.handle).catch(() => undefined));
          words.replaceChildren(...list.map((x) => h("li", {}, x)));
          list.fill("");
          words.hidden = false;
        } catch (e) {
          if (!(isIpcError(e) && e.kind === "declined")) setError(err, messageOf(e));
        }
      }, "secondary"),
      button("only-copy-backup", "Make cards first", async () => {
        try {
          const phrase = await api.openWallet(w.name);
          startWizard(root, { phrase, walletName: w.name, saved: true });
        } catch (e) {
          setError(err, messageOf(e));
        }
      }),
    ),
    words,
    err,
    h(
      "div",
      { class: "actions" },
      button("only-copy-remove", "Remove it anyway: I have another copy", async () => {
        setError(err, null);
        try {
          await api.removeWallet(w.name, typedName, true);
          await homeScreen(root);
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "danger"),
      button("only-copy-keep", "Keep it", () => void homeScreen(root), "secondary"),
    ),
  );
}
