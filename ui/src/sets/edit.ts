// The screens that change a recorded set: who keeps its cards, retiring it, and re-issuing
// it (the backup wizard, started from the set). Each goes back to the home screen, read anew.
import { api, LIMITS, messageOf, type SetView } from "../ipc";
import { button, errorBox, h, setError, show } from "../dom";
import { startWizard } from "../wizard";
import { holdersOf, retireCandidates, retireWord, setName, walletOf, type SetsScreen } from "./state";
import { date, t } from "../i18n";

/**
 * A re-issue: the backup wizard for this set's wallet, starting from its holders; the old
 * set is retired when the new one is made. A wallet not saved here is typed in, and must
 * be the same wallet (its fingerprint is checked).
 */
export async function startReissue(sc: SetsScreen, s: SetView): Promise<void> {
  const w = walletOf(s, sc.sets.wallets);
  if (!w) return startWizard(sc.root, { mode: "import" }, s);
  try {
    const phrase = await api.openWallet(w.name);
    startWizard(sc.root, { phrase, walletName: w.name, saved: true }, s);
  } catch (e) {
    await sc.back();
    const err = sc.root.querySelector("#sets-error");
    if (err instanceof HTMLElement) setError(err, messageOf(e));
  }
}

/** Runs `f`, then goes back; a failure is said in `err` instead. */
const thenBack = (sc: SetsScreen, err: HTMLElement, f: () => Promise<unknown>) => async () => {
  setError(err, null);
  try {
    await f();
    await sc.back();
  } catch (e) {
    setError(err, messageOf(e));
  }
};

/** Who keeps each card and where: the record follows the cards as they move. */
export function editHolders(sc: SetsScreen, s: SetView): void {
  const err = errorBox("holders-error");
  const rows = holdersOf(s).map(({ index, holder, place }) => ({
    name: h("input", { id: `edit-holder-${index}`, type: "text", value: holder, maxlength: LIMITS.holderName, "aria-label": t("wizard.cards.holderName", { n: index }) }),
    place: h("input", { id: `edit-place-${index}`, type: "text", value: place, maxlength: LIMITS.place, "aria-label": t("wizard.cards.holderPlace", { n: index }) }),
    index,
  }));
  show(
    sc.root,
    h("h2", {}, t("sets.holders.title", { set: setName(s) })),
    h("p", {}, t("sets.holders.intro", { name: LIMITS.holderName, place: LIMITS.place })),
    h("div", { class: "holder head", "aria-hidden": "true" }, h("span", {}, ""), h("span", {}, t("common.person")), h("span", {}, t("common.place"))),
    h(
      "div",
      { id: "edit-holders", class: "holders" },
      ...rows.map((r) => h("div", { class: "holder" }, h("span", { class: "num" }, t("common.cardN", { n: r.index })), r.name, r.place)),
    ),
    err,
    h(
      "div",
      { class: "actions" },
      button("save-holders", t("common.save"), thenBack(sc, err, () => api.setHolders(s.set_id, rows.map((r) => ({ name: r.name.value, place: r.place.value }))))),
      button("cancel-holders", t("common.cancel"), () => void sc.back(), "secondary"),
    ),
  );
}

/** Retiring a set: named as replaced by a newer set of its wallet, if one is chosen, and
 * confirmed by typing its name. */
export function confirmRetire(sc: SetsScreen, s: SetView, all: SetView[]): void {
  // A re-issue: newer active sets of the same wallet (the list is newest first).
  const candidates = retireCandidates(s, all);
  const choice = h(
    "select",
    { id: "replaced-by" },
    h("option", { value: "" }, t("sets.retireScreen.noNew")),
    ...candidates.map((x) =>
      h("option", { value: x.set_id }, x.label.trim()
        ? t("sets.retireScreen.option", { label: x.label.trim(), made: date(x.made) })
        : t("sets.retireScreen.optionId", { id: x.set_id, made: date(x.made) })),
    ),
  );
  if (candidates.length) choice.value = candidates[0].set_id;
  const input = h("input", { id: "confirm-set-label", type: "text", autocomplete: "off", spellcheck: "false" });
  const err = errorBox("retire-error");
  show(
    sc.root,
    h("h2", {}, t("sets.retireScreen.title", { set: setName(s) })),
    h("p", {}, t("sets.retireScreen.text")),
    h("p", { class: "muted" }, t("sets.retireScreen.instead")),
    ...(candidates.length ? [h("div", {}, h("label", { for: "replaced-by" }, t("sets.retireScreen.which")), choice)] : []),
    h("label", { for: "confirm-set-label" }, t("sets.retireScreen.typeName", { name: retireWord(s) })),
    input,
    h(
      "div",
      { class: "actions" },
      button("confirm-retire", t("sets.retireScreen.confirm"), thenBack(sc, err, () => api.retireSet(s.set_id, input.value, choice.value || null)), "danger"),
      button("cancel-retire", t("sets.retireScreen.keep"), () => void sc.back(), "secondary"),
    ),
    err,
  );
}
