// Saving a phrase in the keychain, for the backup wizard and for a recovered wallet: a
// wallet is saved once, and a saved wallet is replaced only when the person types its
// fingerprint after reading both fingerprints. The checks themselves are in Rust.
import { api, isIpcError, messageOf, type PhraseView, type WalletView } from "./ipc";
import { button, h, setError } from "./dom";
import { t } from "./i18n";

/** What became of a save: saved now, or the same wallet was saved here already. */
export interface Saved {
  wallet: WalletView;
  already: boolean;
}

/**
 * Saves `phrase` under the name typed in `name`. `box` shows the questions (another
 * wallet has that name; this wallet is saved already), `err` the failures, or `fail` when
 * given (the wizard turns a phrase forgotten for sitting unused too long into a screen of
 * its own); `done` runs once the wallet is in the keychain.
 */
export async function saveWallet(
  phrase: PhraseView,
  name: HTMLInputElement,
  box: HTMLElement,
  err: HTMLElement,
  done: (s: Saved) => void,
  fail: (e: unknown) => void = (e) => setError(err, messageOf(e)),
): Promise<void> {
  setError(err, null);
  box.hidden = true;
  try {
    done({ wallet: await api.saveWallet(name.value, phrase.handle), already: false });
  } catch (e) {
    const kind = isIpcError(e) ? e.kind : "";
    if (kind === "wallet_already_saved") {
      const saved = (await api.listWallets().catch(() => [])).find((w) => w.fingerprint === phrase.fingerprint);
      if (saved) return done({ wallet: saved, already: true });
    }
    if (kind === "wallet_exists") return askReplace(phrase, name, box, err, messageOf(e), done, fail);
    fail(e);
  }
}

/** Another wallet is saved under the name: replacing it needs its fingerprint typed. */
function askReplace(
  phrase: PhraseView,
  name: HTMLInputElement,
  box: HTMLElement,
  err: HTMLElement,
  message: string,
  done: (s: Saved) => void,
  fail: (e: unknown) => void,
): void {
  const taken = name.value.trim();
  const typed = h("input", { id: "replace-fingerprint", type: "text", autocomplete: "off", spellcheck: "false", maxlength: 8 });
  box.hidden = false;
  box.replaceChildren(
    h("p", { class: "notice", id: "wallet-exists" }, message),
    h("label", { for: "replace-fingerprint" }, t("wallets.replace.label", { name: taken })),
    typed,
    h(
      "div",
      { class: "actions" },
      button("confirm-replace", t("wallets.replace.button", { name: taken }), async () => {
        setError(err, null);
        try {
          const wallet = await api.saveWallet(taken, phrase.handle, typed.value);
          box.hidden = true;
          done({ wallet, already: false });
        } catch (e) {
          fail(e);
        }
      }, "danger"),
    ),
  );
  name.focus();
  box.scrollIntoView({ block: "nearest" });
}
