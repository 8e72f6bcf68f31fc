// Recovering a wallet from its cards: add the cards (camera, pictures or typed text) to
// one board → type the passphrase → the wallet is back. The cards are read and checked in
// Rust; this file holds the board as the app reports it, and the phrase only as a handle,
// except while the person asks to see the words.
import {
  api,
  errorOf,
  isIpcError,
  messageOf,
  type BoardView,
  type CorrectionView,
  type IpcError,
  type PhraseView,
  type ScanResult,
} from "./ipc";
import { button, errorBox, h, setError, show } from "./dom";
import { homeScreen } from "./home";
import { beep, Camera, CameraError, CAMERA_MESSAGES, listCameras } from "./camera";
import { saveWallet } from "./wallets";
import { typedPanel } from "./typedcard";
import { FileScanBox } from "./scanfile";

type Way = "camera" | "files" | "typed";

interface Recovery {
  root: HTMLElement;
  board: BoardView;
  way: Way;
  camera?: Camera<ScanResult>;
  /** The files being read, if any: cancelled when the recovery moves on or is left. */
  files?: FileScanBox;
  phrase?: PhraseView;
  /** The typed cards Heirloom corrected to open the wallet, to show with it. */
  corrections?: CorrectionView[];
  /** The passphrase entry chosen last: six list words, or free text. */
  passMode: "words" | "text";
}

const STEPS = ["Add the cards", "Type the passphrase", "Your wallet"];

function stepper(n: number): HTMLElement {
  return h("p", { class: "stepper", id: "step-indicator" }, `Step ${n} of ${STEPS.length}: ${STEPS[n - 1]}`);
}

/** Starts a recovery with an empty board. */
export async function startRecovery(root: HTMLElement): Promise<void> {
  const board = await api.recoveryReset();
  const r: Recovery = { root, board, way: "camera", passMode: "words" };
  stepCards(r);
}

function stopCamera(r: Recovery): void {
  r.camera?.stop();
  r.camera = undefined;
  r.files?.cancel();
}

/** Leaves the recovery: camera off, phrase forgotten, board emptied, back home. */
async function quit(r: Recovery): Promise<void> {
  stopCamera(r);
  if (r.phrase) await api.forgetPhrase(r.phrase.handle).catch(() => undefined);
  r.phrase = undefined;
  await api.recoveryReset().catch(() => undefined);
  await homeScreen(r.root);
}

// --- Step 1: the cards -----------------------------------------------------------------

/** "Card 2", "cards 1, 3 and 5". */
function cardList(indexes: number[]): string {
  if (indexes.length === 1) return `card ${indexes[0]}`;
  const head = indexes.slice(0, -1).join(", ");
  return `cards ${head} and ${indexes[indexes.length - 1]}`;
}

interface News {
  tone: "good" | "notice" | "problem";
  kind: string;
  text: string;
}

/** A few words over the camera picture for a refused card; the full message is beside it. */
const SHORT_PROBLEM: Record<string, string> = {
  other_set: "Card from another backup",
  damaged: "Damaged card",
  duplicate: "Already added",
  not_a_card: "Not a Heirloom card",
  unsupported_version: "Newer card format",
  kdf_out_of_bounds: "Card refused",
};

/** What a scan says about the part of a file it did not read: beside the cards it found,
 * a notice, not a problem. */
const NOTE_KINDS = new Set(["too_many_pages", "too_many_pictures", "scan_time_up", "picture_too_large"]);

/** The notes that say only part of a file was read. */
const PART_READ = new Set(["too_many_pages", "too_many_pictures", "scan_time_up"]);

function toneOf(kind: string): News["tone"] {
  return kind === "duplicate" || NOTE_KINDS.has(kind) ? "notice" : "problem";
}

function problemNews(e: IpcError, prefix = ""): News {
  return { tone: toneOf(e.kind), kind: e.kind, text: prefix + e.message };
}

/** What to say when a card was kept as typed (the newest on the board). */
function keptNews(b: BoardView): string {
  const last = b.typed[b.typed.length - 1];
  const which = last?.index ? `Card ${last.index} was added as you typed it.` : "The card was added as you typed it.";
  const more = b.still_needed ? "" : " That is enough cards.";
  return `${which} Heirloom checks it, and corrects small typing mistakes, once you type the passphrase.${more}`;
}

function stepCards(r: Recovery): void {
  const boardBox = h("section", { id: "board", class: "panel board", "aria-labelledby": "board-heading" });
  const news = h("div", { id: "recovery-news", class: "news", role: "status", "aria-live": "polite" });
  const panel = h("div", { id: "way-panel", class: "way-panel" });
  const next = button("to-passphrase", "Continue to the passphrase", () => {
    stopCamera(r);
    void stepPassphrase(r);
  });

  const renderBoard = () => {
    const b = r.board;
    const t = b.threshold;
    const n = b.count;
    const have = b.cards.length + b.typed.length;
    const slots = h("ul", { id: "board-cards", class: "slots" });
    // Typed cards kept for correction: in their slot when their number reads, else listed.
    const removeTyped = (k: number, name: string) => {
      const b = button(`remove-typed-${k + 1}`, "Remove", async () => {
        r.board = await api.recoveryRemoveTyped(k);
        renderBoard();
        say([{ tone: "notice", kind: "removed", text: `${name} was taken out. You can type it again.` }]);
        (document.getElementById("board-heading") as HTMLElement | null)?.focus();
      }, "link");
      b.setAttribute("aria-label", `Remove ${name.toLowerCase()}`);
      return b;
    };
    const unplaced = b.typed.map((t, k) => ({ t, k })).filter(({ t }) => !n || !t.index || t.index > n);
    if (n) {
      for (let i = 1; i <= n; i++) {
        const typedAt = b.typed.findIndex((t) => t.index === i);
        if (typedAt >= 0 && !b.cards.includes(i)) {
          slots.append(
            h(
              "li",
              { class: "slot typed", "data-card": i, "data-in": "typed" },
              h("span", { class: "slot-mark", "aria-hidden": "true" }, "✎"),
              h("span", { class: "slot-name" }, `Card ${i}`, h("span", { class: "slot-holder" }, "typed, checked with the passphrase")),
              removeTyped(typedAt, `Typed card ${i}`),
            ),
          );
          continue;
        }
        const isIn = b.cards.includes(i);
        const remove = isIn
          ? button(`remove-card-${i}`, "Remove", async () => {
              r.board = await api.recoveryRemoveCard(i);
              renderBoard();
              say([{ tone: "notice", kind: "removed", text: `Card ${i} was taken out. You can add it again.` }]);
              (document.getElementById("board-heading") as HTMLElement | null)?.focus();
            }, "link")
          : null;
        remove?.setAttribute("aria-label", `Remove card ${i}`);
        const who = b.known?.holders.find((x) => x.index === i);
        const keeper = who && (who.holder || who.place) ? [who.holder, who.place].filter(Boolean).join(", ") : "";
        slots.append(
          h(
            "li",
            { class: isIn ? "slot in" : "slot", "data-card": i, "data-in": isIn ? "yes" : "no" },
            h("span", { class: "slot-mark", "aria-hidden": "true" }, isIn ? "✓" : "·"),
            h("span", { class: "slot-name" }, `Card ${i}`, keeper ? h("span", { class: "slot-holder" }, keeper) : null),
            h("span", { class: "visually-hidden" }, isIn ? " added" : " not added"),
            remove,
          ),
        );
      }
    }
    const needed = b.still_needed;
    const known = b.known;
    const parts: (Node | null)[] = [
      h("h3", { id: "board-heading", tabindex: "-1" }, "Cards added"),
      known && known.label
        ? h("p", { id: "board-label", class: "board-label" }, `“${known.label}”`, h("span", { class: "muted small" }, ` made ${known.made}`))
        : null,
      // Where it is seen at once: the cards work, but the family should look for a newer set.
      known?.retired_on
        ? h("p", { id: "board-retired", class: "notice", role: "status" }, `This set was retired on ${known.retired_on}: a newer set of cards may exist. These cards still work.`)
        : null,
      t
        ? h("p", { id: "board-count", class: "board-count" }, have > t ? `${have} cards (${t} needed)` : `${have} of ${t} cards`)
        : h("p", { id: "board-count", class: "board-count" }, "No cards yet"),
      t
        ? h(
            "p",
            { id: "board-needed", class: needed ? "needed" : "needed enough" },
            needed ? `${needed} more card${needed === 1 ? "" : "s"} needed.` : "Enough cards. Go on to the passphrase.",
          )
        : h("p", { id: "board-needed", class: "needed" }, "Add any card to start. The first card tells how many are needed."),
      t && needed === 0
        ? button("board-next", "Go on to the passphrase", () => {
            stopCamera(r);
            void stepPassphrase(r);
          })
        : null,
      n ? slots : null,
      unplaced.length
        ? h(
            "ul",
            { id: "board-typed", class: "slots" },
            ...unplaced.map(({ t, k }) =>
              h(
                "li",
                { class: "slot typed", "data-typed": k + 1, "data-in": "typed" },
                h("span", { class: "slot-mark", "aria-hidden": "true" }, "✎"),
                h("span", { class: "slot-name" }, "A typed card", h("span", { class: "slot-holder" }, t.group ? `group ${t.group} to be checked with the passphrase` : "checked with the passphrase")),
                removeTyped(k, "The typed card"),
              ),
            ),
          )
        : null,
      b.set_id && n
        ? h(
            "p",
            { id: "board-set", class: "muted small" },
            `This backup has ${n} cards; any ${t} bring the wallet back. Set number `,
            h("span", { class: "fingerprint" }, b.set_id.slice(0, 8)),
            ".",
          )
        : null,
    ];
    boardBox.replaceChildren(...parts.filter((x): x is Node => x !== null));
    next.disabled = !(t && needed === 0);
  };

  let lastProblem = { text: "", at: 0 };
  /** Shows what the last action did, newest first. */
  const say = (items: News[]) => {
    window.setTimeout(() => news.scrollIntoView({ block: "nearest" }), 0);
    news.replaceChildren(
      ...items.map((x) =>
        h("p", { class: `news-item ${x.tone}`, "data-kind": x.kind }, h("span", { class: "news-mark", "aria-hidden": "true" }, x.tone === "good" ? "✓" : x.kind === "scan_cancelled" ? "·" : "!"), " ", x.text),
      ),
    );
  };

  /** The board after any way of adding, and what to say about it. */
  const took = (res: ScanResult, prefix = ""): News[] => {
    r.board = res.board;
    renderBoard();
    const out: News[] = [];
    if (res.added.length) {
      const more = res.board.still_needed;
      out.push({
        tone: "good",
        kind: "added",
        text: `${prefix}${cardList(res.added).replace(/^c/, "C")} added.` + (more === 0 ? " That is enough cards." : ""),
      });
    }
    for (const p of res.problems) out.push(problemNews(p, prefix));
    return out;
  };

  // The three ways in.
  const ways: Record<Way, HTMLButtonElement> = {
    camera: button("way-camera", "Hold cards up to the camera", () => choose("camera"), "way"),
    files: button("way-files", "Open pictures or PDF scans", () => choose("files"), "way"),
    typed: button("way-typed", "Type the text under the QR code", () => choose("typed"), "way"),
  };

  // Camera --------------------------------------------------------------------------
  const cameraPanel = (): HTMLElement => {
    const video = h("video", { id: "camera-video", autoplay: true, muted: true, playsinline: true, "aria-label": "What the camera sees" });
    const flash = h("p", { id: "camera-flash", class: "flash", hidden: true, "aria-hidden": "true" });
    const status = h("p", { id: "camera-status", class: "notice", hidden: true, role: "alert" });
    const select = h("select", { id: "camera-select" });
    const chooser = h("div", { class: "camera-choice", hidden: true }, h("label", { for: "camera-select" }, "Camera"), select);
    const view = h("div", { id: "camera-view", class: "camera-view" }, video, flash);
    let flashTimer = 0;
    const onOff = button("camera-toggle", "Turn the camera off", () => {
      if (r.camera?.running) {
        stopCamera(r);
        view.classList.add("off");
        onOff.textContent = "Turn the camera on";
      } else {
        void start();
      }
    }, "secondary");

    /** A big short word over the picture, for a moment: what just happened to the card shown. */
    const flashUp = (text: string, tone: "good" | "bad") => {
      flash.textContent = text;
      flash.className = `flash ${tone}`;
      flash.hidden = false;
      view.classList.remove("read", "refused");
      view.classList.add(tone === "good" ? "read" : "refused");
      window.clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => {
        flash.hidden = true;
        view.classList.remove("read", "refused");
      }, tone === "good" ? 2500 : 4000);
    };

    const onFrame = (res: ScanResult) => {
      const items = took(res);
      if (!items.length) return;
      if (res.added.length) {
        beep("good");
        flashUp(`✓ ${cardList(res.added).replace(/^c/, "C")} added`, "good");
        say(items);
        lastProblem = { text: "", at: 0 };
        return;
      }
      // The camera sees a refused card several times a second: say it once, not every frame.
      const text = items.map((x) => x.text).join(" ");
      if (text === lastProblem.text && Date.now() - lastProblem.at < 6000) return;
      lastProblem = { text, at: Date.now() };
      beep("bad");
      say(items);
      flashUp(`✗ ${SHORT_PROBLEM[res.problems[0]?.kind] ?? "This card can't be used"}`, "bad");
    };

    const start = async (deviceId?: string) => {
      stopCamera(r);
      status.hidden = true;
      const cam = new Camera(video, onFrame, api.recoveryAddFrame);
      r.camera = cam;
      view.classList.remove("off");
      view.classList.add("starting");
      onOff.textContent = "Turn the camera off";
      try {
        await cam.start(deviceId);
        if (r.camera !== cam) return;
        const cams = await listCameras();
        select.replaceChildren(
          ...cams.map((c, k) => h("option", { value: c.deviceId, selected: c.deviceId === cam.deviceId() }, c.label || `Camera ${k + 1}`)),
        );
        chooser.hidden = cams.length < 2;
      } catch (e) {
        if (r.camera === cam) r.camera = undefined;
        status.textContent = e instanceof CameraError ? e.message : CAMERA_MESSAGES.failed;
        status.dataset.problem = e instanceof CameraError ? e.problem : "failed";
        status.hidden = false;
        view.classList.add("off");
        onOff.textContent = "Try the camera again";
      } finally {
        view.classList.remove("starting");
      }
    };
    select.addEventListener("change", () => void start(select.value));
    void start();
    return h(
      "div",
      { id: "camera-panel" },
      h("p", {}, "Hold one card in front of the camera, with the whole square code in view, and keep it still for a moment. You will hear a beep and see a tick when it is read. Then show the next card."),
      chooser,
      view,
      status,
      h("div", { class: "actions" }, onOff),
    );
  };

  // Files ---------------------------------------------------------------------------
  const filesPanel = (): HTMLElement => {
    const input = h("input", { id: "file-input", type: "file", multiple: true, accept: "image/png,image/jpeg,application/pdf" });
    const box = new FileScanBox("files-busy");
    r.files = box;
    const zone = h(
      "div",
      { id: "drop-zone", class: "drop-zone" },
      h("p", { class: "drop-title" }, "Drop pictures or scans of the cards here"),
      h("p", { class: "muted" }, "or"),
      h("label", { for: "file-input", class: "file-label" }, "Choose pictures or scans from this computer"),
      input,
      h("p", { class: "muted small" }, "Photos (JPEG), PNG pictures and PDF files from a scanner. One picture or page may hold several cards."),
    );
    const readFiles = async (files: File[]) => {
      if (!files.length || box.busy) return;
      input.disabled = true;
      const { outcomes, cancelled } = await box.readAll(files, api.recoveryAddFile);
      input.disabled = false;
      input.value = "";
      if (!box.el.isConnected) return; // the screen was left: nothing to say
      const items: News[] = [];
      for (const o of outcomes) {
        const prefix = files.length > 1 ? `${o.file.name}: ` : "";
        if ("result" in o) items.push(...took(o.result, prefix));
        else if (PART_READ.has(o.error.kind)) {
          // Not beside any card: the part that was read held none.
          items.push({ tone: "problem", kind: o.error.kind, text: `${o.file.name}: No card was found in the pages read. ${o.error.message}` });
        } else items.push(problemNews(o.error, `${o.file.name}: `));
      }
      if (cancelled) {
        const rest = files.length - outcomes.length;
        items.push({
          tone: "notice",
          kind: "scan_cancelled",
          text: rest > 1 ? `Stopped. The last ${rest} files were not read; nothing from them was added.` : "Stopped. Nothing from that file was added.",
        });
      }
      if (items.some((x) => x.tone === "good")) beep("good");
      say(items);
    };
    input.addEventListener("change", () => void readFiles(Array.from(input.files ?? [])));
    zone.addEventListener("dragover", (e) => {
      e.preventDefault();
      zone.classList.add("over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      void readFiles(Array.from(e.dataTransfer?.files ?? []));
    });
    return h("div", { id: "files-panel" }, zone, box.el);
  };

  // Typed: its own module; a card kept as typed shows on the board like the others.
  const typedHooks = {
    took: (res: ScanResult) => {
      const news = took(res);
      // Nothing added and nothing refused: the card was kept as typed.
      say(news.length ? news : [{ tone: "notice", kind: "kept_typed", text: keptNews(res.board) }]);
      beep("good");
    },
    refused: (e: IpcError) => say([problemNews(e)]),
  };

  const choose = (way: Way) => {
    if (r.way !== way || !panel.firstChild) {
      stopCamera(r);
      r.way = way;
      panel.replaceChildren(way === "camera" ? cameraPanel() : way === "files" ? filesPanel() : typedPanel(typedHooks));
    }
    for (const [k, b] of Object.entries(ways)) b.setAttribute("aria-pressed", String(k === way));
  };

  show(
    r.root,
    stepper(1),
    h("h2", {}, "Recover a wallet from its cards"),
    h("p", { class: "lead" }, "Add the cards one at a time, in any order, in any of the three ways below. Heirloom tells you when there are enough."),
    h(
      "div",
      { class: "recovery-layout" },
      h("div", { class: "recovery-side" }, boardBox),
      h(
        "div",
        { class: "recovery-main" },
        h("div", { class: "ways", role: "group", "aria-label": "How to add a card" }, ways.camera, ways.files, ways.typed),
        panel,
        news,
      ),
    ),
    h("div", { class: "actions" }, next, button("cancel-recovery", "Leave the recovery", () => void quit(r), "quiet")),
  );
  renderBoard();
  choose(r.way);
}

// --- Step 2: the passphrase ------------------------------------------------------------

let wordListCache: string[] | null = null;

async function stepPassphrase(r: Recovery): Promise<void> {
  const list = wordListCache ?? (wordListCache = await api.wordList().catch(() => []));
  const known = new Set(list);
  const expand = (v: string): string | null => {
    if (known.has(v)) return v;
    if (v.length >= 4) {
      const m = list.filter((x) => x.startsWith(v));
      if (m.length === 1) return m[0];
    }
    return null;
  };
  const err = errorBox("pass-error");
  const more = h("div", { id: "pass-more" });
  const datalist = h("datalist", { id: "bip39-words" }, ...list.map((x) => h("option", { value: x })));
  const COUNT = 6;

  // Six list words, one box each.
  const grid = h("div", { id: "pass-words", class: "word-grid" });
  const boxes: HTMLInputElement[] = [];
  for (let i = 1; i <= COUNT; i++) {
    const input = h("input", {
      id: `pass-word-${i}`,
      type: "text",
      list: "bip39-words",
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
      "aria-label": `Passphrase word ${i}`,
      "aria-describedby": `pass-hint-${i}`,
    });
    const hint = h("span", { id: `pass-hint-${i}`, class: "hint" });
    const check = async () => {
      const v = input.value.trim().toLowerCase();
      const full = v ? expand(v) : null;
      if (!v || full) {
        if (full && full !== v) input.value = full;
        input.classList.toggle("good", !!v);
        input.classList.remove("bad");
        hint.textContent = "";
        return;
      }
      input.classList.remove("good");
      input.classList.add("bad");
      const s = await api.suggestWords(v).catch(() => []);
      hint.replaceChildren(
        s.length ? "Not a list word. Did you mean " : "Not a list word. Check the spelling.",
        ...s.flatMap((x, k) => [
          k ? ", " : "",
          button(`pass-suggest-${i}-${x}`, x, () => {
            input.value = x;
            input.classList.remove("bad");
            input.classList.add("good");
            hint.textContent = "";
            boxes[i]?.focus();
          }, "link"),
        ]),
        s.length ? "?" : "",
      );
    };
    input.addEventListener("input", () => {
      // A space moves on to the next word; a whole passphrase pasted or typed in one box
      // spreads over the boxes.
      const parts = input.value.split(/\s+/);
      if (parts.length > 1) {
        const words = parts.filter(Boolean);
        if (!words.length) {
          input.value = "";
          return;
        }
        words.forEach((w, k) => {
          const box = boxes[i - 1 + k];
          if (box) {
            box.value = w.toLowerCase();
            box.dispatchEvent(new Event("blur"));
          }
        });
        boxes[Math.min(COUNT - 1, i - 1 + words.length)].focus();
        return;
      }
      input.classList.remove("bad");
      hint.textContent = "";
    });
    input.addEventListener("blur", () => void check());
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        if (i < COUNT) boxes[i].focus();
        else void open();
      }
    });
    boxes.push(input);
    grid.append(h("div", { class: "word" }, h("span", { class: "num" }, `${i}.`), input, hint));
  }

  // Free text, for a passphrase the holder chose.
  const text = h("input", { id: "pass-text", type: "text", autocomplete: "off", autocapitalize: "off", spellcheck: "false", class: "wide" });
  text.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void open();
    }
  });
  const wordsBox = h("div", { id: "pass-words-box" }, h("p", {}, "Type the six words in the order they were written down. The first four letters of each word are enough."), datalist, grid);
  const textBox = h(
    "div",
    { id: "pass-text-box" },
    h("label", { for: "pass-text" }, "The passphrase, exactly as it was written down"),
    text,
    h("p", { class: "muted small" }, "Capital letters matter. Extra spaces don't."),
  );
  const setMode = (m: Recovery["passMode"]) => {
    r.passMode = m;
    wordsBox.hidden = m !== "words";
    textBox.hidden = m !== "text";
    (m === "words" ? boxes[0] : text).focus();
  };
  const modeRadio = (value: Recovery["passMode"], label: string) => {
    const id = `pass-mode-${value}`;
    const input = h("input", { type: "radio", name: "pass-mode", id, value, checked: r.passMode === value });
    input.addEventListener("change", () => setMode(value));
    return h("div", { class: "radio" }, input, h("label", { for: id }, label));
  };

  const bar = h("progress", { id: "kdf-progress", max: 100, value: 0 });
  const working = h("div", { id: "kdf-box", hidden: true }, h("p", {}, "Opening the cards with the passphrase. This takes a few seconds, on purpose: it makes guessing slow for anyone else."), bar);
  const openBtn = button("open-cards", "Open the cards", () => void open());
  const back = button("back-to-cards", "Back to the cards", () => stepCards(r), "secondary");

  const passphrase = (): string | null => {
    if (r.passMode === "text") {
      if (!text.value.trim()) {
        setError(err, "Type the passphrase first.");
        text.focus();
        return null;
      }
      return text.value;
    }
    const words: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const v = boxes[i].value.trim().toLowerCase();
      if (!v) {
        setError(err, `Word ${i + 1} is empty. Type all six words in order.`);
        boxes[i].focus();
        return null;
      }
      const full = expand(v);
      if (!full) {
        setError(err, `Word ${i + 1} is not on the word list. Check its spelling. If the passphrase is not six list words, choose “Something else” above.`);
        boxes[i].focus();
        return null;
      }
      words.push(full);
    }
    return words.join(" ");
  };

  const open = async () => {
    setError(err, null);
    more.replaceChildren();
    const p = passphrase();
    if (p === null) return;
    openBtn.disabled = true;
    back.disabled = true;
    working.hidden = false;
    bar.value = 0;
    try {
      const got = await api.recoveryCombine(p, (pct) => {
        bar.value = pct;
        r.root.dataset.kdfProgress = String(Math.max(Number(r.root.dataset.kdfProgress ?? 0), pct));
      });
      boxes.forEach((b) => (b.value = ""));
      text.value = "";
      r.phrase = got.phrase;
      r.corrections = got.corrections;
      void stepResult(r);
    } catch (e) {
      working.hidden = true;
      openBtn.disabled = false;
      back.disabled = false;
      setError(err, messageOf(e));
      const kind = isIpcError(e) ? e.kind : "";
      err.dataset.kind = kind;
      const typed = r.board.typed.length > 0;
      if (kind === "wrong_passphrase") {
        // Typed cards are corrected only with the right passphrase, so it comes first.
        const why = typed
          ? "The cards that were read do not open with this passphrase, so the passphrase is the thing to check first; the typed cards are checked once it is right."
          : "The cards were all read correctly, so the passphrase is the thing to check.";
        more.replaceChildren(
          h(
            "p",
            { id: "pass-help", class: "explain" },
            r.passMode === "words"
              ? `${why} Look at each word again, and check that the words are in the order they were written down.`
              : `${why} Check each letter, capital letters, and the spaces between words.`,
          ),
        );
        (r.passMode === "words" ? boxes[0] : text).focus();
      } else if (typed && (kind === "typo" || kind === "damaged")) {
        // A typed card Heirloom could not correct: the message says which and what to do.
        more.replaceChildren(h("p", { id: "pass-help", class: "explain" }, "Go back to the cards to type it again."));
        back.focus();
      } else if (kind === "damaged") {
        // The passphrase opened the other cards, so it is right: one card is the problem.
        const n = errorOf(e, "damaged")?.details.index;
        more.replaceChildren(
          h(
            "p",
            { id: "pass-help", class: "explain" },
            `The passphrase is right: it opened the other cards. Go back to the cards, take ${n ? `card ${n}` : "that card"} out with “Remove”, then scan it again, type its text, or add a different card.`,
          ),
        );
        back.focus();
      } else if (["not_enough_cards", "other_set", "duplicate"].includes(kind)) {
        more.replaceChildren(h("p", { id: "pass-help", class: "explain" }, "Go back to the cards to change them."));
        back.focus();
      }
    }
  };

  show(
    r.root,
    stepper(2),
    h("h2", {}, "Type the passphrase"),
    h("p", {}, "The cards are locked with a passphrase. It is not printed on the cards: the person who made them wrote it down separately, or told someone they trust."),
    h(
      "fieldset",
      { class: "choice" },
      h("legend", {}, "What does the passphrase look like?"),
      modeRadio("words", "Six ordinary words (Heirloom made them)"),
      modeRadio("text", "Something else (the person who made the cards chose it)"),
    ),
    wordsBox,
    textBox,
    err,
    more,
    working,
    h("div", { class: "actions" }, openBtn, back, button("cancel-recovery", "Leave the recovery", () => void quit(r), "quiet")),
  );
  setMode(r.passMode);
}

// --- Step 3: the wallet is back --------------------------------------------------------

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

async function stepResult(r: Recovery): Promise<void> {
  const p = r.phrase;
  if (!p) return;
  const status = await api.keychainStatus().catch(() => ({ available: false, message: null }));
  const err = errorBox("result-error");

  // The words, shown only on request and cleared when hidden or left.
  const words = h("ol", { id: "revealed-words", class: "words big", hidden: true });
  const reveal = button("reveal-words", "Show the recovery phrase", async () => {
    if (!words.hidden) {
      words.replaceChildren();
      words.hidden = true;
      reveal.textContent = "Show the recovery phrase";
      return;
    }
    try {
      const list = await api.revealPhrase(p.handle);
      words.replaceChildren(...list.map((x) => h("li", {}, x)));
      list.fill("");
      words.hidden = false;
      reveal.textContent = "Hide the recovery phrase";
    } catch (e) {
      setError(err, messageOf(e));
    }
  }, "secondary");

  const seed = h("div", { id: "seedqr-box", hidden: true });
  const seedBtn = button("show-seedqr", "Show as SeedQR", async () => {
    if (!seed.hidden) {
      seed.replaceChildren();
      seed.hidden = true;
      seedBtn.textContent = "Show as SeedQR";
      return;
    }
    try {
      const svg = await api.revealSeedQr(p.handle);
      const shown = svg
        ? h("img", { id: "seedqr", class: "seedqr", alt: "The recovery phrase as a SeedQR code", src: `data:image/svg+xml;base64,${base64(svg)}` })
        : h("p", { id: "seedqr-none", class: "notice" }, "SeedQR exists only for English recovery phrases. Type the words into the wallet instead.");
      shown.addEventListener("load", () => seed.scrollIntoView({ block: "nearest" }));
      seed.replaceChildren(shown);
      seed.hidden = false;
      seedBtn.textContent = "Hide the SeedQR";
      seed.scrollIntoView({ block: "nearest" });
    } catch (e) {
      setError(err, messageOf(e));
    }
  }, "secondary");

  // Saving into the keychain, never over another wallet without its fingerprint typed.
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
    }));

  show(
    r.root,
    stepper(3),
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
    h(
      "section",
      { class: "panel", "aria-labelledby": "phrase-heading" },
      h("h3", { id: "phrase-heading" }, "The recovery phrase"),
      h("p", {}, `${p.words} words. Anyone who sees them can take the money: show them only where nobody can look over your shoulder, and never type them into a website.`),
      reveal,
      words,
    ),
    h(
      "section",
      { class: "panel", "aria-labelledby": "seedqr-heading" },
      h("h3", { id: "seedqr-heading" }, "For a hardware wallet"),
      h("p", {}, "Some hardware wallets (for example SeedSigner) can read the phrase from a QR code called a SeedQR, so nobody has to type it."),
      seedBtn,
      seed,
    ),
    h(
      "section",
      { class: "panel", "aria-labelledby": "save-heading" },
      h("h3", { id: "save-heading" }, "Keep it on this computer"),
      ...(status.available
        ? [
            h("p", {}, "Save the phrase in this computer's keychain, locked by your login, to make new cards later."),
            h("label", { for: "wallet-name" }, "Name for this wallet"),
            name,
            replaceBox,
            h("div", { class: "actions" }, saveBtn),
            saved,
          ]
        : [h("p", { id: "keychain-unavailable", class: "notice" }, status.message ?? "This computer's keychain can't be reached.")]),
    ),
    err,
    h("p", { class: "muted" }, "When you leave this screen, the words are cleared from the screen and from Heirloom's memory."),
    h("div", { class: "actions" }, button("recovery-done", "Done", () => {
      words.replaceChildren();
      seed.replaceChildren();
      void quit(r);
    })),
  );
}

/** Fingerprints as people type them: no spaces, any case. */
function sameFingerprint(a: string, b: string): boolean {
  const norm = (x: string) => x.replace(/\s+/g, "").toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The check that matters at the end of a recovery: the fingerprint the cards gave back
 * against the one printed on them. Forged or mixed-up cards can give back another wallet;
 * the printed fingerprint is what catches that. When this computer's record knows the
 * set, the check is done at once; otherwise the family types the printed fingerprint.
 */
function fingerprintCheck(recovered: string, known: string | null): HTMLElement {
  const out = h("div", { id: "fingerprint-check" });
  const verdict = (printed: string, again?: () => void): void => {
    out.replaceChildren(
      sameFingerprint(printed, recovered)
        ? h("p", { id: "fingerprint-match", class: "good-note", role: "status" }, `This matches the fingerprint printed on your cards (${printed}): these cards gave back the wallet they were made for.`)
        : h(
            "p",
            { id: "fingerprint-mismatch", class: "alarm", role: "alert" },
            `Stop: the cards say the fingerprint is ${printed}, but they gave back the wallet ${recovered}. These are not the words of the wallet the cards were made for; a card may be forged or from another set. Do not move any money to or from this wallet. Ask the person who made the cards, or someone you trust who knows Bitcoin wallets.`,
          ),
    );
    if (again && !sameFingerprint(printed, recovered)) {
      out.append(button("compare-again", "I may have typed it wrongly: compare again", again, "quiet"));
    }
  };
  if (known) {
    verdict(known);
    return out;
  }
  const typed = h("input", { id: "printed-fingerprint", type: "text", maxlength: 12, autocomplete: "off", spellcheck: "false" });
  const err = errorBox("printed-fingerprint-error");
  const ask = (): void => {
    typed.value = "";
    out.replaceChildren(
    h("p", { class: "notice" }, "Compare this with the fingerprint printed on your cards (after “fingerprint”) and on the family guide. Type the printed one here to check:"),
    h("label", { for: "printed-fingerprint" }, "Fingerprint printed on the cards"),
    typed,
    h("div", { class: "actions" }, button("compare-fingerprint", "Compare", () => {
      if (!/^[0-9a-f]{8}$/i.test(typed.value.replace(/\s+/g, ""))) {
        setError(err, "A fingerprint is eight characters, the digits 0–9 and the letters a–f, as printed on the card.");
        return;
      }
      verdict(typed.value.replace(/\s+/g, "").toLowerCase(), ask);
    }, "secondary")),
    err,
    );
  };
  ask();
  return out;
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
