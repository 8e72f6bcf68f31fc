// The recovery board: which cards of the set are in (read, or typed and kept to be
// corrected), which are missing, and how many more are needed. `boardModel` turns the app's
// BoardView into what the screen shows, as plain data (unit-tested in board.test.ts);
// `boardNodes` draws it.
import { button, h } from "../dom";
import type { BoardView } from "../ipc";
import { date, t, tn } from "../i18n";

export interface Slot {
  index: number;
  state: "in" | "typed" | "missing";
  /** Who keeps the card and where, when this computer's record knows. */
  keeper: string;
  /** Its place in the board's typed list, for a typed card. */
  typedAt: number;
  /** For a typed card, the first group whose check fails, if one does. */
  group: number | null;
  /** For a typed card: read from its printed text in a picture, not typed. */
  fromPrint: boolean;
}

/** What the board says of a typed card (or one read from its printed text): the group the
 * person is told is wrong, which Heirloom checks (and corrects, where the card proves it)
 * with the passphrase. */
export const typedNote = (group: number | null, fromPrint = false): string =>
  fromPrint
    ? group
      ? t("recovery.board.printedGroup", { group })
      : t("recovery.board.printed")
    : group
      ? t("recovery.board.typedGroup", { group })
      : t("recovery.board.typed");

/** A typed card whose number did not read: listed under the slots. */
export interface Unplaced {
  typedAt: number;
  group: number | null;
  fromPrint: boolean;
}

export interface BoardModel {
  slots: Slot[];
  unplaced: Unplaced[];
  count: string;
  needed: string;
  enough: boolean;
}

export function boardModel(b: BoardView): BoardModel {
  const need = b.threshold;
  const n = b.count ?? 0;
  const have = b.cards.length + b.typed.length;
  const slots: Slot[] = [];
  for (let i = 1; i <= n; i++) {
    const typedAt = b.typed.findIndex((x) => x.index === i);
    const who = b.known?.holders.find((x) => x.index === i);
    slots.push({
      index: i,
      state: b.cards.includes(i) ? "in" : typedAt >= 0 ? "typed" : "missing",
      keeper: who ? [who.holder, who.place].filter(Boolean).join(", ") : "",
      typedAt,
      group: typedAt >= 0 ? b.typed[typedAt].group : null,
      fromPrint: typedAt >= 0 && b.typed[typedAt].from_print,
    });
  }
  const unplaced = b.typed
    .map((x, typedAt) => ({ typedAt, group: x.group, index: x.index, fromPrint: x.from_print }))
    .filter((x) => !n || !x.index || x.index > n)
    .map(({ typedAt, group, fromPrint }) => ({ typedAt, group, fromPrint }));
  const needed = b.still_needed;
  return {
    slots,
    unplaced,
    count: !need ? t("recovery.board.noCards") : have > need ? t("recovery.board.countMore", { have, t: need }) : t("recovery.board.count", { have, t: need }),
    needed: !need
      ? t("recovery.board.start")
      : needed
        ? t("recovery.board.needed", { count: needed })
        : t("recovery.board.enough"),
    enough: !!need && needed === 0,
  };
}

export interface BoardActions {
  removeCard: (index: number) => void;
  /** `index`: the typed card's number, null when it did not read. */
  removeTyped: (typedAt: number, index: number | null) => void;
  next: () => void;
}

function removeButton(id: string, label: string, f: () => void): HTMLButtonElement {
  const b = button(id, t("common.remove"), f, "link");
  b.setAttribute("aria-label", label);
  return b;
}

function slotNode(s: Slot, act: BoardActions): HTMLElement {
  if (s.state === "typed") {
    return h(
      "li",
      { class: "slot typed", "data-card": s.index, "data-in": "typed" },
      h("span", { class: "slot-mark", "aria-hidden": "true" }, "✎"),
      h("span", { class: "slot-name" }, t("common.cardN", { n: s.index }), h("span", { class: "slot-holder" }, typedNote(s.group, s.fromPrint))),
      removeButton(
        `remove-typed-${s.typedAt + 1}`,
        t(s.fromPrint ? "recovery.board.removePrinted" : "recovery.board.removeTyped", { n: s.index }),
        () => act.removeTyped(s.typedAt, s.index),
      ),
    );
  }
  const isIn = s.state === "in";
  return h(
    "li",
    { class: isIn ? "slot in" : "slot", "data-card": s.index, "data-in": isIn ? "yes" : "no" },
    h("span", { class: "slot-mark", "aria-hidden": "true" }, isIn ? "✓" : "·"),
    h("span", { class: "slot-name" }, t("common.cardN", { n: s.index }), s.keeper ? h("span", { class: "slot-holder" }, s.keeper) : null),
    h("span", { class: "visually-hidden" }, ` ${isIn ? t("recovery.board.in") : t("recovery.board.notIn")}`),
    isIn ? removeButton(`remove-card-${s.index}`, t("recovery.board.removeCard", { n: s.index }), () => act.removeCard(s.index)) : null,
  );
}

function unplacedNode(u: Unplaced, act: BoardActions): HTMLElement {
  return h(
    "li",
    { class: "slot typed", "data-typed": u.typedAt + 1, "data-in": "typed" },
    h("span", { class: "slot-mark", "aria-hidden": "true" }, "✎"),
    // The name says typed or read; the note only what is checked, not that again.
    h(
      "span",
      { class: "slot-name" },
      t(u.fromPrint ? "recovery.board.unplacedPrinted" : "recovery.board.unplaced"),
      h("span", { class: "slot-holder" }, u.group ? t("recovery.board.checkedGroup", { group: u.group }) : t("recovery.board.checked")),
    ),
    removeButton(`remove-typed-${u.typedAt + 1}`, t(u.fromPrint ? "recovery.board.removeUnplacedPrinted" : "recovery.board.removeUnplaced"), () => act.removeTyped(u.typedAt, null)),
  );
}

/** The board's contents, for its section. */
export function boardNodes(b: BoardView, act: BoardActions): Node[] {
  const m = boardModel(b);
  const known = b.known;
  const parts: (Node | null)[] = [
    h("h3", { id: "board-heading", tabindex: "-1" }, t("recovery.board.heading")),
    known && known.label
      ? h("p", { id: "board-label", class: "board-label" }, ...tn("recovery.board.label", {
          label: known.label,
          made: h("span", { class: "muted small" }, t("recovery.board.made", { date: date(known.made) })),
        }))
      : null,
    // Where it is seen at once: the cards work, but the family should look for a newer set.
    known?.retired_on
      ? h("p", { id: "board-retired", class: "notice", role: "status" }, t("recovery.board.retired", { date: date(known.retired_on) }))
      : null,
    h("p", { id: "board-count", class: "board-count" }, m.count),
    h("p", { id: "board-needed", class: m.enough ? "needed enough" : "needed" }, m.needed),
    m.enough ? button("board-next", t("recovery.board.next"), act.next) : null,
    m.slots.length ? h("ul", { id: "board-cards", class: "slots" }, ...m.slots.map((s) => slotNode(s, act))) : null,
    m.unplaced.length ? h("ul", { id: "board-typed", class: "slots" }, ...m.unplaced.map((u) => unplacedNode(u, act))) : null,
    b.set_id && b.count
      ? h(
          "p",
          { id: "board-set", class: "muted small" },
          ...tn("recovery.board.set", { count: b.count, t: b.threshold ?? 0, id: h("span", { class: "fingerprint" }, b.set_id.slice(0, 8)) }),
        )
      : null,
  ];
  return parts.filter((x): x is Node => x !== null);
}
