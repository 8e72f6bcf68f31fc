// The language switch on the home screen, and the page's words outside the screens (the
// header's tagline, the About line, <html lang>), written again when the language changes.
import { h } from "./dom";
import { showAbout } from "./about";
import { api } from "./ipc";
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, language, setLanguage, t } from "./i18n";

/** The words of index.html and the footer, in the language now in use. */
export function pageWords(): void {
  document.documentElement.lang = language();
  // The native dialogs (before a secret is shown, the file choosers) are worded by Rust,
  // never by the page: Rust is only told which language to use.
  void api.setLanguage(language()).catch(() => undefined);
  const tagline = document.querySelector(".tagline");
  if (tagline) tagline.textContent = t("app.tagline");
  void showAbout();
}

/**
 * A menu of the languages, each named in itself so that a person finds their own whatever
 * the screen is in. Choosing one keeps it on this computer and redraws the screen with
 * `redraw` (the home screen, where nothing typed can be lost), then gives the menu back
 * its focus.
 */
export function languageSwitch(redraw: () => Promise<void>): HTMLElement {
  const select = h(
    "select",
    { id: "language" },
    ...LANGUAGES.map((l) => h("option", { value: l, lang: l, selected: l === language() }, LANGUAGE_NAMES[l])),
  );
  select.addEventListener("change", () => {
    if (!isLanguage(select.value)) return;
    setLanguage(select.value);
    pageWords();
    void redraw().then(() => document.getElementById("language")?.focus());
  });
  return h("div", { class: "language-switch" }, h("label", { for: "language" }, t("app.language")), select);
}
