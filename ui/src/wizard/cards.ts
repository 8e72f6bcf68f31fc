// Step 3 of the backup wizard: how many cards, how many needed, the set's label and who
// keeps each card.
import { LIMITS, messageOf, type IpcError } from "../ipc";
import { date, sentences, t } from "../i18n";
import { button, errorBox, h, setError, show } from "../dom";
import { setName } from "../sets";
import { stepPassphrase } from "./passphrase";
import { type Wizard, cancelButton, stepper } from "./index";
import { cardsChosen, chooseTN, saferTN } from "./state";

/** What any T of N means, in words. */
export function tnSentence(need: number, n: number): string {
  const lost = n - need;
  return sentences(
    t("wizard.cards.tn.any", { t: need, n }),
    t("wizard.cards.tn.reveal", { count: need - 1 }),
    lost === 0 ? t("wizard.cards.tn.noneLost") : t("wizard.cards.tn.lost", { count: lost }),
  );
}

/** One row of holders: who keeps card k+1, and where; typing changes `hd`. */
function holderRow(hd: { name: string; place: string }, k: number): HTMLElement {
  const nm = h("input", { id: `holder-${k + 1}`, type: "text", value: hd.name, maxlength: LIMITS.holderName, "aria-label": t("wizard.cards.holderName", { n: k + 1 }) });
  const pl = h("input", { id: `place-${k + 1}`, type: "text", value: hd.place, maxlength: LIMITS.place, "aria-label": t("wizard.cards.holderPlace", { n: k + 1 }) });
  nm.addEventListener("input", () => (hd.name = nm.value));
  pl.addEventListener("input", () => (hd.place = pl.value));
  return h("div", { class: "holder" }, h("span", { class: "num" }, t("common.cardN", { n: k + 1 })), nm, pl);
}

/** The holders' heading, what it is for, and their rows under column names. */
function holdersSection(rows: HTMLElement): HTMLElement[] {
  return [
    h("h3", {}, t("wizard.cards.holdersTitle")),
    h("p", { class: "muted", id: "holders-hint" }, t("wizard.cards.holdersHint", { name: LIMITS.holderName, place: LIMITS.place })),
    h("div", { class: "holder head", "aria-hidden": "true" }, h("span", {}, ""), h("span", {}, t("common.person")), h("span", {}, t("common.place"))),
    rows,
  ];
}

/** The set's label to start from: the wallet's name and the year, never the old set's. */
function defaultLabel(w: Wizard): string {
  // The year as text: a number would be written "2,026" in some languages.
  const named = t("wizard.cards.defaultLabel", { wallet: w.walletName ?? t("wizard.cards.defaultWallet"), year: String(new Date().getFullYear()) });
  // A re-issue in the year of the old set must not take its very name.
  const label = w.replaces && named === w.replaces.label.trim() ? t("wizard.cards.newSetLabel", { label: named }) : named;
  // A long wallet name must not make a label Rust refuses.
  return Array.from(label).slice(0, LIMITS.label).join("");
}

/** The field a refused label, name or place is in: the first whose text holds the
 * character that cannot be printed, else the first of that kind. */
function fieldOf(root: HTMLElement, e: IpcError): HTMLInputElement | null {
  if (e.kind !== "unprintable" && e.kind !== "text_too_long" && e.kind !== "control_character") return null;
  const css = e.details.field === "label" ? "#set-label" : e.details.field === "place" ? "[id^=place-]" : "[id^=holder-]";
  const fields = Array.from(root.querySelectorAll<HTMLInputElement>(css));
  const ch = e.kind === "unprintable" ? e.details.character : null;
  return fields.find((f) => (ch ? f.value.includes(ch) : f.value.length > 0)) ?? fields[0] ?? null;
}

/** Step 3; `problem`: a label, name or place refused when the cards were to be made. */
export function stepCards(w: Wizard, problem?: IpcError): void {
  if (!w.label) w.label = defaultLabel(w);
  const nSel = h("select", { id: "card-count" }, ...range(2, 16).map((n) => h("option", { value: String(n), selected: n === w.count }, String(n))));
  const tSel = h("select", { id: "threshold" });
  const sentence = h("p", { id: "tn-sentence", class: "explain" });
  const holders = h("div", { id: "holders", class: "holders" });
  const label = h("input", { id: "set-label", type: "text", value: w.label, maxlength: LIMITS.label });
  const err = errorBox("cards-error");

  // T = N: one lost card loses the wallet. It takes an explicit acknowledgement, and the
  // safer choice is offered beside it.
  const allBox = h("div", { id: "all-cards-box", class: "notice", hidden: true });
  const next = button("cards-next", t("common.continue"), () => {
    w.label = label.value;
    void stepPassphrase(w);
  });
  const allNeeded = (): void => {
    const n = w.count;
    const ack = h("input", { type: "checkbox", id: "all-cards-ack", checked: w.allCardsNeeded });
    ack.addEventListener("change", () => {
      w.allCardsNeeded = ack.checked;
      next.disabled = !cardsChosen(w);
    });
    const safer = saferTN(n);
    const fewer = safer.count === n;
    const saferButton = button(fewer ? "use-fewer" : "use-more", fewer ? t("wizard.cards.useFewer", { t: safer.threshold, n }) : t("wizard.cards.useMore"), () => {
      nSel.value = String(safer.count);
      w.threshold = safer.threshold;
      refresh();
    }, "secondary");
    allBox.replaceChildren(
      h("p", { role: "alert" }, t("wizard.cards.allNeeded", { n })),
      h("label", { class: "check" }, ack, ` ${t("wizard.cards.allAck")}`),
      h("div", { class: "actions" }, saferButton),
    );
  };
  const refresh = () => {
    chooseTN(w, Number(nSel.value), w.threshold);
    tSel.replaceChildren(...range(2, w.count).map((k) => h("option", { value: String(k), selected: k === w.threshold }, String(k))));
    sentence.textContent = tnSentence(w.threshold, w.count);
    allBox.hidden = w.threshold !== w.count;
    if (!allBox.hidden) allNeeded();
    next.disabled = !cardsChosen(w);
    holders.replaceChildren(...w.holders.map(holderRow));
  };
  nSel.addEventListener("change", refresh);
  tSel.addEventListener("change", () => {
    w.threshold = Number(tSel.value);
    refresh();
  });
  refresh();

  show(
    w.root,
    stepper(3),
    h("h2", {}, t("wizard.cards.title")),
    reissueNote(w),
    h("div", { class: "tn" }, h("label", { for: "card-count" }, `${t("wizard.cards.countLabel")} `), nSel, h("label", { for: "threshold" }, ` ${t("wizard.cards.thresholdLabel")} `), tSel),
    sentence,
    allBox,
    ...holdersSection(holders),
    h("label", { for: "set-label" }, t("wizard.cards.labelLabel", { limit: LIMITS.label })),
    label,
    err,
    h("div", { class: "actions" }, next, cancelButton(w)),
  );
  if (problem) showProblem(w.root, err, problem);
}

/** Says why a label, name or place was refused, at the field it is in. */
function showProblem(root: HTMLElement, err: HTMLElement, problem: IpcError): void {
  setError(err, messageOf(problem));
  const field = fieldOf(root, problem);
  field?.classList.add("bad");
  field?.focus();
}

/** On a re-issue, which set is being replaced and what will happen to it. */
export function reissueNote(w: Wizard): HTMLElement | null {
  const old = w.replaces;
  if (!old) return null;
  return h(
    "p",
    { id: "reissue-note", class: "notice" },
    sentences(
      t("wizard.reissue.note", { set: setName(old), made: date(old.made), t: old.threshold, n: old.count }),
      !w.phrase && t("wizard.reissue.typePhrase"),
    ),
  );
}

export function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
