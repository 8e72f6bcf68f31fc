// The "make a backup" wizard: phrase → save → cards and holders → passphrase → key
// derivation → cards ready, one module a step. The phrase itself stays in Rust; the wizard
// only ever holds a handle, except on the screens that must show or take words, which
// clear them on leaving. This module holds the state the steps share, and what every step
// can do: say where it is, leave (forgetting the phrase and passphrases it holds), and show
// a failure.
import {
  api,
  isTimedOut,
  messageOf,
  type BackupView,
  type Holder,
  type PhraseView,
  type SetView,
} from "../ipc";
import { button, h, setError, show } from "../dom";
import { homeScreen } from "../home";
import { stepper as sharedStepper } from "../stepper";
import { stepCards } from "./cards";
import { stepPhrase } from "./phrase";
import { t } from "../i18n";

export interface Wizard {
  root: HTMLElement;
  mode: "new" | "import" | "existing";
  phrase?: PhraseView;
  walletName?: string;
  saved: boolean;
  threshold: number;
  count: number;
  label: string;
  holders: Holder[];
  passphrase?: string;
  /** A re-issue: the recorded set the new one replaces (retired once the new set is made). */
  replaces?: SetView;
  /** Every passphrase handle the wizard was given, to forget when it is left. */
  passphrases: string[];
  /** T = N acknowledged: losing any one card loses the wallet. */
  allCardsNeeded: boolean;
  /** The set made, once the cards exist; left before it is verified, the wizard asks. */
  made?: BackupView;
}

/** The steps' names, in the language of the moment. */
const steps = (): string[] => [
  t("wizard.step.phrase"),
  t("wizard.step.save"),
  t("wizard.step.cards"),
  t("wizard.step.passphrase"),
  t("wizard.step.derive"),
  t("wizard.step.ready"),
];

/**
 * Starts the wizard. With `replaces`, it is a re-issue: a fresh set of that set's wallet,
 * with the same number of cards and the same holders to start from, and the old set
 * retired when the new one is made.
 */
export function startWizard(
  root: HTMLElement,
  start: { mode: "new" | "import" } | { phrase: PhraseView; walletName: string; saved: true },
  replaces?: SetView,
): void {
  const w: Wizard = {
    root,
    mode: "phrase" in start ? "existing" : start.mode,
    phrase: "phrase" in start ? start.phrase : undefined,
    walletName: "phrase" in start ? start.walletName : replaces?.wallet.trim() || undefined,
    saved: "phrase" in start,
    threshold: replaces?.threshold ?? 3,
    count: replaces?.count ?? 5,
    label: "",
    holders: replaces?.cards.map((c) => ({ name: c.holder, place: c.place })) ?? [],
    replaces,
    passphrases: [],
    allCardsNeeded: false,
  };
  if (w.mode === "existing") stepCards(w);
  else stepPhrase(w);
}

export const stepper = (n: number): HTMLElement => sharedStepper(steps(), n);

export async function leave(w: Wizard): Promise<void> {
  if (w.phrase) await api.forgetPhrase(w.phrase.handle).catch(() => undefined);
  w.phrase = undefined;
  // The passphrases made on the way (a generated one may have been set aside for a chosen
  // one): no later screen needs them, so none stays in the app's memory.
  for (const handle of w.passphrases) await api.forgetPassphrase(handle).catch(() => undefined);
  w.passphrases = [];
  w.passphrase = undefined;
  await homeScreen(w.root);
}

export function cancelButton(w: Wizard): HTMLButtonElement {
  return button("cancel", t("common.cancel"), () => void leave(w), "quiet");
}

/**
 * Shows a failure in `err`; when it is the phrase that sat unused too long and was
 * forgotten, the wizard cannot go on: the screen says so and offers to start again.
 */
export function failed(w: Wizard, err: HTMLElement, e: unknown): void {
  if (!isTimedOut(e)) return setError(err, messageOf(e));
  w.phrase = undefined;
  show(
    w.root,
    h("h2", {}, t("common.startAgain")),
    h("p", { id: "timed-out", class: "notice", role: "alert" }, t("wizard.timedOut.notice")),
    h("p", {}, t("wizard.timedOut.explain")),
    h("div", { class: "actions" }, button("start-again", t("common.startAgain"), () => void leave(w))),
  );
}
