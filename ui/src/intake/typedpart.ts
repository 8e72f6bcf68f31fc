// A card typed from the text printed under its QR code, as every screen that takes cards
// offers it: checked group by group as it is typed, given to `add` when the person adds it
// and, where the screen allows it (recovery), kept as typed when it does not read, for
// Heirloom to correct once the passphrase is known (only where the card's own tag proves
// the correction; spec section 14). The checks are Rust's.
import { api, asIpcError, type IpcError } from "../ipc";
import { button, h } from "../dom";
import { t } from "../i18n";

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

/**
 * What the card format removes between groups (docs/card-format.md §4.4 step 1), and
 * nothing else: the 25 Unicode White_Space characters, hyphens and dashes, and the
 * invisible joiners PDF readers leave. Not JavaScript's `\s`, which misses U+0085 and
 * the dashes and takes U+FEFF only by accident.
 */
const SEPARATORS =
  /[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u002D\u00AD\u2010-\u2014\u2212\u200B\u2060\uFEFF]+/g;

/**
 * The card text as the format reads it (§4.4 steps 1 and 2): separators removed, ASCII
 * `a`–`z` made capitals (only those: a Unicode upper-caser turns `ı`, `ſ`, `ß` or `ﬁ` into
 * ASCII letters, and such text must not become a card), O→0, I/L→1.
 */
export function normalizeCard(s: string): string {
  return s
    .replace(SEPARATORS, "")
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

const groupsOf = (norm: string) => norm.match(/.{1,6}/g) ?? [];

/** The mistakes a kept card may hold that Heirloom can still correct: a group's check, or
 * contents that do not add up. Anything else is not a typing mistake. */
const CORRECTABLE = new Set(["typo", "damaged"]);

/** One group's mark: its number, its characters, and whether its check passes. */
function groupMark(n: number, g: string, ok: boolean | undefined, wrong: boolean): HTMLElement {
  const state = wrong ? "bad" : ok ? "good" : "partial";
  return h(
    "li",
    { class: `group ${state}`, "data-group": n, "data-state": state },
    h("span", { class: "group-num" }, String(n)),
    h("span", { class: "group-chars" }, g),
    h("span", { class: "group-mark", "aria-label": wrong ? t("intake.typed.wrong") : ok ? t("intake.typed.right") : t("intake.typed.unfinished") }, wrong ? "✗" : ok ? "✓" : "…"),
  );
}

/** The marks under the text box, each group checked by Rust as it is completed, and the
 * hint naming the first wrong one. `flag` marks a group the app named as wrong, until the
 * text changes. */
function groupChecks(input: HTMLInputElement, marks: HTMLElement, hint: HTMLElement) {
  // A whole group's answer depends on it alone; a shorter last group's also on the text's
  // length (Rust checks it only when that is a whole card's length). `null`: unfinished.
  const checked = new Map<string, boolean | null>();
  let seq = 0;
  let flagged = 0;
  const refresh = async () => {
    const my = ++seq;
    const norm = normalizeCard(input.value);
    const groups = groupsOf(norm);
    const key = (k: number, g: string) => (g.length === 6 ? `${k + 1}:${g}` : `${k + 1}:${g}:${norm.length}`);
    await Promise.all(
      groups.map(async (g, k) => {
        if (g.length < 2 || checked.has(key(k, g))) return;
        checked.set(key(k, g), await api.checkCardGroup(k + 1, g, norm.length).catch(() => true));
      }),
    );
    if (my !== seq) return;
    const bad: number[] = [];
    marks.replaceChildren(
      ...groups.map((g, k) => {
        const ok = checked.get(key(k, g)) ?? undefined;
        const wrong = ok === false || k + 1 === flagged;
        if (wrong) bad.push(k + 1);
        return groupMark(k + 1, g, ok, wrong);
      }),
    );
    input.classList.toggle("bad", bad.length > 0);
    input.setAttribute("aria-invalid", bad.length ? "true" : "false");
    hint.textContent = bad.length
      ? t("intake.typed.groupWrong", { n: bad[0] })
      : "";
  };
  return {
    refresh,
    flag: (group: number) => {
      flagged = group;
      void refresh();
    },
    reset: () => {
      flagged = 0;
      checked.clear();
      void refresh();
    },
    edited: () => {
      flagged = 0;
      void refresh();
    },
  };
}

/** Puts the text in printed form as it is typed (capitals, groups of six), keeping the caret. */
function formatAsTyped(input: HTMLInputElement): void {
  const caret = input.selectionStart ?? input.value.length;
  const before = normalizeCard(input.value.slice(0, caret)).length;
  const formatted = groupsOf(normalizeCard(input.value)).join(" ");
  if (formatted === input.value) return;
  input.value = formatted;
  const pos = before === 0 ? 0 : before + Math.floor((before - 1) / 6);
  input.setSelectionRange(pos, pos);
}

/** The offer to keep a card that failed its checks as typed, for recovery to correct. */
function keepOffer(p: string, keep: (text: string) => void) {
  const el = h("div", { id: `${p}keep-typed-offer`, class: "notice keep-offer", hidden: true });
  const show = (text: string) => {
    el.replaceChildren(
      h("p", {}, t("intake.typed.keepOffer")),
      button(`${p}keep-typed`, t("intake.typed.keep"), () => keep(text), "secondary"),
    );
    el.hidden = false;
  };
  return { el, show, hide: () => (el.hidden = true) };
}

/** The text box, as a barcode scanner and a person both type into it. */
function cardInput(p: string): HTMLInputElement {
  return h("input", {
    id: `${p}card-text`,
    type: "text",
    class: "card-input",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    "aria-describedby": `${p}typed-help ${p}typed-hint`,
  });
}

/** The panel, and `fill`: puts a reading of the card's print in the box (a check-up whose
 * reading did not pass its checks), `group` marked as the one to compare first. It never
 * replaces what the person typed: only an empty box, or the last reading left as it was.
 * Answers whether the reading went in. */
export interface TypedPart {
  el: HTMLElement;
  fill: (text: string, group: number | null) => boolean;
}

/** The panel: the text box, its group marks, and the buttons. */
export function typedPart<T>(o: TypedPartOptions<T>): TypedPart {
  const p = o.prefix;
  const input = cardInput(p);
  const marks = h("ol", { id: `${p}group-marks`, class: "groups", "aria-label": t("intake.typed.groupsLabel") });
  const hint = h("p", { id: `${p}typed-hint`, class: "hint", "aria-live": "polite" });
  const checks = groupChecks(input, marks, hint);
  // Emptied for the next card, unless the person already typed on (the answer came late).
  const done = (sent: string) => {
    offer.hide();
    if (normalizeCard(input.value) !== sent) return;
    input.value = "";
    checks.reset();
    input.focus();
  };
  // The app's answer to adding (or keeping) the text: the screen hears it either way.
  const send = async (f: (text: string) => Promise<T>, text: string): Promise<IpcError | null> => {
    try {
      o.took(await f(text));
      done(text);
      return null;
    } catch (e) {
      const err = asIpcError(e);
      o.refused(err);
      return err;
    }
  };
  const keep = o.keep;
  const offer = keepOffer(p, (text) => {
    offer.hide();
    if (keep) void send(keep, text);
  });

  const add = async () => {
    const text = normalizeCard(input.value);
    if (!text) {
      hint.textContent = t("intake.typed.empty");
      input.focus();
      return;
    }
    const err = await send(o.add, text);
    if (!err) return;
    if (keep && CORRECTABLE.has(err.kind)) offer.show(text);
    if (err.kind === "typo") {
      checks.flag(err.details.group);
      // Select the wrong group in the field, so it can be typed over.
      const start = (err.details.group - 1) * 7;
      input.focus();
      input.setSelectionRange(start, Math.min(start + 6, input.value.length));
    } else if (err.kind === "duplicate" || err.kind === "other_set") {
      input.select();
    }
  };

  input.addEventListener("input", () => {
    formatAsTyped(input);
    offer.hide();
    checks.edited();
  });
  // Enter adds the card: what a person does, and what a barcode scanner sends after the text.
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void add();
    }
  });

  let filled = "";
  const fill = (text: string, group: number | null): boolean => {
    const now = normalizeCard(input.value);
    if (now && now !== filled) return false;
    filled = normalizeCard(text);
    input.value = filled;
    formatAsTyped(input);
    offer.hide();
    if (group === null) checks.edited();
    else checks.flag(group);
    return true;
  };

  const el = h(
    "div",
    { id: `${p}typed-panel` },
    h("label", { for: `${p}card-text` }, t("intake.typed.label")),
    h("p", { id: `${p}typed-help`, class: "muted" }, t("intake.typed.help")),
    input,
    marks,
    hint,
    offer.el,
    h("div", { class: "actions" }, button(`${p}add-typed`, o.addLabel, () => void add())),
  );
  return { el, fill };
}
