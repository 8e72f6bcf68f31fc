// Printing a new set from the "Cards ready" step: a preview of each card as it will print,
// Save PDF… (native save dialog), Save card pictures… (folder picker) and Print… (the
// operating system's print dialog over a print-only view of the cards). Only public data
// passes through here: the encrypted cards as SVG, and the holder's labels.
import { open, save } from "@tauri-apps/plugin-dialog";
import { api, messageOf, type BackupView, type PrintChoice } from "./ipc";
import { button, errorBox, h, setError } from "./dom";

function choice(form: HTMLElement): PrintChoice {
  const paper = (form.querySelector("#print-paper") as HTMLSelectElement).value === "letter" ? "letter" : "a4";
  const perPage = Number((form.querySelector("#print-per-page") as HTMLSelectElement).value) || 1;
  const passphraseLine = (form.querySelector("#print-passphrase-line") as HTMLInputElement).checked;
  return { paper, perPage, passphraseLine };
}

function svgImage(svg: string, index: number): HTMLImageElement {
  // btoa takes Latin-1 only; the SVG is UTF-8 (labels and names may not be ASCII).
  const bytes = new TextEncoder().encode(svg);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return h("img", { class: "card-preview", alt: `Card ${index} as it will print`, src: `data:image/svg+xml;base64,${btoa(bin)}` });
}

/** The print panel for a set; `err` shows failures. */
export function printPanel(b: BackupView): HTMLElement {
  const err = errorBox("print-error");
  const note = h("p", { id: "print-note", class: "notice", hidden: true });
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
    h("label", { class: "check" }, h("input", { type: "checkbox", id: "print-passphrase-line", checked: true }), " A line on each card to hand-write the passphrase"),
  );
  const refresh = async (): Promise<void> => {
    setError(err, null);
    try {
      const svgs = await api.cardPreviews(b.set_id, choice(form).passphraseLine);
      previews.replaceChildren(...svgs.map((s, i) => svgImage(s, i + 1)));
      printView!.replaceChildren(...svgs.map((s, i) => svgImage(s, i + 1)));
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
      button("save-pdf", "Save PDF…", async () => {
        setError(err, null);
        try {
          const path = await save({ title: "Save the cards as a PDF", defaultPath: "heirloom-cards.pdf", filters: [{ name: "PDF", extensions: ["pdf"] }] });
          if (typeof path !== "string") return;
          const written = await api.saveCardsPdf(b.set_id, path, choice(form));
          done(`Saved the cards as ${written}.`);
        } catch (e) {
          setError(err, messageOf(e));
        }
      }),
      button("save-pictures", "Save card pictures…", async () => {
        setError(err, null);
        try {
          const dir = await open({ directory: true, title: "Choose an empty folder for the card pictures" });
          if (typeof dir !== "string") return;
          const paths = await api.saveCardPictures(b.set_id, dir, choice(form).passphraseLine);
          done(`Saved ${paths.length} card pictures in ${dir}.`);
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
      button("print-cards", "Print…", () => window.print(), "secondary"),
    ),
  );
}
