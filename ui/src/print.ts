// Printing a new set from the "Cards ready" step: a preview of each card as it will print,
// Save PDF… (native save dialog), Save card pictures… (folder picker) and Print… (the
// operating system's print dialog over a print-only view of the cards). Only public data
// passes through here: the encrypted cards as SVG, and the holder's labels. The save and
// folder dialogs are opened by Rust, inside the commands: no path passes through here.
import { api, messageOf, type BackupView, type BoardView, type PrintChoice, type ScanResult } from "./ipc";
import { button, dialogButton, errorBox, h, setError, show } from "./dom";
import { beep, Camera, CameraError, CAMERA_MESSAGES } from "./camera";
import { FileScanBox } from "./scanfile";

function choice(form: HTMLElement): PrintChoice {
  const paper = (form.querySelector("#print-paper") as HTMLSelectElement).value === "letter" ? "letter" : "a4";
  const perPage = Number((form.querySelector("#print-per-page") as HTMLSelectElement).value) || 1;
  const line = (form.querySelector("#print-passphrase-line") as HTMLSelectElement).value;
  const passphraseLine = line === "none" || line === "every" ? line : "first";
  return { paper, perPage, passphraseLine };
}

function svgImage(svg: string, index: number): HTMLImageElement {
  // btoa takes Latin-1 only; the SVG is UTF-8 (labels and names may not be ASCII).
  const bytes = new TextEncoder().encode(svg);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return h("img", { class: "card-preview", alt: `Card ${index} as it will print`, src: `data:image/svg+xml;base64,${btoa(bin)}` });
}

/**
 * Fills the view the printer sees with the pages of the PDF (cards as chosen, the family
 * guide, the format summary), and sets the printed page's size to the chosen paper, with
 * no margin of the browser's own: the pages carry their margins and cut marks.
 */
async function fillPrintView(view: HTMLElement, setId: string, c: PrintChoice): Promise<void> {
  const pages = await api.printPages(setId, c);
  const size = c.paper === "letter" ? "letter" : "A4";
  let style = document.getElementById("print-page-style");
  if (!style) {
    style = h("style", { id: "print-page-style" });
    document.head.append(style);
  }
  style.textContent = `@page { size: ${size} portrait; margin: 0; } #print-view img.print-page { width: ${c.paper === "letter" ? "215.9mm" : "210mm"}; height: ${c.paper === "letter" ? "279.4mm" : "297mm"}; }`;
  view.replaceChildren(
    ...pages.map((svg, i) => {
      const img = svgImage(svg, i + 1);
      img.className = "print-page";
      img.alt = `Page ${i + 1} of ${pages.length}`;
      return img;
    }),
  );
  // Every page must be decoded before the dialog takes its snapshot.
  await Promise.all(Array.from(view.querySelectorAll("img")).map((i) => i.decode().catch(() => undefined)));
}

/** The print panel for a set; `err` shows failures. */
export function printPanel(b: BackupView): HTMLElement {
  const err = errorBox("print-error");
  const note = h("p", { id: "print-note", class: "good-note", hidden: true, role: "status" });
  const previews = h("div", { class: "card-previews", id: "card-previews" });
  // Lives outside #app: it is the only thing shown when printing.
  let printView = document.getElementById("print-view");
  if (!printView) {
    printView = h("div", { id: "print-view", "aria-hidden": "true" });
    document.body.append(printView);
  }
  const form = h(
    "div",
    { class: "print-options" },
    h("label", { for: "print-paper" }, "Paper"),
    h("select", { id: "print-paper" }, h("option", { value: "a4" }, "A4"), h("option", { value: "letter" }, "US Letter")),
    h("label", { for: "print-per-page" }, "Cards per page"),
    h("select", { id: "print-per-page" }, h("option", { value: "1" }, "1"), h("option", { value: "2" }, "2"), h("option", { value: "4" }, "4 (with cut marks)")),
    h("label", { for: "print-passphrase-line" }, "A line to hand-write the passphrase"),
    h(
      "select",
      { id: "print-passphrase-line" },
      h("option", { value: "first", selected: true }, "On card 1 only (a “key card”)"),
      h("option", { value: "none" }, "On no card"),
      h("option", { value: "every" }, "On every card"),
    ),
  );
  const refresh = async (): Promise<void> => {
    setError(err, null);
    try {
      const svgs = await api.cardPreviews(b.set_id, choice(form).passphraseLine);
      previews.replaceChildren(...svgs.map((s, i) => svgImage(s, i + 1)));
    } catch (e) {
      setError(err, messageOf(e));
    }
  };
  form.querySelector("#print-passphrase-line")!.addEventListener("change", () => void refresh());
  void refresh();

  const done = (text: string): void => {
    note.hidden = false;
    note.textContent = text;
  };
  return h(
    "section",
    { class: "print-panel", "aria-labelledby": "print-title" },
    h("h3", { id: "print-title" }, "Print the cards"),
    h("p", {}, "Each card as it will print. The PDF also has a one-page guide for your family and a one-page summary of the card format."),
    form,
    previews,
    note,
    err,
    h(
      "div",
      { class: "actions" },
      dialogButton("save-pdf", "Save PDF…", async () => {
        setError(err, null);
        try {
          const saved = await api.saveCardsPdf(b.set_id, choice(form));
          if (saved) done(`Saved the cards as ${saved.place}.`);
        } catch (e) {
          setError(err, messageOf(e));
        }
      }),
      dialogButton("save-pictures", "Save card pictures…", async () => {
        setError(err, null);
        try {
          const saved = await api.saveCardPictures(b.set_id, choice(form).passphraseLine);
          if (saved) done(`Saved ${saved.files.length} card pictures in ${saved.place}.`);
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
      button("print-cards", "Print…", async () => {
        setError(err, null);
        try {
          await fillPrintView(printView!, b.set_id, choice(form));
          window.print();
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
    ),
  );
}

/** What the check needs of a set: it may be one made this session, or one recorded. */
export interface VerifyTarget {
  set_id: string;
  count: number;
  threshold: number;
  fingerprint: string;
}

/** Sets verified in this session, so the Cards-ready step says so on coming back. */
const verified = new Set<string>();
export const isVerified = (setId: string): boolean => verified.has(setId);

/**
 * "Check the printed cards": bring every printed card back (pictures, scans, PDFs or typed
 * text) through the recovery scanner's board, type the passphrase from the paper it was
 * written on — never a copy the app kept — and every T of the cards is combined in Rust and
 * compared with the wallet fingerprint. The phrase never comes back here. `back` returns to
 * the screen before; `done` leaves.
 */
export async function startVerify(
  root: HTMLElement,
  b: VerifyTarget,
  back: () => void,
  done: () => void,
): Promise<void> {
  const status = h("p", { id: "verify-status", class: "notice" }, "Not verified yet.");
  // The check waits for the "Check" button, not for the last card, so that a half-typed
  // passphrase is never tried.
  const typedPass = h("input", { id: "verify-passphrase", type: "text", autocomplete: "off", spellcheck: "false", autocapitalize: "off" });
  const checkNow = button("verify-now", "Check the cards", () => void check(), "primary");
  const progress = h("progress", { id: "verify-progress", max: 1, value: 0, hidden: true });
  const inList = h("p", { id: "verify-cards" }, `No cards yet. Bring back all ${b.count}.`);
  const problems = h("ul", { id: "verify-problems", class: "hint" });
  const err = errorBox("verify-error");
  const file = h("input", { type: "file", id: "verify-file", multiple: true, accept: "image/*,application/pdf" });
  const typed = h("input", { type: "text", id: "verify-text", class: "card-input", autocomplete: "off", spellcheck: "false" });
  let checking = false;
  // The recovery scanner's camera: each frame goes to the same board as the files.
  const video = h("video", { id: "verify-video", autoplay: true, muted: true, playsinline: true, "aria-label": "What the camera sees" });
  const camBox = h("div", { id: "verify-camera", class: "camera-view", hidden: true }, video);
  const camStatus = h("p", { id: "verify-camera-status", class: "hint" });
  let cam: Camera<ScanResult> | undefined;
  const stopCamera = (): void => {
    cam?.stop();
    cam = undefined;
    camBox.hidden = true;
    camButton.textContent = "Use the camera";
  };

  const took = async (r: ScanResult | BoardView): Promise<void> => {
    const board = "board" in r ? r.board : r;
    if ("problems" in r && (r.problems.length || r.added.length)) problems.replaceChildren(...r.problems.map((p) => h("li", {}, p.message)));
    const have = board.cards;
    inList.textContent = have.length
      ? `Cards checked: ${have.join(", ")} of ${b.count}.`
      : `No cards yet. Bring back all ${b.count}.`;
    if (have.length < b.count || checking || status.dataset.verified) return;
    stopCamera();
    status.textContent = `All ${b.count} cards are in. Type the passphrase from your paper and press “Check the cards”.`;
    typedPass.focus();
  };
  const check = async (): Promise<void> => {
    if (checking || status.dataset.verified) return;
    setError(err, null);
    if (!typedPass.value.trim()) {
      setError(err, "Type the passphrase exactly as it is written on your paper.");
      typedPass.focus();
      return;
    }
    checking = true;
    checkNow.disabled = true;
    backBtn.disabled = true;
    doneBtn.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = "Opening the cards with the passphrase…";
    try {
      const r = await api.verifySet(b.set_id, typedPass.value, (p) => {
        progress.max = p.total;
        progress.value = p.checked;
        status.textContent = `Checked ${p.checked.toLocaleString("en")} of ${p.total.toLocaleString("en")} groups of ${b.threshold} cards…`;
      });
      typedPass.value = "";
      status.textContent = [
        "Verified: every group of cards, with the passphrase from your paper, gives back this wallet.",
        r.recorded ? " This computer's record now says so." : "",
        r.retired ? " The set it replaces is now retired: once the new cards are handed out, collect its cards and destroy them." : "",
      ].join("");
      status.className = "good-note";
      status.dataset.verified = "true";
      checkNow.hidden = true;
      typedPass.disabled = true;
      verified.add(b.set_id);
    } catch (e) {
      status.textContent = "Not verified.";
      setError(err, messageOf(e));
    } finally {
      checking = false;
      checkNow.disabled = false;
      backBtn.disabled = false;
      doneBtn.disabled = false;
      progress.hidden = true;
    }
  };
  const camButton = button("verify-camera-on", "Use the camera", () => {
    if (cam) return stopCamera();
    camStatus.textContent = "";
    const c = new Camera(video, (r: ScanResult) => {
      if (r.added.length) beep("good");
      void took(r);
    }, api.recoveryAddFrame);
    cam = c;
    camBox.hidden = false;
    camButton.textContent = "Turn the camera off";
    c.start().catch((e: unknown) => {
      if (cam === c) stopCamera();
      camStatus.textContent = e instanceof CameraError ? e.message : CAMERA_MESSAGES.failed;
    });
  }, "secondary");
  const guard = async (f: () => Promise<void>): Promise<void> => {
    setError(err, null);
    try {
      await f();
    } catch (e) {
      setError(err, messageOf(e));
    }
  };
  // Files are read with their progress and a Cancel button; leaving the screen cancels.
  const scanBox = new FileScanBox("verify-scan");
  file.addEventListener("change", () =>
    void guard(async () => {
      const files = Array.from(file.files ?? []);
      if (scanBox.busy) return;
      const { outcomes } = await scanBox.readAll(files, api.recoveryAddFile);
      file.value = "";
      const failed: string[] = [];
      for (const o of outcomes) {
        if ("result" in o) await took(o.result);
        else failed.push(`${o.file.name}: ${o.error.message}`);
      }
      if (failed.length) setError(err, failed.join(" "));
    }),
  );

  const backBtn = button("verify-back", "Back", () => {
    stopCamera();
    scanBox.cancel();
    back();
  }, "secondary");
  const doneBtn = button("verify-done", "Done", () => {
    stopCamera();
    scanBox.cancel();
    done();
  });

  show(
    root,
    h("h2", {}, "Check the printed cards"),
    h("p", {}, `Before handing the cards out, bring all ${b.count} printed cards back: hold them to the camera, open photos or scans of them (a PDF works too), or type the text under a QR code. Then type the passphrase from your paper. Heirloom checks that every ${b.threshold} of the cards recover this wallet (fingerprint ${b.fingerprint}) with exactly what is written down, without showing the phrase.`),
    status,
    h("div", { class: "actions" }, camButton),
    camBox,
    camStatus,
    h("label", { class: "file-label", for: "verify-file" }, "Pictures or scans of the cards"),
    file,
    scanBox.el,
    h("label", { for: "verify-text" }, "Or type the text printed under a QR code"),
    typed,
    h("div", { class: "actions" }, button("verify-add-text", "Add this card", () =>
      void guard(async () => {
        await took(await api.recoveryAddText(typed.value));
        typed.value = "";
      }), "secondary")),
    inList,
    problems,
    h("label", { for: "verify-passphrase" }, "The passphrase, exactly as written on your paper"),
    typedPass,
    h("div", { class: "actions" }, checkNow),
    progress,
    err,
    h("div", { class: "actions" }, backBtn, doneBtn),
  );
  await guard(async () => took(await api.recoveryReset()));
}
