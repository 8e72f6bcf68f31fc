// Reading pictures and PDFs of cards, one file at a time, with the scan's progress on the
// screen and a Cancel button. Recovery, the check of printed cards and the card check-up
// all read files through this. The app does the scanning (and holds it to its budget); this
// file checks a file's size before reading it into memory, shows how far the scan has come,
// and stops it when the person cancels or leaves the screen.
import { Channel } from "@tauri-apps/api/core";
import { api, asIpcError, MAX_SCAN_FILE_BYTES, type IpcError, type ScanProgress } from "./ipc";
import { button, h } from "./dom";
import { english, t } from "./i18n";

/** What came of one file: the command's answer, or the error to show. */
export type FileOutcome<T> = { file: File; result: T } | { file: File; error: IpcError };

/** The same words as the app's `scan_file_too_large`, said before the file is read. */
export function tooLarge(size: number): IpcError | null {
  if (size <= MAX_SCAN_FILE_BYTES) return null;
  const megabytes = Math.ceil(size / 1_000_000);
  const limit = MAX_SCAN_FILE_BYTES / 1_000_000;
  return {
    kind: "scan_file_too_large",
    details: { megabytes, limit },
    message: english("error.scan_file_too_large", { megabytes, limit }),
  };
}

/** "Reading page 3 of 40", "Looking closer at page 7 (2 of 5)". */
export function progressText(p: ScanProgress): string {
  switch (p.stage) {
    case "opening":
      return t("scan.opening");
    case "reading":
      return p.pages > 1 ? t("scan.readingPage", { page: p.page, pages: p.pages }) : t("scan.readingPicture");
    case "looking_closer":
      return p.of > 1
        ? t("scan.closerPage", { page: p.page, n: p.n, of: p.of })
        : t("scan.closerPicture", { pass: p.pass, passes: p.passes });
  }
}

/** How far, from 0 to 1 (the first pass the first half, the closer look the second);
 * null while the file is being opened. */
function fraction(p: ScanProgress): number | null {
  switch (p.stage) {
    case "opening":
      return null;
    case "reading":
      return p.pages > 1 ? (0.5 * p.page) / p.pages : 0.1;
    case "looking_closer":
      return 0.5 + (0.5 * (p.n - 1 + p.pass / Math.max(p.passes, 1))) / Math.max(p.of, 1);
  }
}

/**
 * A progress line and a Cancel button, shown while files are read. `read` sends one file's
 * bytes to the app with the progress channel; the answers come back in file order. A
 * cancelled scan gives no outcome for its file and reads no further file; leaving the
 * screen (the box is no longer in the page) cancels too.
 */
export class FileScanBox {
  readonly el: HTMLElement;
  private readonly line: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly stop: HTMLButtonElement;
  private current: number | null = null;
  private cancelled = false;
  private running = false;

  constructor(id: string) {
    this.line = h("span", { id: `${id}-line`, class: "scan-line" });
    this.bar = h("progress", { id: `${id}-bar`, class: "scan-bar", max: 1 });
    this.stop = button(`${id}-cancel`, t("common.cancel"), () => this.cancel(), "secondary");
    const text = h("p", { class: "muted" }, this.line);
    // Room for two lines from the start, so that the buttons below do not jump as the
    // line changes from "Reading page 9 of 40" to a longer one.
    text.style.minHeight = "2.8em";
    this.el = h(
      "div",
      { id, class: "scan-progress", role: "status", "aria-live": "polite", hidden: true },
      text,
      this.bar,
      h("div", { class: "actions" }, this.stop),
    );
  }

  /** Whether files are being read now. */
  get busy(): boolean {
    return this.running;
  }

  /** Stops the file being read and reads no further file. */
  cancel(): void {
    if (!this.running) return;
    this.cancelled = true;
    this.line.textContent = t("scan.stopping");
    this.stop.disabled = true;
    if (this.current !== null) void api.scanCancel(this.current).catch(() => undefined);
  }

  /** Reads `files` one after another; stops at a cancel. */
  async readAll<T>(files: File[], read: (bytes: Uint8Array, progress: Channel<ScanProgress>) => Promise<T>): Promise<{ outcomes: FileOutcome<T>[]; cancelled: boolean }> {
    const outcomes: FileOutcome<T>[] = [];
    this.running = true;
    this.cancelled = false;
    this.stop.disabled = false;
    this.el.hidden = false;
    // The Cancel button in view, as the reading starts.
    if (this.el.isConnected) this.el.scrollIntoView({ block: "nearest" });
    try {
      for (const [k, file] of files.entries()) {
        if (this.cancelled) break;
        const line = (progress: string) =>
          files.length > 1
            ? t("scan.lineMany", { k: k + 1, count: files.length, name: file.name, progress })
            : t("scan.lineOne", { name: file.name, progress });
        const big = tooLarge(file.size);
        if (big) {
          outcomes.push({ file, error: big });
          continue;
        }
        this.show(line, { stage: "opening" });
        const progress = new Channel<ScanProgress>((p) => {
          // Leaving the screen, however it is left, stops the scan at its next step.
          if (!this.el.isConnected) this.cancel();
          if (!this.cancelled) this.show(line, p);
        });
        this.current = progress.id;
        try {
          const bytes = await file.arrayBuffer().then(
            (b) => new Uint8Array(b),
            () => {
              // Gone, or not readable: the core's `unreadable_file`, in its words.
              throw { kind: "unreadable_file", details: {}, message: english("error.unreadable_file") } satisfies IpcError;
            },
          );
          if (this.cancelled || !this.el.isConnected) {
            this.cancelled = true;
            break;
          }
          outcomes.push({ file, result: await read(bytes, progress) });
        } catch (e) {
          const err: IpcError = asIpcError(e);
          if (err.kind === "scan_cancelled") {
            this.cancelled = true;
            break;
          }
          outcomes.push({ file, error: err });
        } finally {
          this.current = null;
        }
      }
    } finally {
      this.running = false;
      this.el.hidden = true;
    }
    return { outcomes, cancelled: this.cancelled };
  }

  private show(line: (progress: string) => string, p: ScanProgress): void {
    this.line.textContent = line(progressText(p));
    const f = fraction(p);
    if (f === null) this.bar.removeAttribute("value");
    else this.bar.value = Math.min(1, f);
  }
}
