// Step 3 of recovery: the wallet is back. Its fingerprint, checked against the printed one;
// what Heirloom corrected in typed cards; what to do next; the words and the SeedQR only on
// request (cleared when hidden or left); and saving into the keychain.
import { api, isIpcError, messageOf, type CorrectionView, type PhraseView } from "../ipc";
import { button, errorBox, h, setError, show } from "../dom";
import { saveWallet } from "../wallets";
import { fingerprintCheck } from "./fingerprint";
import { step, type Recovery } from "./state";
import { quit, startRecovery } from "./index";

/** The typed cards Heirloom corrected, group by group, for the person to check on paper. */
function correctionsNote(cs: CorrectionView[]): HTMLElement | null {
  if (!cs.length) return null;
  const code = (s: string) => h("code", { class: "card-group" }, s);
  return h(
    "section",
    { id: "corrections", class: "notice corrections", role: "status" },
    h("h3", {}, cs.length === 1 ? "Heirloom corrected a typed card" : "Heirloom corrected the typed cards"),
    h("p", {}, "Heirloom corrects a typing mistake only when the card's own check proves it, so the wallet below is right. Please look at the card again: where the paper is hard to read, write the right letters beside them for next time."),
    h(
      "ul",
      { id: "correction-list" },
      ...cs.flatMap((c) =>
        c.groups.map((g) =>
          h("li", { "data-card": c.index, "data-group": g.group }, `Card ${c.index}, group ${g.group}: you typed `, code(g.typed || "nothing"), ", the card says ", code(g.corrected), ". Please check."),
        ),
      ),
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
      h("h2", {}, "Start again"),
      h("p", { id: "timed-out", class: "notice", role: "alert" }, "This took too long; for safety the words were forgotten."),
      h("p", {}, "Heirloom keeps recovered words in memory only while they are in use: after 15 minutes without use they are wiped, so that they are not left on a computer nobody is watching. Nothing is lost: the cards and the passphrase bring the wallet back again. A wallet already saved on this computer is still saved."),
      h("div", { class: "actions" }, button("recover-again", "Add the cards again", () => void startRecovery(r.root)), button("recovery-home", "Back to the home screen", () => void quit(r), "secondary")),
    );
  };
}

/** Something shown only on request, with the button that shows and hides it. */
interface Revealed {
  button: HTMLButtonElement;
  box: HTMLElement;
}

/** The words, shown only on request and cleared when hidden. */
function wordsPart(p: PhraseView, fail: (e: unknown) => void): Revealed {
  const box = h("ol", { id: "revealed-words", class: "words big", hidden: true });
  const reveal = button("reveal-words", "Show the recovery phrase", async () => {
    if (!box.hidden) {
      box.replaceChildren();
      box.hidden = true;
      reveal.textContent = "Show the recovery phrase";
      return;
    }
    try {
      const list = await api.revealPhrase(p.handle);
      box.replaceChildren(...list.map((x) => h("li", {}, x)));
      list.fill("");
      box.hidden = false;
      reveal.textContent = "Hide the recovery phrase";
    } catch (e) {
      fail(e);
    }
  }, "secondary");
  return { button: reveal, box };
}

/** The SeedQR, shown only on request. */
function seedQrPart(p: PhraseView, fail: (e: unknown) => void): Revealed {
  const box = h("div", { id: "seedqr-box", hidden: true });
  const seedBtn = button("show-seedqr", "Show as SeedQR", async () => {
    if (!box.hidden) {
      box.replaceChildren();
      box.hidden = true;
      seedBtn.textContent = "Show as SeedQR";
      return;
    }
    try {
      const svg = await api.revealSeedQr(p.handle);
      const shown = svg
        ? h("img", { id: "seedqr", class: "seedqr", alt: "The recovery phrase as a SeedQR code", src: `data:image/svg+xml;base64,${base64(svg)}` })
        : h("p", { id: "seedqr-none", class: "notice" }, "SeedQR exists only for English recovery phrases. Type the words into the wallet instead.");
      shown.addEventListener("load", () => box.scrollIntoView({ block: "nearest" }));
      box.replaceChildren(shown);
      box.hidden = false;
      seedBtn.textContent = "Hide the SeedQR";
      box.scrollIntoView({ block: "nearest" });
    } catch (e) {
      fail(e);
    }
  }, "secondary");
  return { button: seedBtn, box };
}

/** Saving into the keychain, never over another wallet without its fingerprint typed. */
async function savePart(p: PhraseView, err: HTMLElement, fail: (e: unknown) => void): Promise<HTMLElement[]> {
  const status = await api.keychainStatus().catch(() => ({ available: false, message: null }));
  if (!status.available) return [h("p", { id: "keychain-unavailable", class: "notice" }, status.message ?? "This computer's keychain can't be reached.")];
  const name = h("input", { id: "wallet-name", type: "text", value: "Recovered wallet", maxlength: 64, autocomplete: "off" });
  const saved = h("p", { id: "saved-note", class: "good-note", hidden: true, role: "status" });
  const replaceBox = h("div", { id: "replace-box", hidden: true });
  const saveBtn = button("save-wallet", "Save on this computer", () =>
    void saveWallet(p, name, replaceBox, err, ({ wallet, already }) => {
      saved.textContent = already
        ? `This wallet is already saved on this computer as “${wallet.name}”, so it was not saved again.`
        : `Saved on this computer as “${wallet.name}”. You can make new cards from it later.`;
      saved.hidden = false;
      saveBtn.disabled = true;
      name.disabled = true;
    }, fail));
  return [
    h("p", {}, "Save the phrase in this computer's keychain, locked by your login, to make new cards later."),
    h("label", { for: "wallet-name" }, "Name for this wallet"),
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
    h("h2", {}, "The wallet is back"),
    correctionsNote(r.corrections ?? []),
    h(
      "div",
      { class: "fingerprint-box" },
      h("p", { class: "fp-label" }, "Wallet fingerprint"),
      h("p", { id: "fingerprint", class: "fingerprint fp-value" }, p.fingerprint),
      fingerprintCheck(p.fingerprint, r.board.known?.fingerprint ?? null),
      h("p", {}, `Check that your wallet app shows this same number once the ${p.words} words are typed into it. If it shows another number, a word was typed wrongly there.`),
    ),
    nextSteps(),
    panel("phrase", "The recovery phrase", h("p", {}, `${p.words} words. Anyone who sees them can take the money: show them only where nobody can look over your shoulder, and never type them into a website.`), words.button, words.box),
    panel("seedqr", "For a hardware wallet", h("p", {}, "Some hardware wallets (for example SeedSigner) can read the phrase from a QR code called a SeedQR, so nobody has to type it."), seed.button, seed.box),
    panel("save", "Keep it on this computer", ...save),
    err,
    h("p", { class: "muted" }, "When you leave this screen, the words are cleared from the screen and from Heirloom's memory."),
    h("div", { class: "actions" }, button("recovery-done", "Done", () => {
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
    h("h3", { id: "next-heading" }, "What to do next"),
    h(
      "ol",
      {},
      h("li", {}, "Type the words into a wallet app you trust (or scan the SeedQR below with a hardware wallet), on this computer or a new hardware wallet. Check that it shows the same fingerprint."),
      h("li", {}, "Move the money to a new wallet whose words only you know: the words on these cards have now been seen on a screen, and several people hold cards."),
      h("li", {}, "Not sure how? Ask someone you trust who knows Bitcoin wallets to sit with you. Never give the words to anyone who calls, writes or asks online: nobody genuine ever needs them."),
    ),
  );
}


/** Base64 of a UTF-8 string (btoa alone takes only Latin-1). */
function base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
