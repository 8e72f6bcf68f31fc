// Pictures and scans of cards as every screen that takes cards offers them: a drop zone
// with a file chooser, read one file at a time with the scan's progress and a Cancel button
// (FileScanBox). What each file gave, or why it gave nothing, goes to `onRead`.
import type { Channel } from "@tauri-apps/api/core";
import { h } from "../dom";
import type { ScanProgress } from "../ipc";
import { FileScanBox, type FileOutcome } from "../scanfile";
import { t } from "../i18n";

export interface FilesPartOptions<T> {
  /** The ids of its elements start with this (`files` → `files-input`, `files-busy`…). */
  id: string;
  read: (bytes: Uint8Array, progress: Channel<ScanProgress>) => Promise<T>;
  /** Every file's outcome, in order; `cancelled` when the person stopped the reading
   * (the files after the last outcome were not read). Not called once the screen is left. */
  onRead: (files: File[], outcomes: FileOutcome<T>[], cancelled: boolean) => void;
  /** The chooser's label. */
  label: string;
}

export interface FilesPart {
  el: HTMLElement;
  /** Stops reading (leaving the screen). */
  cancel: () => void;
}

export function filesPart<T>(o: FilesPartOptions<T>): FilesPart {
  const input = h("input", { id: `${o.id}-input`, type: "file", multiple: true, accept: "image/png,image/jpeg,application/pdf" });
  const box = new FileScanBox(`${o.id}-busy`);
  const zone = h(
    "div",
    { id: `${o.id}-drop`, class: "drop-zone" },
    h("p", { class: "drop-title" }, t("intake.files.drop")),
    h("p", { class: "muted" }, t("intake.files.or")),
    h("label", { for: `${o.id}-input`, class: "file-label" }, o.label),
    input,
    h("p", { class: "muted small" }, t("intake.files.kinds")),
  );
  const readFiles = async (files: File[]) => {
    if (!files.length || box.busy) return;
    input.disabled = true;
    const { outcomes, cancelled } = await box.readAll(files, o.read);
    input.disabled = false;
    input.value = "";
    if (box.el.isConnected) o.onRead(files, outcomes, cancelled);
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
  return { el: h("div", { id: `${o.id}-panel` }, zone, box.el), cancel: () => box.cancel() };
}
