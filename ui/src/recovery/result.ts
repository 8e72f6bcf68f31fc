// Step 3 of recovery: the wallet is back. Its fingerprint, checked against the printed one;
// what Heirloom corrected in typed cards; what to do next; the words and the SeedQR only on
// request (cleared when hidden or left); and saving into the keychain.
import { api, isIpcError, messageOf, type CorrectionView, type PhraseView } from "../ipc";
import { button, errorBox, h, setError, show } from "../dom";
import { saveWallet } from "../wallets";
import { phraseWords, revealToggle, type Revealed } from "../reveal";
import { fingerprintCheck } from "./fingerprint";
import { step, type Recovery } from "./state";
import { quit, startRecovery } from "./index";
import { t, tn } from "../i18n";
import { keychainText } from "../i18n/errors";

/** The typed cards (and readings of the printed text) Heirloom corrected, group by group,
 * for the person to check on paper. A reading is said to be one: nobody typed it. */
function correctionsNote(cs: CorrectionView[]): HTMLElement | null {
  if (!cs.length) return null;
  const code = (s: string) => h("code", { class: "card-group" }, s);
  const read = cs.some((c) => c.from_print);
  return h(
    "section",
    { id: "corrections", class: "notice corrections", role: "status" },
    h("h3", {}, t(read ? "recovery.result.correctedRead" : "recovery.result.corrected", { count: cs.length })),
    h("p", {}, t(read ? "recovery.result.correctedReadIntro" : "recovery.result.correctedIntro")),
    h(
      "ul",
      { id: "correction-list" },
      ...cs.flatMap((c) =>
        c.groups.map((g) =>
          h("li", { "data-card": c.index, "data-group": g.group }, ...tn(c.from_print ? (g.typed ? "recovery.result.correctionRead" : "recovery.result.correctionUnread") : "recovery.result.correction", {
            n: c.index,
            group: g.group,
            typed: code(g.typed || t("recovery.result.nothing")),
            corrected: code(g.corrected),
          })),
        ),
      ),
    ),
  );
}

/** The typed cards that could not be corrected and were left out, the others being enough. */
function leftOutNote(left: (number | null)[]): HTMLElement | null {
  if (!left.length) return null;
  return h(
    "section",
    { id: "left-out", class: "notice", role: "status" },
    ...left.map((n) =>
      h("p", { "data-card": n ?? "" }, n === null ? t("recovery.result.leftOut") : t("recovery.result.leftOutN", { n })),
    ),
  );
}

/**
 * What a failure on this screen means for the person. Declining to show the words is their
 * choice, not an error: said quietly. The phrase forgotten after sitting unused 15 minutes
 * leaves nothing to do here: the screen says so and offers to add the cards again.
 */
export function failureAction(e: unknown): "quiet" | "start_again" | "say" {
  const kind = isIpcError(e) ? e.kind : "";
  return kind === "declined" ? "quiet" : kind === "timed_out" ? "start_again" : "say";
}

function failure(r: Recovery, err: HTMLElement): (e: unknown) => void {
  return (e) => {
    const action = failureAction(e);
    if (action === "quiet") return setError(err, null);
    if (action === "say") return setError(err, messageOf(e));
    r.phrase = undefined;
    show(
      r.root,
      h("h2", {}, t("common.startAgain")),
      h("p", { id: "timed-out", class: "notice", role: "alert" }, t("recovery.result.timedOut")),
      h("p", {}, t("recovery.result.timedOutExplain")),
      h("div", { class: "actions" }, button("recover-again", t("recovery.result.again"), () => void startRecovery(r.root)), button("recovery-home", t("common.backHome"), () => void quit(r), "secondary")),
    );
  };
}

/** The words, shown only on request and cleared when hidden. */
function wordsPart(p: PhraseView, fail: (e: unknown) => void): Revealed {
  const box = h("ol", { id: "revealed-words", class: "words big", hidden: true });
  return revealToggle(box, { id: "reveal-words", show: t("recovery.result.show"), hide: t("recovery.result.hide"), fill: () => phraseWords(p.handle), fail });
}

/** The SeedQR, shown only on request. */
function seedQrPart(p: PhraseView, fail: (e: unknown) => void): Revealed {
  const box = h("div", { id: "seedqr-box", hidden: true });
  const nearest = () => box.scrollIntoView({ block: "nearest" });
  const fill = async () => {
    const svg = await api.revealSeedQr(p.handle);
    const shown = svg
      ? h("img", { id: "seedqr", class: "seedqr", alt: t("recovery.result.seedAlt"), src: `data:image/svg+xml;base64,${base64(svg)}` })
      : h("p", { id: "seedqr-none", class: "notice" }, t("recovery.result.seedNone"));
    shown.addEventListener("load", nearest);
    return [shown];
  };
  return revealToggle(box, { id: "show-seedqr", show: t("recovery.result.seedShow"), hide: t("recovery.result.seedHide"), fill, fail, shown: nearest });
}

/** Saving into the keychain, never over another wallet without its fingerprint typed. */
async function savePart(p: PhraseView, err: HTMLElement, fail: (e: unknown) => void): Promise<HTMLElement[]> {
  const status = await api.keychainStatus().catch(() => ({ available: false, problem: null }));
  if (!status.available) return [h("p", { id: "keychain-unavailable", class: "notice" }, keychainText(status.problem))];
  const name = h("input", { id: "wallet-name", type: "text", value: t("recovery.result.defaultName"), maxlength: 64, autocomplete: "off" });
  const saved = h("p", { id: "saved-note", class: "good-note", hidden: true, role: "status" });
  const replaceBox = h("div", { id: "replace-box", hidden: true });
  const saveBtn = button("save-wallet", t("common.saveHere"), () =>
    void saveWallet(p, name, replaceBox, err, ({ wallet, already }) => {
      saved.textContent = already
        ? t("recovery.result.already", { name: wallet.name })
        : t("recovery.result.saved", { name: wallet.name });
      saved.hidden = false;
      saveBtn.disabled = true;
      name.disabled = true;
    }, fail));
  return [
    h("p", {}, t("recovery.result.saveIntro")),
    h("label", { for: "wallet-name" }, t("common.walletName")),
    name,
    replaceBox,
    h("div", { class: "actions" }, saveBtn),
    saved,
  ];
}

/** A titled panel of the result screen. */
const panel = (id: string, title: string, ...body: (Node | null)[]) =>
  h("section", { class: "panel", "aria-labelledby": `${id}-heading` }, h("h3", { id: `${id}-heading` }, title), ...body);

export async function stepResult(r: Recovery): Promise<void> {
  const p = r.phrase;
  if (!p) return;
  const err = errorBox("result-error");
  const fail = failure(r, err);
  const words = wordsPart(p, fail);
  const seed = seedQrPart(p, fail);
  const save = await savePart(p, err, fail);
  show(
    r.root,
    step(3),
    h("h2", {}, t("recovery.result.title")),
    correctionsNote(r.corrections ?? []),
    leftOutNote(r.leftOut ?? []),
    h(
      "div",
      { class: "fingerprint-box" },
      h("p", { class: "fp-label" }, t("common.walletFingerprint")),
      h("p", { id: "fingerprint", class: "fingerprint fp-value" }, p.fingerprint),
      fingerprintCheck(p.fingerprint, r.board.known?.fingerprint ?? null),
      h("p", {}, t("recovery.result.checkApp", { count: p.words })),
    ),
    nextSteps(),
    panel("phrase", t("recovery.result.phraseHeading"), h("p", {}, t("recovery.result.phraseWarning", { count: p.words })), words.button, words.box),
    panel("seedqr", t("recovery.result.seedHeading"), h("p", {}, t("recovery.result.seedIntro")), seed.button, seed.box),
    panel("save", t("recovery.result.saveHeading"), ...save),
    err,
    h("p", { class: "muted" }, t("recovery.result.leaveNote")),
    h("div", { class: "actions" }, button("recovery-done", t("common.done"), () => {
      words.box.replaceChildren();
      seed.box.replaceChildren();
      void quit(r);
    })),
  );
}

/** What to do once the words are back. */
function nextSteps(): HTMLElement {
  return h(
    "section",
    { id: "next-steps", class: "panel", "aria-labelledby": "next-heading" },
    h("h3", { id: "next-heading" }, t("recovery.result.nextHeading")),
    h("ol", {}, h("li", {}, t("recovery.result.next1")), h("li", {}, t("recovery.result.next2")), h("li", {}, t("recovery.result.next3"))),
  );
}


/** Base64 of a UTF-8 string (btoa alone takes only Latin-1). */
function base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
