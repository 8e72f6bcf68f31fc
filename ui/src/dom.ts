// A few helpers to build the DOM without innerHTML, so no text ever becomes markup.

type Attrs = Record<string, string | boolean | number | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === "class") el.className = String(v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return el;
}

export function on<K extends keyof HTMLElementEventMap>(
  el: HTMLElement,
  type: K,
  f: (e: HTMLElementEventMap[K]) => void,
): HTMLElement {
  el.addEventListener(type, f);
  return el;
}

/** Replaces the screen and moves focus to its heading, for keyboard and screen-reader users. */
export function show(root: HTMLElement, ...children: (Node | null)[]): void {
  // Clear input values first, so that no typed secret lingers in a detached node.
  root.querySelectorAll("input, textarea").forEach((i) => {
    (i as HTMLInputElement).value = "";
  });
  root.replaceChildren(...children.filter((c): c is Node => c !== null));
  const heading = root.querySelector("h2");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
  // Every screen opens at its top, not where the last one was scrolled to.
  window.scrollTo(0, 0);
}

export function errorBox(id: string): HTMLElement {
  return h("p", { id, class: "error", role: "alert", hidden: true });
}

export function setError(box: HTMLElement, message: string | null): void {
  box.textContent = message ?? "";
  box.hidden = !message;
  // An error below the fold is an error nobody reads.
  if (message && box.isConnected) box.scrollIntoView({ block: "nearest" });
}

export function button(id: string, label: string, f: () => void, kind = "primary"): HTMLButtonElement {
  const b = h("button", { id, type: "button", class: `btn ${kind}` }, label);
  b.addEventListener("click", f);
  return b;
}

/**
 * A button whose action opens a native dialog (from Rust) and waits for it: disabled until
 * the action ends, so a second press cannot open a second dialog behind the first.
 */
export function dialogButton(id: string, label: string, f: () => Promise<void>, kind = "primary"): HTMLButtonElement {
  const b: HTMLButtonElement = button(id, label, async () => {
    if (b.disabled) return;
    b.disabled = true;
    b.setAttribute("aria-busy", "true");
    try {
      await f();
    } finally {
      b.disabled = false;
      b.removeAttribute("aria-busy");
    }
  }, kind);
  return b;
}
