// "Step 2 of 3: Type the passphrase": where a person is in a guided screen (the backup
// wizard, recovery). One line, read out by screen readers as the screen changes.
import { h } from "./dom";
import { t } from "./i18n";

export function stepper(steps: readonly string[], n: number): HTMLElement {
  return h("p", { class: "stepper", id: "step-indicator" }, t("common.stepper", { n, total: steps.length, step: steps[n - 1] }));
}
