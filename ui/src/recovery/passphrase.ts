// Step 2 of recovery: the passphrase, as six list words or as text the holder chose, then
// the cards opened in Rust (one key derivation, with its progress). Typed cards kept on the
// board are corrected there, only as their tags prove; what went wrong is explained by kind.
import { api, errorOf, isIpcError, messageOf } from "../ipc";
import { button, errorBox, h, setError, show } from "../dom";
import { COUNT, expand, passWords, type PassWords } from "./passwords";
import { step, type Recovery } from "./state";
import { stepCards } from "./cards";
import { stepResult } from "./result";
import { quit } from "./index";
import { sentences, t } from "../i18n";

/** The passphrase from the boxes, or null with the error shown and the box focused. */
async function readWords(w: PassWords, err: HTMLElement): Promise<string | null> {
  const words: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const v = w.boxes[i].value.trim().toLowerCase();
    const full = v ? await expand(v) : null;
    if (!full) {
      setError(err, v
        ? t("recovery.pass.wordUnknown", { n: i + 1 })
        : t("recovery.pass.wordEmpty", { n: i + 1 }));
      w.boxes[i].focus();
      return null;
    }
    words.push(full);
  }
  return words.join(" ");
}

/** What to do about a failure to open the cards, beside its message; and where to go. */
function explain(r: Recovery, e: unknown): { help: string | null; focusBack: boolean } {
  const kind = isIpcError(e) ? e.kind : "";
  const typed = r.board.typed.length > 0;
  if (kind === "wrong_passphrase") {
    // Typed cards are corrected only with the right passphrase, so it comes first.
    const why = typed ? t("recovery.pass.help.typed") : t("recovery.pass.help.allRead");
    const what = r.passMode === "words" ? t("recovery.pass.help.words") : t("recovery.pass.help.text");
    return { help: sentences(why, what), focusBack: false };
  }
  if (typed && (kind === "typo" || kind === "damaged")) {
    // A typed card Heirloom could not correct: the message says which and what to do.
    return { help: t("recovery.pass.help.retype"), focusBack: true };
  }
  if (kind === "damaged") {
    // The passphrase opened the other cards, so it is right: one card is the problem.
    const n = errorOf(e, "damaged")?.details.index;
    return {
      help: n ? t("recovery.pass.help.damagedN", { n }) : t("recovery.pass.help.damaged"),
      focusBack: true,
    };
  }
  if (["not_enough_cards", "other_set", "duplicate"].includes(kind)) return { help: t("recovery.pass.help.change"), focusBack: true };
  return { help: null, focusBack: false };
}

function modeRadio(r: Recovery, value: Recovery["passMode"], label: string, setMode: (m: Recovery["passMode"]) => void): HTMLElement {
  const id = `pass-mode-${value}`;
  const input = h("input", { type: "radio", name: "pass-mode", id, value, checked: r.passMode === value });
  input.addEventListener("change", () => setMode(value));
  return h("div", { class: "radio" }, input, h("label", { for: id }, label));
}

export async function stepPassphrase(r: Recovery): Promise<void> {
  const err = errorBox("pass-error");
  const more = h("div", { id: "pass-more" });
  const words = await passWords(() => void open());
  const text = h("input", { id: "pass-text", type: "text", autocomplete: "off", autocapitalize: "off", spellcheck: "false", class: "wide" });
  text.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void open();
    }
  });
  const textBox = h("div", { id: "pass-text-box" }, h("label", { for: "pass-text" }, t("recovery.pass.textLabel")), text, h("p", { class: "muted small" }, t("recovery.pass.textHint")));
  const setMode = (m: Recovery["passMode"]) => {
    r.passMode = m;
    words.el.hidden = m !== "words";
    textBox.hidden = m !== "text";
    (m === "words" ? words.boxes[0] : text).focus();
  };
  const bar = h("progress", { id: "kdf-progress", max: 100, value: 0 });
  const working = h("div", { id: "kdf-box", hidden: true }, h("p", {}, t("recovery.pass.working")), bar);
  const openBtn = button("open-cards", t("recovery.pass.open"), () => void open());
  const back = button("back-to-cards", t("recovery.pass.backToCards"), () => stepCards(r), "secondary");
  const busy = (on: boolean) => {
    openBtn.disabled = on;
    back.disabled = on;
    working.hidden = !on;
  };

  const open = async () => {
    setError(err, null);
    more.replaceChildren();
    if (r.passMode === "text" && !text.value.trim()) {
      setError(err, t("recovery.pass.typeFirst"));
      text.focus();
      return;
    }
    const p = r.passMode === "text" ? text.value : await readWords(words, err);
    if (p === null) return;
    busy(true);
    bar.value = 0;
    try {
      const got = await api.recoveryCombine(p, (pct) => {
        bar.value = pct;
        r.root.dataset.kdfProgress = String(Math.max(Number(r.root.dataset.kdfProgress ?? 0), pct));
      });
      words.boxes.forEach((b) => (b.value = ""));
      text.value = "";
      r.phrase = got.phrase;
      r.corrections = got.corrections;
      r.leftOut = got.left_out;
      void stepResult(r);
    } catch (e) {
      busy(false);
      setError(err, messageOf(e));
      err.dataset.kind = isIpcError(e) ? e.kind : "";
      const { help, focusBack } = explain(r, e);
      if (help) more.replaceChildren(h("p", { id: "pass-help", class: "explain" }, help));
      if (focusBack) back.focus();
      else if (help) (r.passMode === "words" ? words.boxes[0] : text).focus();
    }
  };

  show(
    r.root,
    step(2),
    h("h2", {}, t("recovery.pass.title")),
    h("p", {}, t("recovery.pass.intro")),
    h("fieldset", { class: "choice" }, h("legend", {}, t("recovery.pass.legend")), modeRadio(r, "words", t("recovery.pass.modeWords"), setMode), modeRadio(r, "text", t("recovery.pass.modeText"), setMode)),
    words.el,
    textBox,
    err,
    more,
    working,
    h("div", { class: "actions" }, openBtn, back, button("cancel-recovery", t("common.leaveRecovery"), () => void quit(r), "quiet")),
  );
  setMode(r.passMode);
}
