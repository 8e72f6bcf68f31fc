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
import type { Translation } from "./catalogue";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: ["print.paper.a4", "common.listSeparator", "common.sentenceSeparator", "wizard.cards.defaultLabel", "recovery.cards.flashRefused", "checkup.latestProblem", "sets.ofWallet.item"],
  messages: {
    // ---- The window: header, language switch, footer ----
    "app.tagline": "Des cartes de sauvegarde pour une phrase de récupération",
    // Label of the language switch on the home screen.
    "app.language": "Langue",
    // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
    "about.built": "Heirloom {version}, compilé à partir du commit {commit}",
    "about.builtUnknown": "Heirloom {version}, compilé à partir d’un commit inconnu",

    // ---- Shared words ----
    "common.cancel": "Annuler",
    "common.continue": "Continuer",
    "common.confirm": "Confirmer",
    "common.back": "Retour",
    "common.done": "Terminé",
    "common.save": "Enregistrer",
    "common.remove": "Retirer",
    "common.check": "Vérifier",
    // The "Card 3" in front of a row or slot.
    "common.cardN": "Carte {n}",
    // aria-label of a word box: "Word 3".
    "common.wordN": "Mot {n}",
    "common.person": "Personne",
    "common.place": "Lieu",
    "common.walletFingerprint": "Empreinte du portefeuille",
    "common.walletName": "Nom de ce portefeuille",
    "common.saveHere": "Enregistrer sur cet ordinateur",
    "common.backHome": "Retour à l’écran d’accueil",
    "common.startAgain": "Recommencer",
    "common.addThisCard": "Ajouter cette carte",
    "common.checkPrinted": "Vérifier les cartes imprimées…",
    "common.leaveRecovery": "Quitter la récupération",
    // Between the items of a list of numbers or names: "3, 7, 11".
    "common.listSeparator": ", ",
    // Between two sentences put side by side (ja and zh-Hans: none).
    "common.sentenceSeparator": " ",
    // A file's name in front of what it gave: "scan.pdf: Card 2 added."
    "common.inFile": "{file} : {text}",
    // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
    "common.stepper": "Étape {n} sur {total} : {step}",

    // ---- Home screen ----
    "home.welcome": "Bienvenue",
    "home.lead": "Heirloom transforme la phrase de récupération de votre portefeuille en cartes imprimées. Confiez-les à des personnes de confiance : il suffit de quelques-unes d’entre elles, n’importe lesquelles, avec une phrase secrète, pour récupérer le portefeuille.",
    "home.recover.heading": "Vous avez des cartes Heirloom ?",
    "home.recover.text": "Récupérez le portefeuille à partir de ses cartes et de la phrase secrète. Vous pouvez utiliser une webcam, des photos ou des scans des cartes, ou taper le texte imprimé dessus.",
    "home.recover.button": "Récupérer un portefeuille à partir des cartes",
    "home.wallets.heading": "Portefeuilles sur cet ordinateur",
    "home.wallets.none": "Aucun portefeuille n’est encore enregistré ici.",
    "home.wallet.backup": "Faire une sauvegarde",
    "home.wallet.remove": "Supprimer…",
    "home.start.new": "Sauvegarder un nouveau portefeuille",
    "home.start.import": "Sauvegarder des mots que j’ai déjà",
    // {name}: the wallet's name as the holder typed it.
    "home.remove.title": "Supprimer « {name} » ?",
    "home.remove.explainChecked": "Cela efface la phrase de récupération du trousseau de clés de cet ordinateur. Des cartes vérifiées de ce portefeuille existent (un jeu actif, vérifié après impression) : avec la phrase secrète, elles permettent toujours de le récupérer.",
    "home.remove.explainUnchecked": "Cela efface la phrase de récupération du trousseau de clés de cet ordinateur. Aucune carte vérifiée de ce portefeuille n’est enregistrée sur cet ordinateur.",
    "home.remove.typeName": "Tapez le nom du portefeuille pour confirmer : {name}",
    "home.remove.confirm": "Supprimer de cet ordinateur",
    "home.remove.keep": "Le garder",
    "home.onlyCopy.title": "« {name} » est le seul exemplaire",
    "home.onlyCopy.before": "Avant de le supprimer, notez les mots sur papier, ou faites un jeu de cartes et vérifiez-les après impression.",
    "home.onlyCopy.show": "Afficher les mots",
    "home.onlyCopy.backup": "Faire d’abord des cartes",
    "home.onlyCopy.remove": "Le supprimer quand même : j’en ai un autre exemplaire",

    // ---- Saving a wallet in the keychain (wizard and recovery) ----
    "wallets.replace.label": "Pour le remplacer, tapez l’empreinte du portefeuille enregistré sous le nom « {name} »",
    "wallets.replace.button": "Remplacer « {name} »",

    // ---- The ten BIP-39 word lists, by the name a person reads ----
    "words.list.english": "Anglais (English)",
    "words.list.spanish": "Espagnol (español)",
    "words.list.french": "Français",
    "words.list.italian": "Italien (italiano)",
    "words.list.portuguese": "Portugais (português)",
    "words.list.czech": "Tchèque (čeština)",
    "words.list.japanese": "Japonais (日本語)",
    "words.list.korean": "Coréen (한국어)",
    "words.list.chinese_simplified": "Chinois simplifié (简体中文)",
    "words.list.chinese_traditional": "Chinois traditionnel (繁體中文)",
    // First choice of the word-list menu when typing words one already has.
    "words.findFromWords": "Trouver d’après les mots",
    "words.listLabel": "Liste de mots",
    "words.countLabel": "Nombre de mots",
    // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
    "words.countOption": "{count} mots",
    "words.noteDetect": "Heirloom trouve la liste d’après les mots que vous tapez.",
    // {list}: a list's name, e.g. "Spanish (español)".
    "words.noteFound": "Mots de la liste {list} : la liste a été trouvée d’après les mots tapés. Si ce n’est pas la bonne, choisissez la liste ci-dessus.",
    "words.noteChosen": "Les mots sont lus dans la liste {list}.",
    // Under a word box. {words}: one or more suggested words, each a button, "A, B".
    "words.notOnList": "Ce n’est pas un mot de la liste {list}.",
    "words.notOnListSuggest": "Ce n’est pas un mot de la liste {list}. Vouliez-vous dire {words} ?",

    // ---- Backup wizard: shared ----
    "wizard.step.phrase": "Phrase de récupération",
    "wizard.step.save": "Enregistrer sur cet ordinateur",
    "wizard.step.cards": "Cartes et détenteurs",
    "wizard.step.passphrase": "Phrase secrète",
    "wizard.step.derive": "Création des cartes",
    "wizard.step.ready": "Cartes prêtes",
    "wizard.timedOut.notice": "Cela a pris trop de temps : par sécurité, les mots ont été oubliés. Recommencez.",
    "wizard.timedOut.explain": "Aucune carte n’a été faite avec eux. Heirloom ne garde une phrase de récupération en mémoire que pendant son utilisation : après 15 minutes sans utilisation, elle est effacée, pour ne pas rester sur un ordinateur que personne ne surveille. Un portefeuille déjà enregistré sur cet ordinateur reste enregistré.",

    // ---- Backup wizard, step 1: the phrase ----
    "wizard.phrase.title": "Une nouvelle phrase de récupération",
    "wizard.phrase.intro": "Heirloom crée la phrase à partir des nombres aléatoires sécurisés de cet ordinateur. Les cartes que vous ferez ensuite en seront la sauvegarde.",
    "wizard.phrase.howMany": "Combien de mots ?",
    "wizard.phrase.words12": "12 mots",
    "wizard.phrase.words24": "24 mots (plus courant pour les grosses sommes)",
    "wizard.phrase.dice.summary": "Ajouter des lancers de dé (facultatif)",
    "wizard.phrase.dice.label": "Lancez un dé et tapez chaque résultat obtenu (un chiffre de 1 à 6). Les résultats sont mélangés au hasard de l’ordinateur : la phrase est donc au moins aussi aléatoire que l’un ou l’autre.",
    "wizard.phrase.create": "Créer la phrase",
    // {fingerprint}: 8 characters, e.g. "d6defbaa".
    "wizard.phrase.regenerate.ask": "Créer une autre phrase ? La phrase créée il y a un instant (empreinte {fingerprint}) sera oubliée. Si vous avez noté ses mots, barrez ce papier : ces cartes n’en seront pas la sauvegarde.",
    "wizard.phrase.regenerate.confirm": "Créer une autre phrase",
    "wizard.phrase.regenerate.keep": "Garder cette phrase",
    "wizard.phrase.listNote": "Beaucoup d’applications de portefeuille n’acceptent que les mots anglais. Ne choisissez des mots de la liste {list} que si votre application de portefeuille les accepte ; les cartes redonnent les mêmes mots, dans la même liste.",
    // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
    "wizard.summary.line": "{count} mots, liste {list}. Empreinte du portefeuille : {fingerprint}",
    "wizard.summary.fingerprintNote": "L’empreinte désigne le portefeuille sans le révéler ; des portefeuilles comme Sparrow affichent les mêmes huit caractères.",
    "wizard.summary.show": "Afficher les mots",
    "wizard.summary.hide": "Masquer les mots",
    "wizard.written.title": "Notez les mots sur papier",
    "wizard.written.intro": "Écrivez les {count} mots sur papier, dans l’ordre, avec leurs numéros, et rangez ce papier en lieu sûr. Votre application de portefeuille demande ces mots, et les cartes que vous allez faire redonnent exactement ces mots.",
    // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
    "wizard.written.readBack": "Sans regarder l’écran, relisez ces mots sur votre papier : {words}.",
    "wizard.written.wordRef": "mot {n}",
    "wizard.written.done": "Je les ai notés",
    "wizard.written.skip": "Je ne vais pas les noter",
    "wizard.written.skipWarning": "Les cartes que vous allez faire seront alors la seule sauvegarde de ce portefeuille (avec le trousseau de clés de cet ordinateur, si vous l’y enregistrez). Si l’ordinateur tombe en panne et que trop de cartes ou la phrase secrète sont perdues, le portefeuille et son argent sont perdus pour toujours.",
    "wizard.written.skipConfirm": "J’ai compris : les cartes sont la seule sauvegarde",
    "wizard.import.title": "Tapez votre phrase de récupération",
    "wizard.import.intro": "Tapez chaque mot dans l’ordre. Vos mots peuvent venir de n’importe laquelle des dix listes de mots standard : Heirloom trouve la liste d’après les mots, ou vous pouvez la choisir. Les quatre premières lettres d’un mot suffisent, et les mots espagnols et français peuvent être tapés sans accents.",
    "wizard.import.check": "Vérifier les mots",
    "wizard.import.empty": "Le mot {n} est vide. Tapez les {count} mots dans l’ordre.",
    // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
    "wizard.import.otherWallet": "Ces mots sont ceux du portefeuille d’empreinte {found}, mais {set} est une sauvegarde du portefeuille d’empreinte {expected}. Un nouveau jeu ne peut remplacer qu’un jeu du même portefeuille : comparez chaque mot avec votre papier.",
    "wizard.imported.title": "La phrase est valide",
    "wizard.imported.check": "Avant de continuer, vérifiez que cette empreinte est celle qu’affiche votre portefeuille.",

    // ---- Backup wizard, step 2: save on this computer ----
    "wizard.save.title": "Enregistrer sur cet ordinateur ?",
    "wizard.save.intro": "Gardez la phrase dans le trousseau de clés de cet ordinateur, pour pouvoir faire de nouvelles cartes plus tard sans la retaper. Elle y reste chiffrée, protégée par votre session.",
    // The wallet name offered at first.
    "wizard.save.defaultName": "Mon portefeuille",
    "wizard.save.skip": "Ne pas enregistrer",
    "wizard.save.continueWithout": "Continuer sans enregistrer",
    "wizard.save.already": "Ce portefeuille est déjà enregistré sur cet ordinateur sous le nom « {name} » ; il n’a pas été enregistré deux fois.",

    // ---- Backup wizard, step 3: cards and holders ----
    "wizard.cards.title": "Combien de cartes ?",
    "wizard.cards.countLabel": "Cartes à imprimer",
    "wizard.cards.thresholdLabel": "Cartes nécessaires pour récupérer",
    // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
    "wizard.cards.tn.any": "{t} de ces {n} cartes, n’importe lesquelles, avec la phrase secrète, permettent de récupérer le portefeuille.",
    "wizard.cards.tn.reveal": { one: "{count} carte ne révèle rien.", other: "{count} cartes ne révèlent rien." },
    "wizard.cards.tn.noneLost": "Vous ne pouvez perdre aucune carte sans perdre le portefeuille.",
    "wizard.cards.tn.lost": { one: "Vous pouvez perdre jusqu’à {count} carte sans perdre le portefeuille.", other: "Vous pouvez perdre jusqu’à {count} cartes sans perdre le portefeuille." },
    "wizard.cards.allNeeded": "Avec {n} sur {n}, chaque carte est nécessaire : si une seule carte est perdue, brûlée ou jetée, le portefeuille est perdu pour toujours.",
    "wizard.cards.allAck": "Je comprends que perdre une seule carte fait perdre le portefeuille",
    "wizard.cards.useFewer": "Choisir plutôt {t} sur {n}, au choix",
    "wizard.cards.useMore": "Faire plutôt 3 cartes, dont 2 suffisent (n’importe lesquelles)",
    "wizard.cards.holdersTitle": "Qui garde chaque carte ?",
    "wizard.cards.holdersHint": "Imprimé sur la carte, pour que la famille sache à qui s’adresser. Facultatif ; un nom fait au plus {name} caractères, un lieu au plus {place}.",
    // aria-labels of the two boxes of a card's row.
    "wizard.cards.holderName": "Carte {n} : qui la garde",
    "wizard.cards.holderPlace": "Carte {n} : où elle est gardée",
    "wizard.cards.labelLabel": "Un nom pour ce jeu de cartes (au plus {limit} caractères)",
    // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
    "wizard.cards.defaultLabel": "{wallet} {year}",
    // The wallet's name in the label above when it has none.
    "wizard.cards.defaultWallet": "Portefeuille",
    // A new set's name when the set it replaces has the same one.
    "wizard.cards.newSetLabel": "{label} (nouveau jeu)",
    // {set}: the old set's name; {made}: its date.
    "wizard.reissue.note": "Ce nouveau jeu remplace {set} (fait le {made}, {t} sur {n} au choix). Les nouvelles cartes ne peuvent pas être mélangées avec les anciennes. {set} reste actif jusqu’à ce que les nouvelles cartes soient imprimées et vérifiées ; alors seulement il est marqué comme retiré, et alors seulement il faut récupérer ses cartes et les détruire.",
    "wizard.reissue.typePhrase": "Son portefeuille n’est pas enregistré sur cet ordinateur : tapez donc la phrase de récupération du portefeuille. Heirloom vérifie qu’il s’agit du même portefeuille.",

    // ---- Backup wizard, step 4: the passphrase ----
    "wizard.pass.title": "La phrase secrète",
    "wizard.pass.intro": "Les cartes sont verrouillées par cette phrase secrète. Écrivez ces six mots sur papier maintenant. Gardez ce papier à l’écart des cartes : quelqu’un qui trouverait assez de cartes aurait encore besoin de la phrase secrète.",
    "wizard.pass.written": "Je les ai notés",
    "wizard.pass.showAgain": "Afficher de nouveau les mots",
    "wizard.pass.retypeLabel": "Tapez les six mots de votre papier, séparés par des espaces",
    "wizard.pass.custom.summary": "Choisir plutôt ma propre phrase secrète",
    "wizard.pass.custom.label": "Votre phrase secrète",
    "wizard.pass.custom.use": "Utiliser cette phrase secrète",
    // {bits}: a whole number, the passphrase's strength.
    "wizard.pass.custom.strong": "Assez solide : environ {bits} bits.",
    "wizard.pass.custom.weak": "Trop facile à deviner : environ {bits} bits, il en faut au moins {floor}. Ajoutez d’autres mots sans rapport entre eux.",
    "wizard.pass.custom.writeDown": "Écrivez maintenant votre phrase secrète sur papier, exactement : chaque lettre, les majuscules et les espaces comptent. Puis retapez-la en lisant le papier.",
    "wizard.pass.custom.retypeLabel": "Votre phrase secrète, de nouveau, d’après le papier",
    "wizard.pass.custom.change": "Changer la phrase secrète",

    // ---- Backup wizard, step 5: making the cards ----
    "wizard.derive.title": "Création des cartes",
    "wizard.derive.intro": "Heirloom verrouille chaque carte avec la phrase secrète. Cela prend environ une seconde, exprès : cela ralentit toute autre personne qui essaierait de deviner la phrase secrète.",

    // ---- Backup wizard, step 6: cards ready ----
    "wizard.ready.title": "Vos cartes sont prêtes",
    "wizard.ready.set": "Jeu",
    "wizard.ready.cards": "Cartes",
    "wizard.ready.setId": "Identifiant du jeu",
    "wizard.ready.tn": "{t} sur {n}, au choix",
    // {problem}: why, in Rust's words (English).
    "wizard.ready.recordProblem": "Les cartes sont faites et fonctionnent, mais la liste des jeux de cartes de cet ordinateur n’a pas pu être mise à jour : {problem}",
    "wizard.ready.recordProblemReissue": "Les cartes sont faites et fonctionnent, mais la liste des jeux de cartes de cet ordinateur n’a pas pu être mise à jour : {problem} {set} n’a pas été marqué comme retiré.",
    "wizard.ready.reissueDone": "{set} est maintenant marqué comme retiré, remplacé par ce jeu. Ses cartes fonctionnent toujours. Une fois les nouvelles cartes distribuées, récupérez les anciennes cartes et détruisez-les ; l’écran d’accueil indique qui détient chacune d’elles.",
    "wizard.ready.reissuePending": "Gardez les cartes de {set} : c’est toujours sur elles qu’il faut compter. L’ancien jeu n’est retiré qu’une fois ces nouvelles cartes imprimées et vérifiées ci-dessous ; d’ici là, les deux jeux sont actifs.",
    "wizard.ready.leaveWarning": "Ces cartes ne sont pas encore vérifiées. Tant qu’elles ne sont pas imprimées et vérifiées, personne ne peut être sûr qu’elles permettent de récupérer le portefeuille. Le jeu attend en haut de l’écran d’accueil, comme travail inachevé ; vous pourrez vérifier les cartes imprimées à partir de là.",
    "wizard.ready.leaveWarningReissue": "Ces cartes ne sont pas encore vérifiées. Tant qu’elles ne sont pas imprimées et vérifiées, personne ne peut être sûr qu’elles permettent de récupérer le portefeuille, et {set} n’est pas retiré. Le jeu attend en haut de l’écran d’accueil, comme travail inachevé ; vous pourrez vérifier les cartes imprimées à partir de là.",
    "wizard.ready.leave": "Partir sans vérifier",
    "wizard.ready.stay": "Rester",
    // alt text of a card's QR code.
    "wizard.ready.qrAlt": "Code QR de la carte {n}",
    "wizard.ready.cardTitle": "Carte {n} sur {count} — {t} cartes au choix et la phrase secrète permettent de récupérer le portefeuille",
    "wizard.ready.cardFacts": "{label} · {date} · empreinte {fingerprint}",
    // {name}: who keeps the card ("—" when nobody is named); {place}: where.
    "wizard.ready.keptBy": "Gardée par {name}",
    "wizard.ready.keptByAt": "Gardée par {name}, {place}",
    "wizard.ready.verified": "Vérifié : les cartes imprimées ont été vérifiées, pour chaque groupe possible de cartes.",
    "wizard.ready.notVerified": "Pas encore vérifié : une fois les cartes imprimées, vérifiez-les avec la phrase secrète de votre papier avant de les distribuer.",
    "wizard.ready.saveTexts": "Enregistrer les textes des cartes…",
    // {place}: a folder's path.
    "wizard.ready.savedTexts": { one: "{count} texte de carte enregistré dans {place}.", other: "{count} textes de cartes enregistrés dans {place}." },

    // ---- Printing ----
    "print.title": "Imprimer les cartes",
    "print.intro": "Chaque carte telle qu’elle sera imprimée. Le PDF contient aussi une page de guide pour votre famille et une page de résumé du format des cartes.",
    "print.paper": "Papier",
    "print.paper.a4": "A4",
    "print.paper.letter": "US Letter (format américain)",
    "print.perPage": "Cartes par page",
    "print.perPage.4": "4 (avec traits de coupe)",
    "print.line": "Une ligne pour écrire la phrase secrète à la main",
    "print.line.first": "Sur la carte 1 seulement (une « carte clé »)",
    "print.line.none": "Sur aucune carte",
    "print.line.every": "Sur chaque carte",
    "print.previewAlt": "Carte {n} telle qu’elle sera imprimée",
    "print.pageAlt": "Page {n} sur {count}",
    "print.savePdf": "Enregistrer le PDF…",
    "print.savedPdf": "Cartes enregistrées sous {place}.",
    "print.savePictures": "Enregistrer les images des cartes…",
    "print.savedPictures": { one: "{count} image de carte enregistrée dans {place}.", other: "{count} images de cartes enregistrées dans {place}." },
    "print.print": "Imprimer…",

    // ---- Checking the printed cards ----
    "verify.title": "Vérifier les cartes imprimées",
    "verify.intro": "Avant de distribuer les cartes, présentez à nouveau les {count} cartes imprimées : montrez-les à la caméra, ouvrez des photos ou des scans (un PDF convient aussi), ou tapez le texte sous un code QR. Puis tapez la phrase secrète de votre papier. Heirloom vérifie que chaque groupe de {t} cartes permet de récupérer ce portefeuille (empreinte {fingerprint}) avec exactement ce qui est écrit, sans afficher la phrase.",
    "verify.cardsHeading": "Les cartes",
    "verify.cameraIntro": "Montrez chaque carte à la caméra, avec tout le code carré visible.",
    "verify.filesLabel": "Choisir des images ou des scans des cartes",
    "verify.passLabel": "La phrase secrète, exactement comme sur votre papier",
    "verify.checkNow": "Vérifier les cartes",
    "verify.notYet": "Pas encore vérifié.",
    "verify.not": "Non vérifié.",
    "verify.noCards": "Pas encore de cartes. Présentez les {count} cartes.",
    // {list}: card numbers, "1, 2, 4".
    "verify.cardsIn": "Cartes lues : {list} sur {count}.",
    "verify.allIn": "Les {count} cartes sont là. Tapez la phrase secrète de votre papier et appuyez sur « Vérifier les cartes ».",
    // Over the camera picture. {list}: card numbers.
    "verify.flash": { one: "✓ Carte {list} lue", other: "✓ Cartes {list} lues" },
    "verify.typePass": "Tapez la phrase secrète exactement comme elle est écrite sur votre papier.",
    "verify.opening": "Ouverture des cartes avec la phrase secrète…",
    "verify.progress": "Vérification : {checked} sur {total} groupes de {t} cartes…",
    "verify.done": "Vérifié : chaque groupe de cartes, avec la phrase secrète de votre papier, redonne ce portefeuille.",
    "verify.recorded": "La liste des jeux de cartes de cet ordinateur l’indique désormais.",
    "verify.retired": "Le jeu qu’il remplace est maintenant retiré : une fois les nouvelles cartes distribuées, récupérez ses cartes et détruisez-les.",

    // ---- Recovery: shared ----
    "recovery.step.cards": "Ajouter les cartes",
    "recovery.step.passphrase": "Taper la phrase secrète",
    "recovery.step.wallet": "Votre portefeuille",

    // ---- Recovery, step 1: the cards ----
    "recovery.cards.title": "Récupérer un portefeuille à partir de ses cartes",
    "recovery.cards.lead": "Ajoutez les cartes une par une, dans n’importe quel ordre, de l’une des trois façons ci-dessous. Heirloom vous dit quand il y en a assez.",
    "recovery.cards.waysLabel": "Comment ajouter une carte",
    "recovery.way.camera": "Montrer les cartes à la caméra",
    "recovery.way.files": "Ouvrir des images ou des scans PDF",
    "recovery.way.typed": "Taper le texte sous le code QR",
    "recovery.cards.cameraIntro": "Tenez une carte devant la caméra, avec tout le code carré visible, et gardez-la immobile un instant. Un bip retentit et une coche apparaît quand elle est lue. Montrez ensuite la carte suivante.",
    "recovery.cards.filesLabel": "Choisir des images ou des scans sur cet ordinateur",
    "recovery.cards.next": "Passer à la phrase secrète",
    // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
    "recovery.cards.flashAdded": "✓ {cards} : ajout réussi",
    "recovery.cards.flashRefused": "✗ {problem}",
    "recovery.cards.removedCard": "La carte {n} a été retirée. Vous pouvez l’ajouter de nouveau.",
    "recovery.cards.removedTyped": "La carte tapée {n} a été retirée. Vous pouvez la taper de nouveau.",
    "recovery.cards.removedUnplaced": "La carte tapée a été retirée. Vous pouvez la taper de nouveau.",

    // ---- Recovery: the board of cards ----
    "recovery.board.heading": "Cartes ajoutées",
    // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
    "recovery.board.label": "« {label} » {made}",
    "recovery.board.made": "fait le {date}",
    "recovery.board.retired": "Ce jeu a été retiré le {date} : un jeu de cartes plus récent existe peut-être. Ces cartes fonctionnent toujours.",
    "recovery.board.noCards": "Pas encore de cartes",
    // {have} cards added; {t} needed (2 or more).
    "recovery.board.countMore": "Cartes : {have} ({t} nécessaires)",
    "recovery.board.count": "Cartes : {have} sur {t}",
    "recovery.board.start": "Ajoutez n’importe quelle carte pour commencer. La première carte indique combien il en faut.",
    "recovery.board.needed": { one: "Il faut encore {count} carte.", other: "Il faut encore {count} cartes." },
    "recovery.board.enough": "Il y a assez de cartes. Passez à la phrase secrète.",
    "recovery.board.next": "Passer à la phrase secrète",
    // {id}: the first 8 characters of the set id, shown apart.
    "recovery.board.set": "Cette sauvegarde compte {count} cartes ; {t} d’entre elles, au choix, permettent de récupérer le portefeuille. Numéro du jeu : {id}.",
    // Under a typed card's slot.
    "recovery.board.typedGroup": "tapée ; le groupe {group} sera vérifié avec la phrase secrète",
    "recovery.board.typed": "tapée ; sera vérifiée avec la phrase secrète",
    "recovery.board.unplaced": "Une carte tapée",
    // Read by screen readers after a slot's card number.
    "recovery.board.in": "ajoutée",
    "recovery.board.notIn": "pas ajoutée",
    // aria-labels of the Remove buttons.
    "recovery.board.removeCard": "Retirer la carte {n}",
    "recovery.board.removeTyped": "Retirer la carte tapée {n}",
    "recovery.board.removeUnplaced": "Retirer la carte tapée",

    // ---- Recovery: what is said as cards arrive ----
    // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
    "recovery.news.card": "carte {n}",
    "recovery.news.cards": "cartes {list} et {last}",
    // The same at the start of a sentence.
    "recovery.news.Card": "Carte {n}",
    "recovery.news.Cards": "Cartes {list} et {last}",
    "recovery.news.added": "{cards} : ajout réussi.",
    "recovery.news.enough": "Il y a assez de cartes.",
    "recovery.news.keptN": "La carte {n} a été ajoutée telle que vous l’avez tapée.",
    "recovery.news.kept": "La carte a été ajoutée telle que vous l’avez tapée.",
    "recovery.news.keptCheck": "Heirloom la vérifiera, et corrigera les petites fautes de frappe, une fois que vous aurez tapé la phrase secrète.",
    // {message}: why, an error message.
    "recovery.news.noCardInPart": "{file} : aucune carte n’a été trouvée dans les pages lues. {message}",
    "recovery.news.stoppedOne": "Arrêté. Rien n’a été ajouté à partir de ce fichier.",
    // {count}: 2 or more.
    "recovery.news.stoppedMany": "Arrêté. Les {count} derniers fichiers n’ont pas été lus ; rien n’a été ajouté à partir d’eux.",
    // A few words over the camera picture for a refused card.
    "recovery.short.other_set": "Carte d’une autre sauvegarde",
    "recovery.short.damaged": "Carte abîmée",
    "recovery.short.duplicate": "Déjà ajoutée",
    "recovery.short.not_a_card": "Pas une carte Heirloom",
    "recovery.short.unsupported_version": "Format de carte plus récent",
    "recovery.short.kdf_out_of_bounds": "Carte refusée",
    "recovery.short.other": "Cette carte est inutilisable",

    // ---- Recovery, step 2: the passphrase ----
    "recovery.pass.title": "Tapez la phrase secrète",
    "recovery.pass.intro": "Les cartes sont verrouillées par une phrase secrète. Elle n’est pas imprimée sur les cartes : la personne qui les a faites l’a notée à part, ou l’a confiée à quelqu’un de confiance.",
    "recovery.pass.legend": "À quoi ressemble la phrase secrète ?",
    "recovery.pass.modeWords": "Six mots ordinaires (créés par Heirloom)",
    "recovery.pass.modeText": "Autre chose (choisi par la personne qui a fait les cartes)",
    "recovery.pass.wordsIntro": "Tapez les six mots dans l’ordre où ils ont été notés. Les quatre premières lettres de chaque mot suffisent.",
    "recovery.pass.wordLabel": "Mot {n} de la phrase secrète",
    "recovery.pass.notAWord": "Ce mot n’est pas dans la liste. Vérifiez l’orthographe.",
    // {words}: one or more suggested words, each a button.
    "recovery.pass.notAWordSuggest": "Ce mot n’est pas dans la liste. Vouliez-vous dire {words} ?",
    "recovery.pass.textLabel": "La phrase secrète, exactement comme elle a été notée",
    "recovery.pass.textHint": "Les majuscules comptent. Les espaces en trop, non.",
    "recovery.pass.working": "Ouverture des cartes avec la phrase secrète. Cela prend quelques secondes, exprès : cela ralentit toute autre personne qui essaierait de deviner.",
    "recovery.pass.open": "Ouvrir les cartes",
    "recovery.pass.backToCards": "Retour aux cartes",
    "recovery.pass.typeFirst": "Tapez d’abord la phrase secrète.",
    "recovery.pass.wordUnknown": "Le mot {n} n’est pas dans la liste de mots. Vérifiez son orthographe. Si la phrase secrète n’est pas faite de six mots de la liste, choisissez « Autre chose » ci-dessus.",
    "recovery.pass.wordEmpty": "Le mot {n} est vide. Tapez les six mots dans l’ordre.",
    // Help under a wrong passphrase: one of the first two, then one of the next two.
    "recovery.pass.help.typed": "Les cartes qui ont été lues ne s’ouvrent pas avec cette phrase secrète : c’est donc elle qu’il faut vérifier d’abord ; les cartes tapées seront vérifiées une fois qu’elle sera juste.",
    "recovery.pass.help.allRead": "Les cartes ont toutes été lues correctement : c’est donc la phrase secrète qu’il faut vérifier.",
    "recovery.pass.help.words": "Relisez chaque mot, et vérifiez que les mots sont dans l’ordre où ils ont été notés.",
    "recovery.pass.help.text": "Vérifiez chaque lettre, les majuscules, et les espaces entre les mots.",
    "recovery.pass.help.retype": "Retournez aux cartes pour taper de nouveau cette carte.",
    "recovery.pass.help.damagedN": "La phrase secrète est juste : elle a ouvert les autres cartes. Retournez aux cartes, retirez la carte {n} avec « Retirer », puis scannez-la de nouveau, tapez son texte, ou ajoutez une autre carte.",
    "recovery.pass.help.damaged": "La phrase secrète est juste : elle a ouvert les autres cartes. Retournez aux cartes, retirez cette carte avec « Retirer », puis scannez-la de nouveau, tapez son texte, ou ajoutez une autre carte.",
    "recovery.pass.help.change": "Retournez aux cartes pour les changer.",

    // ---- Recovery, step 3: the wallet is back ----
    "recovery.result.title": "Le portefeuille est récupéré",
    "recovery.result.checkApp": "Vérifiez que votre application de portefeuille affiche cette même empreinte du portefeuille une fois les {count} mots tapés dedans. Si elle affiche une autre empreinte, un mot y a été mal tapé.",
    "recovery.result.phraseHeading": "La phrase de récupération",
    "recovery.result.phraseWarning": "{count} mots. Quiconque les voit peut prendre l’argent : ne les affichez que là où personne ne peut regarder par-dessus votre épaule, et ne les tapez jamais sur un site web.",
    "recovery.result.show": "Afficher la phrase de récupération",
    "recovery.result.hide": "Masquer la phrase de récupération",
    "recovery.result.seedHeading": "Pour un portefeuille matériel",
    "recovery.result.seedIntro": "Certains portefeuilles matériels (par exemple SeedSigner) peuvent lire la phrase dans un code QR appelé SeedQR : ainsi, personne n’a besoin de la taper.",
    "recovery.result.seedShow": "Afficher en SeedQR",
    "recovery.result.seedHide": "Masquer le SeedQR",
    "recovery.result.seedAlt": "La phrase de récupération sous forme de code SeedQR",
    "recovery.result.seedNone": "Le SeedQR n’existe que pour les phrases de récupération en anglais. Tapez plutôt les mots dans le portefeuille.",
    "recovery.result.saveHeading": "La garder sur cet ordinateur",
    "recovery.result.saveIntro": "Enregistrez la phrase dans le trousseau de clés de cet ordinateur, verrouillée par votre session, pour faire de nouvelles cartes plus tard.",
    // The wallet name offered at first.
    "recovery.result.defaultName": "Portefeuille récupéré",
    "recovery.result.saved": "Enregistré sur cet ordinateur sous le nom « {name} ». Vous pourrez en faire de nouvelles cartes plus tard.",
    "recovery.result.already": "Ce portefeuille est déjà enregistré sur cet ordinateur sous le nom « {name} » ; il n’a donc pas été enregistré de nouveau.",
    "recovery.result.leaveNote": "Quand vous quitterez cet écran, les mots seront effacés de l’écran et de la mémoire d’Heirloom.",
    "recovery.result.nextHeading": "Que faire ensuite",
    "recovery.result.next1": "Tapez les mots dans une application de portefeuille de confiance (ou scannez le SeedQR ci-dessous avec un portefeuille matériel), sur cet ordinateur ou sur un nouveau portefeuille matériel. Vérifiez que la même empreinte s’affiche.",
    "recovery.result.next2": "Transférez l’argent vers un nouveau portefeuille dont personne d’autre que vous ne connaît les mots : les mots de ces cartes ont maintenant été vus sur un écran, et plusieurs personnes détiennent des cartes.",
    "recovery.result.next3": "Vous ne savez pas comment faire ? Demandez à une personne de confiance qui connaît les portefeuilles Bitcoin de vous aider sur place. Ne donnez jamais les mots à quelqu’un qui appelle, écrit ou les demande en ligne : personne d’honnête n’en a jamais besoin.",
    "recovery.result.corrected": { one: "Heirloom a corrigé une carte tapée", other: "Heirloom a corrigé les cartes tapées" },
    "recovery.result.correctedIntro": "Heirloom ne corrige une faute de frappe que lorsque le contrôle propre à la carte le prouve : le portefeuille ci-dessous est donc le bon. Regardez de nouveau la carte : là où le papier est difficile à lire, écrivez les bonnes lettres à côté pour la prochaine fois.",
    // {typed} and {corrected}: six characters each, shown as code.
    "recovery.result.correction": "Carte {n}, groupe {group} : vous avez tapé {typed}, la carte indique {corrected}. Vérifiez, s’il vous plaît.",
    // What was typed, when nothing was.
    "recovery.result.nothing": "rien",
    "recovery.result.timedOut": "Cela a pris trop de temps : par sécurité, les mots ont été oubliés.",
    "recovery.result.timedOutExplain": "Heirloom ne garde les mots récupérés en mémoire que pendant leur utilisation : après 15 minutes sans utilisation, ils sont effacés, pour ne pas rester sur un ordinateur que personne ne surveille. Rien n’est perdu : les cartes et la phrase secrète permettent de récupérer de nouveau le portefeuille. Un portefeuille déjà enregistré sur cet ordinateur reste enregistré.",
    "recovery.result.again": "Ajouter de nouveau les cartes",
    // {printed}, {recovered}: fingerprints, 8 characters.
    "recovery.fp.match": "Cela correspond à l’empreinte imprimée sur vos cartes ({printed}) : ces cartes ont redonné le portefeuille pour lequel elles ont été faites.",
    "recovery.fp.mismatch": "Arrêtez : d’après les cartes, l’empreinte est {printed}, mais elles ont redonné le portefeuille {recovered}. Ce ne sont pas les mots du portefeuille pour lequel les cartes ont été faites ; une carte est peut-être falsifiée ou vient d’un autre jeu. Ne transférez pas d’argent vers ce portefeuille ni depuis celui-ci. Demandez à la personne qui a fait les cartes, ou à une personne de confiance qui connaît les portefeuilles Bitcoin.",
    "recovery.fp.again": "Je l’ai peut-être mal tapée : comparer de nouveau",
    "recovery.fp.ask": "Comparez cette empreinte avec celle imprimée sur vos cartes (après « Wallet fingerprint ») et sur le guide pour la famille. Tapez ici celle qui est imprimée pour vérifier :",
    "recovery.fp.label": "Empreinte imprimée sur les cartes",
    "recovery.fp.compare": "Comparer",
    "recovery.fp.invalid": "Une empreinte fait huit caractères : les chiffres 0 à 9 et les lettres a à f, comme imprimé sur la carte.",

    // ---- Taking cards in: camera, files, typed text ----
    "intake.camera.videoLabel": "Ce que voit la caméra",
    "intake.camera.choose": "Caméra",
    "intake.camera.nameless": "Caméra {n}",
    "intake.camera.on": "Allumer la caméra",
    "intake.camera.off": "Éteindre la caméra",
    "intake.camera.retry": "Réessayer la caméra",
    "camera.unsupported": "Heirloom ne peut pas utiliser de caméra sur cet ordinateur. Ouvrez plutôt des images des cartes, ou tapez le texte imprimé sous chaque code QR.",
    "camera.refused": "Heirloom n’a pas été autorisé à utiliser la caméra. Autorisez la caméra dans les réglages de cet ordinateur et appuyez sur « Réessayer la caméra », ou ouvrez des images des cartes, ou tapez le texte sous le code QR.",
    "camera.none": "Aucune caméra n’a été trouvée. Branchez une webcam et appuyez sur « Réessayer la caméra », ou ouvrez des images des cartes, ou tapez le texte sous le code QR.",
    "camera.busy": "La caméra est utilisée par un autre programme. Fermez ce programme (par exemple un appel vidéo) et appuyez sur « Réessayer la caméra ».",
    "camera.failed": "La caméra n’a pas pu démarrer. Appuyez sur « Réessayer la caméra », ou ouvrez des images des cartes, ou tapez le texte sous le code QR.",
    "intake.files.drop": "Déposez ici des images ou des scans des cartes",
    "intake.files.or": "ou",
    "intake.files.kinds": "Photos (JPEG), images PNG et fichiers PDF d’un scanner. Une image ou une page peut contenir plusieurs cartes.",
    "intake.typed.label": "Tapez le texte imprimé sous le code QR",
    "intake.typed.help": "Les majuscules et les espaces ne comptent pas. Chaque groupe de six caractères est vérifié pendant que vous tapez : une coche signifie que le groupe est juste. Un lecteur de codes-barres fonctionne aussi : cliquez dans la case et scannez le code.",
    "intake.typed.groupsLabel": "Groupes vérifiés jusqu’ici",
    // Read by screen readers for a group's mark.
    "intake.typed.wrong": "faux",
    "intake.typed.right": "juste",
    "intake.typed.unfinished": "pas terminé",
    "intake.typed.groupWrong": "Le groupe {n} ne correspond pas à la carte. Comparez-le lettre par lettre ; si une lettre a été oubliée ou ajoutée, les groupes suivants paraissent faux eux aussi.",
    "intake.typed.empty": "Tapez d’abord le texte imprimé sous le code QR.",
    "intake.typed.keepOffer": "Si la carte est difficile à lire, ou si vous l’avez comparée sans trouver l’erreur, ajoutez-la telle que vous l’avez tapée. Une fois la phrase secrète tapée, Heirloom cherche lui-même les petites fautes de frappe, et n’en corrige une que lorsque le contrôle propre à la carte le prouve. Il vous indique ce qu’il a changé.",
    "intake.typed.keep": "L’ajouter telle que tapée",
    "scan.opening": "Ouverture du fichier",
    "scan.readingPage": "Lecture de la page {page} sur {pages}",
    "scan.readingPicture": "Lecture de l’image",
    "scan.closerPage": "Examen plus attentif de la page {page} ({n} sur {of})",
    "scan.closerPicture": "Examen plus attentif de l’image (étape {pass} sur {passes})",
    // {progress}: one of the five above.
    "scan.lineMany": "Fichier {k} sur {count}, {name} : {progress}…",
    "scan.lineOne": "{name} : {progress}…",
    "scan.stopping": "Arrêt en cours…",

    // ---- The record of backup sets (home screen) ----
    "sets.heading": "Vos jeux de cartes",
    "sets.none": "Aucun jeu de cartes n’a encore été fait sur cet ordinateur.",
    // How a set is named: its label in quotation marks, else its id.
    "sets.name.label": "« {label} »",
    "sets.name.id": "jeu {id}",
    "sets.unnamed": "Jeu sans nom",
    "sets.interval.91": "trois mois",
    "sets.interval.182": "six mois",
    "sets.interval.365": "douze mois",
    "sets.interval.730": "deux ans",
    "sets.interval.days": "{days} jours",
    // Followed by the menu of the four periods above.
    "sets.interval.label": "Me le rappeler quand aucune carte d’un jeu n’a été contrôlée depuis",
    "sets.keptAside": "La liste des jeux de cartes d’Heirloom sur cet ordinateur était abîmée : elle a été mise de côté et une nouvelle liste, vide, a été commencée. Rien n’a été effacé : l’ancienne liste est conservée dans {path}. Vos cartes ne sont pas concernées.",
    "sets.wallet.saved": "Portefeuille « {name} » (empreinte {fingerprint})",
    "sets.wallet.namedElsewhere": "Portefeuille « {name} », empreinte {fingerprint} — pas enregistré sur cet ordinateur",
    "sets.wallet.elsewhere": "Empreinte du portefeuille {fingerprint} — pas enregistré sur cet ordinateur",
    "sets.holder.card": "Carte {n} :",
    "sets.holder.nobody": "aucun détenteur indiqué",
    "sets.holder.lastChecked": "— dernier contrôle le {date}",
    "sets.holder.notChecked": "— pas encore contrôlée",
    "sets.badge.retired": "Retiré le {date}",
    "sets.badge.active": "Actif",
    "sets.facts.made": "Fait le {made} · {t} cartes sur {n}, au choix, permettent de récupérer le portefeuille",
    "sets.facts.wallet": "{wallet} · jeu {id}",
    "sets.facts.verified": "Cartes imprimées vérifiées le {date}",
    "sets.facts.notVerified": "Cartes non vérifiées après impression",
    "sets.facts.checkup": "dernier contrôle d’une carte le {date}",
    "sets.facts.noCheckup": "aucun contrôle de carte pour l’instant",
    // {period}: one of the sets.interval.* values.
    "sets.reminder": "C’est le moment d’un contrôle : aucune carte de ce jeu n’a été contrôlée depuis plus de {period}. Demandez à chaque détenteur de vous montrer sa carte, et utilisez « Contrôler une carte » ci-dessous.",
    "sets.retired.replacedBy": "Remplacé par {set}.",
    "sets.retired.stillWorks": "Ses cartes permettent toujours de récupérer le portefeuille ; la récupération avertira qu’un jeu plus récent existe peut-être.",
    "sets.changeHolders": "Changer les détenteurs…",
    "sets.reissue": "Remplacer par un nouveau jeu…",
    "sets.retire": "Retirer ce jeu…",
    "sets.holders.title": "Qui garde les cartes de {set} ?",
    "sets.holders.intro": "Quand une carte change de mains ou d’endroit, notez-le ici, pour que la famille sache à qui s’adresser. Cela ne change que la liste de cet ordinateur : les noms imprimés sur les cartes restent tels quels. Un nom fait au plus {name} caractères, un lieu au plus {place}.",
    // Under a wallet's name: {list} is its sets, "“Family 2026” (active) · …".
    "sets.ofWallet": "Jeux : {list}",
    "sets.ofWallet.item": "{set} ({status})",
    "sets.ofWallet.itemDue": "{set} ({status}, contrôle à faire)",
    "sets.status.active": "actif",
    "sets.status.retired": "retiré",
    "sets.ofWallet.none": "Aucun jeu de cartes de ce portefeuille n’est encore enregistré ici.",
    "sets.exported": { one: "La liste de {count} jeu de cartes a été enregistrée dans {place}. Elle contient des noms et des dates, pas le portefeuille.", other: "La liste de {count} jeux de cartes a été enregistrée dans {place}. Elle contient des noms et des dates, pas le portefeuille." },
    // {count}: new sets; {updated}: sets updated.
    "sets.imported": { one: "Importé : {count} nouveau jeu, {updated} mis à jour.", other: "Importé : {count} nouveaux jeux, {updated} mis à jour." },
    "sets.checkCard": "Contrôler une carte",
    "sets.export": "Enregistrer cette liste…",
    "sets.import": "Ajouter une liste venant d’un autre ordinateur…",
    "sets.replacing": "Ce jeu remplace {old}, mais ses cartes imprimées ne sont pas encore vérifiées. Gardez les cartes de {old} jusqu’à ce que ce jeu soit vérifié ; {old} ne sera retiré qu’à ce moment-là.",
    "sets.beingReplaced": "{set} est en cours de création pour remplacer ce jeu, mais ses cartes imprimées ne sont pas encore vérifiées. Gardez ces cartes-ci : c’est toujours sur elles qu’il faut compter.",
    "sets.unfinished.heading": { one: "Inachevé : un jeu dont les cartes imprimées ne sont pas vérifiées", other: "Inachevé : {count} jeux dont les cartes imprimées ne sont pas vérifiées" },
    "sets.unfinished.text": "Tant que les cartes imprimées n’ont pas été présentées de nouveau et vérifiées avec la phrase secrète de votre papier, personne ne peut être sûr qu’elles permettent de récupérer le portefeuille. Ne les distribuez pas avant.",
    "sets.unfinished.facts": "fait le {made}, {t} sur {n} au choix",
    "sets.unfinished.factsReplaces": "fait le {made}, {t} sur {n} au choix, remplace un jeu plus ancien",
    // {names}: the sets' names.
    "sets.due": { one: "Un jeu attend son contrôle : {names}.", other: "{count} jeux attendent leur contrôle : {names}." },
    "sets.retireScreen.title": "Retirer {set} ?",
    "sets.retireScreen.text": "Retirer ce jeu indique que ce n’est plus celui à utiliser, par exemple après que vous avez fait un nouveau jeu ou qu’une carte a été perdue. Rien n’est effacé, et ses cartes permettent toujours de récupérer le portefeuille : chaque fois que l’une d’elles sera scannée, Heirloom avertira qu’un jeu plus récent existe peut-être.",
    "sets.retireScreen.instead": "Pour le remplacer par de nouvelles cartes, utilisez plutôt « Remplacer par un nouveau jeu… » : cela crée le nouveau jeu et retire l’ancien en une seule étape. Retirez un jeu ici quand ses cartes ne doivent plus être utilisées, par exemple après qu’un nouveau jeu a été fait sur un autre ordinateur.",
    "sets.retireScreen.which": "Quel nouveau jeu le remplace ?",
    "sets.retireScreen.noNew": "Aucun nouveau jeu (pour l’instant)",
    "sets.retireScreen.option": "{label}, fait le {made}",
    "sets.retireScreen.optionId": "Jeu {id}, fait le {made}",
    "sets.retireScreen.typeName": "Tapez le nom du jeu pour confirmer : {name}",
    "sets.retireScreen.confirm": "Retirer ce jeu",
    "sets.retireScreen.keep": "Le garder actif",

    // ---- Card check-up ----
    "checkup.title": "Contrôler une carte",
    "checkup.lead": "Assurez-vous qu’une carte est toujours lisible, et voyez à quel jeu elle appartient. Aucune phrase secrète n’est nécessaire, et rien de secret n’est affiché. La date du contrôle est notée sur cet ordinateur.",
    "checkup.cameraHeading": "Montrez la carte à la caméra",
    "checkup.filesHeading": "Ou ouvrez une image ou un scan de la carte",
    "checkup.typedHeading": "Ou tapez le texte de la carte",
    "checkup.cameraIntro": "Avec tout le code carré visible ; un bip indique qu’elle a été lue.",
    "checkup.filesLabel": "Choisir une image ou un scan",
    "checkup.add": "Contrôler ce texte",
    "checkup.headLabel": "La carte {n} sur {count} du jeu « {label} » est intacte.",
    "checkup.headId": "La carte {n} sur {count} du jeu {id} est intacte.",
    "checkup.anyT": "{t} des {n} cartes, n’importe lesquelles, permettent de récupérer le portefeuille.",
    "checkup.explain.active": "Ce jeu est actif : c’est celui à utiliser.",
    "checkup.explain.retired": "Ce jeu a été retiré le {date} : un jeu de cartes plus récent existe peut-être. Cette carte fonctionne toujours, mais il faut la récupérer et la détruire une fois le nouveau jeu distribué.",
    "checkup.explain.unknown": "Cet ordinateur n’a aucune trace de ce jeu (il a peut-être été fait sur un autre ordinateur). La carte est lisible ; rien n’a été enregistré.",
    // {status}: one of checkup.status.*; {explain}: one of checkup.explain.*.
    "checkup.statusLine": "État : {status}. {explain}",
    "checkup.status.active": "actif",
    "checkup.status.retired": "retiré",
    "checkup.status.unknown": "inconnu de cet ordinateur",
    "checkup.holder": "Détenteur enregistré : {holder}.",
    "checkup.recorded": "Contrôle enregistré le {date}.",
    "checkup.noCard": "Aucune carte n’a été trouvée.",
    // Beside the camera picture. {status}: one of checkup.latestStatus.*.
    "checkup.latest": "✓ La carte {n} de {set} est intacte ({status}). Détails ci-dessous. Montrez la carte suivante.",
    "checkup.latestStatus.active": "jeu actif",
    "checkup.latestStatus.retired": "jeu retiré : un jeu plus récent existe peut-être",
    "checkup.latestStatus.unknown": "jeu inconnu de cet ordinateur",
    "checkup.latestProblem": "✗ {message}",
    "checkup.flashRead": "✓ Carte {n} lue",
    "checkup.flashBad": "✗ Cette carte est illisible",

    // ---- Errors: one message per kind the app reports (src-tauri/src/error.rs). Details
    // arrive as placeholders; wording as in Rust's English messages. ----
    "error.unexpected": "Un problème inattendu est survenu. Rien n’a été perdu ; veuillez réessayer.",
    "error.not_a_card": "Ce n’est pas une carte Heirloom. Vérifiez que vous avez scanné ou tapé le code d’une carte Heirloom.",
    "error.typo": "Le groupe {group} du texte de la carte ne semble pas juste. Comparez-le avec la carte, caractère par caractère ; si un caractère a été oublié ou ajouté, les groupes suivants paraîtront faux eux aussi.",
    "error.damaged": "La carte {index} est abîmée : elle ne peut pas être lue correctement. Scannez-la de nouveau, ou tapez le texte imprimé sous le code QR.",
    "error.damaged.unknown": "Cette carte est abîmée : elle ne peut pas être lue correctement. Scannez-la de nouveau, ou tapez le texte imprimé sous le code QR.",
    // {expected}, {found}: set ids, 16 characters.
    "error.other_set": "Cette carte appartient à une autre sauvegarde (jeu {found}) que la première carte (jeu {expected}). N’utilisez que des cartes d’un même jeu.",
    // The other set named by its label, which this computer knows. {found_label}: the card's set; {expected_label}: the set of the cards already added.
    "error.other_set.named": "Cette carte appartient à une autre sauvegarde, « {found_label} », que les cartes déjà ajoutées. N’utilisez que des cartes d’un même jeu.",
    "error.other_set.namedBoth": "Cette carte appartient à une autre sauvegarde, « {found_label} », que les cartes déjà ajoutées (« {expected_label} »). N’utilisez que des cartes d’un même jeu.",
    "error.duplicate": "Vous avez déjà ajouté la carte {index}. Ajoutez une autre carte.",
    // {count}: how many more cards are needed.
    "error.not_enough_cards": { one: "Pas assez de cartes : vous en avez {have}, et {need} cartes, n’importe lesquelles, permettent de récupérer le portefeuille ; il faut encore {count} carte.", other: "Pas assez de cartes : vous en avez {have}, et {need} cartes, n’importe lesquelles, permettent de récupérer le portefeuille ; il faut encore {count} cartes." },
    "error.wrong_passphrase": "La phrase secrète ne correspond pas à ces cartes. Vérifiez l’orthographe et les espaces, puis réessayez.",
    "error.unsupported_version": "Cette carte a été faite par une version plus récente d’Heirloom (format de carte {version}). Installez la dernière version d’Heirloom pour la lire.",
    "error.kdf_out_of_bounds": "Cette carte demande plus de mémoire ou de temps de calcul que n’importe quelle vraie carte Heirloom : elle a donc été refusée. Elle a peut-être été falsifiée.",
    "error.bad_word_count": "Une phrase de récupération compte 12, 15, 18, 21 ou 24 mots ; celle-ci en compte {count}.",
    "error.unknown_word": "Le mot {position} n’est pas un mot de phrase de récupération. Vérifiez son orthographe.",
    "error.bad_checksum": "Les mots sont tous valides, mais ils ne forment pas une phrase de récupération valide : l’un d’eux est probablement faux ou mal placé. Comparez chaque mot avec votre sauvegarde.",
    "error.invalid_threshold": "Choisissez entre 2 et 16 cartes, et un nombre de cartes nécessaires pour récupérer compris entre 2 et le nombre de cartes (vous avez choisi {threshold} sur {count}).",
    "error.invalid_kdf_params": "Réglages de dérivation de clé hors limites : la mémoire doit être une puissance de deux de 8 à 1024 Mio, le nombre de passes de 1 à 8, le nombre de voies de 1 à 8.",
    "error.weak_passphrase": "Cette phrase secrète est trop facile à deviner. Utilisez les six mots générés, ou une phrase secrète plus longue faite de plusieurs mots sans rapport entre eux.",
    "error.well_known_passphrase": "C’est une phrase connue, que les pirates essaient en premier ; choisissez vos propres mots, ou utilisez les six mots générés.",
    "error.empty_passphrase": "La phrase secrète est vide. Tapez la phrase secrète choisie lors de la création des cartes.",
    "error.invalid_dice": "Les lancers de dé doivent être des chiffres de 1 à 6 (les espaces sont ignorés) ; lancez le dé au moins {min} fois.",
    "error.keychain_unavailable": "Le trousseau de clés de cet ordinateur est inaccessible (il est peut-être verrouillé, ou il n’y en a pas). Vous pouvez continuer sans enregistrer le portefeuille sur cet ordinateur.",
    "error.keychain_mismatch": "Le trousseau de clés n’a pas conservé correctement le portefeuille : rien n’a donc été enregistré. Réessayez, ou continuez sans enregistrer.",
    "error.wallet_exists": "Un portefeuille portant ce nom est déjà enregistré sur cet ordinateur. Choisissez un autre nom, ou confirmez que vous voulez le remplacer.",
    // {saved}, {new}: fingerprints.
    "error.wallet_exists.named": "Un autre portefeuille est déjà enregistré sous le nom « {name} » : empreinte {saved}. Ces mots sont ceux du portefeuille d’empreinte {new}. Rien n’a été changé. Choisissez un autre nom ; ou, pour remplacer le portefeuille enregistré et effacer ses mots de cet ordinateur, tapez son empreinte {saved}.",
    "error.wallet_not_found": "Il n’y a aucun portefeuille portant ce nom sur cet ordinateur.",
    "error.invalid_wallet_name": "Donnez au portefeuille un nom de 1 à 64 caractères.",
    "error.unreadable_file": "Heirloom ne peut pas ouvrir ce fichier. Vérifiez qu’il est toujours là et que vous avez le droit de le lire.",
    "error.unreadable_image": "Heirloom ne peut pas lire ce fichier comme une image. Utilisez une photo ou un scan enregistré en PNG, JPEG ou PDF.",
    "error.pdf_without_pictures": "Ce PDF ne contient ni image scannée ni texte de carte. Ouvrez plutôt le scan ou la photo des cartes, ou tapez le texte imprimé sous chaque code QR.",
    "error.no_qr_code": "Aucun code QR n’a été trouvé sur cette image. Reprenez-la avec toute la carte visible, un éclairage uniforme et une image nette, ou tapez le texte imprimé sous le code QR.",
    "error.card_too_large": "Cette carte est trop grande pour être imprimée en code QR fiable. Elle n’a pas été faite par cette version d’Heirloom ; imprimez plutôt son texte.",
    "error.invalid_print_layout": "Choisissez de 1 à 4 cartes par page, au moins une carte, et une résolution d’image de 72 à 1200 dpi.",
    "error.render_failed": "Heirloom n’a pas pu dessiner les cartes. Rien n’a été écrit ; veuillez signaler ce problème.",
    "error.randomness": "Le générateur de nombres aléatoires de cet ordinateur a échoué. Rien n’a été créé ; réessayez.",
    "error.record_too_new": "La liste de vos jeux de cartes a été faite par une version plus récente d’Heirloom : cette version ne la modifiera donc pas. Installez la dernière version d’Heirloom.",
    // {kept}, {path}: a file's path.
    "error.record_damaged": "La liste de vos jeux de cartes était abîmée et n’a pas pu être lue. Elle a été conservée sous {kept} et une nouvelle liste, vide, a été commencée ; rien d’autre n’a été changé. Si vous avez enregistré une copie de la liste avec « Enregistrer cette liste… », rajoutez-la avec « Ajouter une liste venant d’un autre ordinateur… ».",
    "error.record_unavailable": "Heirloom ne peut ni lire ni enregistrer sa liste des jeux de cartes à l’emplacement {path}. Vérifiez que le disque n’est pas plein et que vous avez le droit d’y écrire.",
    "error.no_data_folder": "Heirloom ne trouve pas de dossier pour ses propres données sur cet ordinateur : il ne peut donc pas tenir de liste des jeux de cartes.",
    "error.record_unreadable": "La liste de vos jeux de cartes à l’emplacement {path} est abîmée et n’a pas pu être lue ; rien n’a été changé. Si vous avez enregistré une copie de la liste avec « Enregistrer cette liste… », rajoutez-la avec « Ajouter une liste venant d’un autre ordinateur… » : Heirloom met alors le fichier abîmé de côté, dans le même dossier, et commence une nouvelle liste (enregistrer un nouveau jeu fait de même).",
    "error.record_busy": "Une autre fenêtre ou commande Heirloom est en train de modifier la liste des jeux de cartes. Réessayez quand elle aura terminé.",
    "error.data_folder_not_a_folder": "{path} n’est pas un dossier : Heirloom ne peut donc pas y tenir sa liste des jeux de cartes. Si HEIRLOOM_DATA_DIR est défini, il doit indiquer un dossier.",
    "error.record_file_too_large": "{path} contient plus que ce qu’une liste de jeux de cartes peut contenir (au plus {limit_mb} Mo, de quoi tenir environ 100 000 jeux) : il n’a donc pas été lu, et rien n’a été changé. Choisissez un fichier enregistré avec « Enregistrer cette liste… ».",
    "error.too_many_sets": "Une liste de jeux de cartes contient au plus {limit} jeux, et celle-ci en contiendrait davantage : rien n’a donc été changé.",
    "error.record_full": "La liste des jeux de cartes dépasserait {limit_mb} Mo, le maximum qu’Heirloom peut relire : cette modification n’a donc pas été enregistrée.",
    "error.duplicate_set_in_file": "Ce fichier mentionne le jeu de cartes {set_id} plus d’une fois, ce qu’aucune liste enregistrée par Heirloom ne fait. Il a peut-être été modifié ou abîmé ; rien n’a été importé.",
    // {reason}: another error message, saying why.
    "error.invalid_set_in_file": "Rien n’a été importé : le jeu de cartes {set_id} de ce fichier ne peut pas être enregistré. {reason}",
    // One message per field: the set's label, the wallet's name, a holder's name, a place.
    "error.text_too_long.label": "Le nom du jeu fait {chars} caractères ; il peut en faire au plus {limit}. Raccourcissez-le.",
    "error.text_too_long.wallet_name": "Le nom du portefeuille fait {chars} caractères ; il peut en faire au plus {limit}. Raccourcissez-le.",
    "error.text_too_long.holder_name": "Le nom du détenteur fait {chars} caractères ; il peut en faire au plus {limit}. Raccourcissez-le.",
    "error.text_too_long.place": "Le lieu fait {chars} caractères ; il peut en faire au plus {limit}. Raccourcissez-le.",
    "error.control_character.label": "Le nom du jeu contient un saut de ligne, une tabulation ou un autre caractère de contrôle. N’utilisez que des lettres, des chiffres, des espaces et de la ponctuation.",
    "error.control_character.wallet_name": "Le nom du portefeuille contient un saut de ligne, une tabulation ou un autre caractère de contrôle. N’utilisez que des lettres, des chiffres, des espaces et de la ponctuation.",
    "error.control_character.holder_name": "Le nom du détenteur contient un saut de ligne, une tabulation ou un autre caractère de contrôle. N’utilisez que des lettres, des chiffres, des espaces et de la ponctuation.",
    "error.control_character.place": "Le lieu contient un saut de ligne, une tabulation ou un autre caractère de contrôle. N’utilisez que des lettres, des chiffres, des espaces et de la ponctuation.",
    // {character}: the character refused.
    "error.unprintable.label": "Le nom du jeu contient « {character} », qu’Heirloom ne peut pas imprimer sur une carte : aucune de ses polices ne l’a, il sortirait donc comme une case vide. Écrivez le nom du jeu sans ce caractère, ou laissez cette partie de côté.",
    "error.unprintable.wallet_name": "Le nom du portefeuille contient « {character} », qu’Heirloom ne peut pas imprimer sur une carte : aucune de ses polices ne l’a, il sortirait donc comme une case vide. Écrivez le nom du portefeuille sans ce caractère, ou laissez cette partie de côté.",
    "error.unprintable.holder_name": "Le nom du détenteur contient « {character} », qu’Heirloom ne peut pas imprimer sur une carte : aucune de ses polices ne l’a, il sortirait donc comme une case vide. Écrivez le nom du détenteur sans ce caractère, ou laissez cette partie de côté.",
    "error.unprintable.place": "Le lieu contient « {character} », qu’Heirloom ne peut pas imprimer sur une carte : aucune de ses polices ne l’a, il sortirait donc comme une case vide. Écrivez le lieu sans ce caractère, ou laissez cette partie de côté.",
    "error.not_a_record_file": "Ce fichier n’est pas une liste de jeux de cartes Heirloom, ou il est abîmé. Choisissez un fichier enregistré avec « Enregistrer cette liste… ».",
    "error.set_exists": "Un autre jeu de cartes {set_id} est déjà enregistré ; il n’a pas été remplacé.",
    "error.set_not_found": "Il n’y a pas de jeu de cartes {set_id} dans la liste de cet ordinateur. Vérifiez l’identifiant du jeu : ce sont les 16 caractères imprimés sur chaque carte.",
    "error.no_such_card": "Ce jeu comprend les cartes 1 à {count} ; il n’y a pas de carte {index}.",
    "error.set_replaces_itself": "Le jeu {set_id} ne peut pas se remplacer lui-même. Indiquez le nouveau jeu qui le remplace.",
    "error.invalid_check_interval": "Un rappel de contrôle tous les {days} jours n’est pas possible : choisissez entre un mois et dix ans.",
    "error.different_wallet": "Ce sont les mots ou les cartes du portefeuille d’empreinte {found}, mais le portefeuille attendu ici a l’empreinte {expected}. Vérifiez que vous avez les bonnes cartes ou la bonne phrase de récupération. Un nouveau jeu ne peut remplacer qu’un jeu du même portefeuille ; pour un autre portefeuille, faites plutôt une nouvelle sauvegarde ordinaire.",
    "error.wallet_already_saved": "Ce portefeuille (empreinte {fingerprint}) est déjà enregistré sur cet ordinateur sous le nom « {name} » ; il n’a donc pas été enregistré une deuxième fois.",
    "error.wallet_changed": "Le portefeuille enregistré sous ce nom n’est pas celui que vous avez accepté de remplacer (il vient peut-être d’être modifié). Rien n’a été remplacé ; regardez la liste des portefeuilles et réessayez.",
    "error.picture_too_large": "Cette image fait {megapixels} mégapixels ; Heirloom lit les images jusqu’à {limit} mégapixels. Prenez plutôt une photo de la carte, ou scannez à 300 dpi.",
    "error.scan_file_too_large": "Ce fichier fait {megabytes} Mo ; Heirloom lit les images et les PDF jusqu’à {limit} Mo. Ne scannez que les pages avec des cartes, à 300 dpi, ou prenez une photo de chaque carte.",
    "error.too_many_pages": "Les {read} premières pages sur {pages} ont été lues ; Heirloom lit au plus {limit} pages par fichier. Divisez le fichier ou scannez les cartes séparément.",
    "error.too_many_pictures": "Les {read} premières pages sur {pages} ont été lues ; Heirloom lit au plus {limit} images par fichier. Divisez le fichier ou scannez les cartes séparément.",
    "error.scan_time_up": "Heirloom n’a pu lire que {read} des {pages} pages de ce fichier pendant les {seconds} secondes qu’il consacre à un fichier. Divisez le fichier ou scannez les cartes séparément.",
    "error.scan_not_a_file": "Ce n’est pas une image ni un fichier PDF, mais un dossier, un périphérique ou un tube : Heirloom ne l’a donc pas lu. Ouvrez plutôt la photo ou le scan des cartes.",
    "error.scan_cancelled": "La lecture a été arrêtée ; rien n’a été ajouté à partir de ce fichier.",
    "error.too_many_cards": "Une sauvegarde compte au plus {limit} cartes, et {limit} sont déjà ajoutées. Retirez d’abord une carte ajoutée par erreur.",
    "error.expired": "Cette étape a expiré : les mots ont donc été effacés de la mémoire. Veuillez recommencer cette sauvegarde.",
    "error.timed_out": "Cela a pris trop de temps : par sécurité, les mots ont été oubliés. Recommencez.",
    "error.internal": "Un problème est survenu à l’intérieur d’Heirloom, pas avec vos cartes ni vos mots. Rien n’a été changé. Veuillez réessayer ; si cela se reproduit, fermez Heirloom, rouvrez-le et signalez le problème.",
    // Checking printed cards with some missing: every card is checked, not T. {count}: cards in.
    "error.verify_needs_every_card": { one: "Vérifier les cartes imprimées demande les {need} cartes, et {count} est lue. Rapportez toutes les cartes du jeu : une carte non vérifiée n’est pas prouvée.", other: "Vérifier les cartes imprimées demande les {need} cartes, et {count} sont lues. Rapportez toutes les cartes du jeu : une carte non vérifiée n’est pas prouvée." },
    // The passphrase typed back from paper: the word count differs ({typed} typed, {expected}
    // in the passphrase), or word {position} does.
    "error.passphrase_mismatch.count": { one: "Vous avez tapé {count} mot, mais la phrase secrète en compte {expected}. Comparez ce que vous avez tapé avec votre papier ; aucune carte n’a été faite.", other: "Vous avez tapé {count} mots, mais la phrase secrète en compte {expected}. Comparez ce que vous avez tapé avec votre papier ; aucune carte n’a été faite." },
    "error.passphrase_mismatch.word": "Le mot {position} n’est pas le même que dans la phrase secrète. Comparez-le avec votre papier, lettre par lettre, et corrigez le papier si l’erreur s’y trouve ; aucune carte n’a été faite.",
    // {list}: word positions, "3, 7".
    "error.written_words_differ": { one: "Le mot {list} de votre papier n’est pas le mot de la phrase. Affichez de nouveau les mots et corrigez votre papier : les cartes redonneront les mots affichés, pas ceux qui sont écrits.", other: "Les mots {list} de votre papier ne sont pas les mots de la phrase. Affichez de nouveau les mots et corrigez votre papier : les cartes redonneront les mots affichés, pas ceux qui sont écrits." },
    "error.written_words_differ.none": "Tapez les mots demandés en les lisant sur votre papier.",
    "error.passphrase_not_confirmed": "Retapez d’abord la phrase secrète en la lisant sur votre papier, pour que les cartes soient verrouillées avec exactement ce qui est écrit.",
    "error.not_shown_again": "Une phrase secrète que vous avez choisie vous-même n’est pas affichée de nouveau. En cas de doute sur ce que vous avez noté, choisissez-la de nouveau.",
    "error.declined": "Rien n’a été affiché.",
    "error.all_cards_needed": "Avec {count} sur {count}, perdre une seule carte fait perdre le portefeuille pour toujours. Confirmez que c’est bien ce que vous voulez, ou choisissez un plus petit nombre de cartes nécessaires.",
    "error.not_confirmed.replace_wallet": "Pour remplacer le portefeuille enregistré, tapez exactement son empreinte, {expected}. Rien n’a été changé.",
    "error.not_confirmed.remove_wallet": "Tapez exactement le nom du portefeuille pour confirmer sa suppression.",
    "error.not_confirmed.retire_set": "Tapez le nom du jeu exactement comme il est affiché pour confirmer son retrait.",
    "error.only_copy": "« {name} » est le seul exemplaire de ce portefeuille sur cet ordinateur, et il n’en existe aucune carte vérifiée : aucun jeu de cartes actif de ce portefeuille n’a été vérifié après impression. Si vous le supprimez sans en avoir d’autre exemplaire, le portefeuille et son argent sont perdus pour toujours.",
    "error.bad_set_id": "Ce n’est pas un identifiant de jeu de cartes : l’identifiant, ce sont les 16 caractères imprimés sur chaque carte.",
    "error.io": "Impossible d’écrire {path} : {reason}.",
    "error.file_appeared": "Rien n’a été enregistré : un fichier {path} est apparu pendant que la boîte de dialogue était ouverte, et Heirloom ne remplace un fichier qu’après vous l’avoir demandé. Enregistrez de nouveau.",
    "error.file_exists": "Rien n’a été enregistré : {folder} contient déjà un fichier nommé {name}, et Heirloom n’écrit jamais par-dessus un fichier. Choisissez un dossier vide.",
  },
};

export default translation;
