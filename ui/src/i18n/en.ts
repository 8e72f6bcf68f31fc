// The English catalogue: every string of the UI, and the words for every error kind. It is
// the source the other languages are translated from and typed against (catalogue.ts).
// The messages are in ./en/, by what they hold: backup.ts (the window, home, the backup
// wizard, printing, checking printed cards), recovery.ts (recovery, taking cards in),
// sets.ts (the record of sets, the check-up) and errors.ts; each language has the same
// four parts in its own folder.
//
// For translators:
// - Keys are stable ids grouped by screen ("recovery.board.needed"); never rename a key in a
//   translation, only translate its value.
// - {name} is a placeholder: keep every one, with its name unchanged, anywhere in the
//   sentence your language needs it. Numbers are written the language's way by the app.
// - A value written { one: "…", other: "…" } is a plural: its form is chosen by {count}
//   with the language's plural rules (Intl.PluralRules). Use your language's categories:
//   ja and zh-Hans only `other`; de only `one` and `other`; es, fr, it, pt `one`, `many`
//   and `other` (`many` is for millions; the app uses `other` when it is missing, so
//   `one` and `other` suffice); fr `one` covers 0 and 1.
// - A comment above a key says where the words appear, and what a placeholder holds.
// - Quotation marks around names (“…”) are part of the text: use your language's own.
import { backup } from "./en/backup";
import { recovery } from "./en/recovery";
import { sets } from "./en/sets";
import { errors } from "./en/errors";

/** Every English message: the parts by what they hold (./en/), put together. */
export const en = { ...backup, ...recovery, ...sets, ...errors };

export type English = typeof en;
