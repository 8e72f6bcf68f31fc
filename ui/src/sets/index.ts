// The record of backup sets on the home screen: each set with its holders and check-up
// status, a reminder when a set is due, retiring a set, card check-ups, and the record's
// export and import. Only public bookkeeping crosses here; no phrase, no passphrase. The
// state is in state.ts; this module and edit.ts render it.
import { api, messageOf, type SetView, type WalletView } from "../ipc";
import { button, dialogButton, errorBox, h, setError } from "../dom";
import { startVerify } from "../verify";
import { checkScreen } from "../checkup";
import { confirmRetire, editHolders, startReissue } from "./edit";
import {
  allSets,
  due,
  intervalChoices,
  intervalOf,
  INTERVALS,
  readSets,
  reissueOf,
  setName,
  setsOfWallet,
  unfinished,
  walletOf,
  type Sets,
  type SetsScreen,
} from "./state";
import { date, sentences, t } from "../i18n";

export { setName, type Sets };

/** The record of sets for the home screen, or why it could not be read. */
export const loadSets = (wallets: WalletView[]): Promise<Sets> => readSets(api.listSets, wallets);

/** How a person says a reminder period. */
function months(days: number): string {
  const known = INTERVALS.find((d) => d === days);
  return known ? t(`sets.interval.${known}`) : t("sets.interval.days", { days });
}

/** The choice of reminder period; the record keeps it. */
function intervalChoice(sc: SetsScreen, current: number, err: HTMLElement): HTMLElement {
  const select = h(
    "select",
    { id: "check-interval" },
    ...intervalChoices(current).map((d) => h("option", { value: String(d), selected: d === current }, months(d))),
  );
  select.addEventListener("change", async () => {
    setError(err, null);
    try {
      await api.setCheckInterval(Number(select.value));
      await sc.back();
    } catch (e) {
      setError(err, messageOf(e));
    }
  });
  return h("p", { class: "interval" }, h("label", { for: "check-interval" }, `${t("sets.interval.label")} `), select);
}

export function keptAsideNotice(path: string | null): HTMLElement | null {
  if (!path) return null;
  return h(
    "p",
    { id: "record-kept-aside", class: "notice", role: "alert" },
    t("sets.keptAside", { path }),
  );
}

function walletLine(s: SetView, wallets: WalletView[]): string {
  const w = walletOf(s, wallets);
  if (w) return t("sets.wallet.saved", { name: w.name, fingerprint: s.fingerprint });
  return s.wallet.trim()
    ? t("sets.wallet.namedElsewhere", { name: s.wallet, fingerprint: s.fingerprint })
    : t("sets.wallet.elsewhere", { fingerprint: s.fingerprint });
}

/** The check of a set's printed cards, back to the home screen either way. */
const verifySet = (sc: SetsScreen, s: SetView) => () =>
  void startVerify(sc.root, s, { back: () => void sc.back(), done: () => void sc.back() });

function holdersList(s: SetView): HTMLElement {
  return h(
    "ol",
    { class: "holders" },
    ...s.cards.map((c) =>
      h(
        "li",
        { class: "holder", "data-card": String(c.index) },
        h("span", { class: "holder-card" }, `${t("sets.holder.card", { n: c.index })} `),
        h("span", { class: "holder-name" }, [c.holder, c.place].filter((x) => x.trim()).join(t("common.listSeparator")) || t("sets.holder.nobody")),
        h("span", { class: "muted small" }, ` ${c.last_checked ? t("sets.holder.lastChecked", { date: date(c.last_checked) }) : t("sets.holder.notChecked")}`),
      ),
    ),
  );
}

function setItem(sc: SetsScreen, s: SetView): HTMLElement {
  const all = allSets(sc.sets);
  const replacement = all.find((x) => x.set_id === s.replaced_by);
  const retired = s.status === "retired";
  return h(
    "li",
    { class: `set${retired ? " retired" : ""}`, "data-set": s.set_id },
    h(
      "div",
      { class: "set-head" },
      h("span", { class: "set-label" }, s.label.trim() || t("sets.unnamed")),
      h("span", { class: `badge ${retired ? "badge-retired" : "badge-active"}` }, retired ? t("sets.badge.retired", { date: date(s.retired_on ?? "") }) : t("sets.badge.active")),
    ),
    h("p", { class: "set-facts" }, t("sets.facts.made", { made: date(s.made), t: s.threshold, n: s.count })),
    h("p", { class: "set-facts muted small" }, t("sets.facts.wallet", { wallet: walletLine(s, sc.sets.wallets), id: s.set_id })),
    h(
      "p",
      { class: "set-facts muted small" },
      `${s.verified_on ? t("sets.facts.verified", { date: date(s.verified_on) }) : t("sets.facts.notVerified")} · ${s.last_check ? t("sets.facts.checkup", { date: date(s.last_check) }) : t("sets.facts.noCheckup")}`,
    ),
    s.needs_check ? h("p", { class: "notice reminder", role: "status" }, t("sets.reminder", { period: months(intervalOf(sc.sets)) })) : null,
    holdersList(s),
    replacementNote(s, all),
    retired
      ? h("p", { class: "muted small" }, sentences(replacement && t("sets.retired.replacedBy", { set: setName(replacement) }), t("sets.retired.stillWorks")))
      : null,
    h(
      "div",
      { class: "actions" },
      retired || s.verified_on ? null : button(`verify-${s.set_id}`, t("common.checkPrinted"), verifySet(sc, s), "secondary"),
      button(`holders-${s.set_id}`, t("sets.changeHolders"), () => editHolders(sc, s), "secondary"),
      retired ? null : button(`reissue-${s.set_id}`, t("sets.reissue"), () => void startReissue(sc, s), "secondary"),
      retired ? null : button(`retire-${s.set_id}`, t("sets.retire"), () => confirmRetire(sc, s, all), "quiet"),
    ),
  );
}

/** Under a wallet's name: its sets, newest first, each with its status. */
export function walletSets(fingerprint: string, sets: Sets): HTMLElement {
  const mine = setsOfWallet(sets, fingerprint);
  return h(
    "span",
    { class: "wallet-sets muted small" },
    mine.length
      ? t("sets.ofWallet", { list: mine.map(setOfWallet).join(" · ") })
      : t("sets.ofWallet.none"),
  );
}

/** A set as listed under its wallet's name: "“Family 2026” (active, check-up due)". */
function setOfWallet(s: SetView): string {
  const status = s.status === "retired" ? t("sets.status.retired") : t("sets.status.active");
  return t(s.needs_check ? "sets.ofWallet.itemDue" : "sets.ofWallet.item", { set: setName(s), status });
}

/** Exporting and importing the record; what they did is said in `status`, a failure in `err`. */
function recordButtons(sc: SetsScreen, status: HTMLElement, err: HTMLElement): HTMLElement[] {
  const exportRecord = async () => {
    setError(err, null);
    try {
      // Rust asks where, in the native save dialog; closed, nothing happens.
      const saved = await api.exportRecord();
      if (!saved) return;
      status.textContent = t("sets.exported", { count: allSets(sc.sets).length, place: saved.place });
    } catch (e) {
      setError(err, messageOf(e));
    }
  };
  const importRecord = async () => {
    setError(err, null);
    try {
      // Rust asks which file, in the native open dialog; closed, nothing happens.
      const r = await api.importRecord();
      if (!r) return;
      await sc.back();
      const s = sc.root.querySelector("#sets-status");
      if (s) s.textContent = t("sets.imported", { count: r.added, updated: r.updated });
      const k = keptAsideNotice(r.kept_aside);
      if (k) sc.root.querySelector("#set-list")?.before(k);
    } catch (e) {
      setError(err, messageOf(e));
    }
  };
  return [
    dialogButton("export-record", t("sets.export"), exportRecord, "secondary"),
    dialogButton("import-record", t("sets.import"), importRecord, "secondary"),
  ];
}

/** The "Your backup sets" panel of the home screen. */
export function setsPanel(root: HTMLElement, sets: Sets, back: () => Promise<void>): HTMLElement {
  const sc: SetsScreen = { root, back, sets };
  const err = errorBox("sets-error");
  const status = h("p", { id: "sets-status", class: "muted", role: "status" });
  setError(err, sets.problem);
  const all = allSets(sets);
  return h(
    "section",
    { class: "panel sets-panel", "aria-labelledby": "sets-heading" },
    h("h3", { id: "sets-heading" }, t("sets.heading")),
    keptAsideNotice(sets.view?.kept_aside ?? null),
    dueNotice(sets),
    all.length ? h("ul", { id: "set-list", class: "sets" }, ...all.map((s) => setItem(sc, s))) : h("p", { id: "no-sets", class: "muted" }, t("sets.none")),
    all.length && sets.view ? intervalChoice(sc, sets.view.interval_days, err) : null,
    h("div", { class: "actions" }, button("start-check", t("sets.checkCard"), () => checkScreen(root, back)), ...recordButtons(sc, status, err)),
    status,
    err,
  );
}

/**
 * A re-issue in progress: both sets stay active until the new one is verified, and the
 * person must know which cards to keep.
 */
function replacementNote(s: SetView, all: SetView[]): HTMLElement | null {
  const r = reissueOf(s, all);
  if (!r) return null;
  const text = r.kind === "replacing" ? t("sets.replacing", { old: setName(r.set) }) : t("sets.beingReplaced", { set: setName(r.set) });
  return h("p", { class: "notice replacement-note" }, text);
}

/**
 * Sets whose printed cards were never checked, for the top of the home screen: a set is
 * done only once it is verified.
 */
export function unfinishedPanel(root: HTMLElement, sets: Sets, back: () => Promise<void>): HTMLElement | null {
  const open = unfinished(sets);
  if (!open.length) return null;
  const sc: SetsScreen = { root, back, sets };
  return h(
    "section",
    { id: "unfinished", class: "panel unfinished", "aria-labelledby": "unfinished-heading" },
    h("h3", { id: "unfinished-heading" }, t("sets.unfinished.heading", { count: open.length })),
    h("p", {}, t("sets.unfinished.text")),
    h(
      "ul",
      { class: "sets" },
      ...open.map((s) =>
        h(
          "li",
          { class: "set", "data-unfinished": s.set_id },
          h("span", { class: "set-label" }, `${s.label.trim() || t("sets.unnamed")} `),
          h("span", { class: "muted small" }, `${t(s.replaces ? "sets.unfinished.factsReplaces" : "sets.unfinished.facts", { made: date(s.made), t: s.threshold, n: s.count })} `),
          button(`finish-${s.set_id}`, t("common.checkPrinted"), verifySet(sc, s), "secondary"),
        ),
      ),
    ),
  );
}

/** A line at the top of the panel, so that a reminder further down the list is not missed. */
function dueNotice(sets: Sets): HTMLElement | null {
  const dueSets = due(sets);
  if (!dueSets.length) return null;
  const names = dueSets.map(setName).join(t("common.listSeparator"));
  return h(
    "p",
    { id: "sets-due", class: "notice", role: "status" },
    t("sets.due", { count: dueSets.length, names }),
  );
}
