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
import type { Translation } from "./catalogue";

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
  messages: {
    // ---- The window: header, language switch, footer ----
    "app.tagline": "Schede di backup per una frase di recupero",
    // Label of the language switch on the home screen.
    "app.language": "Lingua",
    // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
    "about.built": "Heirloom {version}, compilato dal commit {commit}",
    "about.builtUnknown": "Heirloom {version}, compilato da un commit sconosciuto",

    // ---- Shared words ----
    "common.cancel": "Annulla",
    "common.continue": "Continua",
    "common.confirm": "Conferma",
    "common.back": "Indietro",
    "common.done": "Fatto",
    "common.save": "Salva",
    "common.remove": "Rimuovi",
    "common.check": "Controlla",
    // The "Card 3" in front of a row or slot.
    "common.cardN": "Scheda {n}",
    // aria-label of a word box: "Word 3".
    "common.wordN": "Parola {n}",
    "common.person": "Persona",
    "common.place": "Luogo",
    "common.walletFingerprint": "Impronta del portafoglio",
    "common.walletName": "Nome di questo portafoglio",
    "common.saveHere": "Salva su questo computer",
    "common.backHome": "Torna alla schermata iniziale",
    "common.startAgain": "Ricomincia",
    "common.addThisCard": "Aggiungi questa scheda",
    "common.checkPrinted": "Controlla le schede stampate…",
    "common.leaveRecovery": "Esci dal recupero",
    // Between the items of a list of numbers or names: "3, 7, 11".
    "common.listSeparator": ", ",
    // Between two sentences put side by side (ja and zh-Hans: none).
    "common.sentenceSeparator": " ",
    // A file's name in front of what it gave: "scan.pdf: Card 2 added."
    "common.inFile": "{file}: {text}",
    // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
    "common.stepper": "Passo {n} di {total}: {step}",

    // ---- Home screen ----
    "home.welcome": "Benvenuto",
    "home.lead": "Heirloom trasforma la frase di recupero del Suo portafoglio in schede stampate. Le affidi a persone di fiducia: ne bastano alcune, quali che siano, insieme a una password, per recuperare il portafoglio.",
    "home.recover.heading": "Ha delle schede Heirloom?",
    "home.recover.text": "Recuperi il portafoglio dalle sue schede e dalla password. Può usare una webcam, foto o scansioni delle schede, oppure scrivere il testo stampato sulle schede.",
    "home.recover.button": "Recupera un portafoglio dalle schede",
    "home.wallets.heading": "Portafogli su questo computer",
    "home.wallets.none": "Qui non è ancora salvato nessun portafoglio.",
    "home.wallet.backup": "Crea un backup",
    "home.wallet.remove": "Rimuovi…",
    "home.start.new": "Crea il backup di un nuovo portafoglio",
    "home.start.import": "Crea il backup di parole che ho già",
    // {name}: the wallet's name as the holder typed it.
    "home.remove.title": "Rimuovere «{name}»?",
    "home.remove.explainChecked": "Così la frase di recupero viene cancellata dal portachiavi di questo computer. Esistono schede controllate di questo portafoglio (una serie attiva, verificata dopo la stampa): con queste e con la password si può comunque recuperarlo.",
    "home.remove.explainUnchecked": "Così la frase di recupero viene cancellata dal portachiavi di questo computer. Su questo computer non risulta nessuna scheda controllata di questo portafoglio.",
    "home.remove.typeName": "Per confermare, scriva il nome del portafoglio: {name}",
    "home.remove.confirm": "Rimuovi da questo computer",
    "home.remove.keep": "Non rimuovere",
    "home.onlyCopy.title": "«{name}» è l'unica copia",
    "home.onlyCopy.before": "Prima di rimuoverlo, scriva le parole su carta, oppure crei una serie di schede e la controlli dopo la stampa.",
    "home.onlyCopy.show": "Mostra le parole",
    "home.onlyCopy.backup": "Crea prima le schede",
    "home.onlyCopy.remove": "Rimuovi comunque: ho un'altra copia",

    // ---- Saving a wallet in the keychain (wizard and recovery) ----
    "wallets.replace.label": "Per sostituirlo, scriva l'impronta del portafoglio salvato come «{name}»",
    "wallets.replace.button": "Sostituisci «{name}»",

    // ---- The ten BIP-39 word lists, by the name a person reads ----
    "words.list.english": "Inglese (English)",
    "words.list.spanish": "Spagnolo (español)",
    "words.list.french": "Francese (français)",
    "words.list.italian": "Italiano",
    "words.list.portuguese": "Portoghese (português)",
    "words.list.czech": "Ceco (čeština)",
    "words.list.japanese": "Giapponese (日本語)",
    "words.list.korean": "Coreano (한국어)",
    "words.list.chinese_simplified": "Cinese semplificato (简体中文)",
    "words.list.chinese_traditional": "Cinese tradizionale (繁體中文)",
    // First choice of the word-list menu when typing words one already has.
    "words.findFromWords": "Riconoscilo dalle parole",
    "words.listLabel": "Elenco di parole",
    "words.countLabel": "Numero di parole",
    // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
    "words.countOption": "{count} parole",
    "words.noteDetect": "Heirloom riconosce l'elenco dalle parole che scrive.",
    // {list}: a list's name, e.g. "Spanish (español)".
    // Translator's note (it): {list} is a language name, put in apposition ("elenco Spagnolo (español)").
    "words.noteFound": "Parole dell'elenco {list}: l'elenco è stato riconosciuto dalle parole scritte. Se è sbagliato, scelga l'elenco qui sopra.",
    "words.noteChosen": "Le parole vengono lette nell'elenco {list}.",
    // Under a word box. {words}: one or more suggested words, each a button, "A, B".
    "words.notOnList": "Non è una parola dell'elenco {list}.",
    "words.notOnListSuggest": "Non è una parola dell'elenco {list}. Intendeva {words}?",

    // ---- Backup wizard: shared ----
    "wizard.step.phrase": "Frase di recupero",
    "wizard.step.save": "Salva su questo computer",
    "wizard.step.cards": "Schede e custodi",
    "wizard.step.passphrase": "Password",
    "wizard.step.derive": "Creazione delle schede",
    "wizard.step.ready": "Schede pronte",
    "wizard.timedOut.notice": "È passato troppo tempo: per sicurezza le parole sono state dimenticate. Ricominci.",
    "wizard.timedOut.explain": "Con queste parole non è stata creata nessuna scheda. Heirloom tiene una frase di recupero in memoria solo finché serve: dopo 15 minuti di inattività la cancella, perché non resti su un computer che nessuno sorveglia. Un portafoglio già salvato su questo computer resta salvato.",

    // ---- Backup wizard, step 1: the phrase ----
    "wizard.phrase.title": "Una nuova frase di recupero",
    "wizard.phrase.intro": "Heirloom crea la frase con i numeri casuali sicuri di questo computer. Le schede che creerà dopo ne saranno il backup.",
    "wizard.phrase.howMany": "Quante parole?",
    "wizard.phrase.words12": "12 parole",
    "wizard.phrase.words24": "24 parole (più comune per somme elevate)",
    "wizard.phrase.dice.summary": "Aggiungi lanci di dado (facoltativo)",
    "wizard.phrase.dice.label": "Lanci un dado e scriva ogni risultato (un numero da 1 a 6). Vengono mescolati alla casualità del computer, quindi la frase è casuale almeno quanto ciascuna delle due fonti.",
    "wizard.phrase.create": "Crea la frase",
    // {fingerprint}: 8 characters, e.g. "d6defbaa".
    "wizard.phrase.regenerate.ask": "Creare una frase diversa? La frase creata poco fa (impronta {fingerprint}) verrà dimenticata. Se ne ha scritto le parole, barri le parole su quel foglio: queste schede non ne saranno il backup.",
    "wizard.phrase.regenerate.confirm": "Crea una frase diversa",
    "wizard.phrase.regenerate.keep": "Mantieni questa frase",
    "wizard.phrase.listNote": "Molte app di portafoglio accettano solo parole inglesi. Scelga parole dell'elenco {list} solo se la Sua app di portafoglio le accetta; le schede restituiscono le stesse parole, nello stesso elenco.",
    // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
    "wizard.summary.line": "{count} parole, elenco {list}. Impronta del portafoglio: {fingerprint}",
    "wizard.summary.fingerprintNote": "L'impronta identifica il portafoglio senza rivelarlo; portafogli come Sparrow mostrano gli stessi otto caratteri.",
    "wizard.summary.show": "Mostra le parole",
    "wizard.summary.hide": "Nascondi le parole",
    "wizard.written.title": "Scriva le parole su carta",
    "wizard.written.intro": "Scriva le {count} parole su un foglio, in ordine, con i loro numeri, e conservi il foglio in un posto sicuro. La Sua app di portafoglio chiede queste parole, e le schede che creerà dopo restituiscono esattamente queste parole.",
    // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
    "wizard.written.readBack": "Senza guardare lo schermo, legga dal Suo foglio queste parole: {words}.",
    "wizard.written.wordRef": "parola {n}",
    "wizard.written.done": "Le ho scritte",
    "wizard.written.skip": "Non le scriverò",
    "wizard.written.skipWarning": "Allora le schede che creerà dopo saranno l'unico backup di questo portafoglio (insieme al portachiavi di questo computer, se lo salva lì). Se il computer si guasta e vanno perse troppe schede o la password, il portafoglio e il suo denaro sono persi per sempre.",
    "wizard.written.skipConfirm": "Ho capito: le schede sono l'unico backup",
    "wizard.import.title": "Scriva la Sua frase di recupero",
    "wizard.import.intro": "Scriva le parole una per una, in ordine, in qualunque dei dieci elenchi di parole standard siano le Sue: Heirloom riconosce l'elenco dalle parole, oppure lo scelga Lei. Bastano le prime quattro lettere di ogni parola, e le parole spagnole e francesi si possono scrivere senza accenti.",
    "wizard.import.check": "Controlla le parole",
    "wizard.import.empty": "La parola {n} è vuota. Scriva tutte le {count} parole in ordine.",
    // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
    "wizard.import.otherWallet": "Queste parole appartengono al portafoglio con impronta {found}, ma {set} è il backup del portafoglio con impronta {expected}. Una nuova serie può sostituire solo una serie dello stesso portafoglio: controlli ogni parola con il Suo foglio.",
    "wizard.imported.title": "La frase è valida",
    "wizard.imported.check": "Prima di proseguire, controlli che questa impronta sia quella mostrata dal Suo portafoglio.",

    // ---- Backup wizard, step 2: save on this computer ----
    "wizard.save.title": "Salvare su questo computer?",
    "wizard.save.intro": "Conservi la frase nel portachiavi di questo computer, così potrà creare nuove schede in seguito senza riscriverla. Resta cifrata, protetta dal Suo accesso al computer.",
    // The wallet name offered at first.
    "wizard.save.defaultName": "Il mio portafoglio",
    "wizard.save.skip": "Non salvare",
    "wizard.save.continueWithout": "Continua senza salvare",
    "wizard.save.already": "Questo portafoglio è già salvato su questo computer come «{name}»; non è stato salvato due volte.",

    // ---- Backup wizard, step 3: cards and holders ----
    "wizard.cards.title": "Quante schede?",
    "wizard.cards.countLabel": "Schede da stampare",
    "wizard.cards.thresholdLabel": "Schede necessarie per il recupero",
    // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
    "wizard.cards.tn.any": "Bastano {t} schede qualsiasi di queste {n}, insieme alla password, per recuperare il portafoglio.",
    "wizard.cards.tn.reveal": { one: "{count} scheda da sola non rivela nulla.", other: "{count} schede non rivelano nulla." },
    "wizard.cards.tn.noneLost": "Se si perde anche una sola scheda, si perde il portafoglio.",
    "wizard.cards.tn.lost": { one: "Si può perdere fino a {count} scheda senza perdere il portafoglio.", other: "Si possono perdere fino a {count} schede senza perdere il portafoglio." },
    "wizard.cards.allNeeded": "Con {n} su {n} serve ogni scheda: se anche una sola scheda va persa, bruciata o buttata via, il portafoglio è perso per sempre.",
    "wizard.cards.allAck": "Ho capito che perdere anche una sola scheda significa perdere il portafoglio",
    "wizard.cards.useFewer": "Usa invece {t} qualsiasi su {n}",
    "wizard.cards.useMore": "Crea invece 3 schede, di cui 2 qualsiasi bastano per il recupero",
    "wizard.cards.holdersTitle": "Chi custodisce ogni scheda?",
    "wizard.cards.holdersHint": "Viene stampato sulla scheda, così la famiglia sa a chi chiedere. Facoltativo; un nome può avere fino a {name} caratteri, un luogo fino a {place}.",
    // aria-labels of the two boxes of a card's row.
    "wizard.cards.holderName": "Scheda {n}: chi la custodisce",
    "wizard.cards.holderPlace": "Scheda {n}: dove è conservata",
    "wizard.cards.labelLabel": "Un nome per questa serie di schede (fino a {limit} caratteri)",
    // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
    "wizard.cards.defaultLabel": "{wallet} {year}",
    // The wallet's name in the label above when it has none.
    "wizard.cards.defaultWallet": "Portafoglio",
    // A new set's name when the set it replaces has the same one.
    "wizard.cards.newSetLabel": "{label} (nuova serie)",
    // {set}: the old set's name; {made}: its date.
    "wizard.reissue.note": "Questa nuova serie sostituisce {set} (creata il {made}, {t} qualsiasi su {n}). Le nuove schede non si possono mescolare con le vecchie. {set} resta attiva finché le nuove schede non sono stampate e controllate; solo allora viene segnata come ritirata, e solo allora le sue schede vanno raccolte e distrutte.",
    "wizard.reissue.typePhrase": "Il portafoglio di questa serie non è salvato su questo computer: scriva quindi la sua frase di recupero. Heirloom controlla che sia lo stesso portafoglio.",

    // ---- Backup wizard, step 4: the passphrase ----
    "wizard.pass.title": "La password",
    "wizard.pass.intro": "Le schede sono bloccate con questa password. Scriva subito queste sei parole su un foglio. Conservi il foglio lontano dalle schede: chi trova abbastanza schede ha comunque bisogno della password.",
    "wizard.pass.written": "Le ho scritte",
    "wizard.pass.showAgain": "Mostra di nuovo le parole",
    "wizard.pass.retypeLabel": "Scriva le sei parole dal Suo foglio, separate da spazi",
    "wizard.pass.custom.summary": "Scelgo invece io la password",
    "wizard.pass.custom.label": "La Sua password",
    "wizard.pass.custom.use": "Usa questa password",
    // {bits}: a whole number, the passphrase's strength.
    "wizard.pass.custom.strong": "Abbastanza forte: circa {bits} bit.",
    "wizard.pass.custom.weak": "Troppo facile da indovinare: circa {bits} bit, ne servono almeno {floor}. Aggiunga altre parole senza legami tra loro.",
    "wizard.pass.custom.writeDown": "Scriva subito la password su un foglio, esattamente: contano ogni lettera, le maiuscole e gli spazi. Poi la riscriva qui copiandola dal foglio.",
    "wizard.pass.custom.retypeLabel": "Di nuovo la Sua password, copiata dal foglio",
    "wizard.pass.custom.change": "Cambia la password",

    // ---- Backup wizard, step 5: making the cards ----
    "wizard.derive.title": "Creazione delle schede",
    "wizard.derive.intro": "Heirloom sta bloccando ogni scheda con la password. Ci vuole circa un secondo, di proposito: così per chiunque altro indovinare la password è lento.",

    // ---- Backup wizard, step 6: cards ready ----
    "wizard.ready.title": "Le Sue schede sono pronte",
    "wizard.ready.set": "Serie",
    "wizard.ready.cards": "Schede",
    "wizard.ready.setId": "Codice della serie",
    "wizard.ready.tn": "{t} qualsiasi su {n}",
    // {problem}: why, in Rust's words (English).
    "wizard.ready.recordProblem": "Le schede sono state create e funzionano, ma non è stato possibile aggiornare il registro delle serie di questo computer: {problem}",
    "wizard.ready.recordProblemReissue": "Le schede sono state create e funzionano, ma non è stato possibile aggiornare il registro delle serie di questo computer: {problem} {set} non è stata segnata come ritirata.",
    "wizard.ready.reissueDone": "{set} è ora segnata come ritirata, sostituita da questa serie. Le sue schede funzionano ancora. Dopo aver consegnato le nuove schede, raccolga le vecchie e le distrugga; la schermata iniziale indica chi custodisce ciascuna.",
    "wizard.ready.reissuePending": "Tenga le schede di {set}: sono ancora il backup su cui contare. Viene ritirata solo quando queste nuove schede sono stampate e controllate qui sotto; fino ad allora entrambe le serie sono attive.",
    "wizard.ready.leaveWarning": "Queste schede non sono ancora controllate. Finché non sono stampate e controllate, nessuno può essere sicuro che permettano di recuperare il portafoglio. La serie resta in cima alla schermata iniziale come lavoro da finire; da lì può controllare le schede stampate.",
    "wizard.ready.leaveWarningReissue": "Queste schede non sono ancora controllate. Finché non sono stampate e controllate, nessuno può essere sicuro che permettano di recuperare il portafoglio, e {set} non è ritirata. La serie resta in cima alla schermata iniziale come lavoro da finire; da lì può controllare le schede stampate.",
    "wizard.ready.leave": "Esci senza controllare",
    "wizard.ready.stay": "Resta",
    // alt text of a card's QR code.
    "wizard.ready.qrAlt": "Codice QR della scheda {n}",
    "wizard.ready.cardTitle": "Scheda {n} di {count}: {t} schede qualsiasi e la password recuperano il portafoglio",
    "wizard.ready.cardFacts": "{label} · {date} · impronta {fingerprint}",
    // {name}: who keeps the card ("—" when nobody is named); {place}: where.
    "wizard.ready.keptBy": "Custodita da {name}",
    "wizard.ready.keptByAt": "Custodita da {name}, {place}",
    "wizard.ready.verified": "Verificate: le schede stampate sono state controllate, in ogni loro combinazione.",
    "wizard.ready.notVerified": "Non ancora verificate: dopo la stampa, controlli le schede con la password del Suo foglio prima di consegnarle.",
    "wizard.ready.saveTexts": "Salva i testi delle schede…",
    // {place}: a folder's path.
    "wizard.ready.savedTexts": { one: "Salvato {count} testo di scheda in {place}.", other: "Salvati {count} testi di schede in {place}." },

    // ---- Printing ----
    "print.title": "Stampa le schede",
    "print.intro": "Ogni scheda come verrà stampata. Il PDF contiene anche una guida di una pagina per la Sua famiglia e un riepilogo di una pagina sul formato delle schede.",
    "print.paper": "Carta",
    "print.paper.a4": "A4",
    "print.paper.letter": "US Letter",
    "print.perPage": "Schede per pagina",
    "print.perPage.4": "4 (con segni di taglio)",
    "print.line": "Una riga per scrivere a mano la password",
    "print.line.first": "Solo sulla scheda 1 (una «scheda chiave»)",
    "print.line.none": "Su nessuna scheda",
    "print.line.every": "Su ogni scheda",
    "print.previewAlt": "La scheda {n} come verrà stampata",
    "print.pageAlt": "Pagina {n} di {count}",
    "print.savePdf": "Salva PDF…",
    "print.savedPdf": "Schede salvate come {place}.",
    "print.savePictures": "Salva immagini delle schede…",
    "print.savedPictures": { one: "Salvata {count} immagine di scheda in {place}.", other: "Salvate {count} immagini di schede in {place}." },
    "print.print": "Stampa…",

    // ---- Checking the printed cards ----
    "verify.title": "Controlla le schede stampate",
    "verify.intro": "Prima di consegnare le schede, faccia leggere a Heirloom tutte e {count} le schede stampate: le mostri alla fotocamera, apra foto o scansioni delle schede (va bene anche un PDF), oppure scriva il testo sotto un codice QR. Poi scriva la password dal Suo foglio. Heirloom controlla che ogni combinazione di {t} schede recuperi questo portafoglio (impronta {fingerprint}) con esattamente ciò che è scritto, senza mostrare la frase.",
    "verify.cardsHeading": "Le schede",
    "verify.cameraIntro": "Mostri ogni scheda alla fotocamera, con tutto il codice quadrato inquadrato.",
    "verify.filesLabel": "Scelga immagini o scansioni delle schede",
    "verify.passLabel": "La password, esattamente come è scritta sul Suo foglio",
    "verify.checkNow": "Controlla le schede",
    "verify.notYet": "Non ancora verificate.",
    "verify.not": "Non verificate.",
    "verify.noCards": "Ancora nessuna scheda. Faccia leggere tutte e {count} le schede.",
    // {list}: card numbers, "1, 2, 4".
    "verify.cardsIn": "Schede controllate: {list} su {count}.",
    "verify.allIn": "Ci sono tutte le {count} schede. Scriva la password dal Suo foglio e prema «Controlla le schede».",
    // Over the camera picture. {list}: card numbers.
    "verify.flash": { one: "✓ Scheda {list} letta", other: "✓ Schede {list} lette" },
    "verify.typePass": "Scriva la password esattamente come è scritta sul Suo foglio.",
    "verify.opening": "Apertura delle schede con la password…",
    "verify.progress": "Combinazioni di {t} schede controllate: {checked} su {total}…",
    "verify.done": "Verificate: ogni combinazione di schede, con la password del Suo foglio, restituisce questo portafoglio.",
    "verify.recorded": "Ora il registro di questo computer lo indica.",
    "verify.retired": "La serie che questa sostituisce è ora ritirata: dopo aver consegnato le nuove schede, raccolga le schede di quella serie e le distrugga.",

    // ---- Recovery: shared ----
    "recovery.step.cards": "Aggiungere le schede",
    "recovery.step.passphrase": "Scrivere la password",
    "recovery.step.wallet": "Il Suo portafoglio",

    // ---- Recovery, step 1: the cards ----
    "recovery.cards.title": "Recuperare un portafoglio dalle sue schede",
    "recovery.cards.lead": "Aggiunga le schede una alla volta, in qualsiasi ordine, in uno dei tre modi qui sotto. Heirloom Le dice quando sono sufficienti.",
    "recovery.cards.waysLabel": "Come aggiungere una scheda",
    "recovery.way.camera": "Mostrare le schede alla fotocamera",
    "recovery.way.files": "Aprire immagini o scansioni PDF",
    "recovery.way.typed": "Scrivere il testo sotto il codice QR",
    "recovery.cards.cameraIntro": "Tenga una scheda davanti alla fotocamera, con tutto il codice quadrato inquadrato, e la tenga ferma per un momento. Quando è letta sentirà un bip e vedrà un segno di spunta. Poi mostri la scheda successiva.",
    "recovery.cards.filesLabel": "Scelga immagini o scansioni da questo computer",
    "recovery.cards.next": "Continua con la password",
    // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
    // Translator's note (it): "Aggiunto:" as a status label, so that it fits one card or several.
    "recovery.cards.flashAdded": "✓ Aggiunto: {cards}",
    "recovery.cards.flashRefused": "✗ {problem}",
    "recovery.cards.removedCard": "La scheda {n} è stata tolta. Può aggiungerla di nuovo.",
    "recovery.cards.removedTyped": "La scheda scritta {n} è stata tolta. Può scriverla di nuovo.",
    "recovery.cards.removedUnplaced": "La scheda scritta è stata tolta. Può scriverla di nuovo.",

    // ---- Recovery: the board of cards ----
    "recovery.board.heading": "Schede aggiunte",
    // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
    "recovery.board.label": "«{label}» {made}",
    "recovery.board.made": "creata il {date}",
    "recovery.board.retired": "Questa serie è stata ritirata il {date}: potrebbe esistere una serie di schede più recente. Queste schede funzionano ancora.",
    "recovery.board.noCards": "Ancora nessuna scheda",
    // {have} cards added; {t} needed (2 or more).
    "recovery.board.countMore": "{have} schede (ne servono {t})",
    "recovery.board.count": "{have} su {t} schede",
    "recovery.board.start": "Per iniziare, aggiunga una scheda qualsiasi. La prima scheda indica quante ne servono.",
    "recovery.board.needed": { one: "Serve ancora {count} scheda.", other: "Servono ancora {count} schede." },
    "recovery.board.enough": "Le schede bastano. Prosegua con la password.",
    "recovery.board.next": "Prosegui con la password",
    // {id}: the first 8 characters of the set id, shown apart.
    "recovery.board.set": "Questo backup ha {count} schede; ne bastano {t} qualsiasi per recuperare il portafoglio. Codice della serie {id}.",
    // Under a typed card's slot.
    "recovery.board.typedGroup": "scritta; il gruppo {group} viene controllato con la password",
    "recovery.board.typed": "scritta; viene controllata con la password",
    "recovery.board.unplaced": "Una scheda scritta",
    // Read by screen readers after a slot's card number.
    "recovery.board.in": "aggiunta",
    "recovery.board.notIn": "non aggiunta",
    // aria-labels of the Remove buttons.
    "recovery.board.removeCard": "Rimuovi la scheda {n}",
    "recovery.board.removeTyped": "Rimuovi la scheda scritta {n}",
    "recovery.board.removeUnplaced": "Rimuovi la scheda scritta",

    // ---- Recovery: what is said as cards arrive ----
    // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
    "recovery.news.card": "scheda {n}",
    "recovery.news.cards": "schede {list} e {last}",
    // The same at the start of a sentence.
    "recovery.news.Card": "Scheda {n}",
    "recovery.news.Cards": "Schede {list} e {last}",
    // Translator's note (it): "Aggiunto:" as a status label, so that it fits one card or several.
    "recovery.news.added": "Aggiunto: {cards}.",
    "recovery.news.enough": "Le schede ora bastano.",
    "recovery.news.keptN": "La scheda {n} è stata aggiunta così come l'ha scritta.",
    "recovery.news.kept": "La scheda è stata aggiunta così come l'ha scritta.",
    "recovery.news.keptCheck": "Heirloom la controllerà, correggendo piccoli errori di battitura, quando Lei avrà scritto la password.",
    // {message}: why, an error message.
    "recovery.news.noCardInPart": "{file}: nelle pagine lette non è stata trovata nessuna scheda. {message}",
    "recovery.news.stoppedOne": "Interrotto. Da quel file non è stato aggiunto nulla.",
    // {count}: 2 or more.
    "recovery.news.stoppedMany": "Interrotto. Gli ultimi {count} file non sono stati letti; da essi non è stato aggiunto nulla.",
    // A few words over the camera picture for a refused card.
    "recovery.short.other_set": "Scheda di un altro backup",
    "recovery.short.damaged": "Scheda danneggiata",
    "recovery.short.duplicate": "Già aggiunta",
    "recovery.short.not_a_card": "Non è una scheda Heirloom",
    "recovery.short.unsupported_version": "Formato di scheda più recente",
    "recovery.short.kdf_out_of_bounds": "Scheda rifiutata",
    "recovery.short.other": "Questa scheda non si può usare",

    // ---- Recovery, step 2: the passphrase ----
    "recovery.pass.title": "Scriva la password",
    "recovery.pass.intro": "Le schede sono bloccate con una password. Non è stampata sulle schede: la persona che le ha create l'ha scritta a parte, oppure l'ha detta a qualcuno di cui si fida.",
    "recovery.pass.legend": "Com'è fatta la password?",
    "recovery.pass.modeWords": "Sei parole comuni (create da Heirloom)",
    "recovery.pass.modeText": "Qualcos'altro (scelto da chi ha creato le schede)",
    "recovery.pass.wordsIntro": "Scriva le sei parole nell'ordine in cui sono state scritte. Bastano le prime quattro lettere di ogni parola.",
    "recovery.pass.wordLabel": "Parola {n} della password",
    "recovery.pass.notAWord": "Non è una parola dell'elenco. Controlli come è scritta.",
    // {words}: one or more suggested words, each a button.
    "recovery.pass.notAWordSuggest": "Non è una parola dell'elenco. Intendeva {words}?",
    "recovery.pass.textLabel": "La password, esattamente come è stata scritta",
    "recovery.pass.textHint": "Le maiuscole contano. Gli spazi in più no.",
    "recovery.pass.working": "Apertura delle schede con la password. Ci vogliono alcuni secondi, di proposito: così per chiunque altro indovinare è lento.",
    "recovery.pass.open": "Apri le schede",
    "recovery.pass.backToCards": "Torna alle schede",
    "recovery.pass.typeFirst": "Prima scriva la password.",
    "recovery.pass.wordUnknown": "La parola {n} non è nell'elenco di parole. Controlli come è scritta. Se la password non è formata da sei parole dell'elenco, scelga «Qualcos'altro» qui sopra.",
    "recovery.pass.wordEmpty": "La parola {n} è vuota. Scriva tutte e sei le parole in ordine.",
    // Help under a wrong passphrase: one of the first two, then one of the next two.
    "recovery.pass.help.typed": "Le schede lette non si aprono con questa password, quindi la prima cosa da controllare è la password; le schede scritte vengono controllate quando la password è giusta.",
    "recovery.pass.help.allRead": "Le schede sono state lette tutte correttamente, quindi è la password da controllare.",
    "recovery.pass.help.words": "Riguardi ogni parola e controlli che le parole siano nell'ordine in cui sono state scritte.",
    "recovery.pass.help.text": "Controlli ogni lettera, le maiuscole e gli spazi tra le parole.",
    "recovery.pass.help.retype": "Torni alle schede per scriverla di nuovo.",
    "recovery.pass.help.damagedN": "La password è giusta: ha aperto le altre schede. Torni alle schede, tolga la scheda {n} con «Rimuovi», poi la scansioni di nuovo, ne scriva il testo o aggiunga un'altra scheda.",
    "recovery.pass.help.damaged": "La password è giusta: ha aperto le altre schede. Torni alle schede, tolga quella scheda con «Rimuovi», poi la scansioni di nuovo, ne scriva il testo o aggiunga un'altra scheda.",
    "recovery.pass.help.change": "Torni alle schede per cambiarle.",

    // ---- Recovery, step 3: the wallet is back ----
    "recovery.result.title": "Il portafoglio è stato recuperato",
    "recovery.result.checkApp": "Dopo aver scritto le {count} parole nella Sua app di portafoglio, controlli che mostri questa stessa impronta del portafoglio. Se ne mostra un'altra, lì una parola è stata scritta male.",
    "recovery.result.phraseHeading": "La frase di recupero",
    "recovery.result.phraseWarning": "{count} parole. Chiunque le veda può prendere il denaro: le mostri solo dove nessuno può guardarLe alle spalle, e non le scriva mai in un sito web.",
    "recovery.result.show": "Mostra la frase di recupero",
    "recovery.result.hide": "Nascondi la frase di recupero",
    "recovery.result.seedHeading": "Per un portafoglio hardware",
    "recovery.result.seedIntro": "Alcuni portafogli hardware (per esempio SeedSigner) possono leggere la frase da un codice QR chiamato SeedQR, così nessuno deve scriverla.",
    "recovery.result.seedShow": "Mostra come SeedQR",
    "recovery.result.seedHide": "Nascondi il SeedQR",
    "recovery.result.seedAlt": "La frase di recupero come codice SeedQR",
    "recovery.result.seedNone": "Il SeedQR esiste solo per frasi di recupero in inglese. Scriva invece le parole nel portafoglio.",
    "recovery.result.saveHeading": "Conservarlo su questo computer",
    "recovery.result.saveIntro": "Salvi la frase nel portachiavi di questo computer, protetta dal Suo accesso al computer, per creare nuove schede in seguito.",
    // The wallet name offered at first.
    "recovery.result.defaultName": "Portafoglio recuperato",
    "recovery.result.saved": "Salvato su questo computer come «{name}». In seguito potrà crearne nuove schede.",
    "recovery.result.already": "Questo portafoglio è già salvato su questo computer come «{name}», quindi non è stato salvato di nuovo.",
    "recovery.result.leaveNote": "Quando lascia questa schermata, le parole vengono cancellate dallo schermo e dalla memoria di Heirloom.",
    "recovery.result.nextHeading": "Cosa fare adesso",
    "recovery.result.next1": "Scriva le parole in un'app di portafoglio di cui si fida (oppure scansioni il SeedQR qui sotto con un portafoglio hardware), su questo computer o su un nuovo portafoglio hardware. Controlli che mostri la stessa impronta.",
    "recovery.result.next2": "Sposti il denaro in un nuovo portafoglio le cui parole conosce solo Lei: le parole di queste schede ora sono state viste su uno schermo, e diverse persone hanno delle schede.",
    "recovery.result.next3": "Non sa come fare? Chieda a una persona di fiducia che conosce i portafogli Bitcoin di farlo insieme a Lei. Non dia mai le parole a chi telefona, scrive o le chiede online: nessuna persona onesta ne ha mai bisogno.",
    "recovery.result.corrected": { one: "Heirloom ha corretto una scheda scritta", other: "Heirloom ha corretto le schede scritte" },
    "recovery.result.correctedIntro": "Heirloom corregge un errore di battitura solo quando il controllo della scheda stessa lo dimostra, quindi il portafoglio qui sotto è giusto. Riguardi comunque la scheda: dove la carta è difficile da leggere, scriva accanto le lettere giuste per la prossima volta.",
    // {typed} and {corrected}: six characters each, shown as code.
    "recovery.result.correction": "Scheda {n}, gruppo {group}: ha scritto {typed}, la scheda dice {corrected}. La controlli.",
    // What was typed, when nothing was.
    "recovery.result.nothing": "niente",
    "recovery.result.timedOut": "È passato troppo tempo: per sicurezza le parole sono state dimenticate.",
    "recovery.result.timedOutExplain": "Heirloom tiene le parole recuperate in memoria solo finché servono: dopo 15 minuti di inattività le cancella, perché non restino su un computer che nessuno sorveglia. Non si è perso nulla: con le schede e la password si può recuperare di nuovo il portafoglio. Un portafoglio già salvato su questo computer resta salvato.",
    "recovery.result.again": "Aggiungi di nuovo le schede",
    // {printed}, {recovered}: fingerprints, 8 characters.
    "recovery.fp.match": "Corrisponde all'impronta stampata sulle Sue schede ({printed}): queste schede hanno restituito il portafoglio per cui sono state create.",
    "recovery.fp.mismatch": "Si fermi: le schede dicono che l'impronta è {printed}, ma hanno restituito il portafoglio {recovered}. Queste non sono le parole del portafoglio per cui le schede sono state create; una scheda potrebbe essere falsa o di un'altra serie. Non sposti denaro verso questo portafoglio né da esso. Chieda alla persona che ha creato le schede, o a una persona di fiducia che conosce i portafogli Bitcoin.",
    "recovery.fp.again": "Forse l'ho scritta male: confronta di nuovo",
    "recovery.fp.ask": "La confronti con l'impronta stampata sulle Sue schede (dopo «fingerprint») e sulla guida per la famiglia. Per controllare, scriva qui quella stampata:",
    "recovery.fp.label": "Impronta stampata sulle schede",
    "recovery.fp.compare": "Confronta",
    "recovery.fp.invalid": "Un'impronta è formata da otto caratteri, le cifre 0–9 e le lettere a–f, come stampata sulla scheda.",

    // ---- Taking cards in: camera, files, typed text ----
    "intake.camera.videoLabel": "Ciò che vede la fotocamera",
    "intake.camera.choose": "Fotocamera",
    "intake.camera.nameless": "Fotocamera {n}",
    "intake.camera.on": "Accendi la fotocamera",
    "intake.camera.off": "Spegni la fotocamera",
    "intake.camera.retry": "Riprova la fotocamera",
    "camera.unsupported": "Heirloom non può usare una fotocamera su questo computer. Apra invece immagini delle schede, oppure scriva il testo stampato sotto ogni codice QR.",
    "camera.refused": "Heirloom non ha il permesso di usare la fotocamera. Consenta l'uso della fotocamera nelle impostazioni di questo computer e prema «Riprova la fotocamera», oppure apra immagini delle schede, oppure scriva il testo sotto il codice QR.",
    "camera.none": "Non è stata trovata nessuna fotocamera. Colleghi una webcam e prema «Riprova la fotocamera», oppure apra immagini delle schede, oppure scriva il testo sotto il codice QR.",
    "camera.busy": "La fotocamera è usata da un altro programma. Chiuda quel programma (per esempio una videochiamata) e prema «Riprova la fotocamera».",
    "camera.failed": "Non è stato possibile avviare la fotocamera. Prema «Riprova la fotocamera», oppure apra immagini delle schede, oppure scriva il testo sotto il codice QR.",
    "intake.files.drop": "Trascini qui immagini o scansioni delle schede",
    "intake.files.or": "oppure",
    "intake.files.kinds": "Foto (JPEG), immagini PNG e file PDF di uno scanner. Una sola immagine o pagina può contenere più schede.",
    "intake.typed.label": "Scriva il testo stampato sotto il codice QR",
    "intake.typed.help": "Maiuscole e spazi non contano. Ogni gruppo di sei caratteri viene controllato mentre scrive: un segno di spunta vuol dire che il gruppo è giusto. Funziona anche un lettore di codici a barre: faccia clic nella casella e scansioni il codice.",
    "intake.typed.groupsLabel": "Gruppi controllati finora",
    // Read by screen readers for a group's mark.
    "intake.typed.wrong": "sbagliato",
    "intake.typed.right": "giusto",
    "intake.typed.unfinished": "non finito",
    "intake.typed.groupWrong": "Il gruppo {n} non corrisponde alla scheda. Lo confronti lettera per lettera; se una lettera è stata saltata o aggiunta, anche i gruppi successivi sembrano sbagliati.",
    "intake.typed.empty": "Prima scriva il testo stampato sotto il codice QR.",
    "intake.typed.keepOffer": "Se la scheda è difficile da leggere, o se l'ha confrontata e non trova l'errore, la aggiunga così come l'ha scritta. Quando avrà scritto la password, Heirloom cercherà da solo piccoli errori di battitura e li correggerà solo quando il controllo della scheda stessa lo dimostra. Le dirà che cosa ha cambiato.",
    "intake.typed.keep": "Aggiungi così come scritta",
    "scan.opening": "Apertura del file",
    "scan.readingPage": "Lettura della pagina {page} di {pages}",
    "scan.readingPicture": "Lettura dell'immagine",
    "scan.closerPage": "Esame più attento della pagina {page} ({n} di {of})",
    "scan.closerPicture": "Esame più attento dell'immagine (passo {pass} di {passes})",
    // {progress}: one of the five above.
    "scan.lineMany": "File {k} di {count}, {name}: {progress}…",
    "scan.lineOne": "{name}: {progress}…",
    "scan.stopping": "Interruzione…",

    // ---- The record of backup sets (home screen) ----
    "sets.heading": "Le Sue serie di backup",
    "sets.none": "Su questo computer non è stata ancora creata nessuna serie di backup.",
    // How a set is named: its label in quotation marks, else its id.
    "sets.name.label": "«{label}»",
    "sets.name.id": "serie {id}",
    "sets.unnamed": "Serie senza nome",
    "sets.interval.91": "tre mesi",
    "sets.interval.182": "sei mesi",
    "sets.interval.365": "dodici mesi",
    "sets.interval.730": "due anni",
    "sets.interval.days": "{days} giorni",
    // Followed by the menu of the four periods above.
    "sets.interval.label": "Avviso quando una serie non viene controllata da",
    "sets.keptAside": "Il registro delle serie di backup di Heirloom su questo computer era danneggiato, quindi è stato messo da parte ed è stato iniziato un registro nuovo e vuoto. Non è stato cancellato nulla: il vecchio registro è conservato in {path}. Le Sue schede non sono toccate.",
    "sets.wallet.saved": "Portafoglio «{name}» (impronta {fingerprint})",
    "sets.wallet.namedElsewhere": "Portafoglio «{name}», impronta {fingerprint}: non salvato su questo computer",
    "sets.wallet.elsewhere": "Impronta del portafoglio {fingerprint}: non salvato su questo computer",
    "sets.holder.card": "Scheda {n}:",
    "sets.holder.nobody": "nessun custode indicato",
    "sets.holder.lastChecked": "— ultimo controllo il {date}",
    "sets.holder.notChecked": "— non ancora controllata",
    "sets.badge.retired": "Ritirata il {date}",
    "sets.badge.active": "Attiva",
    "sets.facts.made": "Creata il {made} · {t} schede qualsiasi su {n} recuperano il portafoglio",
    "sets.facts.wallet": "{wallet} · serie {id}",
    "sets.facts.verified": "Schede stampate controllate il {date}",
    "sets.facts.notVerified": "Schede non controllate dopo la stampa",
    "sets.facts.checkup": "ultimo controllo periodico delle schede: {date}",
    "sets.facts.noCheckup": "ancora nessun controllo periodico delle schede",
    // {period}: one of the sets.interval.* values.
    "sets.reminder": "È ora di un controllo periodico: da più di {period} nessuna scheda di questa serie è stata controllata. Chieda a ogni custode di mostrarLe la sua scheda e usi «Controlla una scheda» qui sotto.",
    "sets.retired.replacedBy": "Sostituita da {set}.",
    "sets.retired.stillWorks": "Le sue schede recuperano ancora il portafoglio; durante il recupero comparirà un avviso che potrebbe esistere una serie più recente.",
    "sets.changeHolders": "Cambia i custodi…",
    "sets.reissue": "Sostituisci con una nuova serie…",
    "sets.retire": "Ritira questa serie…",
    "sets.holders.title": "Chi custodisce le schede di {set}?",
    "sets.holders.intro": "Quando una scheda passa a un'altra persona o in un altro luogo, lo annoti qui, così la famiglia sa a chi chiedere. Questo cambia solo il registro di questo computer: i nomi stampati sulle schede restano come sono. Un nome può avere fino a {name} caratteri, un luogo fino a {place}.",
    // Under a wallet's name: {list} is its sets, "“Family 2026” (active) · …".
    "sets.ofWallet": "Serie: {list}",
    "sets.ofWallet.item": "{set} ({status})",
    "sets.ofWallet.itemDue": "{set} ({status}, controllo periodico da fare)",
    "sets.status.active": "attiva",
    "sets.status.retired": "ritirata",
    "sets.ofWallet.none": "Qui non risulta ancora nessuna serie di backup di questo portafoglio.",
    "sets.exported": { one: "Elenco di {count} serie di backup salvato in {place}. Contiene nomi e date, non il portafoglio.", other: "Elenco di {count} serie di backup salvato in {place}. Contiene nomi e date, non il portafoglio." },
    // {count}: new sets; {updated}: sets updated.
    "sets.imported": { one: "Importazione completata: {count} serie nuova; serie aggiornate: {updated}.", other: "Importazione completata: {count} serie nuove; serie aggiornate: {updated}." },
    "sets.checkCard": "Controlla una scheda",
    "sets.export": "Salva questo elenco…",
    "sets.import": "Aggiungi un elenco da un altro computer…",
    "sets.replacing": "Questa serie sostituisce {old}, ma le sue schede stampate non sono ancora controllate. Tenga le schede di {old} finché questa serie non è controllata; solo allora {old} viene ritirata.",
    "sets.beingReplaced": "Si sta creando {set} per sostituire questa serie, ma le sue schede stampate non sono ancora controllate. Tenga queste schede: sono ancora il backup su cui contare.",
    "sets.unfinished.heading": { one: "Da finire: una serie con le schede stampate non controllate", other: "Da finire: {count} serie con le schede stampate non controllate" },
    "sets.unfinished.text": "Finché le schede stampate non vengono fatte leggere e controllate con la password del Suo foglio, nessuno può essere sicuro che permettano di recuperare il portafoglio. Non le consegni prima.",
    "sets.unfinished.facts": "creata il {made}, {t} qualsiasi su {n}",
    "sets.unfinished.factsReplaces": "creata il {made}, {t} qualsiasi su {n}, sostituisce una serie precedente",
    // {names}: the sets' names.
    "sets.due": { one: "Una serie deve fare il controllo periodico: {names}.", other: "{count} serie devono fare il controllo periodico: {names}." },
    "sets.retireScreen.title": "Ritirare {set}?",
    "sets.retireScreen.text": "Ritirare una serie vuol dire segnarla come non più da usare, per esempio dopo aver creato una nuova serie o se una scheda è andata persa. Non viene cancellato nulla, e con le sue schede si può ancora recuperare il portafoglio: ogni volta che una di esse viene scansionata, Heirloom avviserà che potrebbe esistere una serie più recente.",
    "sets.retireScreen.instead": "Per sostituirla con nuove schede, usi invece «Sostituisci con una nuova serie…»: crea la nuova serie e ritira questa in un solo passo. Ritiri una serie qui quando le sue schede non vanno più usate, per esempio dopo che una nuova serie è stata creata su un altro computer.",
    "sets.retireScreen.which": "Quale nuova serie la sostituisce?",
    "sets.retireScreen.noNew": "Nessuna nuova serie (per ora)",
    "sets.retireScreen.option": "{label}, creata il {made}",
    "sets.retireScreen.optionId": "Serie {id}, creata il {made}",
    "sets.retireScreen.typeName": "Per confermare, scriva il nome della serie: {name}",
    "sets.retireScreen.confirm": "Ritira questa serie",
    "sets.retireScreen.keep": "Lascia attiva",

    // ---- Card check-up ----
    "checkup.title": "Controlla una scheda",
    "checkup.lead": "Controlli che una scheda si possa ancora leggere e veda a quale serie appartiene. Non serve la password, e non viene mostrato niente di segreto. La data del controllo viene annotata su questo computer.",
    "checkup.cameraHeading": "Mostri la scheda alla fotocamera",
    "checkup.filesHeading": "Oppure apra un'immagine o una scansione della scheda",
    "checkup.typedHeading": "Oppure scriva il testo della scheda",
    "checkup.cameraIntro": "Con tutto il codice quadrato inquadrato; un bip indica che è stata letta.",
    "checkup.filesLabel": "Scelga un'immagine o una scansione",
    "checkup.add": "Controlla questo testo",
    "checkup.headLabel": "La scheda {n} di {count} della serie «{label}» è integra.",
    "checkup.headId": "La scheda {n} di {count} della serie {id} è integra.",
    "checkup.anyT": "Bastano {t} schede qualsiasi delle {n} per recuperare il portafoglio.",
    "checkup.explain.active": "Questa serie è attiva: è quella da usare.",
    "checkup.explain.retired": "Questa serie è stata ritirata il {date}: potrebbe esistere una serie di schede più recente. Questa scheda funziona ancora, ma andrebbe raccolta e distrutta una volta consegnata la nuova serie.",
    "checkup.explain.unknown": "Questo computer non ha nessun dato su questa serie (forse è stata creata su un altro computer). La scheda è leggibile; non è stato registrato nulla.",
    // {status}: one of checkup.status.*; {explain}: one of checkup.explain.*.
    "checkup.statusLine": "Stato: {status}. {explain}",
    "checkup.status.active": "attiva",
    "checkup.status.retired": "ritirata",
    "checkup.status.unknown": "sconosciuta a questo computer",
    "checkup.holder": "Custode registrato: {holder}.",
    "checkup.recorded": "Controllo registrato il {date}.",
    "checkup.noCard": "Non è stata trovata nessuna scheda.",
    // Beside the camera picture. {status}: one of checkup.latestStatus.*.
    "checkup.latest": "✓ La scheda {n} di {set} è integra ({status}). Dettagli qui sotto. Mostri la scheda successiva.",
    "checkup.latestStatus.active": "attiva",
    "checkup.latestStatus.retired": "ritirata: potrebbe esistere una serie più recente",
    "checkup.latestStatus.unknown": "sconosciuta a questo computer",
    "checkup.latestProblem": "✗ {message}",
    "checkup.flashRead": "✓ Scheda {n} letta",
    "checkup.flashBad": "✗ Questa scheda non si può leggere",

    // ---- Errors: one message per kind the app reports (src-tauri/src/error.rs). Details
    // arrive as placeholders; wording as in Rust's English messages. ----
    "error.unexpected": "Si è verificato un problema imprevisto. Non è andato perso nulla; riprovi.",
    "error.not_a_card": "Questa non è una scheda Heirloom. Controlli di aver scansionato o scritto il codice di una scheda di Heirloom.",
    "error.typo": "Il gruppo {group} del testo della scheda non sembra giusto. Lo confronti con la scheda, carattere per carattere; se un carattere è stato saltato o aggiunto, anche i gruppi successivi sembreranno sbagliati.",
    "error.damaged": "La scheda {index} è danneggiata: non si può leggere correttamente. La scansioni di nuovo, oppure scriva il testo stampato sotto il codice QR.",
    "error.damaged.unknown": "Questa scheda è danneggiata: non si può leggere correttamente. La scansioni di nuovo, oppure scriva il testo stampato sotto il codice QR.",
    // {expected}, {found}: set ids, 16 characters.
    "error.other_set": "Questa scheda appartiene a un backup diverso (serie {found}) da quello della prima scheda (serie {expected}). Usi solo schede di una stessa serie.",
    // The other set named by its label, which this computer knows. {found_label}: the card's set; {expected_label}: the set of the cards already added.
    "error.other_set.named": "Questa scheda appartiene a un altro backup, «{found_label}», non a quello delle schede già aggiunte. Usi solo schede di una stessa serie.",
    "error.other_set.namedBoth": "Questa scheda appartiene a un altro backup, «{found_label}», non a quello delle schede già aggiunte («{expected_label}»). Usi solo schede di una stessa serie.",
    "error.duplicate": "Ha già aggiunto la scheda {index}. Aggiunga una scheda diversa.",
    // {count}: how many more cards are needed.
    "error.not_enough_cards": { one: "Schede insufficienti: ne ha {have}, ne bastano {need} qualsiasi per recuperare il portafoglio; serve ancora {count} scheda.", other: "Schede insufficienti: ne ha {have}, ne bastano {need} qualsiasi per recuperare il portafoglio; servono ancora {count} schede." },
    "error.wrong_passphrase": "La password non è quella giusta per queste schede. Controlli come è scritta e gli spazi, e riprovi.",
    "error.unsupported_version": "Questa scheda è stata creata da una versione più recente di Heirloom (formato di scheda {version}). Installi l'ultima versione di Heirloom per leggerla.",
    "error.kdf_out_of_bounds": "Questa scheda chiede più memoria o più tempo del computer di qualsiasi vera scheda Heirloom, quindi è stata rifiutata. Potrebbe essere stata manomessa.",
    "error.bad_word_count": "Una frase di recupero ha 12, 15, 18, 21 o 24 parole; questa ne ha {count}.",
    "error.unknown_word": "La parola {position} non è una parola valida per una frase di recupero. Controlli come è scritta.",
    "error.bad_checksum": "Le parole sono tutte valide, ma non formano una frase di recupero valida: probabilmente una è sbagliata o fuori posto. Controlli ogni parola con il Suo backup.",
    "error.invalid_threshold": "Scelga da 2 a 16 schede, e un numero di schede necessarie per il recupero compreso tra 2 e il numero di schede (ha scelto {threshold} su {count}).",
    "error.invalid_kdf_params": "Impostazioni di derivazione della chiave fuori dai limiti: la memoria deve essere una potenza di due da 8 a 1024 MiB, i passaggi da 1 a 8, le corsie da 1 a 8.",
    "error.weak_passphrase": "Questa password è troppo facile da indovinare. Usi le sei parole generate, oppure una password più lunga formata da diverse parole senza legami tra loro.",
    "error.well_known_passphrase": "Questa è una frase molto nota, che i malintenzionati provano per prima; scelga parole Sue, oppure usi le sei parole generate.",
    "error.empty_passphrase": "La password è vuota. Scriva la password scelta quando sono state create le schede.",
    "error.invalid_dice": "I lanci di dado devono essere cifre da 1 a 6 (gli spazi vengono ignorati); lanci il dado almeno {min} volte.",
    "error.keychain_unavailable": "Il portachiavi di questo computer non è raggiungibile (forse è bloccato, o non esiste). Può proseguire senza salvare il portafoglio su questo computer.",
    "error.keychain_mismatch": "Il portachiavi non ha memorizzato correttamente il portafoglio, quindi non è stato salvato nulla. Riprovi, oppure prosegua senza salvare.",
    "error.wallet_exists": "Su questo computer è già salvato un portafoglio con questo nome. Scelga un altro nome, oppure confermi che vuole sostituirlo.",
    // {saved}, {new}: fingerprints.
    "error.wallet_exists.named": "Un altro portafoglio è già salvato come «{name}»: impronta {saved}. Queste parole sono del portafoglio con impronta {new}. Non è stato cambiato nulla. Scelga un altro nome; oppure, per sostituire il portafoglio salvato e cancellarne le parole da questo computer, scriva la sua impronta {saved}.",
    "error.wallet_not_found": "Su questo computer non c'è nessun portafoglio con questo nome.",
    "error.invalid_wallet_name": "Dia al portafoglio un nome da 1 a 64 caratteri.",
    "error.unreadable_file": "Heirloom non riesce ad aprire questo file. Controlli che ci sia ancora e che abbia il permesso di leggerlo.",
    "error.unreadable_image": "Heirloom non riesce a leggere questo file come immagine. Usi una foto o una scansione salvata come PNG, JPEG o PDF.",
    "error.pdf_without_pictures": "Questo PDF non contiene immagini scansionate né testo di schede. Apra invece la scansione o la foto delle schede, oppure scriva il testo stampato sotto ogni codice QR.",
    "error.no_qr_code": "In questa immagine non è stato trovato nessun codice QR. La rifaccia con tutta la scheda inquadrata, con una luce uniforme e a fuoco, oppure scriva il testo stampato sotto il codice QR.",
    "error.card_too_large": "Questa scheda è troppo grande per essere stampata come codice QR affidabile. Non è stata creata da questa versione di Heirloom; ne stampi invece il testo.",
    "error.invalid_print_layout": "Scelga da 1 a 4 schede per pagina, almeno una scheda, e una risoluzione delle immagini da 72 a 1200 dpi.",
    "error.render_failed": "Heirloom non è riuscito a disegnare le schede. Non è stato scritto nulla; segnali questo problema.",
    "error.randomness": "Il generatore di numeri casuali di questo computer non ha funzionato. Non è stato creato nulla; riprovi.",
    "error.record_too_new": "Il registro delle Sue serie di backup è stato creato da una versione più recente di Heirloom, quindi questa versione non lo modificherà. Installi l'ultima versione di Heirloom.",
    // {kept}, {path}: a file's path.
    "error.record_damaged": "Il registro delle Sue serie di backup era danneggiato e non è stato possibile leggerlo. È stato conservato come {kept} ed è stato iniziato un registro nuovo e vuoto; nient'altro è stato cambiato. Se ha salvato una copia dell'elenco con «Salva questo elenco…», la aggiunga di nuovo con «Aggiungi un elenco da un altro computer…».",
    "error.record_unavailable": "Heirloom non riesce a leggere o a salvare il suo registro delle serie di backup in {path}. Controlli che il disco non sia pieno e che abbia il permesso di scrivere lì.",
    "error.no_data_folder": "Heirloom non trova su questo computer una cartella per i propri dati, quindi non può tenere un registro delle serie di backup.",
    "error.record_unreadable": "Il registro delle Sue serie di backup in {path} è danneggiato e non è stato possibile leggerlo; non è stato cambiato nulla. Se ha salvato una copia dell'elenco con «Salva questo elenco…», la aggiunga di nuovo con «Aggiungi un elenco da un altro computer…»: Heirloom metterà allora da parte il file danneggiato, accanto ad esso, e inizierà un nuovo registro (lo stesso accade registrando una nuova serie).",
    "error.record_busy": "Un'altra finestra o un altro comando di Heirloom sta modificando il registro delle serie di backup. Riprovi quando avrà finito.",
    "error.data_folder_not_a_folder": "{path} non è una cartella, quindi Heirloom non può tenervi il suo registro delle serie di backup. Se HEIRLOOM_DATA_DIR è impostata, deve indicare una cartella.",
    "error.record_file_too_large": "{path} contiene più di quanto possa contenere un registro delle serie di backup (al massimo {limit_mb} MB, spazio per circa 100.000 serie), quindi non è stato letto e non è stato cambiato nulla. Scelga un file salvato con «Salva questo elenco…».",
    "error.too_many_sets": "Un registro delle serie di backup contiene al massimo {limit} serie, e questo ne conterrebbe di più, quindi non è stato cambiato nulla.",
    "error.record_full": "Il registro delle serie di backup supererebbe {limit_mb} MB, il massimo che Heirloom rilegge, quindi questa modifica non è stata salvata.",
    "error.duplicate_set_in_file": "Questo file elenca la serie di backup {set_id} più di una volta, cosa che nessun elenco salvato da Heirloom fa. Potrebbe essere stato modificato o danneggiato; non è stato importato nulla.",
    // {reason}: another error message, saying why.
    "error.invalid_set_in_file": "Non è stato importato nulla: la serie di backup {set_id} di questo file non si può registrare. {reason}",
    // One message per field: the set's label, the wallet's name, a holder's name, a place.
    "error.text_too_long.label": "Il nome della serie è lungo {chars} caratteri; può averne al massimo {limit}. Lo accorci.",
    "error.text_too_long.wallet_name": "Il nome del portafoglio è lungo {chars} caratteri; può averne al massimo {limit}. Lo accorci.",
    "error.text_too_long.holder_name": "Il nome del custode è lungo {chars} caratteri; può averne al massimo {limit}. Lo accorci.",
    "error.text_too_long.place": "Il luogo è lungo {chars} caratteri; può averne al massimo {limit}. Lo accorci.",
    "error.control_character.label": "Il nome della serie contiene un a capo, una tabulazione o un altro carattere di controllo. Usi solo lettere, cifre, spazi e punteggiatura.",
    "error.control_character.wallet_name": "Il nome del portafoglio contiene un a capo, una tabulazione o un altro carattere di controllo. Usi solo lettere, cifre, spazi e punteggiatura.",
    "error.control_character.holder_name": "Il nome del custode contiene un a capo, una tabulazione o un altro carattere di controllo. Usi solo lettere, cifre, spazi e punteggiatura.",
    "error.control_character.place": "Il luogo contiene un a capo, una tabulazione o un altro carattere di controllo. Usi solo lettere, cifre, spazi e punteggiatura.",
    // {character}: the character refused.
    "error.unprintable.label": "Il nome della serie contiene «{character}», che Heirloom non può stampare su una scheda: nessuno dei suoi caratteri tipografici lo ha, quindi verrebbe stampato come un riquadro vuoto. Scriva il nome della serie senza di esso, oppure tralasci quella parte.",
    "error.unprintable.wallet_name": "Il nome del portafoglio contiene «{character}», che Heirloom non può stampare su una scheda: nessuno dei suoi caratteri tipografici lo ha, quindi verrebbe stampato come un riquadro vuoto. Scriva il nome del portafoglio senza di esso, oppure tralasci quella parte.",
    "error.unprintable.holder_name": "Il nome del custode contiene «{character}», che Heirloom non può stampare su una scheda: nessuno dei suoi caratteri tipografici lo ha, quindi verrebbe stampato come un riquadro vuoto. Scriva il nome del custode senza di esso, oppure tralasci quella parte.",
    "error.unprintable.place": "Il luogo contiene «{character}», che Heirloom non può stampare su una scheda: nessuno dei suoi caratteri tipografici lo ha, quindi verrebbe stampato come un riquadro vuoto. Scriva il luogo senza di esso, oppure tralasci quella parte.",
    "error.not_a_record_file": "Questo file non è un registro delle serie di backup di Heirloom, oppure è danneggiato. Scelga un file salvato con «Salva questo elenco…».",
    "error.set_exists": "È già registrata una serie di backup {set_id} diversa; non è stata sostituita.",
    "error.set_not_found": "Nel registro di questo computer non c'è nessuna serie di backup {set_id}. Controlli il codice della serie: sono i 16 caratteri stampati su ogni scheda.",
    "error.no_such_card": "Questa serie ha le schede da 1 a {count}; non esiste una scheda {index}.",
    "error.set_replaces_itself": "La serie {set_id} non può sostituire sé stessa. Indichi la nuova serie che la sostituisce.",
    "error.invalid_check_interval": "Un promemoria per il controllo periodico ogni {days} giorni non è possibile: scelga tra un mese e dieci anni.",
    "error.different_wallet": "Queste sono le parole o le schede del portafoglio con impronta {found}, ma il portafoglio atteso qui ha impronta {expected}. Controlli di avere le schede giuste o la frase di recupero giusta. Una nuova serie può sostituire solo una serie dello stesso portafoglio; per un altro portafoglio, crei invece un normale nuovo backup.",
    "error.wallet_already_saved": "Questo portafoglio (impronta {fingerprint}) è già salvato su questo computer come «{name}», quindi non è stato salvato una seconda volta.",
    "error.wallet_changed": "Il portafoglio salvato con questo nome non è quello che ha confermato di voler sostituire (potrebbe essere appena cambiato). Non è stato sostituito nulla; guardi l'elenco dei portafogli e riprovi.",
    "error.picture_too_large": "Questa immagine è di {megapixels} megapixel; Heirloom legge immagini fino a {limit} megapixel. Faccia invece una foto della scheda, oppure la scansioni a 300 dpi.",
    "error.scan_file_too_large": "Questo file è di {megabytes} MB; Heirloom legge immagini e PDF fino a {limit} MB. Scansioni solo le pagine con le schede, a 300 dpi, oppure faccia una foto di ogni scheda.",
    "error.too_many_pages": "Sono state lette le prime {read} pagine su {pages}; Heirloom legge fino a {limit} pagine di un file. Divida il file oppure scansioni le schede separatamente.",
    "error.too_many_pictures": "Sono state lette le prime {read} pagine su {pages}; Heirloom legge fino a {limit} immagini di un file. Divida il file oppure scansioni le schede separatamente.",
    "error.scan_time_up": "Sono state lette {read} delle {pages} pagine di questo file nei {seconds} secondi che Heirloom dedica a un file. Divida il file oppure scansioni le schede separatamente.",
    "error.scan_not_a_file": "Questo non è un file di immagine o PDF, ma una cartella, un dispositivo o una pipe, quindi Heirloom non l'ha letto. Apra invece la foto o la scansione delle schede.",
    "error.scan_cancelled": "La scansione è stata interrotta; da questo file non è stato aggiunto nulla.",
    "error.too_many_cards": "Un backup ha al massimo {limit} schede, e ne sono già state aggiunte {limit}. Prima tolga una scheda aggiunta per errore.",
    "error.expired": "Questo passaggio è scaduto, quindi le parole sono state cancellate dalla memoria. Ricominci questo backup.",
    "error.timed_out": "È passato troppo tempo: per sicurezza le parole sono state dimenticate. Ricominci.",
    "error.internal": "Qualcosa non ha funzionato all'interno di Heirloom, non nelle Sue schede o parole. Non è stato cambiato nulla. Riprovi; se succede di nuovo, chiuda Heirloom, lo riapra e segnali il problema.",
    // Checking printed cards with some missing: every card is checked, not T. {count}: cards in.
    "error.verify_needs_every_card": { one: "Per verificare le schede stampate servono tutte le {need}, e ce n'è {count}. Riporti tutte le schede della serie: una scheda non verificata non è provata.", other: "Per verificare le schede stampate servono tutte le {need}, e ce ne sono {count}. Riporti tutte le schede della serie: una scheda non verificata non è provata." },
    // The passphrase typed back from paper: the word count differs ({typed} typed, {expected}
    // in the passphrase), or word {position} does.
    "error.passphrase_mismatch.count": { one: "Ha scritto {count} parola, ma la password ne ha {expected}. Confronti ciò che ha scritto con il Suo foglio; non è stata creata nessuna scheda.", other: "Ha scritto {count} parole, ma la password ne ha {expected}. Confronti ciò che ha scritto con il Suo foglio; non è stata creata nessuna scheda." },
    "error.passphrase_mismatch.word": "La parola {position} non è uguale a quella della password. La confronti con il Suo foglio, lettera per lettera, e corregga il foglio se l'errore è lì; non è stata creata nessuna scheda.",
    // {list}: word positions, "3, 7".
    "error.written_words_differ": { one: "La parola {list} del Suo foglio non è la parola della frase. Mostri di nuovo le parole e corregga il foglio: le schede restituiranno le parole mostrate, non quelle scritte.", other: "Le parole {list} del Suo foglio non sono le parole della frase. Mostri di nuovo le parole e corregga il foglio: le schede restituiranno le parole mostrate, non quelle scritte." },
    "error.written_words_differ.none": "Scriva le parole richieste, copiandole dal Suo foglio.",
    "error.passphrase_not_confirmed": "Prima riscriva la password copiandola dal Suo foglio, così le schede vengono bloccate esattamente con ciò che è scritto.",
    "error.not_shown_again": "Una password scelta da Lei non viene mostrata di nuovo. Se non è sicuro di ciò che ha scritto, la scelga di nuovo.",
    "error.declined": "Non è stato mostrato nulla.",
    "error.all_cards_needed": "Con {count} su {count}, perdere anche una sola scheda significa perdere il portafoglio per sempre. Confermi che è ciò che vuole, oppure scelga un numero più piccolo di schede necessarie.",
    "error.not_confirmed.replace_wallet": "Per sostituire il portafoglio salvato, scriva esattamente la sua impronta, {expected}. Non è stato cambiato nulla.",
    "error.not_confirmed.remove_wallet": "Per confermare la rimozione, scriva esattamente il nome del portafoglio.",
    "error.not_confirmed.retire_set": "Per confermare il ritiro, scriva il nome della serie esattamente come è mostrato.",
    "error.only_copy": "«{name}» è l'unica copia di questo portafoglio su questo computer, e non esistono schede controllate: nessuna sua serie di backup attiva è stata verificata dopo la stampa. Se lo rimuove e non ha un'altra copia, il portafoglio e il suo denaro sono persi per sempre.",
    "error.bad_set_id": "Questo non è un codice di serie di backup: il codice è formato dai 16 caratteri stampati su ogni scheda.",
    "error.io": "Non è stato possibile scrivere {path}: {reason}.",
    "error.file_appeared": "Non è stato salvato nulla: mentre la finestra era aperta è comparso un file {path}, e Heirloom sostituisce un file solo dopo averLe chiesto il permesso. Salvi di nuovo.",
    "error.file_exists": "Non è stato salvato nulla: in {folder} c'è già un file di nome {name}, e Heirloom non scrive mai sopra un file. Scelga una cartella vuota.",
  },
};

export default translation;
