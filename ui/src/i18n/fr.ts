// The French catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
//
// Translator's note (fr): formal "vous"; French quotation marks « … »; a no-break space
// (U+00A0) before : ; ? ! and inside « ». Fixed terms: portefeuille (wallet), phrase de
// récupération / mots de récupération (recovery phrase / words), carte (card), jeu de cartes
// (set), phrase secrète (passphrase), empreinte du portefeuille (wallet fingerprint),
// détenteur (holder), carte clé (key card), contrôle (check-up), liste des jeux de cartes
// (record of sets), code QR (QR code), trousseau de clés (keychain), vérifier (verify after
// printing). "Check" of printed cards = vérifier; "check-up" of one card = contrôler.
// The messages are in ./fr/, in the same four parts as the English (./en/).
import type { Translation } from "./catalogue";
import { backup } from "./fr/backup";
import { recovery } from "./fr/recovery";
import { sets } from "./fr/sets";
import { errors } from "./fr/errors";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: ["print.paper.a4", "common.listSeparator", "common.sentenceSeparator", "wizard.cards.defaultLabel", "recovery.cards.flashRefused", "checkup.latestProblem", "sets.ofWallet.item"],
  // The messages, by what they hold (./fr/).
  messages: { ...backup, ...recovery, ...sets, ...errors },
};

export default translation;
