// A card typed from the text printed under its QR code, as every screen that takes cards
// offers it: checked group by group as it is typed, given to `add` when the person adds it
// and, where the screen allows it (recovery), kept as typed when it does not read, for
// Heirloom to correct once the passphrase is known (only where the card's own tag proves
// the correction; spec section 14). The checks are Rust's.
import { api, asIpcError, type IpcError } from "../ipc";
import { button, h } from "../dom";

export interface TypedPartOptions<T> {
  /** Put before every id (`check-` → `check-card-text`); recovery's ids have none. */
  prefix: string;
  /** Adds the card; throws the IpcError that refuses it. */
  add: (text: string) => Promise<T>;
  /** Keeps a card that failed its checks as typed; absent where nothing can correct it. */
  keep?: (text: string) => Promise<T>;
  /** A card was added, or kept as typed. */
  took: (r: T) => void;
  /** The card was refused, with why. */
  refused: (e: IpcError) => void;
  /** The button's words. */
  addLabel: string;
}

/** The card text as the app reads it: no spaces or dashes, capitals, O→0, I/L→1. */
export function normalizeCard(s: string): string {
  return s
    .replace(/[\s-]+/g, "")
    .toUpperCase()
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

const groupsOf = (norm: string) => norm.match(/.{1,6}/g) ?? [];

/** The mistakes a kept card may hold that Heirloom can still correct: a group's check, or
 * contents that do not add up. Anything else is not a typing mistake. */
const CORRECTABLE = new Set(["typo", "damaged"]);

/** The panel: the text box, its group marks, and the buttons. */
export function typedPart<T>(o: TypedPartOptions<T>): HTMLElement {
  const p = o.prefix;
  const input = h("input", {
    id: `${p}card-text`,
    type: "text",
    class: "card-input",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    "aria-describedby": `${p}typed-help ${p}typed-hint`,
  });
  const marks = h("ol", { id: `${p}group-marks`, class: "groups", "aria-label": "Groups checked so far" });
  const hint = h("p", { id: `${p}typed-hint`, class: "hint", "aria-live": "polite" });
  const offer = h("div", { id: `${p}keep-typed-offer`, class: "notice keep-offer", hidden: true });
  const checked = new Map<string, boolean>();
  let seq = 0;
  let flagged = 0; // a group the app named as wrong, until the text changes

  const refresh = async () => {
    const my = ++seq;
    const groups = groupsOf(normalizeCard(input.value));
    await Promise.all(
      groups.map(async (g, k) => {
        const key = `${k + 1}:${g}`;
        if (g.length === 6 && !checked.has(key)) {
          checked.set(key, await api.checkCardGroup(k + 1, g).catch(() => true));
        }
      }),
    );
    if (my !== seq) return;
    const bad: number[] = [];
    marks.replaceChildren(
      ...groups.map((g, k) => {
        const n = k + 1;
        const ok = g.length === 6 ? checked.get(`${n}:${g}`) : undefined;
        const wrong = ok === false || n === flagged;
        if (wrong) bad.push(n);
        const state = wrong ? "bad" : ok ? "good" : "partial";
        return h(
          "li",
          { class: `group ${state}`, "data-group": n, "data-state": state },
          h("span", { class: "group-num" }, String(n)),
          h("span", { class: "group-chars" }, g),
          h("span", { class: "group-mark", "aria-label": wrong ? "wrong" : ok ? "right" : "not finished" }, wrong ? "✗" : ok ? "✓" : "…"),
        );
      }),
    );
    input.classList.toggle("bad", bad.length > 0);
    input.setAttribute("aria-invalid", bad.length ? "true" : "false");
    hint.textContent = bad.length
      ? `Group ${bad[0]} does not match the card. Compare it letter by letter; if a letter was left out or added, the groups after it look wrong too.`
      : "";
  };

  const cleared = () => {
    input.value = "";
    flagged = 0;
    checked.clear();
    offer.hidden = true;
    void refresh();
    input.focus();
  };

  // Kept as typed: the board shows it, and the passphrase step corrects it.
  const keep = async (keepIt: (text: string) => Promise<T>, text: string) => {
    try {
      o.took(await keepIt(text));
      cleared();
    } catch (e) {
      offer.hidden = true;
      o.refused(asIpcError(e));
    }
  };

  const offerToKeep = (keepIt: (text: string) => Promise<T>, text: string) => {
    offer.replaceChildren(
      h(
        "p",
        {},
        "If the card is hard to read, or you have compared it and cannot find the mistake, add it as you typed it. Once you type the passphrase, Heirloom looks for small typing mistakes itself and corrects one only when the card's own check proves it. It tells you what it changed.",
      ),
      button(`${p}keep-typed`, "Add it as typed", () => void keep(keepIt, text), "secondary"),
    );
    offer.hidden = false;
  };

  const add = async () => {
    const text = normalizeCard(input.value);
    if (!text) {
      hint.textContent = "Type the text printed under the QR code first.";
      input.focus();
      return;
    }
    try {
      o.took(await o.add(text));
      cleared();
    } catch (e) {
      const err = asIpcError(e);
      o.refused(err);
      if (o.keep && CORRECTABLE.has(err.kind)) offerToKeep(o.keep, text);
      if (err.kind === "typo") {
        flagged = err.details.group;
        void refresh();
        // Select the wrong group in the field, so it can be typed over.
        const start = (flagged - 1) * 7;
        input.focus();
        input.setSelectionRange(start, Math.min(start + 6, input.value.length));
      } else if (err.kind === "duplicate" || err.kind === "other_set") {
        input.select();
      }
    }
  };

  input.addEventListener("input", () => {
    // Put the text in printed form as it is typed: capitals, groups of six.
    const caret = input.selectionStart ?? input.value.length;
    const before = normalizeCard(input.value.slice(0, caret)).length;
    const formatted = groupsOf(normalizeCard(input.value)).join(" ");
    if (formatted !== input.value) {
      input.value = formatted;
      const pos = before === 0 ? 0 : before + Math.floor((before - 1) / 6);
      input.setSelectionRange(pos, pos);
    }
    flagged = 0;
    offer.hidden = true;
    void refresh();
  });
  // Enter adds the card: what a person does, and what a barcode scanner sends after the text.
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void add();
    }
  });

  return h(
    "div",
    { id: `${p}typed-panel` },
    h("label", { for: `${p}card-text` }, "Type the text printed under the QR code"),
    h("p", { id: `${p}typed-help`, class: "muted" }, "Capitals and spaces don't matter. Each group of six is checked as you type: a tick means the group is right. A barcode scanner works too: click in the box and scan the code."),
    input,
    marks,
    hint,
    offer,
    h("div", { class: "actions" }, button(`${p}add-typed`, o.addLabel, () => void add())),
  );
}
