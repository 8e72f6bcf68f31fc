// The Spanish catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
// The messages are in ./es/, in the same four parts as the English (./en/).
import type { Translation } from "./catalogue";
import { backup } from "./es/backup";
import { recovery } from "./es/recovery";
import { sets } from "./es/sets";
import { errors } from "./es/errors";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: [
    "common.listSeparator",
    "common.sentenceSeparator",
    "common.inFile",
    "wizard.cards.defaultLabel",
    "print.paper.a4",
    "recovery.cards.flashRefused",
    "scan.lineOne",
    "sets.ofWallet.item",
    "checkup.latestProblem",
  ],
  // The messages, by what they hold (./es/).
  messages: { ...backup, ...recovery, ...sets, ...errors },
};

export default translation;
