// Step 1 of the backup wizard: the phrase: made new (in any list, optionally from dice),
// imported from words the person has, or shown and written down and read back.
import { api, errorOf, isIpcError, messageOf, type PhraseView, type WordList } from "../ipc";
import { button, errorBox, h, setError, show } from "../dom";
import { setName } from "../sets";
import { wordGrid } from "../wordgrid";
import { phraseWords, revealToggle } from "../reveal";
import { listName, listSelect } from "../words";
import { reissueNote } from "./cards";
import { stepSave } from "./save";
import { type Wizard, cancelButton, failed, stepper } from "./index";
import { list as listOf, t, tn } from "../i18n";


export function stepPhrase(w: Wizard): void {
  if (w.mode === "import") return void stepImport(w);
  const err = errorBox("phrase-error");
  const words = h(
    "fieldset",
    { class: "choice" },
    h("legend", {}, t("wizard.phrase.howMany")),
    radio("words", "12", t("wizard.phrase.words12"), true),
    radio("words", "24", t("wizard.phrase.words24")),
  );
  const list = listChoice();
  const dice = h("textarea", { id: "dice", rows: 2, autocomplete: "off", spellcheck: "false" });
  const result = h("div", { id: "phrase-result" });
  const next = button("phrase-next", t("common.continue"), () => stepWritten(w));
  next.disabled = true;

  const ask = h("div", { id: "regenerate-box", class: "notice", hidden: true });
  const make = async (): Promise<void> => {
    setError(err, null);
    ask.hidden = true;
    const n = Number((document.querySelector('input[name="words"]:checked') as HTMLInputElement).value);
    try {
      if (w.phrase) await api.forgetPhrase(w.phrase.handle);
      w.phrase = undefined;
      w.phrase = await api.generatePhrase(n, dice.value || null, list.select.value as WordList);
      dice.value = "";
      result.replaceChildren(...phraseSummary(w, w.phrase, true, err));
      next.disabled = false;
      next.focus();
    } catch (e) {
      setError(err, messageOf(e));
    }
  };
  // A phrase already made may already be written down: replacing it silently would leave
  // that paper backing up a wallet that no card will ever hold.
  const create = button("create-phrase", t("wizard.phrase.create"), () => {
    if (!w.phrase) return void make();
    ask.hidden = false;
    ask.replaceChildren(
      h("p", {}, t("wizard.phrase.regenerate.ask", { fingerprint: w.phrase.fingerprint })),
      h(
        "div",
        { class: "actions" },
        button("confirm-regenerate", t("wizard.phrase.regenerate.confirm"), () => void make(), "danger"),
        button("keep-phrase", t("wizard.phrase.regenerate.keep"), () => {
          ask.hidden = true;
          next.focus();
        }, "secondary"),
      ),
    );
  });

  show(
    w.root,
    stepper(1),
    h("h2", {}, t("wizard.phrase.title")),
    h("p", {}, t("wizard.phrase.intro")),
    words,
    ...list.nodes,
    h(
      "details",
      {},
      h("summary", {}, t("wizard.phrase.dice.summary")),
      h("label", { for: "dice" }, t("wizard.phrase.dice.label")),
      dice,
    ),
    h("div", { class: "actions" }, create),
    ask,
    result,
    err,
    h("div", { class: "actions" }, next, cancelButton(w)),
  );
}

/** The word list of a new phrase: English unless another is chosen, with a word of warning then. */
export function listChoice(): { select: HTMLSelectElement; nodes: HTMLElement[] } {
  const select = listSelect("new-word-list", "english", false);
  const note = h("p", { id: "new-word-list-note", class: "notice", hidden: true });
  select.addEventListener("change", () => {
    // Said before the words exist: a phrase the holder's wallet can't take is no backup.
    note.hidden = select.value === "english";
    note.textContent = t("wizard.phrase.listNote", { list: listName(select.value) });
  });
  return { select, nodes: [h("div", { class: "tn" }, h("label", { for: "new-word-list" }, `${t("words.listLabel")} `), select), note] };
}

export function radio(name: string, value: string, label: string, checked = false): HTMLElement {
  const id = `${name}-${value}`;
  return h(
    "div",
    { class: "radio" },
    h("input", { type: "radio", name, id, value, checked }),
    h("label", { for: id }, label),
  );
}

/**
 * The fingerprint, and a button to show the words (the explicit reveal: Rust asks the
 * person at the screen first, in a native dialog the page cannot answer; "no" shows
 * nothing). Failures go to `err`.
 */
export function phraseSummary(w: Wizard, p: PhraseView, allowReveal: boolean, err: HTMLElement): Node[] {
  const words = h("ol", { id: "revealed-words", class: "words", hidden: true });
  const { button: toggle } = revealToggle(words, {
    id: "reveal-words",
    show: t("wizard.summary.show"),
    hide: t("wizard.summary.hide"),
    fill: () => {
      setError(err, null);
      return phraseWords(p.handle);
    },
    fail: (e) => {
      if (!(isIpcError(e) && e.kind === "declined")) failed(w, err, e);
    },
  });
  const nodes: (HTMLElement | null)[] = [
    h(
      "p",
      { class: "summary" },
      ...tn("wizard.summary.line", {
        count: p.words,
        list: listName(p.language),
        fingerprint: h("strong", { id: "fingerprint", class: "fingerprint" }, p.fingerprint),
      }),
    ),
    h("p", { class: "muted" }, t("wizard.summary.fingerprintNote")),
    allowReveal ? toggle : null,
    words,
  ];
  return nodes.filter((x): x is HTMLElement => x !== null);
}

/** Three different positions of a phrase of `n` words, in order. */
export function samplePositions(n: number, k = 3): number[] {
  const picked = new Set<number>();
  const r = new Uint32Array(1);
  while (picked.size < Math.min(k, n)) {
    crypto.getRandomValues(r);
    picked.add((r[0] % n) + 1);
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * A new phrase: the owner is asked a few words back from their paper, as hardware wallets
 * do, or is told plainly that the cards are then the only backup.
 */
export function stepWritten(w: Wizard): void {
  const p = w.phrase;
  if (!p) return;
  const err = errorBox("written-error");
  const quiz = h("div", { id: "written-quiz", hidden: true });
  const skipBox = h("div", { id: "skip-written-box", class: "notice", hidden: true });
  const positions = samplePositions(p.words);
  const inputs = positions.map((n) =>
    h("input", { id: `written-${n}`, type: "text", autocomplete: "off", autocapitalize: "off", spellcheck: "false", "aria-label": t("common.wordN", { n }) }),
  );
  quiz.replaceChildren(
    h("p", {}, t("wizard.written.readBack", { words: listOf(positions.map((n) => t("wizard.written.wordRef", { n }))) })),
    h("div", { class: "word-grid" }, ...positions.map((n, k) => h("div", { class: "word" }, h("span", { class: "num" }, `${n}.`), inputs[k]))),
    h("div", { class: "actions" }, button("check-written", t("common.check"), async () => {
      setError(err, null);
      try {
        await api.checkPhraseWords(p.handle, positions.map((position, k) => ({ position, word: inputs[k].value })));
        inputs.forEach((i) => (i.value = ""));
        void stepSave(w);
      } catch (e) {
        failed(w, err, e);
      }
    })),
  );
  const summary = phraseSummary(w, p, true, err);
  show(
    w.root,
    stepper(1),
    h("h2", {}, t("wizard.written.title")),
    h("p", {}, t("wizard.written.intro", { count: p.words })),
    ...summary,
    h(
      "div",
      { class: "actions" },
      button("written-down-phrase", t("wizard.written.done"), () => {
        const words = w.root.querySelector("#revealed-words");
        if (words) words.replaceChildren();
        words?.setAttribute("hidden", "");
        quiz.hidden = false;
        skipBox.hidden = true;
        inputs[0]?.focus();
      }),
      button("skip-written", t("wizard.written.skip"), () => {
        quiz.hidden = true;
        skipBox.hidden = false;
        skipBox.replaceChildren(
          h("p", {}, t("wizard.written.skipWarning")),
          h("div", { class: "actions" }, button("confirm-skip-written", t("wizard.written.skipConfirm"), () => void stepSave(w), "secondary")),
        );
      }, "quiet"),
    ),
    quiz,
    skipBox,
    err,
    h("div", { class: "actions" }, cancelButton(w)),
  );
}

export async function stepImport(w: Wizard): Promise<void> {
  const err = errorBox("import-error");
  const grid = await wordGrid();
  const check = button("import-check", t("wizard.import.check"), async () => {
    setError(err, null);
    const words = grid.words();
    const first = words.findIndex((x) => !x) + 1;
    if (first) {
      setError(err, t("wizard.import.empty", { n: first, count: words.length }));
      grid.box(first)?.focus();
      return;
    }
    try {
      const p = await api.importPhrase(words.join(" "), grid.chosen());
      words.fill("");
      if (w.replaces && p.fingerprint !== w.replaces.fingerprint) {
        await api.forgetPhrase(p.handle);
        setError(
          err,
          t("wizard.import.otherWallet", { found: p.fingerprint, set: setName(w.replaces), expected: w.replaces.fingerprint }),
        );
        return;
      }
      w.phrase = p;
      grid.clear();
      stepImported(w);
    } catch (e) {
      const unknown = errorOf(e, "unknown_word");
      if (unknown) grid.box(unknown.details.position)?.focus();
      setError(err, messageOf(e));
    }
  });

  show(
    w.root,
    stepper(1),
    h("h2", {}, t("wizard.import.title")),
    reissueNote(w),
    h("p", {}, t("wizard.import.intro")),
    ...grid.nodes,
    err,
    h("div", { class: "actions" }, check, cancelButton(w)),
  );
}

export function stepImported(w: Wizard): void {
  const p = w.phrase;
  if (!p) return;
  show(
    w.root,
    stepper(1),
    h("h2", {}, t("wizard.imported.title")),
    ...phraseSummary(w, p, false, errorBox("imported-error")),
    h("p", {}, t("wizard.imported.check")),
    h("div", { class: "actions" }, button("phrase-next", t("common.continue"), () => stepSave(w)), cancelButton(w)),
  );
}
