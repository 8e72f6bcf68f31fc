// The record of backup sets on the home screen: each set with its holders and check-up
// status, a reminder when a set is due, retiring a set, card check-ups, and the record's
// export and import. Only public bookkeeping crosses here; no phrase, no passphrase.
import { api, LIMITS, messageOf, type SetView, type SetsView, type WalletView } from "./ipc";
import { button, dialogButton, errorBox, h, setError, show } from "./dom";
import { startWizard } from "./wizard";
import { startVerify } from "./verify";
import { checkScreen } from "./checkup";

/** How a set is named to a person: its label, else its id. */
export function setName(s: { label: string | null; set_id: string }): string {
  return s.label?.trim() ? `“${s.label}”` : `set ${s.set_id}`;
}

/** The reminder periods offered, in days, with how a person says them. */
const INTERVALS: [number, string][] = [
  [91, "three months"],
  [182, "six months"],
  [365, "twelve months"],
  [730, "two years"],
];

function months(days: number): string {
  return INTERVALS.find(([d]) => d === days)?.[1] ?? `${days} days`;
}

/** The choice of reminder period; the record keeps it. */
function intervalChoice(current: number, err: HTMLElement, back: () => Promise<void>): HTMLElement {
  const known = INTERVALS.some(([d]) => d === current);
  const options: [number, string][] = known ? INTERVALS : [...INTERVALS, [current, months(current)]];
  const select = h(
    "select",
    { id: "check-interval" },
    ...options.map(([d, name]) => h("option", { value: String(d), selected: d === current }, name)),
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
  return h("p", { class: "interval" }, h("label", { for: "check-interval" }, "Remind me when a set has not been checked for "), select);
}

export function keptAsideNotice(path: string | null): HTMLElement | null {
  if (!path) return null;
  return h(
    "p",
    { id: "record-kept-aside", class: "notice", role: "alert" },
    `Heirloom's list of backup sets on this computer was damaged, so it was set aside and a new, empty list started. Nothing was deleted: the old list is kept in ${path}. Your cards are not affected.`,
  );
}

function walletLine(s: SetView, wallets: WalletView[]): string {
  const w = wallets.find((x) => x.fingerprint === s.fingerprint);
  if (w) return `Wallet “${w.name}” (fingerprint ${s.fingerprint})`;
  const name = s.wallet.trim() ? `“${s.wallet}”, ` : "";
  return `Wallet ${name}fingerprint ${s.fingerprint} — not saved on this computer`;
}

function setItem(root: HTMLElement, s: SetView, all: SetView[], wallets: WalletView[], interval: number, back: () => Promise<void>): HTMLElement {
  const replacement = all.find((x) => x.set_id === s.replaced_by);
  const retired = s.status === "retired";
  const holders = h("ol", { class: "holders" });
  for (const c of s.cards) {
    const who = [c.holder, c.place].filter((x) => x.trim()).join(", ") || "no holder named";
    holders.append(
      h(
        "li",
        { class: "holder", "data-card": String(c.index) },
        h("span", { class: "holder-card" }, `Card ${c.index}: `),
        h("span", { class: "holder-name" }, who),
        h("span", { class: "muted small" }, c.last_checked ? ` — last checked ${c.last_checked}` : " — not checked yet"),
      ),
    );
  }
  return h(
    "li",
    { class: `set${retired ? " retired" : ""}`, "data-set": s.set_id },
    h(
      "div",
      { class: "set-head" },
      h("span", { class: "set-label" }, s.label.trim() || "Unnamed set"),
      h("span", { class: `badge ${retired ? "badge-retired" : "badge-active"}` }, retired ? `Retired on ${s.retired_on}` : "Active"),
    ),
    h("p", { class: "set-facts" }, `Made ${s.made} · any ${s.threshold} of ${s.count} cards recover the wallet`),
    h("p", { class: "set-facts muted small" }, `${walletLine(s, wallets)} · set ${s.set_id}`),
    h(
      "p",
      { class: "set-facts muted small" },
      `${s.verified_on ? `Printed cards checked on ${s.verified_on}` : "Printed cards not checked after printing"} · ${s.last_check ? `last card check-up ${s.last_check}` : "no card check-up yet"}`,
    ),
    s.needs_check
      ? h(
          "p",
          { class: "notice reminder", role: "status" },
          `Time for a check-up: no card of this set has been checked for over ${months(interval)}. Ask each holder to show you their card, and use “Check a card” below.`,
        )
      : null,
    holders,
    replacementNote(s, all),
    retired
      ? h(
          "p",
          { class: "muted small" },
          `${replacement ? `Replaced by ${setName(replacement)}. ` : ""}Its cards still recover the wallet; recovery will warn that a newer set may exist.`,
        )
      : null,
    h(
      "div",
      { class: "actions" },
      retired || s.verified_on
        ? null
        : button(`verify-${s.set_id}`, "Check the printed cards…", () => void startVerify(root, s, () => void back(), () => void back()), "secondary"),
      button(`holders-${s.set_id}`, "Change holders…", () => editHolders(root, s, back), "secondary"),
      retired ? null : button(`reissue-${s.set_id}`, "Replace with a new set…", () => void startReissue(root, s, wallets, back), "secondary"),
      retired ? null : button(`retire-${s.set_id}`, "Retire this set…", () => confirmRetire(root, s, all, back), "quiet"),
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
      name: h("input", { id: `edit-holder-${index}`, type: "text", value: c?.holder ?? "", maxlength: LIMITS.holderName, "aria-label": `Card ${index}: who keeps it` }),
      place: h("input", { id: `edit-place-${index}`, type: "text", value: c?.place ?? "", maxlength: LIMITS.place, "aria-label": `Card ${index}: where it is kept` }),
      index,
    };
  });
  show(
    root,
    h("h2", {}, `Who keeps the cards of ${setName(s)}?`),
    h(
      "p",
      {},
      `When a card changes hands or moves to another place, note it here, so that the family knows whom to ask. This changes only this computer's list: the names printed on the cards stay as they were. A name takes up to ${LIMITS.holderName} characters, a place up to ${LIMITS.place}.`,
    ),
    h("div", { class: "holder head", "aria-hidden": "true" }, h("span", {}, ""), h("span", {}, "Person"), h("span", {}, "Place")),
    h(
      "div",
      { id: "edit-holders", class: "holders" },
      ...rows.map((r) => h("div", { class: "holder" }, h("span", { class: "num" }, `Card ${r.index}`), r.name, r.place)),
    ),
    err,
    h(
      "div",
      { class: "actions" },
      button("save-holders", "Save", async () => {
        setError(err, null);
        try {
          await api.setHolders(s.set_id, rows.map((r) => ({ name: r.name.value, place: r.place.value })));
          await back();
        } catch (e) {
          setError(err, messageOf(e));
        }
      }),
      button("cancel-holders", "Cancel", () => void back(), "secondary"),
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
      ? `Sets: ${mine.map((s) => `${setName(s)} (${s.status}${s.needs_check ? ", check-up due" : ""})`).join(" · ")}`
      : "No backup set of this wallet is recorded here yet.",
  );
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
      status.textContent = `Saved the list of ${sets.length} backup set${sets.length === 1 ? "" : "s"} to ${saved.place}. It holds names and dates, not the wallet.`;
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
      if (s) s.textContent = `Imported: ${r.added} new set${r.added === 1 ? "" : "s"}, ${r.updated} updated.`;
      const k = keptAsideNotice(r.kept_aside);
      if (k) root.querySelector("#set-list")?.before(k);
    } catch (e) {
      setError(err, messageOf(e));
    }
  };

  return h(
    "section",
    { class: "panel sets-panel", "aria-labelledby": "sets-heading" },
    h("h3", { id: "sets-heading" }, "Your backup sets"),
    keptAsideNotice(view?.kept_aside ?? null),
    dueNotice(sets),
    sets.length ? list : h("p", { id: "no-sets", class: "muted" }, "No backup set has been made on this computer yet."),
    sets.length && view ? intervalChoice(view.interval_days, err, back) : null,
    h(
      "div",
      { class: "actions" },
      button("start-check", "Check a card", () => checkScreen(root, back)),
      dialogButton("export-record", "Save this list…", exportRecord, "secondary"),
      dialogButton("import-record", "Add a list from another computer…", importRecord, "secondary"),
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
      `This set replaces ${setName(old)}, but its printed cards are not checked yet. Keep the cards of ${setName(old)} until this set is checked; ${setName(old)} is retired only then.`,
    );
  }
  const newer = all.find((x) => x.replaces === s.set_id && x.status === "active" && !x.verified_on);
  if (newer) {
    return h(
      "p",
      { class: "notice replacement-note" },
      `${setName(newer)} is being made to replace this set, but its printed cards are not checked yet. Keep these cards: they are still the backup to rely on.`,
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
    h("h3", { id: "unfinished-heading" }, open.length === 1 ? "Unfinished: a set whose printed cards are not checked" : `Unfinished: ${open.length} sets whose printed cards are not checked`),
    h("p", {}, "Until the printed cards are brought back and checked with the passphrase from your paper, nobody can be sure they bring the wallet back. Do not hand them out before."),
    h(
      "ul",
      { class: "sets" },
      ...open.map((s) =>
        h(
          "li",
          { class: "set", "data-unfinished": s.set_id },
          h("span", { class: "set-label" }, `${s.label.trim() || "Unnamed set"} `),
          h("span", { class: "muted small" }, `made ${s.made}, any ${s.threshold} of ${s.count}${s.replaces ? ", replaces an older set" : ""} `),
          button(`finish-${s.set_id}`, "Check the printed cards…", () => void startVerify(root, s, () => void back(), () => void back()), "secondary"),
        ),
      ),
    ),
  );
}

/** A line at the top of the panel, so that a reminder further down the list is not missed. */
function dueNotice(sets: SetView[]): HTMLElement | null {
  const due = sets.filter((s) => s.needs_check);
  if (!due.length) return null;
  const names = due.map(setName).join(", ");
  return h(
    "p",
    { id: "sets-due", class: "notice", role: "status" },
    due.length === 1 ? `A set is due for a check-up: ${names}.` : `${due.length} sets are due for a check-up: ${names}.`,
  );
}

function confirmRetire(root: HTMLElement, s: SetView, all: SetView[], back: () => Promise<void>): void {
  // A re-issue: newer active sets of the same wallet (the list is newest first).
  const candidates = all.filter((x) => x.set_id !== s.set_id && x.status === "active" && x.fingerprint === s.fingerprint);
  const choice = h(
    "select",
    { id: "replaced-by" },
    h("option", { value: "" }, "No new set (yet)"),
    ...candidates.map((x) => h("option", { value: x.set_id }, `${x.label.trim() || `Set ${x.set_id}`}, made ${x.made}`)),
  );
  if (candidates.length) choice.value = candidates[0].set_id;
  const expected = s.label.trim() || s.set_id;
  const input = h("input", { id: "confirm-set-label", type: "text", autocomplete: "off", spellcheck: "false" });
  const err = errorBox("retire-error");
  show(
    root,
    h("h2", {}, `Retire ${setName(s)}?`),
    h(
      "p",
      {},
      "Retiring marks this set as no longer the one to use, for example after you made a new set or a card was lost. Nothing is deleted, and its cards still bring the wallet back: whenever one of them is scanned, Heirloom will warn that a newer set may exist.",
    ),
    h(
      "p",
      { class: "muted" },
      "To replace it with new cards, use “Replace with a new set…” instead: that makes the new set and retires this one in one step. Retire a set here when its cards should no longer be used, for example after a new set was made on another computer.",
    ),
    ...(candidates.length ? [h("div", {}, h("label", { for: "replaced-by" }, "Which new set replaces it?"), choice)] : []),
    h("label", { for: "confirm-set-label" }, `Type the set's name to confirm: ${expected}`),
    input,
    h(
      "div",
      { class: "actions" },
      button("confirm-retire", "Retire this set", async () => {
        try {
          await api.retireSet(s.set_id, input.value, choice.value || null);
          await back();
        } catch (e) {
          setError(err, messageOf(e));
        }
      }, "danger"),
      button("cancel-retire", "Keep it active", () => void back(), "secondary"),
    ),
    err,
  );
}
