// The check that matters at the end of a recovery: the fingerprint the cards gave back
// against the one printed on them (from this computer's record, or typed by the family).
import { button, errorBox, h, setError } from "../dom";

/** Fingerprints as people type them: no spaces, any case. */
export function sameFingerprint(a: string, b: string): boolean {
  const norm = (x: string) => x.replace(/\s+/g, "").toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The check that matters at the end of a recovery: the fingerprint the cards gave back
 * against the one printed on them. Forged or mixed-up cards can give back another wallet;
 * the printed fingerprint is what catches that. When this computer's record knows the
 * set, the check is done at once; otherwise the family types the printed fingerprint.
 */
export function fingerprintCheck(recovered: string, known: string | null): HTMLElement {
  const out = h("div", { id: "fingerprint-check" });
  const verdict = (printed: string, again?: () => void): void => {
    out.replaceChildren(
      sameFingerprint(printed, recovered)
        ? h("p", { id: "fingerprint-match", class: "good-note", role: "status" }, `This matches the fingerprint printed on your cards (${printed}): these cards gave back the wallet they were made for.`)
        : h(
            "p",
            { id: "fingerprint-mismatch", class: "alarm", role: "alert" },
            `Stop: the cards say the fingerprint is ${printed}, but they gave back the wallet ${recovered}. These are not the words of the wallet the cards were made for; a card may be forged or from another set. Do not move any money to or from this wallet. Ask the person who made the cards, or someone you trust who knows Bitcoin wallets.`,
          ),
    );
    if (again && !sameFingerprint(printed, recovered)) {
      out.append(button("compare-again", "I may have typed it wrongly: compare again", again, "quiet"));
    }
  };
  if (known) {
    verdict(known);
    return out;
  }
  const typed = h("input", { id: "printed-fingerprint", type: "text", maxlength: 12, autocomplete: "off", spellcheck: "false" });
  const err = errorBox("printed-fingerprint-error");
  const ask = (): void => {
    typed.value = "";
    out.replaceChildren(
    h("p", { class: "notice" }, "Compare this with the fingerprint printed on your cards (after “fingerprint”) and on the family guide. Type the printed one here to check:"),
    h("label", { for: "printed-fingerprint" }, "Fingerprint printed on the cards"),
    typed,
    h("div", { class: "actions" }, button("compare-fingerprint", "Compare", () => {
      if (!/^[0-9a-f]{8}$/i.test(typed.value.replace(/\s+/g, ""))) {
        setError(err, "A fingerprint is eight characters, the digits 0–9 and the letters a–f, as printed on the card.");
        return;
      }
      verdict(typed.value.replace(/\s+/g, "").toLowerCase(), ask);
    }, "secondary")),
    err,
    );
  };
  ask();
  return out;
}

