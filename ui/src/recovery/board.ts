// The recovery board: which cards of the set are in (read, or typed and kept to be
// corrected), which are missing, and how many more are needed. `boardModel` turns the app's
// BoardView into what the screen shows, as plain data (unit-tested in board.test.ts);
// `boardNodes` draws it.
import { button, h } from "../dom";
import type { BoardView } from "../ipc";

export interface Slot {
  index: number;
  state: "in" | "typed" | "missing";
  /** Who keeps the card and where, when this computer's record knows. */
  keeper: string;
  /** Its place in the board's typed list, for a typed card. */
  typedAt: number;
  /** For a typed card, the first group whose check fails, if one does. */
  group: number | null;
}

/** What the board says of a typed card: the group the person is told is wrong, which
 * Heirloom checks (and corrects, where the card proves it) with the passphrase. */
export const typedNote = (group: number | null): string =>
  group ? `typed; group ${group} is checked with the passphrase` : "typed; checked with the passphrase";

/** A typed card whose number did not read: listed under the slots. */
export interface Unplaced {
  typedAt: number;
  group: number | null;
}

export interface BoardModel {
  slots: Slot[];
  unplaced: Unplaced[];
  count: string;
  needed: string;
  enough: boolean;
}

export function boardModel(b: BoardView): BoardModel {
  const t = b.threshold;
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
    });
  }
  const unplaced = b.typed
    .map((x, typedAt) => ({ typedAt, group: x.group, index: x.index }))
    .filter((x) => !n || !x.index || x.index > n)
    .map(({ typedAt, group }) => ({ typedAt, group }));
  const needed = b.still_needed;
  return {
    slots,
    unplaced,
    count: !t ? "No cards yet" : have > t ? `${have} cards (${t} needed)` : `${have} of ${t} cards`,
    needed: !t
      ? "Add any card to start. The first card tells how many are needed."
      : needed
        ? `${needed} more card${needed === 1 ? "" : "s"} needed.`
        : "Enough cards. Go on to the passphrase.",
    enough: !!t && needed === 0,
  };
}

export interface BoardActions {
  removeCard: (index: number) => void;
  removeTyped: (typedAt: number, name: string) => void;
  next: () => void;
}

function removeButton(id: string, name: string, f: () => void): HTMLButtonElement {
  const b = button(id, "Remove", f, "link");
  b.setAttribute("aria-label", `Remove ${name.toLowerCase()}`);
  return b;
}

function slotNode(s: Slot, act: BoardActions): HTMLElement {
  if (s.state === "typed") {
    return h(
      "li",
      { class: "slot typed", "data-card": s.index, "data-in": "typed" },
      h("span", { class: "slot-mark", "aria-hidden": "true" }, "✎"),
      h("span", { class: "slot-name" }, `Card ${s.index}`, h("span", { class: "slot-holder" }, typedNote(s.group))),
      removeButton(`remove-typed-${s.typedAt + 1}`, `Typed card ${s.index}`, () => act.removeTyped(s.typedAt, `Typed card ${s.index}`)),
    );
  }
  const isIn = s.state === "in";
  return h(
    "li",
    { class: isIn ? "slot in" : "slot", "data-card": s.index, "data-in": isIn ? "yes" : "no" },
    h("span", { class: "slot-mark", "aria-hidden": "true" }, isIn ? "✓" : "·"),
    h("span", { class: "slot-name" }, `Card ${s.index}`, s.keeper ? h("span", { class: "slot-holder" }, s.keeper) : null),
    h("span", { class: "visually-hidden" }, isIn ? " added" : " not added"),
    isIn ? removeButton(`remove-card-${s.index}`, `Card ${s.index}`, () => act.removeCard(s.index)) : null,
  );
}

function unplacedNode(u: Unplaced, act: BoardActions): HTMLElement {
  return h(
    "li",
    { class: "slot typed", "data-typed": u.typedAt + 1, "data-in": "typed" },
    h("span", { class: "slot-mark", "aria-hidden": "true" }, "✎"),
    h("span", { class: "slot-name" }, "A typed card", h("span", { class: "slot-holder" }, typedNote(u.group))),
    removeButton(`remove-typed-${u.typedAt + 1}`, "The typed card", () => act.removeTyped(u.typedAt, "The typed card")),
  );
}

/** The board's contents, for its section. */
export function boardNodes(b: BoardView, act: BoardActions): Node[] {
  const m = boardModel(b);
  const known = b.known;
  const parts: (Node | null)[] = [
    h("h3", { id: "board-heading", tabindex: "-1" }, "Cards added"),
    known && known.label
      ? h("p", { id: "board-label", class: "board-label" }, `“${known.label}”`, h("span", { class: "muted small" }, ` made ${known.made}`))
      : null,
    // Where it is seen at once: the cards work, but the family should look for a newer set.
    known?.retired_on
      ? h("p", { id: "board-retired", class: "notice", role: "status" }, `This set was retired on ${known.retired_on}: a newer set of cards may exist. These cards still work.`)
      : null,
    h("p", { id: "board-count", class: "board-count" }, m.count),
    h("p", { id: "board-needed", class: m.enough ? "needed enough" : "needed" }, m.needed),
    m.enough ? button("board-next", "Go on to the passphrase", act.next) : null,
    m.slots.length ? h("ul", { id: "board-cards", class: "slots" }, ...m.slots.map((s) => slotNode(s, act))) : null,
    m.unplaced.length ? h("ul", { id: "board-typed", class: "slots" }, ...m.unplaced.map((u) => unplacedNode(u, act))) : null,
    b.set_id && b.count
      ? h(
          "p",
          { id: "board-set", class: "muted small" },
          `This backup has ${b.count} cards; any ${b.threshold} bring the wallet back. Set number `,
          h("span", { class: "fingerprint" }, b.set_id.slice(0, 8)),
          ".",
        )
      : null,
  ];
  return parts.filter((x): x is Node => x !== null);
}
