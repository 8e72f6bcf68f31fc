// The "make a backup" wizard: phrase → save → cards and holders → passphrase → key
// derivation → cards ready. The phrase itself stays in Rust; this file only ever holds a
// handle, except on the screens that must show or take words, which clear them on leaving.
import {
  api,
  errorOf,
  isIpcError,
  isTimedOut,
  LIMITS,
  messageOf,
  type BackupView,
  type Holder,
  type PhraseView,
  type SetView,
  type WordList,
} from "./ipc";
import { button, dialogButton, errorBox, h, setError, show } from "./dom";
import { homeScreen } from "./home";
import { isVerified, printPanel, startVerify } from "./print";
import { setName } from "./sets";
import { saveWallet } from "./wallets";
import { wordGrid } from "./wordgrid";
import { listName, listSelect } from "./words";

interface Wizard {
  root: HTMLElement;
  mode: "new" | "import" | "existing";
  phrase?: PhraseView;
  walletName?: string;
  saved: boolean;
  threshold: number;
  count: number;
  label: string;
  holders: Holder[];
  passphrase?: string;
  /** A re-issue: the recorded set the new one replaces (retired once the new set is made). */
  replaces?: SetView;
  /** Every passphrase handle the wizard was given, to forget when it is left. */
  passphrases: string[];
  /** T = N acknowledged: losing any one card loses the wallet. */
  allCardsNeeded: boolean;
  /** The set made, once the cards exist; left before it is verified, the wizard asks. */
  made?: BackupView;
}

const STEPS = ["Recovery phrase", "Save on this computer", "Cards and holders", "Passphrase", "Making the cards", "Cards ready"];

/**
 * Starts the wizard. With `replaces`, it is a re-issue: a fresh set of that set's wallet,
 * with the same number of cards and the same holders to start from, and the old set
 * retired when the new one is made.
 */
export function startWizard(
  root: HTMLElement,
  start: { mode: "new" | "import" } | { phrase: PhraseView; walletName: string; saved: true },
  replaces?: SetView,
): void {
  const w: Wizard = {
    root,
    mode: "phrase" in start ? "existing" : start.mode,
    phrase: "phrase" in start ? start.phrase : undefined,
    walletName: "phrase" in start ? start.walletName : replaces?.wallet.trim() || undefined,
    saved: "phrase" in start,
    threshold: replaces?.threshold ?? 3,
    count: replaces?.count ?? 5,
    label: "",
    holders: replaces?.cards.map((c) => ({ name: c.holder, place: c.place })) ?? [],
    replaces,
    passphrases: [],
    allCardsNeeded: false,
  };
  if (w.mode === "existing") stepCards(w);
  else stepPhrase(w);
}

function stepper(n: number): HTMLElement {
  return h(
    "p",
    { class: "stepper", id: "step-indicator" },
    `Step ${n} of ${STEPS.length}: ${STEPS[n - 1]}`,
  );
}

async function leave(w: Wizard): Promise<void> {
  if (w.phrase) await api.forgetPhrase(w.phrase.handle).catch(() => undefined);
  w.phrase = undefined;
  // The passphrases made on the way (a generated one may have been set aside for a chosen
  // one): no later screen needs them, so none stays in the app's memory.
  for (const handle of w.passphrases) await api.forgetPassphrase(handle).catch(() => undefined);
  w.passphrases = [];
  w.passphrase = undefined;
  await homeScreen(w.root);
}

function cancelButton(w: Wizard): HTMLButtonElement {
  return button("cancel", "Cancel", () => void leave(w), "quiet");
}

/**
 * Shows a failure in `err`; when it is the phrase that sat unused too long and was
 * forgotten, the wizard cannot go on: the screen says so and offers to start again.
 */
function failed(w: Wizard, err: HTMLElement, e: unknown): void {
  if (!isTimedOut(e)) return setError(err, messageOf(e));
  w.phrase = undefined;
  show(
    w.root,
    h("h2", {}, "Start again"),
    h("p", { id: "timed-out", class: "notice", role: "alert" }, "This took too long; for safety the words were forgotten. Start again."),
    h("p", {}, "No card was made with them. Heirloom keeps a recovery phrase in memory only while it is in use: after 15 minutes without use it is wiped, so that it is not left behind on a computer nobody is watching. A wallet already saved on this computer is still saved."),
    h("div", { class: "actions" }, button("start-again", "Start again", () => void leave(w))),
  );
}

// --- Step 1: the phrase -------------------------------------------------------------

function stepPhrase(w: Wizard): void {
  if (w.mode === "import") return void stepImport(w);
  const err = errorBox("phrase-error");
  const words = h(
    "fieldset",
    { class: "choice" },
    h("legend", {}, "How many words?"),
    radio("words", "12", "12 words", true),
    radio("words", "24", "24 words (more common for large amounts)"),
  );
  const list = listChoice();
  const dice = h("textarea", { id: "dice", rows: 2, autocomplete: "off", spellcheck: "false" });
  const result = h("div", { id: "phrase-result" });
  const next = button("phrase-next", "Continue", () => stepWritten(w));
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
  const create = button("create-phrase", "Create the phrase", () => {
    if (!w.phrase) return void make();
    ask.hidden = false;
    ask.replaceChildren(
      h("p", {}, `Make a different phrase? The phrase made a moment ago (fingerprint ${w.phrase.fingerprint}) will be forgotten. If you wrote its words down, cross that paper out: these cards will not back it up.`),
      h(
        "div",
        { class: "actions" },
        button("confirm-regenerate", "Make a different phrase", () => void make(), "danger"),
        button("keep-phrase", "Keep this phrase", () => {
          ask.hidden = true;
          next.focus();
        }, "secondary"),
      ),
    );
  });

  show(
    w.root,
    stepper(1),
    h("h2", {}, "A new recovery phrase"),
    h("p", {}, "Heirloom makes the phrase from this computer's secure random numbers. The cards you make later are its backup."),
    words,
    ...list.nodes,
    h(
      "details",
      {},
      h("summary", {}, "Add dice rolls (optional)"),
      h("label", { for: "dice" }, "Roll a die and type the numbers 1 to 6. They are mixed with the computer's randomness, so the phrase is at least as random as either."),
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
function listChoice(): { select: HTMLSelectElement; nodes: HTMLElement[] } {
  const select = listSelect("new-word-list", "english", false);
  const note = h("p", { id: "new-word-list-note", class: "notice", hidden: true });
  select.addEventListener("change", () => {
    // Said before the words exist: a phrase the holder's wallet can't take is no backup.
    note.hidden = select.value === "english";
    note.textContent = `Many wallet apps accept only English words. Choose ${listName(select.value)} words only if your wallet app accepts them; the cards bring back the same words in the same list.`;
  });
  return { select, nodes: [h("div", { class: "tn" }, h("label", { for: "new-word-list" }, "Word list "), select), note] };
}

function radio(name: string, value: string, label: string, checked = false): HTMLElement {
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
function phraseSummary(w: Wizard, p: PhraseView, allowReveal: boolean, err: HTMLElement): Node[] {
  const words = h("ol", { id: "revealed-words", class: "words", hidden: true });
  const toggle = dialogButton("reveal-words", "Show the words", async () => {
    setError(err, null);
    if (!words.hidden) {
      words.replaceChildren();
      words.hidden = true;
      toggle.textContent = "Show the words";
      return;
    }
    try {
      const list = await api.revealPhrase(p.handle);
      words.replaceChildren(...list.map((x) => h("li", {}, x)));
      list.fill("");
      words.hidden = false;
      toggle.textContent = "Hide the words";
    } catch (e) {
      if (!(isIpcError(e) && e.kind === "declined")) failed(w, err, e);
    }
  }, "secondary");
  const nodes: (HTMLElement | null)[] = [
    h(
      "p",
      { class: "summary" },
      `${p.words} words, ${listName(p.language)} list. Wallet fingerprint: `,
      h("strong", { id: "fingerprint", class: "fingerprint" }, p.fingerprint),
    ),
    h("p", { class: "muted" }, "The fingerprint names the wallet without revealing it; wallets like Sparrow show the same eight characters."),
    allowReveal ? toggle : null,
    words,
  ];
  return nodes.filter((x): x is HTMLElement => x !== null);
}

/** Three different positions of a phrase of `n` words, in order. */
function samplePositions(n: number, k = 3): number[] {
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
function stepWritten(w: Wizard): void {
  const p = w.phrase;
  if (!p) return;
  const err = errorBox("written-error");
  const quiz = h("div", { id: "written-quiz", hidden: true });
  const skipBox = h("div", { id: "skip-written-box", class: "notice", hidden: true });
  const positions = samplePositions(p.words);
  const inputs = positions.map((n) =>
    h("input", { id: `written-${n}`, type: "text", autocomplete: "off", autocapitalize: "off", spellcheck: "false", "aria-label": `Word ${n}` }),
  );
  quiz.replaceChildren(
    h("p", {}, `Without looking at the screen, read these words from your paper: word ${positions.join(", word ")}.`),
    h("div", { class: "word-grid" }, ...positions.map((n, k) => h("div", { class: "word" }, h("span", { class: "num" }, `${n}.`), inputs[k]))),
    h("div", { class: "actions" }, button("check-written", "Check", async () => {
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
    h("h2", {}, "Write the words down"),
    h("p", {}, `Write the ${p.words} words on paper, in order, with their numbers, and keep the paper somewhere safe. Your wallet app asks for these words, and the cards you make next give back exactly these words.`),
    ...summary,
    h(
      "div",
      { class: "actions" },
      button("written-down-phrase", "I have written them down", () => {
        const words = w.root.querySelector("#revealed-words");
        if (words) words.replaceChildren();
        words?.setAttribute("hidden", "");
        quiz.hidden = false;
        skipBox.hidden = true;
        inputs[0]?.focus();
      }),
      button("skip-written", "I won't write them down", () => {
        quiz.hidden = true;
        skipBox.hidden = false;
        skipBox.replaceChildren(
          h("p", {}, "Then the cards you make next are the only backup of this wallet (with this computer's keychain, if you save it there). If the computer breaks and too many cards or the passphrase are lost, the wallet and its money are lost for ever."),
          h("div", { class: "actions" }, button("confirm-skip-written", "I understand: the cards are the only backup", () => void stepSave(w), "secondary")),
        );
      }, "quiet"),
    ),
    quiz,
    skipBox,
    err,
    h("div", { class: "actions" }, cancelButton(w)),
  );
}

async function stepImport(w: Wizard): Promise<void> {
  const err = errorBox("import-error");
  const grid = await wordGrid();
  const check = button("import-check", "Check the words", async () => {
    setError(err, null);
    const words = grid.words();
    const first = words.findIndex((x) => !x) + 1;
    if (first) {
      setError(err, `Word ${first} is empty. Type all ${words.length} words in order.`);
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
          `These words are of the wallet with fingerprint ${p.fingerprint}, but ${setName(w.replaces)} is a backup of the wallet with fingerprint ${w.replaces.fingerprint}. A new set can only replace a set of the same wallet: check each word against your paper.`,
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
    h("h2", {}, "Type your recovery phrase"),
    reissueNote(w),
    h("p", {}, "Type each word in order, in whichever of the ten standard word lists your words are: Heirloom finds the list from the words, or choose it. The first four letters of a word are enough, and Spanish and French words may be typed without accents."),
    ...grid.nodes,
    err,
    h("div", { class: "actions" }, check, cancelButton(w)),
  );
}

function stepImported(w: Wizard): void {
  const p = w.phrase;
  if (!p) return;
  show(
    w.root,
    stepper(1),
    h("h2", {}, "The phrase is valid"),
    ...phraseSummary(w, p, false, errorBox("imported-error")),
    h("p", {}, "Check that this fingerprint is the one your wallet shows before you go on."),
    h("div", { class: "actions" }, button("phrase-next", "Continue", () => stepSave(w)), cancelButton(w)),
  );
}

// --- Step 2: save in the keychain ------------------------------------------------------

async function stepSave(w: Wizard): Promise<void> {
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

// --- Step 3: T of N and holders --------------------------------------------------------

function stepCards(w: Wizard): void {
  const year = new Date().getFullYear();
  if (!w.label) {
    const named = `${w.walletName ?? "Wallet"} ${year}`;
    // A re-issue in the year of the old set must not take its very name.
    const label = w.replaces && named === w.replaces.label.trim() ? `${named} (new set)` : named;
    // A long wallet name must not make a label Rust refuses.
    w.label = Array.from(label).slice(0, LIMITS.label).join("");
  }
  const nSel = h("select", { id: "card-count" }, ...range(2, 16).map((n) => h("option", { value: String(n), selected: n === w.count }, String(n))));
  const tSel = h("select", { id: "threshold" });
  const sentence = h("p", { id: "tn-sentence", class: "explain" });
  const holders = h("div", { id: "holders", class: "holders" });
  const label = h("input", { id: "set-label", type: "text", value: w.label, maxlength: LIMITS.label });

  // T = N: one lost card loses the wallet. It takes an explicit acknowledgement, and the
  // safer choice is offered beside it.
  const allBox = h("div", { id: "all-cards-box", class: "notice", hidden: true });
  const next = button("cards-next", "Continue", () => {
    w.label = label.value;
    void stepPassphrase(w);
  });
  const allNeeded = (): void => {
    const n = w.count;
    const ack = h("input", { type: "checkbox", id: "all-cards-ack", checked: w.allCardsNeeded });
    ack.addEventListener("change", () => {
      w.allCardsNeeded = ack.checked;
      next.disabled = !ack.checked;
    });
    const safer = n > 2
      ? button("use-fewer", `Use any ${n - 1} of ${n} instead`, () => {
          w.threshold = n - 1;
          refresh();
        }, "secondary")
      : button("use-more", "Make 3 cards, any 2 recover, instead", () => {
          nSel.value = "3";
          w.threshold = 2;
          refresh();
        }, "secondary");
    allBox.replaceChildren(
      h("p", { role: "alert" }, `With ${n} of ${n}, every card is needed: if any one card is lost, burnt or thrown away, the wallet is lost for ever.`),
      h("label", { class: "check" }, ack, " I understand that losing any one card loses the wallet"),
      h("div", { class: "actions" }, safer),
    );
    next.disabled = !w.allCardsNeeded;
  };
  const refresh = () => {
    w.count = Number(nSel.value);
    w.threshold = Math.min(Math.max(2, w.threshold), w.count);
    tSel.replaceChildren(...range(2, w.count).map((t) => h("option", { value: String(t), selected: t === w.threshold }, String(t))));
    const t = w.threshold;
    sentence.textContent =
      `Any ${t} of these ${w.count} cards and the passphrase bring the wallet back. ` +
      `${t - 1} card${t - 1 === 1 ? "" : "s"} reveal${t - 1 === 1 ? "s" : ""} nothing. ` +
      (w.count === t
        ? "No card can be lost."
        : `Up to ${w.count - t} card${w.count - t === 1 ? "" : "s"} can be lost without losing the wallet.`);
    if (t === w.count) allNeeded();
    else {
      w.allCardsNeeded = false;
      allBox.hidden = true;
      next.disabled = false;
    }
    allBox.hidden = t !== w.count;
    const old = w.holders;
    w.holders = range(1, w.count).map((i) => old[i - 1] ?? { name: "", place: "" });
    holders.replaceChildren(
      ...w.holders.map((hd, k) => {
        const nm = h("input", { id: `holder-${k + 1}`, type: "text", value: hd.name, maxlength: LIMITS.holderName, "aria-label": `Card ${k + 1}: who keeps it` });
        const pl = h("input", { id: `place-${k + 1}`, type: "text", value: hd.place, maxlength: LIMITS.place, "aria-label": `Card ${k + 1}: where it is kept` });
        nm.addEventListener("input", () => (hd.name = nm.value));
        pl.addEventListener("input", () => (hd.place = pl.value));
        return h("div", { class: "holder" }, h("span", { class: "num" }, `Card ${k + 1}`), nm, pl);
      }),
    );
  };
  nSel.addEventListener("change", refresh);
  tSel.addEventListener("change", () => {
    w.threshold = Number(tSel.value);
    refresh();
  });
  refresh();

  show(
    w.root,
    stepper(3),
    h("h2", {}, "How many cards?"),
    reissueNote(w),
    h(
      "div",
      { class: "tn" },
      h("label", { for: "card-count" }, "Cards to print "),
      nSel,
      h("label", { for: "threshold" }, " Cards needed to recover "),
      tSel,
    ),
    sentence,
    allBox,
    h("h3", {}, "Who keeps each card?"),
    h("p", { class: "muted", id: "holders-hint" }, `Printed on the card, so the family knows whom to ask. Optional; a name takes up to ${LIMITS.holderName} characters, a place up to ${LIMITS.place}.`),
    h("div", { class: "holder head", "aria-hidden": "true" }, h("span", {}, ""), h("span", {}, "Person"), h("span", {}, "Place")),
    holders,
    h("label", { for: "set-label" }, `A name for this set of cards (up to ${LIMITS.label} characters)`),
    label,
    h("div", { class: "actions" }, next, cancelButton(w)),
  );
}

/** On a re-issue, which set is being replaced and what will happen to it. */
function reissueNote(w: Wizard): HTMLElement | null {
  const old = w.replaces;
  if (!old) return null;
  return h(
    "p",
    { id: "reissue-note", class: "notice" },
    `This new set replaces ${setName(old)} (made ${old.made}, any ${old.threshold} of ${old.count}). The new cards cannot be mixed with the old ones. ${setName(old)} stays active until the new cards are printed and checked; only then is it marked retired, and only then should its cards be collected and destroyed.`,
    w.phrase ? "" : " Its wallet is not saved on this computer, so type the wallet's recovery phrase: Heirloom checks that it is the same wallet.",
  );
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

// --- Step 4: the passphrase ------------------------------------------------------------

async function stepPassphrase(w: Wizard): Promise<void> {
  const err = errorBox("pass-error");
  const gen = await api.generatePassphrase();
  w.passphrases.push(gen.handle);
  const shown = h("ol", { id: "passphrase-words", class: "words big" }, ...gen.words.map((x) => h("li", {}, x)));
  gen.words.fill("");
  const retype = h("input", { id: "passphrase-retype", type: "text", autocomplete: "off", spellcheck: "false", autocapitalize: "off" });
  // The words once more, for someone who did not finish writing them: Rust asks the person
  // at the screen first, in a dialog the page cannot answer.
  const again = button("show-passphrase-again", "Show the words again", async () => {
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
    h("label", { for: "passphrase-retype" }, "Type the six words from your paper, with spaces between them"),
    retype,
    h("div", { class: "actions" }, button("confirm-passphrase", "Confirm", async () => {
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
  const written = button("written-down", "I have written them down", () => {
    shown.replaceChildren();
    shown.hidden = true;
    written.hidden = true;
    confirmBox.hidden = false;
    retype.focus();
  });

  show(
    w.root,
    stepper(4),
    h("h2", {}, "The passphrase"),
    h("p", {}, "The cards are locked with this passphrase. Write these six words on paper now. Keep the paper apart from the cards: someone who finds enough cards still needs it."),
    shown,
    written,
    confirmBox,
    err,
    h(
      "details",
      { id: "custom-passphrase" },
      h("summary", {}, "Choose my own passphrase instead"),
      customPassphrase(w),
    ),
    h("div", { class: "actions" }, cancelButton(w)),
  );
}

/** A passphrase of the holder's own: above the strength floor, then typed a second time
 * from the paper it was written on, before any card is made with it. */
function customPassphrase(w: Wizard): HTMLElement {
  const input = h("input", { id: "custom-input", type: "text", autocomplete: "off", spellcheck: "false" });
  const meter = h("meter", { id: "strength", min: 0, max: 100, low: 50, high: 66, optimum: 90, value: 0 });
  const note = h("p", { id: "strength-note", class: "muted" });
  const err = errorBox("custom-error");
  const retype = h("input", { id: "custom-retype", type: "text", autocomplete: "off", spellcheck: "false" });
  let held: string | null = null;
  const retypeBox = h(
    "div",
    { id: "custom-retype-box", hidden: true },
    h("p", {}, "Write your passphrase on paper now, exactly: every letter, capital letters and spaces count. Then type it again from the paper."),
    h("label", { for: "custom-retype" }, "Your passphrase again, from the paper"),
    retype,
    h("div", { class: "actions" }, button("confirm-custom", "Confirm", async () => {
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
    }), button("change-custom", "Change the passphrase", () => {
      retypeBox.hidden = true;
      input.disabled = false;
      use.hidden = false;
      retype.value = "";
      input.focus();
    }, "quiet")),
  );
  const use = button("use-custom", "Use this passphrase", async () => {
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
      ? `Strong enough: about ${Math.round(s.bits)} bits.`
      : `Too easy to guess: about ${Math.round(s.bits)} bits, at least ${Math.round(s.floor_bits)} needed. Add more unrelated words.`;
  });
  return h("div", {}, h("label", { for: "custom-input" }, "Your passphrase"), input, meter, note, use, retypeBox, err);
}

// --- Step 5: key derivation ------------------------------------------------------------

async function stepDerive(w: Wizard): Promise<void> {
  const bar = h("progress", { id: "kdf-progress", max: 100, value: 0 });
  const err = errorBox("derive-error");
  show(
    w.root,
    stepper(5),
    h("h2", {}, "Making the cards"),
    h("p", {}, "Heirloom is locking each card with the passphrase. This takes about a second, on purpose: it makes guessing the passphrase slow for anyone else."),
    bar,
    err,
  );
  try {
    if (!w.phrase || !w.passphrase) throw new Error("missing step");
    const backup = await api.makeBackup({
      phraseHandle: w.phrase.handle,
      passphraseHandle: w.passphrase,
      threshold: w.threshold,
      count: w.count,
      label: w.label,
      holders: w.holders,
      wallet: w.walletName ?? null,
      replaces: w.replaces?.set_id ?? null,
      allCardsNeeded: w.allCardsNeeded,
    }, (p) => {
      bar.value = p;
      // The highest progress seen stays on the page, so tests can tell progress arrived.
      w.root.dataset.kdfProgress = String(Math.max(Number(w.root.dataset.kdfProgress ?? 0), p));
    });
    bar.value = 100;
    await api.forgetPhrase(w.phrase.handle);
    w.phrase = undefined;
    // The cards are locked; the passphrase is gone from the app. Checking the printed
    // cards takes it typed afresh from the paper.
    w.passphrases = w.passphrases.filter((x) => x !== w.passphrase);
    w.passphrase = undefined;
    w.made = backup;
    stepReady(w, backup);
  } catch (e) {
    failed(w, err, e);
    if (isTimedOut(e)) return;
    w.root.append(h("div", { class: "actions" }, button("back-to-cards", "Back", () => stepCards(w)), cancelButton(w)));
  }
}

// --- Step 6: cards ready ---------------------------------------------------------------

/** What became of this computer's record of sets: the retired set of a re-issue, or why
 * the new set could not be recorded (the cards are good either way). */
function recordNote(w: Wizard, b: BackupView): HTMLElement | null {
  if (b.record_problem) {
    return h(
      "p",
      { id: "record-problem", class: "notice", role: "alert" },
      `The cards are made and work, but this computer's list of backup sets could not be updated: ${b.record_problem}${w.replaces ? ` ${setName(w.replaces)} was not marked retired.` : ""}`,
    );
  }
  if (!w.replaces) return null;
  return isVerified(b.set_id)
    ? h(
        "p",
        { id: "reissue-done", class: "good-note" },
        `${setName(w.replaces)} is now marked retired, replaced by this set. Its cards still work. Once the new cards are handed out, collect the old cards and destroy them; the home screen lists who holds each one.`,
      )
    : h(
        "p",
        { id: "reissue-pending", class: "notice" },
        `Keep the cards of ${setName(w.replaces)}: they are still the backup to rely on. It is retired only once these new cards are printed and checked below; until then both sets are active.`,
      );
}

/**
 * A set counts as done only once its printed cards are checked. Leaving before that asks
 * first, and says where the unfinished set waits.
 */
function leaveReady(w: Wizard, b: BackupView): void {
  if (isVerified(b.set_id)) return void leave(w);
  const box = w.root.querySelector("#leave-box");
  if (!(box instanceof HTMLElement)) return void leave(w);
  box.hidden = false;
  box.replaceChildren(
    h("p", {}, `These cards are not checked yet. Until they are printed and checked, nobody can be sure that they bring the wallet back${w.replaces ? `, and ${setName(w.replaces)} is not retired` : ""}. The set waits at the top of the home screen as unfinished work; you can check the printed cards from there.`),
    h(
      "div",
      { class: "actions" },
      button("leave-unverified", "Leave without checking", () => void leave(w), "danger"),
      button("stay-ready", "Stay", () => {
        box.hidden = true;
        document.getElementById("check-printed")?.focus();
      }, "secondary"),
    ),
  );
  box.scrollIntoView({ block: "nearest" });
}

function stepReady(w: Wizard, b: BackupView): void {
  const err = errorBox("ready-error");
  const saved = h("p", { id: "saved-note", class: "good-note", hidden: true, role: "status" });
  const cards = b.cards.map((c) =>
    h(
      "article",
      { class: "card", id: `card-${c.index}`, "data-text": c.text },
      h("img", { class: "qr", alt: `QR code of card ${c.index}`, src: `data:image/svg+xml;base64,${btoa(c.qr_svg)}` }),
      h(
        "div",
        { class: "card-body" },
        h("p", { class: "card-title" }, `Card ${c.index} of ${b.count} — any ${b.threshold} cards and the passphrase recover the wallet`),
        h("p", { class: "card-text", id: `card-text-${c.index}` }, c.grouped),
        h("p", { class: "muted" }, `${b.label} · ${b.date} · fingerprint ${b.fingerprint}`),
        c.holder.name || c.holder.place
          ? h("p", {}, `Kept by ${c.holder.name || "—"}${c.holder.place ? `, ${c.holder.place}` : ""}`)
          : null,
      ),
    ),
  );
  show(
    w.root,
    stepper(6),
    h("h2", {}, "Your cards are ready"),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Set"),
      h("dd", { id: "set-label-out" }, b.label),
      h("dt", {}, "Cards"),
      h("dd", { id: "set-tn" }, `any ${b.threshold} of ${b.count}`),
      h("dt", {}, "Wallet fingerprint"),
      h("dd", { id: "set-fingerprint", class: "fingerprint" }, b.fingerprint),
      h("dt", {}, "Set id"),
      h("dd", { id: "set-id" }, b.set_id),
    ),
    recordNote(w, b),
    h("div", { class: "cards", id: "cards" }, ...cards),
    printPanel(b),
    h("p", { id: "verify-state", class: isVerified(b.set_id) ? "good-note" : "notice" }, isVerified(b.set_id)
      ? "Verified: the printed cards were checked, every group of them."
      : "Not verified yet: once the cards are printed, check them with the passphrase from your paper before handing them out."),
    saved,
    err,
    h("div", { id: "leave-box", class: "notice", hidden: true, role: "alert" }),
    h(
      "div",
      { class: "actions" },
      dialogButton("save-texts", "Save card texts…", async () => {
        setError(err, null);
        try {
          // Rust asks for the folder, in the native dialog; closed, nothing happens.
          const done = await api.saveCardTexts(b.set_id);
          if (!done) return;
          saved.hidden = false;
          saved.textContent = `Saved ${done.files.length} card texts in ${done.place}.`;
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
      button("check-printed", "Check the printed cards…", () =>
        void startVerify(w.root, b, () => stepReady(w, b), () => {
          if (isVerified(b.set_id)) return void leave(w);
          stepReady(w, b);
          leaveReady(w, b);
        }), isVerified(b.set_id) ? "secondary" : "primary"),
      button("done", "Done", () => void leaveReady(w, b), isVerified(b.set_id) ? "primary" : "secondary"),
    ),
  );
}
