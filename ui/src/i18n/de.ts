// The German catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
// The messages are in ./de/, in the same four parts as the English (./en/).
import type { Translation } from "./catalogue";
import { backup } from "./de/backup";
import { recovery } from "./de/recovery";
import { sets } from "./de/sets";
import { errors } from "./de/errors";

const translation: Translation = {
  status: "complete",
  // Right as they are in German: the separators, "Person", "Passphrase" (the term Trezor
  // and Ledger use in German), "Wallet", "Status", the paper size and pure placeholders.
  sameAsEnglish: [
    "common.listSeparator",
    "common.sentenceSeparator",
    "common.inFile",
    "common.person",
    "wizard.step.passphrase",
    "wizard.cards.defaultLabel",
    "wizard.cards.defaultWallet",
    "print.paper.a4",
    "recovery.cards.flashRefused",
    "scan.lineOne",
    "sets.ofWallet.item",
    "checkup.statusLine",
    "checkup.latestProblem",
  ],
  // The messages, by what they hold (./de/).
  messages: { ...backup, ...recovery, ...sets, ...errors },
};

export default translation;
