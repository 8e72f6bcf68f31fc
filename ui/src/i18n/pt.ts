// The Portuguese catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
//
// Translator's note: Brazilian Portuguese, written to be clear in Portugal too; "você" with
// polite imperatives ("Digite", "Escolha"). Fixed terms: carteira, frase de recuperação /
// palavras de recuperação, cartão, conjunto (de cartões), frase-senha, impressão digital da
// carteira, guardião (holder), cartão-chave, revisão (check-up), lista de conjuntos (record
// of sets), código QR, cofre de senhas (keychain), verificar (verify after printing).
// The messages are in ./pt/, in the same four parts as the English (./en/).
import type { Translation } from "./catalogue";
import { backup } from "./pt/backup";
import { recovery } from "./pt/recovery";
import { sets } from "./pt/sets";
import { errors } from "./pt/errors";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: ["common.listSeparator", "common.sentenceSeparator", "common.inFile", "wizard.cards.defaultLabel", "print.paper.a4", "recovery.cards.flashRefused", "recovery.board.label", "scan.lineOne", "sets.name.label", "sets.ofWallet.item", "checkup.latestProblem"],
  // The messages, by what they hold (./pt/).
  messages: { ...backup, ...recovery, ...sets, ...errors },
};

export default translation;
