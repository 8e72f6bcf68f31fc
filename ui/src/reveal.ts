// Something secret shown only on request: a button that fills a box and shows it, and hides
// and clears it again. The recovered phrase and its SeedQR (recovery/result.ts) and the
// wizard's phrase (wizard/phrase.ts) are shown this way.
import { api } from "./ipc";
import { dialogButton, h } from "./dom";

/** Something shown only on request, with the button that shows and hides it. */
export interface Revealed {
  button: HTMLButtonElement;
  box: HTMLElement;
}

export interface Reveal {
  /** The button's id. */
  id: string;
  /** The button's words while the box is hidden, and while it is shown. */
  show: string;
  hide: string;
  /** What the box shows: asked of Rust, which may ask the person first and throw. */
  fill: () => Promise<Node[]>;
  /** Any failure of `fill`. */
  fail: (e: unknown) => void;
  /** After the box is shown. */
  shown?: () => void;
}

/**
 * The button that shows `box` filled (by `r.fill`) and hides it emptied. The fill opens a
 * native dialog, so the button waits for it (`dialogButton`).
 */
export function revealToggle(box: HTMLElement, r: Reveal): Revealed {
  const button = dialogButton(r.id, r.show, async () => {
    if (!box.hidden) {
      box.replaceChildren();
      box.hidden = true;
      button.textContent = r.show;
      return;
    }
    try {
      box.replaceChildren(...(await r.fill()));
      box.hidden = false;
      button.textContent = r.hide;
      r.shown?.();
    } catch (e) {
      r.fail(e);
    }
  }, "secondary");
  return { button, box };
}

/** The held phrase's words as list items; the list Rust sent is wiped once they are made. */
export async function phraseWords(handle: string): Promise<Node[]> {
  const list = await api.revealPhrase(handle);
  const items = list.map((x) => h("li", {}, x));
  list.fill("");
  return items;
}
