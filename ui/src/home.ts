// The home screen: wallets saved on this computer, and the ways to start a backup.
import { api, isIpcError, messageOf, type SetsView, type WalletView } from "./ipc";
import { button, errorBox, h, setError, show } from "./dom";
import { startWizard } from "./wizard";
import { startRecovery } from "./recovery";
import { loadSets, setsPanel, unfinishedPanel, walletSets } from "./sets";
import { t } from "./i18n";
import { keychainText } from "./i18n/errors";
import { languageSwitch } from "./language";

export async function homeScreen(root: HTMLElement): Promise<void> {
  const status = await api.keychainStatus().catch(() => ({ available: false, problem: null }));
  const wallets: WalletView[] = status.available ? await api.listWallets().catch(() => []) : [];
  const err = errorBox("home-error");
  const loaded = await loadSets(wallets);
  const sets = setsPanel(root, loaded, () => homeScreen(root));

  const list = h("ul", { id: "wallet-list", class: "wallets" });
  for (const w of wallets) {
    const item = h(
      "li",
      { class: "wallet", "data-wallet": w.name },
      h("span", { class: "wallet-name" }, w.name, walletSets(w.fingerprint, loaded)),
      h("span", { class: "fingerprint", title: t("common.walletFingerprint") }, w.fingerprint),
      button(`backup-${w.fingerprint}`, t("home.wallet.backup"), async () => {
        try {
          // Rust asks the person at the screen first, in a native dialog; "no" does nothing.
          const phrase = await api.openWallet(w.name);
          startWizard(root, { phrase, walletName: w.name, saved: true });
        } catch (e) {
          if (!(isIpcError(e) && e.kind === "declined")) setError(err, messageOf(e));
        }
      }, "secondary"),
      button(`remove-${w.fingerprint}`, t("home.wallet.remove"), () => confirmRemove(root, w, loaded.view), "quiet"),
    );
    list.append(item);
  }

  const recover = button("start-recover", t("home.recover.button"), async () => {
    try {
      await startRecovery(root);
    } catch (e) {
      setError(err, messageOf(e));
    }
  });

  show(
    root,
    // First on the screen: a family that does not read the language shown finds theirs.
    languageSwitch(() => homeScreen(root)),
    h("h2", {}, t("home.welcome")),
    h(
      "p",
      { class: "lead" },
      t("home.lead"),
    ),
    // Recovery first: a family arriving with cards must not have to scroll past the
    // holder's lists to find it.
    h(
      "section",
      { class: "panel recover-panel", "aria-labelledby": "recover-heading" },
      h("h3", { id: "recover-heading" }, t("home.recover.heading")),
      h("p", {}, t("home.recover.text")),
      h("div", { class: "actions" }, recover),
    ),
    unfinishedPanel(root, loaded, () => homeScreen(root)),
    h(
      "section",
      { class: "panel", "aria-labelledby": "wallets-heading" },
      h("h3", { id: "wallets-heading" }, t("home.wallets.heading")),
      status.available
        ? wallets.length
          ? list
          : h("p", { id: "no-wallets", class: "muted" }, t("home.wallets.none"))
        : h("p", { id: "keychain-unavailable", class: "notice" }, keychainText(status.problem)),
    ),
    h(
      "div",
      { class: "actions" },
      button("start-new", t("home.start.new"), () => startWizard(root, { mode: "new" })),
      button("start-import", t("home.start.import"), () => startWizard(root, { mode: "import" }), "secondary"),
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
    h("h2", {}, t("home.remove.title", { name: w.name })),
    h(
      "p",
      { id: "remove-explain" },
      checked
        ? t("home.remove.explainChecked")
        : t("home.remove.explainUnchecked"),
    ),
    h("label", { for: "confirm-name" }, t("home.remove.typeName", { name: w.name })),
    input,
    h(
      "div",
      { class: "actions" },
      button("confirm-remove", t("home.remove.confirm"), async () => {
        setError(err, null);
        try {
          await api.removeWallet(w.name, input.value, false);
          await homeScreen(root);
        } catch (e) {
          if (isIpcError(e) && e.kind === "only_copy") return onlyCopy(root, w, input.value, messageOf(e));
          setError(err, messageOf(e));
        }
      }, "danger"),
      button("cancel-remove", t("home.remove.keep"), () => void homeScreen(root), "secondary"),
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
    h("h2", {}, t("home.onlyCopy.title", { name: w.name })),
    h("p", { id: "only-copy", class: "alarm", role: "alert" }, message),
    h("p", {}, t("home.onlyCopy.before")),
    h(
      "div",
      { class: "actions" },
      button("only-copy-show", t("home.onlyCopy.show"), async () => {
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
      button("only-copy-backup", t("home.onlyCopy.backup"), async () => {
        try {
          // Rust asks the person at the screen first, in a native dialog; "no" does nothing.
          const phrase = await api.openWallet(w.name);
          startWizard(root, { phrase, walletName: w.name, saved: true });
        } catch (e) {
          if (!(isIpcError(e) && e.kind === "declined")) setError(err, messageOf(e));
        }
      }),
    ),
    words,
    err,
    h(
      "div",
      { class: "actions" },
      button("only-copy-remove", t("home.onlyCopy.remove"), async () => {
        setError(err, null);
        try {
          await api.removeWallet(w.name, typedName, true);
          await homeScreen(root);
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "danger"),
      button("only-copy-keep", t("home.remove.keep"), () => void homeScreen(root), "secondary"),
    ),
  );
}
