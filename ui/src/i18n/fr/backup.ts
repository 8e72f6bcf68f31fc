// The French words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of ../fr.ts, typed against
// the English part (../en/backup.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { backup as english } from "../en/backup";

export const backup: PartOf<typeof english> = {
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
};
