// One recovery in progress, as the screens share it: the board as the app last reported
// it, the way of adding cards chosen, the camera or file reading under way (stopped when the
// screen changes), and the phrase only as a handle. The cards are read and checked in Rust.
import type { BoardView, CorrectionView, PhraseView } from "../ipc";
import type { Way } from "../intake/cardintake";
import { stepper } from "../stepper";
import { t } from "../i18n";

export type { Way };

export interface Recovery {
  root: HTMLElement;
  board: BoardView;
  way: Way;
  /** Stops what is reading cards (camera, files), if anything. */
  stopReading?: () => void;
  phrase?: PhraseView;
  /** The typed cards Heirloom corrected to open the wallet, to show with it. */
  corrections?: CorrectionView[];
  /** The typed cards that could not be corrected and were not needed (card numbers, null
   * when unknown), to say so with the wallet. */
  leftOut?: (number | null)[];
  /** The passphrase entry chosen last: six list words, or free text. */
  passMode: "words" | "text";
}

export const step = (n: number): HTMLElement =>
  stepper([t("recovery.step.cards"), t("recovery.step.passphrase"), t("recovery.step.wallet")], n);

export function stopReading(r: Recovery): void {
  r.stopReading?.();
  r.stopReading = undefined;
}
