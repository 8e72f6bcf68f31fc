// Card intake as every screen that takes cards has it (recovery, the check of printed cards,
// the card check-up): the camera, pictures and scans, and typed text, all read by one set of
// reads (the recovery board's, or the check-up's); every card taken and every refusal
// reported one way, whichever way it came in; and one stop for leaving the screen.
// Recovery shows one way at a time, the checks all three.
import type { Channel } from "@tauri-apps/api/core";
import { api, type IpcError, type ScanProgress, type ScanResult } from "../ipc";
import type { FrameReader } from "../camera";
import type { FileOutcome } from "../scanfile";
import { cameraPart, type Flash } from "./camerapart";
import { filesPart } from "./filespart";
import { typedPart, type TypedPart } from "./typedpart";

export type Way = "camera" | "files" | "typed";

/** How cards are read, whichever way they come in. */
export interface CardReads<T> {
  frame: FrameReader<T>;
  file: (bytes: Uint8Array, progress: Channel<ScanProgress>) => Promise<T>;
  text: (text: string) => Promise<T>;
  /** Keeps a typed card that does not read, to be corrected later (recovery only). */
  keep?: (text: string) => Promise<T>;
}

/** Cards onto the recovery board: recovery, and the check of printed cards. */
export const boardReads: CardReads<ScanResult> = {
  frame: api.recoveryAddFrame,
  file: api.recoveryAddFile,
  text: api.recoveryAddText,
};

/** Where a card, or a refusal, came from. */
export interface From {
  way: Way;
  /** The file's name, for pictures and scans. */
  file?: string;
}

export interface IntakeOptions<T> {
  /** Put before every id: `<prefix>camera-…`, `<prefix>files-…`, `<prefix>card-text`. */
  prefix: string;
  reads: CardReads<T>;
  /** What a card read, or kept as typed, gave. From the camera, it answers the flash to
   * show over the picture, if any. */
  took: (r: T, from: From) => Flash | null | void;
  /** A typed card refused, or a file that gave nothing. */
  refused: (e: IpcError, from: From) => void;
  /** After each batch of files, once every file was taken or refused. */
  filesRead?: (files: File[], outcomes: FileOutcome<T>[], cancelled: boolean) => void;
  /** Start the camera at once (recovery), or wait for its button (the checks). */
  autoStart: boolean;
  /** What to do, above the camera's picture. */
  cameraIntro: string;
  /** The file chooser's label. */
  filesLabel: string;
  /** The typed card's button. */
  addLabel: string;
}

export interface CardIntake {
  /** A new panel of one way in. */
  part: (way: Way) => HTMLElement;
  /** Stops what is reading (camera, files; or only `way`'s): the screen is left, another
   * way chosen, or every card is in. */
  stop: (way?: Way) => void;
  /** Puts a reading of a card's print in the typed box, if the typed panel is shown and
   * holds nothing the person typed (see `TypedPart.fill`); answers whether it went in. */
  fillTyped: (text: string, group: number | null) => boolean;
}

export function cardIntake<T>(o: IntakeOptions<T>): CardIntake {
  const stops = new Map<Way, () => void>();
  let fill: TypedPart["fill"] | null = null;
  const makers: Record<Way, () => HTMLElement> = {
    camera: () => {
      const cam = cameraPart({
        id: `${o.prefix}camera`,
        read: o.reads.frame,
        onFrame: (r: T) => o.took(r, { way: "camera" }) ?? null,
        autoStart: o.autoStart,
        intro: o.cameraIntro,
      });
      stops.set("camera", cam.stop);
      return cam.el;
    },
    files: () => {
      const files = filesPart({
        id: `${o.prefix}files`,
        read: o.reads.file,
        label: o.filesLabel,
        onRead: (list, outcomes, cancelled) => {
          for (const x of outcomes) {
            const from: From = { way: "files", file: x.file.name };
            if ("result" in x) o.took(x.result, from);
            else o.refused(x.error, from);
          }
          o.filesRead?.(list, outcomes, cancelled);
        },
      });
      stops.set("files", files.cancel);
      return files.el;
    },
    typed: () => {
      const typed = typedPart({
        prefix: o.prefix,
        add: o.reads.text,
        keep: o.reads.keep,
        addLabel: o.addLabel,
        took: (r: T) => void o.took(r, { way: "typed" }),
        refused: (e: IpcError) => o.refused(e, { way: "typed" }),
      });
      fill = typed.fill;
      return typed.el;
    },
  };
  return {
    part: (way) => {
      stops.get(way)?.();
      return makers[way]();
    },
    stop: (way) => stops.forEach((stop, w) => (way === undefined || way === w) && stop()),
    fillTyped: (text, group) => fill?.(text, group) ?? false,
  };
}
