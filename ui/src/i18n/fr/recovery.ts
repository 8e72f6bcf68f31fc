// The French words of recovery, and taking cards in (camera, files, typed text): one part of ../fr.ts, typed against
// the English part (../en/recovery.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { recovery as english } from "../en/recovery";

export const recovery: PartOf<typeof english> = {
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
  "recovery.cards.removedUnplacedPrinted": "La carte lue dans son texte imprimé a été retirée. Vous pouvez l’ajouter de nouveau.",

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
  "recovery.board.printedGroup": "lue dans le texte imprimé ; le groupe {group} sera vérifié avec la phrase secrète",
  "recovery.board.printed": "lue dans le texte imprimé ; sera vérifiée avec la phrase secrète",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "le groupe {group} sera vérifié avec la phrase secrète",
  "recovery.board.checked": "sera vérifiée avec la phrase secrète",
  "recovery.board.unplaced": "Une carte tapée",
  "recovery.board.unplacedPrinted": "Une carte lue dans son texte imprimé",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "ajoutée",
  "recovery.board.notIn": "pas ajoutée",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "Retirer la carte {n}",
  "recovery.board.removeTyped": "Retirer la carte tapée {n}",
  "recovery.board.removePrinted": "Retirer la carte {n}, lue dans son texte imprimé",
  "recovery.board.removeUnplaced": "Retirer la carte tapée",
  "recovery.board.removeUnplacedPrinted": "Retirer la carte lue dans son texte imprimé",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "carte {n}",
  "recovery.news.cards": "cartes {list} et {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "Carte {n}",
  "recovery.news.Cards": "Cartes {list} et {last}",
  "recovery.news.added": "{cards} : ajout réussi.",
  "recovery.news.printed": "Lue dans le texte imprimé sous le code QR, qui n’a pas pu être lu. Heirloom vérifie cette carte quand vous tapez la phrase secrète.",
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
  "recovery.pass.help.retype": "Retournez aux cartes et tapez le texte de cette carte, en comparant chaque groupe avec le papier.",
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
  "recovery.result.correctedRead": { one: "Heirloom a corrigé le texte d’une carte", other: "Heirloom a corrigé les textes des cartes" },
  "recovery.result.correctedReadIntro": "Heirloom ne corrige une erreur dans le texte d’une carte, tapé ou lu dans l’impression, que lorsque le contrôle propre à la carte le prouve : le portefeuille ci-dessous est donc le bon. Regardez de nouveau la carte : là où le papier est difficile à lire, écrivez les bonnes lettres à côté pour la prochaine fois.",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "Carte {n}, groupe {group} : vous avez tapé {typed}, la carte indique {corrected}. Vérifiez, s’il vous plaît.",
  "recovery.result.correctionRead": "Carte {n}, groupe {group} : lu {typed}, la carte indique {corrected}. Vérifiez, s’il vous plaît.",
  "recovery.result.correctionUnread": "Carte {n}, groupe {group} : non lu, la carte indique {corrected}. Vérifiez, s’il vous plaît.",
  // What was typed, when nothing was.
  "recovery.result.nothing": "rien",
  "recovery.result.leftOutN": "La carte {n} n'a pas été utilisée : ce qui en a été tapé ou lu diffère de la carte plus que Heirloom ne peut corriger avec certitude, et les autres cartes ont suffi sans elle. Le portefeuille ci-dessous est le bon.",
  "recovery.result.leftOut": "Une carte tapée n'a pas été utilisée : ce qui en a été tapé ou lu diffère de la carte plus que Heirloom ne peut corriger avec certitude, et les autres cartes ont suffi sans elle. Le portefeuille ci-dessous est le bon.",
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
};
