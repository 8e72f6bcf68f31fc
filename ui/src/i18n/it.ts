// The Italian catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
//
// Translator's note (it): formal "Lei" in sentences (Scriva, Controlli); buttons and menu
// items in the usual Italian UI form (Annulla, Continua, Salva). Italian quotation marks
// « … ». Fixed terms: portafoglio (wallet), parole di recupero / frase di recupero (recovery
// words / phrase), scheda (card), serie di schede (set), password (passphrase: an everyday
// word, and it avoids confusion with the BIP-39 "passphrase" some wallets ask for), impronta
// del portafoglio (wallet fingerprint), custode (holder), scheda chiave (key card), controllo
// periodico (check-up), registro delle serie (record of sets), codice QR (QR code),
// portachiavi (keychain, as macOS calls it in Italian), verificare (verify after printing).
// The messages are in ./it/, in the same four parts as the English (./en/).
import type { Translation } from "./catalogue";
import { backup } from "./it/backup";
import { recovery } from "./it/recovery";
import { sets } from "./it/sets";
import { errors } from "./it/errors";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: [
    "common.listSeparator",
    "common.sentenceSeparator",
    "common.inFile",
    "wizard.cards.defaultLabel",
    "print.paper.a4",
    "print.paper.letter",
    "recovery.cards.flashRefused",
    "sets.ofWallet.item",
    "checkup.latestProblem",
    "scan.lineOne",
  ],
  // The messages, by what they hold (./it/).
  messages: { ...backup, ...recovery, ...sets, ...errors },
};

export default translation;
