// The Italian words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of ../it.ts, typed against
// the English part (../en/backup.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { backup as english } from "../en/backup";

export const backup: PartOf<typeof english> = {
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
};
