// Recovering a wallet from its cards: add the cards (camera, pictures or typed text) to one
// board → type the passphrase → the wallet is back. The cards are read and checked in Rust;
// the screens hold the board as the app reports it, and the phrase only as a handle, except
// while the person asks to see the words. One module per step: cards.ts, passphrase.ts,
// result.ts; the state they share is in state.ts.
import { api } from "../ipc";
import { homeScreen } from "../home";
import { stepCards } from "./cards";
import { stopReading, type Recovery } from "./state";

/** Starts a recovery with an empty board. */
export async function startRecovery(root: HTMLElement): Promise<void> {
  const board = await api.recoveryReset();
  stepCards({ root, board, way: "camera", passMode: "words" });
}

/** Leaves the recovery: camera off, phrase forgotten, board emptied, back home. */
export async function quit(r: Recovery): Promise<void> {
  stopReading(r);
  if (r.phrase) await api.forgetPhrase(r.phrase.handle).catch(() => undefined);
  r.phrase = undefined;
  await api.recoveryReset().catch(() => undefined);
  await homeScreen(r.root);
}
