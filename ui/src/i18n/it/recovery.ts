// The Italian words of recovery, and taking cards in (camera, files, typed text): one part of ../it.ts, typed against
// the English part (../en/recovery.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { recovery as english } from "../en/recovery";

export const recovery: PartOf<typeof english> = {
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
  "recovery.cards.removedUnplacedPrinted": "La scheda letta dal suo testo stampato è stata rimossa. Può aggiungerla di nuovo.",

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
  "recovery.board.printedGroup": "letta dal testo stampato; il gruppo {group} viene controllato con la password",
  "recovery.board.printed": "letta dal testo stampato; viene controllata con la password",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "il gruppo {group} viene controllato con la password",
  "recovery.board.checked": "viene controllata con la password",
  "recovery.board.unplaced": "Una scheda scritta",
  "recovery.board.unplacedPrinted": "Una scheda letta dal suo testo stampato",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "aggiunta",
  "recovery.board.notIn": "non aggiunta",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "Rimuovi la scheda {n}",
  "recovery.board.removeTyped": "Rimuovi la scheda scritta {n}",
  "recovery.board.removePrinted": "Rimuovi la scheda {n}, letta dal suo testo stampato",
  "recovery.board.removeUnplaced": "Rimuovi la scheda scritta",
  "recovery.board.removeUnplacedPrinted": "Rimuovi la scheda letta dal suo testo stampato",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "scheda {n}",
  "recovery.news.cards": "schede {list} e {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "Scheda {n}",
  "recovery.news.Cards": "Schede {list} e {last}",
  // Translator's note (it): "Aggiunto:" as a status label, so that it fits one card or several.
  "recovery.news.added": "Aggiunto: {cards}.",
  "recovery.news.printed": "Letta dal testo stampato sotto il codice QR, che non è stato possibile leggere. Heirloom controllerà questa scheda quando Lei avrà scritto la password.",
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
  "recovery.pass.help.retype": "Torni alle schede e scriva il testo di quella scheda, confrontando ogni gruppo con la carta.",
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
  "recovery.result.correctedRead": { one: "Heirloom ha corretto il testo di una scheda", other: "Heirloom ha corretto i testi delle schede" },
  "recovery.result.correctedReadIntro": "Heirloom corregge un errore nel testo di una scheda, scritto o letto dalla stampa, solo quando il controllo della scheda stessa lo dimostra, quindi il portafoglio qui sotto è giusto. Riguardi comunque la scheda: dove la carta è difficile da leggere, scriva accanto le lettere giuste per la prossima volta.",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "Scheda {n}, gruppo {group}: ha scritto {typed}, la scheda dice {corrected}. La controlli.",
  "recovery.result.correctionRead": "Scheda {n}, gruppo {group}: letto {typed}, la scheda dice {corrected}. La controlli.",
  "recovery.result.correctionUnread": "Scheda {n}, gruppo {group}: non letto, la scheda dice {corrected}. La controlli.",
  // What was typed, when nothing was.
  "recovery.result.nothing": "niente",
  "recovery.result.leftOutN": "La scheda {n} non è stata usata: ciò che ne è stato scritto o letto differisce dalla scheda più di quanto Heirloom possa correggere con certezza, e le altre schede sono bastate senza di essa. Il portafoglio qui sotto è giusto.",
  "recovery.result.leftOut": "Una scheda scritta non è stata usata: ciò che ne è stato scritto o letto differisce dalla scheda più di quanto Heirloom possa correggere con certezza, e le altre schede sono bastate senza di essa. Il portafoglio qui sotto è giusto.",
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
};
