// The Simplified Chinese catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
// The messages are in ./zh-Hans/, in the same four parts as the English (./en/).
import type { Translation } from "./catalogue";
import { backup } from "./zh-Hans/backup";
import { recovery } from "./zh-Hans/recovery";
import { sets } from "./zh-Hans/sets";
import { errors } from "./zh-Hans/errors";

const translation: Translation = {
  status: "complete",
  // Identical to the English on purpose: a paper size, a name pattern, a mark before a message, and a name in “” (Chinese uses the same quotation marks).
  sameAsEnglish: ["print.paper.a4", "wizard.cards.defaultLabel", "recovery.cards.flashRefused", "checkup.latestProblem", "sets.name.label", "recovery.board.label"],
  // The messages, by what they hold (./zh-Hans/).
  messages: { ...backup, ...recovery, ...sets, ...errors },
};

export default translation;
