// The record of backup sets on the home screen: each set with its holders and check-up
// status, a reminder when a set is due, retiring a set, card check-ups, and the record's
// export and import. Only public bookkeeping crosses here; no phrase, no passphrase.
import { api, LIMITS, messageOf, type SetView, type SetsView, type WalletView } from "./ipc";
import { button, dialogButton, errorBox, h, setError, show } from "./dom";
import { startWizard } from "./wizard";
import { startVerify } from "./verify";
import { checkScreen } from "./checkup";
import { date, sentences, t } from "./i18n";

/** How a set is named to a person: its label, else its id. */
export function setName(s: { label: string | null; set_id: string }): string {
  return s.label?.trim() ? t("sets.name.label", { label: s.label }) : t("sets.name.id", { id: s.set_id });
}

/** The reminder periods offered, in days (each with its words in the catalogue). */
const INTERVALS = [91, 182, 365, 730] as const;

/** How a person says a reminder period. */
function months(days: number): string {
  const known = INTERVALS.find((d) => d === days);
  return known ? t(`sets.interval.${known}`) : t("sets.interval.days", { days });
}

/** The choice of reminder period; the record keeps it. */
function intervalChoice(current: number, err: HTMLElement, back: () => Promise<void>): HTMLElement {
  const days: number[] = [...INTERVALS];
  if (!days.includes(current)) days.push(current);
  const select = h(
    "select",
    { id: "check-interval" },
    ...days.map((d) => h("option", { value: String(d), selected: d === current }, months(d))),
  );
  select.addEventListener("change", async () => {
    setError(err, null);
    try {
      await api.setCheckInterval(Number(select.value));
      await back();
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
  const w = wallets.find((x) => x.fingerprint === s.fingerprint);
  if (w) return t("sets.wallet.saved", { name: w.name, fingerprint: s.fingerprint });
  return s.wallet.trim()
    ? t("sets.wallet.namedElsewhere", { name: s.wallet, fingerprint: s.fingerprint })
    : t("sets.wallet.elsewhere", { fingerprint: s.fingerprint });
}

function setItem(root: HTMLElement, s: SetView, all: SetView[], wallets: WalletView[], interval: number, back: () => Promise<void>): HTMLElement {
  const replacement = all.find((x) => x.set_id === s.replaced_by);
  const retired = s.status === "retired";
  const holders = h("ol", { class: "holders" });
  for (const c of s.cards) {
    const who = [c.holder, c.place].filter((x) => x.trim()).join(t("common.listSeparator")) || t("sets.holder.nobody");
    holders.append(
      h(
        "li",
        { class: "holder", "data-card": String(c.index) },
        h("span", { class: "holder-card" }, `${t("sets.holder.card", { n: c.index })} `),
        h("span", { class: "holder-name" }, who),
        h("span", { class: "muted small" }, ` ${c.last_checked ? t("sets.holder.lastChecked", { date: date(c.last_checked) }) : t("sets.holder.notChecked")}`),
      ),
    );
  }
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
    h("p", { class: "set-facts muted small" }, t("sets.facts.wallet", { wallet: walletLine(s, wallets), id: s.set_id })),
    h(
      "p",
      { class: "set-facts muted small" },
      `${s.verified_on ? t("sets.facts.verified", { date: date(s.verified_on) }) : t("sets.facts.notVerified")} · ${s.last_check ? t("sets.facts.checkup", { date: date(s.last_check) }) : t("sets.facts.noCheckup")}`,
    ),
    s.needs_check
      ? h(
          "p",
          { class: "notice reminder", role: "status" },
          t("sets.reminder", { period: months(interval) }),
        )
      : null,
    holders,
    replacementNote(s, all),
    retired
      ? h(
          "p",
          { class: "muted small" },
          sentences(replacement && t("sets.retired.replacedBy", { set: setName(replacement) }), t("sets.retired.stillWorks")),
        )
      : null,
    h(
      "div",
      { class: "actions" },
      retired || s.verified_on
        ? null
        : button(`verify-${s.set_id}`, t("common.checkPrinted"), () => void startVerify(root, s, () => void back(), () => void back()), "secondary"),
      button(`holders-${s.set_id}`, t("sets.changeHolders"), () => editHolders(root, s, back), "secondary"),
      retired ? null : button(`reissue-${s.set_id}`, t("sets.reissue"), () => void startReissue(root, s, wallets, back), "secondary"),
      retired ? null : button(`retire-${s.set_id}`, t("sets.retire"), () => confirmRetire(root, s, all, back), "quiet"),
    ),
  );
}

/**
 * A re-issue: the backup wizard for this set's wallet, starting from its holders; the old
 * set is retired when the new one is made. A wallet not saved here is typed in, and must
 * be the same wallet (its fingerprint is checked).
 */
async function startReissue(root: HTMLElement, s: SetView, wallets: WalletView[], back: () => Promise<void>): Promise<void> {
  const w = wallets.find((x) => x.fingerprint === s.fingerprint);
  if (!w) return startWizard(root, { mode: "import" }, s);
  try {
    const phrase = await api.openWallet(w.name);
    startWizard(root, { phrase, walletName: w.name, saved: true }, s);
  } catch (e) {
    await back();
    const err = root.querySelector("#sets-error");
    if (err instanceof HTMLElement) setError(err, messageOf(e));
  }
}

/** Who keeps each card and where: the record follows the cards as they move. */
function editHolders(root: HTMLElement, s: SetView, back: () => Promise<void>): void {
  const err = errorBox("holders-error");
  const rows = Array.from({ length: s.count }, (_, k) => {
    const index = k + 1;
    const c = s.cards.find((x) => x.index === index);
    return {
      name: h("input", { id: `edit-holder-${index}`, type: "text", value: c?.holder ?? "", maxlength: LIMITS.holderName, "aria-label": t("wizard.cards.holderName", { n: index }) }),
      place: h("input", { id: `edit-place-${index}`, type: "text", value: c?.place ?? "", maxlength: LIMITS.place, "aria-label": t("wizard.cards.holderPlace", { n: index }) }),
      index,
    };
  });
  show(
    root,
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
      button("save-holders", t("common.save"), async () => {
        setError(err, null);
        try {
          await api.setHolders(s.set_id, rows.map((r) => ({ name: r.name.value, place: r.place.value })));
          await back();
        } catch (e) {
          setError(err, messageOf(e));
        }
      }),
      button("cancel-holders", t("common.cancel"), () => void back(), "secondary"),
    ),
  );
}

/** The record of sets for the home screen, or why it could not be read. */
export async function loadSets(): Promise<{ view: SetsView | null; problem: string | null }> {
  try {
    return { view: await api.listSets(), problem: null };
  } catch (e) {
    return { view: null, problem: messageOf(e) };
  }
}

/** Under a wallet's name: its sets, newest first, each with its status. */
export function walletSets(fingerprint: string, view: SetsView | null): HTMLElement {
  const mine = (view?.sets ?? []).filter((s) => s.fingerprint === fingerprint);
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

/** The "Your backup sets" panel of the home screen. */
export function setsPanel(
  root: HTMLElement,
  wallets: WalletView[],
  loaded: { view: SetsView | null; problem: string | null },
  back: () => Promise<void>,
): HTMLElement {
  const err = errorBox("sets-error");
  const status = h("p", { id: "sets-status", class: "muted", role: "status" });
  const view = loaded.view;
  setError(err, loaded.problem);
  const sets = view?.sets ?? [];
  const list = h("ul", { id: "set-list", class: "sets" });
  for (const s of sets) list.append(setItem(root, s, sets, wallets, view?.interval_days ?? 365, back));

  const exportRecord = async () => {
    setError(err, null);
    try {
      // Rust asks where, in the native save dialog; closed, nothing happens.
      const saved = await api.exportRecord();
      if (!saved) return;
      status.textContent = t("sets.exported", { count: sets.length, place: saved.place });
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
      await back();
      const s = root.querySelector("#sets-status");
      if (s) s.textContent = t("sets.imported", { count: r.added, updated: r.updated });
      const k = keptAsideNotice(r.kept_aside);
      if (k) root.querySelector("#set-list")?.before(k);
    } catch (e) {
      setError(err, messageOf(e));
    }
  };

  return h(
    "section",
    { class: "panel sets-panel", "aria-labelledby": "sets-heading" },
    h("h3", { id: "sets-heading" }, t("sets.heading")),
    keptAsideNotice(view?.kept_aside ?? null),
    dueNotice(sets),
    sets.length ? list : h("p", { id: "no-sets", class: "muted" }, t("sets.none")),
    sets.length && view ? intervalChoice(view.interval_days, err, back) : null,
    h(
      "div",
      { class: "actions" },
      button("start-check", t("sets.checkCard"), () => checkScreen(root, back)),
      dialogButton("export-record", t("sets.export"), exportRecord, "secondary"),
      dialogButton("import-record", t("sets.import"), importRecord, "secondary"),
    ),
    status,
    err,
  );
}

/**
 * A re-issue in progress: both sets stay active until the new one is verified, and the
 * person must know which cards to keep.
 */
function replacementNote(s: SetView, all: SetView[]): HTMLElement | null {
  if (s.status !== "active") return null;
  const old = all.find((x) => x.set_id === s.replaces);
  if (old && !s.verified_on && old.status === "active") {
    return h(
      "p",
      { class: "notice replacement-note" },
      t("sets.replacing", { old: setName(old) }),
    );
  }
  const newer = all.find((x) => x.replaces === s.set_id && x.status === "active" && !x.verified_on);
  if (newer) {
    return h(
      "p",
      { class: "notice replacement-note" },
      t("sets.beingReplaced", { set: setName(newer) }),
    );
  }
  return null;
}

/**
 * Sets whose printed cards were never checked, for the top of the home screen: a set is
 * done only once it is verified.
 */
export function unfinishedPanel(root: HTMLElement, view: SetsView | null, back: () => Promise<void>): HTMLElement | null {
  const open = (view?.sets ?? []).filter((s) => s.status === "active" && !s.verified_on);
  if (!open.length) return null;
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
          button(`finish-${s.set_id}`, t("common.checkPrinted"), () => void startVerify(root, s, () => void back(), () => void back()), "secondary"),
        ),
      ),
    ),
  );
}

/** A line at the top of the panel, so that a reminder further down the list is not missed. */
function dueNotice(sets: SetView[]): HTMLElement | null {
  const due = sets.filter((s) => s.needs_check);
  if (!due.length) return null;
  const names = due.map(setName).join(t("common.listSeparator"));
  return h(
    "p",
    { id: "sets-due", class: "notice", role: "status" },
    t("sets.due", { count: due.length, names }),
  );
}

function confirmRetire(root: HTMLElement, s: SetView, all: SetView[], back: () => Promise<void>): void {
  // A re-issue: newer active sets of the same wallet (the list is newest first).
  const candidates = all.filter((x) => x.set_id !== s.set_id && x.status === "active" && x.fingerprint === s.fingerprint);
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
  const expected = s.label.trim() || s.set_id;
  const input = h("input", { id: "confirm-set-label", type: "text", autocomplete: "off", spellcheck: "false" });
  const err = errorBox("retire-error");
  show(
    root,
    h("h2", {}, t("sets.retireScreen.title", { set: setName(s) })),
    h("p", {}, t("sets.retireScreen.text")),
    h("p", { class: "muted" }, t("sets.retireScreen.instead")),
    ...(candidates.length ? [h("div", {}, h("label", { for: "replaced-by" }, t("sets.retireScreen.which")), choice)] : []),
    h("label", { for: "confirm-set-label" }, t("sets.retireScreen.typeName", { name: expected })),
    input,
    h(
      "div",
      { class: "actions" },
      button("confirm-retire", t("sets.retireScreen.confirm"), async () => {
        try {
          await api.retireSet(s.set_id, input.value, choice.value || null);
          await back();
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "danger"),
      button("cancel-retire", t("sets.retireScreen.keep"), () => void back(), "secondary"),
    ),
    err,
  );
}
