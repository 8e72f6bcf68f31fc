// The "make a backup" wizard: phrase → save → cards and holders → passphrase → key
// derivation → cards ready, one module a step. The phrase itself stays in Rust; the wizard
// only ever holds a handle, except on the screens that must show or take words, which
// clear them on leaving. The state the steps share is in state.ts; this module holds what
// every step can do: say where it is, leave (forgetting the phrase and passphrases it
// holds), and show a failure.
import { api, isTimedOut, messageOf, type SetView } from "../ipc";
import { button, h, setError, show } from "../dom";
import { homeScreen } from "../home";
import { stepper as sharedStepper } from "../stepper";
import { stepCards } from "./cards";
import { stepPhrase } from "./phrase";
import { leftWizard, newWizard, type Start, type Wizard } from "./state";
import { t } from "../i18n";

export type { Wizard };

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
export function startWizard(root: HTMLElement, start: Start, replaces?: SetView): void {
  const w = newWizard(root, start, replaces);
  if (w.mode === "existing") stepCards(w);
  else stepPhrase(w);
}

export const stepper = (n: number): HTMLElement => sharedStepper(steps(), n);

export async function leave(w: Wizard): Promise<void> {
  const held = leftWizard(w);
  if (held.phrase) await api.forgetPhrase(held.phrase).catch(() => undefined);
  // The passphrases made on the way (a generated one may have been set aside for a chosen
  // one): no later screen needs them, so none stays in the app's memory.
  for (const handle of held.passphrases) await api.forgetPassphrase(handle).catch(() => undefined);
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
