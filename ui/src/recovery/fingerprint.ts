// The check that matters at the end of a recovery: the fingerprint the cards gave back
// against the one printed on them (from this computer's record, or typed by the family).
import { button, errorBox, h, setError } from "../dom";
import { t } from "../i18n";

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
        ? h("p", { id: "fingerprint-match", class: "good-note", role: "status" }, t("recovery.fp.match", { printed }))
        : h(
            "p",
            { id: "fingerprint-mismatch", class: "alarm", role: "alert" },
            t("recovery.fp.mismatch", { printed, recovered }),
          ),
    );
    if (again && !sameFingerprint(printed, recovered)) {
      out.append(button("compare-again", t("recovery.fp.again"), again, "quiet"));
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
    h("p", { class: "notice" }, t("recovery.fp.ask")),
    h("label", { for: "printed-fingerprint" }, t("recovery.fp.label")),
    typed,
    h("div", { class: "actions" }, button("compare-fingerprint", t("recovery.fp.compare"), () => {
      if (!/^[0-9a-f]{8}$/i.test(typed.value.replace(/\s+/g, ""))) {
        setError(err, t("recovery.fp.invalid"));
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

