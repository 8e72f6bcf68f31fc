// Printing a new set from the "Cards ready" step: a preview of each card as it will print,
// Save PDF… (native save dialog), Save card pictures… (folder picker) and Print… (the
// operating system's print dialog over a print-only view of the cards). Only public data
// passes through here: the encrypted cards as SVG, and the holder's labels. The save and
// folder dialogs are opened by Rust, inside the commands: no path passes through here.
import { api, messageOf, type BackupView, type PrintChoice } from "./ipc";
import { button, dialogButton, errorBox, h, setError } from "./dom";
import { t } from "./i18n";

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
  return h("img", { class: "card-preview", alt: t("print.previewAlt", { n: index }), src: `data:image/svg+xml;base64,${btoa(bin)}` });
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
      img.alt = t("print.pageAlt", { n: i + 1, count: pages.length });
      return img;
    }),
  );
  // Every page must be decoded before the dialog takes its snapshot.
  await Promise.all(Array.from(view.querySelectorAll("img")).map((i) => i.decode().catch(() => undefined)));
}

/** The choices of the print job: paper, cards per page, the passphrase line. */
function printOptions(): HTMLElement {
  return h(
    "div",
    { class: "print-options" },
    h("label", { for: "print-paper" }, t("print.paper")),
    h("select", { id: "print-paper" }, h("option", { value: "a4" }, t("print.paper.a4")), h("option", { value: "letter" }, t("print.paper.letter"))),
    h("label", { for: "print-per-page" }, t("print.perPage")),
    h("select", { id: "print-per-page" }, h("option", { value: "1" }, "1"), h("option", { value: "2" }, "2"), h("option", { value: "4" }, t("print.perPage.4"))),
    h("label", { for: "print-passphrase-line" }, t("print.line")),
    h(
      "select",
      { id: "print-passphrase-line" },
      h("option", { value: "first", selected: true }, t("print.line.first")),
      h("option", { value: "none" }, t("print.line.none")),
      h("option", { value: "every" }, t("print.line.every")),
    ),
  );
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
  const form = printOptions();

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
    h("h3", { id: "print-title" }, t("print.title")),
    h("p", {}, t("print.intro")),
    form,
    previews,
    note,
    err,
    h(
      "div",
      { class: "actions" },
      dialogButton("save-pdf", t("print.savePdf"), async () => {
        setError(err, null);
        try {
          const saved = await api.saveCardsPdf(b.set_id, choice(form));
          if (saved) done(t("print.savedPdf", { place: saved.place }));
        } catch (e) {
          setError(err, messageOf(e));
        }
      }),
      dialogButton("save-pictures", t("print.savePictures"), async () => {
        setError(err, null);
        try {
          const saved = await api.saveCardPictures(b.set_id, choice(form).passphraseLine);
          if (saved) done(t("print.savedPictures", { count: saved.files.length, place: saved.place }));
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "secondary"),
      button("print-cards", t("print.print"), async () => {
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
