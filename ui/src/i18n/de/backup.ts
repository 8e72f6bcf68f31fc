// The German words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of ../de.ts, typed against
// the English part (../en/backup.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { backup as english } from "../en/backup";

export const backup: PartOf<typeof english> = {
  // ---- The window: header, language switch, footer ----
  "app.tagline": "Sicherungskarten für eine Wiederherstellungsphrase",
  // Label of the language switch on the home screen.
  "app.language": "Sprache",
  // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
  "about.built": "Heirloom {version}, erstellt aus Commit {commit}",
  "about.builtUnknown": "Heirloom {version}, erstellt aus einem unbekannten Commit",

  // ---- Shared words ----
  "common.cancel": "Abbrechen",
  "common.continue": "Weiter",
  "common.confirm": "Bestätigen",
  "common.back": "Zurück",
  "common.done": "Fertig",
  "common.save": "Speichern",
  "common.remove": "Entfernen",
  "common.check": "Prüfen",
  // The "Card 3" in front of a row or slot.
  "common.cardN": "Karte {n}",
  // aria-label of a word box: "Word 3".
  "common.wordN": "Wort {n}",
  "common.person": "Person",
  "common.place": "Ort",
  "common.walletFingerprint": "Wallet-Fingerabdruck",
  "common.walletName": "Name für diese Wallet",
  "common.saveHere": "Auf diesem Computer speichern",
  "common.backHome": "Zurück zur Startseite",
  "common.startAgain": "Neu beginnen",
  "common.addThisCard": "Diese Karte hinzufügen",
  "common.checkPrinted": "Gedruckte Karten prüfen…",
  "common.leaveRecovery": "Wiederherstellung verlassen",
  // Between the items of a list of numbers or names: "3, 7, 11".
  "common.listSeparator": ", ",
  // Between two sentences put side by side (ja and zh-Hans: none).
  "common.sentenceSeparator": " ",
  // A file's name in front of what it gave: "scan.pdf: Card 2 added."
  "common.inFile": "{file}: {text}",
  // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
  "common.stepper": "Schritt {n} von {total}: {step}",

  // ---- Home screen ----
  "home.welcome": "Willkommen",
  "home.lead": "Heirloom macht aus der Wiederherstellungsphrase Ihrer Wallet gedruckte Karten. Geben Sie die Karten Menschen, denen Sie vertrauen: Schon einige davon, ganz gleich welche, bringen zusammen mit einer Passphrase die Wallet zurück.",
  "home.recover.heading": "Haben Sie Heirloom-Karten?",
  "home.recover.text": "Holen Sie die Wallet mit ihren Karten und der Passphrase zurück. Das geht mit einer Webcam, mit Fotos oder Scans der Karten oder indem Sie den aufgedruckten Text eintippen.",
  "home.recover.button": "Wallet aus Karten wiederherstellen",
  "home.wallets.heading": "Wallets auf diesem Computer",
  "home.wallets.none": "Hier ist noch keine Wallet gespeichert.",
  "home.wallet.backup": "Sicherung erstellen",
  "home.wallet.remove": "Entfernen…",
  "home.start.new": "Sicherung einer neuen Wallet erstellen",
  "home.start.import": "Sicherung von Wörtern erstellen, die ich schon habe",
  // {name}: the wallet's name as the holder typed it.
  "home.remove.title": "„{name}“ entfernen?",
  "home.remove.explainChecked": "Dadurch wird die Wiederherstellungsphrase aus dem Schlüsselbund dieses Computers gelöscht. Es gibt geprüfte Karten dieser Wallet (einen aktiven Kartensatz, nach dem Drucken überprüft): Zusammen mit der Passphrase bringen sie die Wallet weiterhin zurück.",
  "home.remove.explainUnchecked": "Dadurch wird die Wiederherstellungsphrase aus dem Schlüsselbund dieses Computers gelöscht. Auf diesem Computer sind keine geprüften Karten dieser Wallet verzeichnet.",
  "home.remove.typeName": "Geben Sie zur Bestätigung den Namen der Wallet ein: {name}",
  "home.remove.confirm": "Von diesem Computer entfernen",
  "home.remove.keep": "Behalten",
  "home.onlyCopy.title": "„{name}“ ist die einzige Kopie",
  "home.onlyCopy.before": "Bevor Sie die Wallet entfernen, schreiben Sie die Wörter auf oder erstellen Sie einen Kartensatz und prüfen Sie die Karten nach dem Drucken.",
  "home.onlyCopy.show": "Wörter anzeigen",
  "home.onlyCopy.backup": "Zuerst Karten erstellen",
  "home.onlyCopy.remove": "Trotzdem entfernen: Ich habe eine andere Kopie",

  // ---- Saving a wallet in the keychain (wizard and recovery) ----
  "wallets.replace.label": "Um sie zu ersetzen, geben Sie den Fingerabdruck der Wallet ein, die als „{name}“ gespeichert ist",
  "wallets.replace.button": "„{name}“ ersetzen",

  // ---- The ten BIP-39 word lists, by the name a person reads ----
  "words.list.english": "Englisch",
  "words.list.spanish": "Spanisch (español)",
  "words.list.french": "Französisch (français)",
  "words.list.italian": "Italienisch (italiano)",
  "words.list.portuguese": "Portugiesisch (português)",
  "words.list.czech": "Tschechisch (čeština)",
  "words.list.japanese": "Japanisch (日本語)",
  "words.list.korean": "Koreanisch (한국어)",
  "words.list.chinese_simplified": "Chinesisch, vereinfacht (简体中文)",
  "words.list.chinese_traditional": "Chinesisch, traditionell (繁體中文)",
  // First choice of the word-list menu when typing words one already has.
  "words.findFromWords": "An den Wörtern erkennen",
  "words.listLabel": "Wortliste",
  "words.countLabel": "Anzahl der Wörter",
  // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
  "words.countOption": "{count} Wörter",
  "words.noteDetect": "Heirloom erkennt die Liste an den Wörtern, die Sie eingeben.",
  // {list}: a list's name, e.g. "Spanish (español)".
  "words.noteFound": "Wörter der Liste {list}: Die Liste wurde an den eingegebenen Wörtern erkannt. Falls das falsch ist, wählen Sie oben die richtige Liste.",
  "words.noteChosen": "Die Wörter werden mit der Liste {list} gelesen.",
  // Under a word box. {words}: one or more suggested words, each a button, "A, B".
  "words.notOnList": "Kein Wort der Liste {list}.",
  "words.notOnListSuggest": "Kein Wort der Liste {list}. Meinten Sie {words}?",

  // ---- Backup wizard: shared ----
  "wizard.step.phrase": "Wiederherstellungsphrase",
  "wizard.step.save": "Auf diesem Computer speichern",
  "wizard.step.cards": "Karten und Verwahrer",
  "wizard.step.passphrase": "Passphrase",
  "wizard.step.derive": "Karten werden erstellt",
  "wizard.step.ready": "Karten fertig",
  "wizard.timedOut.notice": "Das hat zu lange gedauert; zur Sicherheit wurden die Wörter vergessen. Beginnen Sie neu.",
  "wizard.timedOut.explain": "Damit wurde keine Karte erstellt. Heirloom hält eine Wiederherstellungsphrase nur so lange im Speicher, wie sie gebraucht wird: Nach 15 Minuten ohne Benutzung wird sie gelöscht, damit sie nicht auf einem unbeaufsichtigten Computer zurückbleibt. Eine bereits auf diesem Computer gespeicherte Wallet bleibt gespeichert.",

  // ---- Backup wizard, step 1: the phrase ----
  "wizard.phrase.title": "Eine neue Wiederherstellungsphrase",
  "wizard.phrase.intro": "Heirloom erzeugt die Phrase aus den sicheren Zufallszahlen dieses Computers. Die Karten, die Sie danach erstellen, sind ihre Sicherung.",
  "wizard.phrase.howMany": "Wie viele Wörter?",
  "wizard.phrase.words12": "12 Wörter",
  "wizard.phrase.words24": "24 Wörter (üblicher bei großen Beträgen)",
  "wizard.phrase.dice.summary": "Würfelergebnisse hinzufügen (freiwillig)",
  "wizard.phrase.dice.label": "Würfeln Sie und geben Sie die gewürfelten Zahlen von 1 bis 6 ein. Sie werden mit dem Zufall des Computers gemischt, sodass die Phrase mindestens so zufällig ist wie jede der beiden Quellen.",
  "wizard.phrase.create": "Phrase erzeugen",
  // {fingerprint}: 8 characters, e.g. "d6defbaa".
  "wizard.phrase.regenerate.ask": "Eine andere Phrase erzeugen? Die eben erzeugte Phrase (Fingerabdruck {fingerprint}) wird dann vergessen. Falls Sie ihre Wörter aufgeschrieben haben, streichen Sie dieses Papier durch: Diese Karten sichern sie nicht.",
  "wizard.phrase.regenerate.confirm": "Andere Phrase erzeugen",
  "wizard.phrase.regenerate.keep": "Diese Phrase behalten",
  "wizard.phrase.listNote": "Viele Wallet-Apps akzeptieren nur englische Wörter. Wählen Sie die Liste {list} nur, wenn Ihre Wallet-App diese Wörter akzeptiert; die Karten bringen dieselben Wörter in derselben Liste zurück.",
  // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
  "wizard.summary.line": "{count} Wörter, Liste {list}. Wallet-Fingerabdruck: {fingerprint}",
  "wizard.summary.fingerprintNote": "Der Fingerabdruck benennt die Wallet, ohne sie preiszugeben; Wallets wie Sparrow zeigen dieselben acht Zeichen.",
  "wizard.summary.show": "Wörter anzeigen",
  "wizard.summary.hide": "Wörter verbergen",
  "wizard.written.title": "Schreiben Sie die Wörter auf",
  "wizard.written.intro": "Schreiben Sie die {count} Wörter der Reihe nach mit ihren Nummern auf Papier, und bewahren Sie das Papier an einem sicheren Ort auf. Ihre Wallet-App fragt nach diesen Wörtern, und die Karten, die Sie als Nächstes erstellen, geben genau diese Wörter zurück.",
  // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
  "wizard.written.readBack": "Lesen Sie, ohne auf den Bildschirm zu schauen, diese Wörter von Ihrem Papier ab: {words}.",
  "wizard.written.wordRef": "Wort {n}",
  "wizard.written.done": "Ich habe sie aufgeschrieben",
  "wizard.written.skip": "Ich schreibe sie nicht auf",
  "wizard.written.skipWarning": "Dann sind die Karten, die Sie als Nächstes erstellen, die einzige Sicherung dieser Wallet (zusammen mit dem Schlüsselbund dieses Computers, falls Sie sie dort speichern). Wenn der Computer kaputtgeht und zu viele Karten oder die Passphrase verloren sind, sind die Wallet und ihr Geld für immer verloren.",
  "wizard.written.skipConfirm": "Ich verstehe: Die Karten sind die einzige Sicherung",
  "wizard.import.title": "Geben Sie Ihre Wiederherstellungsphrase ein",
  "wizard.import.intro": "Geben Sie jedes Wort der Reihe nach ein, aus welcher der zehn Standard-Wortlisten Ihre Wörter auch stammen: Heirloom erkennt die Liste an den Wörtern, oder Sie wählen sie aus. Die ersten vier Buchstaben eines Wortes genügen, und spanische und französische Wörter dürfen ohne Akzente eingegeben werden.",
  "wizard.import.check": "Wörter prüfen",
  "wizard.import.empty": "Wort {n} ist leer. Geben Sie alle {count} Wörter der Reihe nach ein.",
  // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
  "wizard.import.otherWallet": "Diese Wörter gehören zur Wallet mit dem Fingerabdruck {found}, aber {set} ist eine Sicherung der Wallet mit dem Fingerabdruck {expected}. Ein neuer Kartensatz kann nur einen Kartensatz derselben Wallet ersetzen: Vergleichen Sie jedes Wort mit Ihrem Papier.",
  "wizard.imported.title": "Die Phrase ist gültig",
  "wizard.imported.check": "Prüfen Sie, bevor Sie weitermachen, ob dieser Fingerabdruck derselbe ist, den Ihre Wallet anzeigt.",

  // ---- Backup wizard, step 2: save on this computer ----
  "wizard.save.title": "Auf diesem Computer speichern?",
  "wizard.save.intro": "Bewahren Sie die Phrase im Schlüsselbund dieses Computers auf, damit Sie später neue Karten erstellen können, ohne sie erneut einzugeben. Sie bleibt durch Ihre Anmeldung am Computer verschlüsselt.",
  // The wallet name offered at first.
  "wizard.save.defaultName": "Meine Wallet",
  "wizard.save.skip": "Nicht speichern",
  "wizard.save.continueWithout": "Ohne Speichern weiter",
  "wizard.save.already": "Diese Wallet ist auf diesem Computer bereits als „{name}“ gespeichert; sie wurde nicht doppelt gespeichert.",

  // ---- Backup wizard, step 3: cards and holders ----
  "wizard.cards.title": "Wie viele Karten?",
  "wizard.cards.countLabel": "Zu druckende Karten",
  "wizard.cards.thresholdLabel": "Zur Wiederherstellung nötige Karten",
  // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
  "wizard.cards.tn.any": "Beliebige {t} dieser {n} Karten bringen zusammen mit der Passphrase die Wallet zurück.",
  "wizard.cards.tn.reveal": { one: "{count} Karte verrät nichts.", other: "{count} Karten verraten nichts." },
  "wizard.cards.tn.noneLost": "Geht eine Karte verloren, ist die Wallet verloren.",
  "wizard.cards.tn.lost": { one: "Bis zu {count} Karte darf verloren gehen, ohne dass die Wallet verloren ist.", other: "Bis zu {count} Karten dürfen verloren gehen, ohne dass die Wallet verloren ist." },
  "wizard.cards.allNeeded": "Bei {n} von {n} wird jede Karte gebraucht: Geht auch nur eine Karte verloren, verbrennt sie oder wird sie weggeworfen, ist die Wallet für immer verloren.",
  "wizard.cards.allAck": "Ich verstehe: Geht eine einzige Karte verloren, ist die Wallet verloren",
  "wizard.cards.useFewer": "Stattdessen beliebige {t} von {n} verwenden",
  "wizard.cards.useMore": "Stattdessen 3 Karten erstellen, von denen beliebige 2 genügen",
  "wizard.cards.holdersTitle": "Wer bewahrt welche Karte auf?",
  "wizard.cards.holdersHint": "Wird auf die Karte gedruckt, damit die Familie weiß, wen sie fragen kann. Freiwillig; ein Name hat bis zu {name} Zeichen, ein Ort bis zu {place}.",
  // aria-labels of the two boxes of a card's row.
  "wizard.cards.holderName": "Karte {n}: Wer bewahrt sie auf?",
  "wizard.cards.holderPlace": "Karte {n}: Wo wird sie aufbewahrt?",
  "wizard.cards.labelLabel": "Ein Name für diesen Kartensatz (bis zu {limit} Zeichen)",
  // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
  "wizard.cards.defaultLabel": "{wallet} {year}",
  // The wallet's name in the label above when it has none.
  "wizard.cards.defaultWallet": "Wallet",
  // A new set's name when the set it replaces has the same one.
  "wizard.cards.newSetLabel": "{label} (neuer Kartensatz)",
  // {set}: the old set's name; {made}: its date.
  "wizard.reissue.note": "Dieser neue Kartensatz ersetzt {set} (erstellt am {made}, beliebige {t} von {n}). Die neuen Karten können nicht mit den alten gemischt werden. {set} bleibt aktiv, bis die neuen Karten gedruckt und geprüft sind; erst dann wird der alte Kartensatz als stillgelegt markiert, und erst dann sollten seine Karten eingesammelt und vernichtet werden.",
  "wizard.reissue.typePhrase": "Die Wallet dieses Kartensatzes ist nicht auf diesem Computer gespeichert. Geben Sie daher die Wiederherstellungsphrase der Wallet ein: Heirloom prüft, ob es dieselbe Wallet ist.",

  // ---- Backup wizard, step 4: the passphrase ----
  "wizard.pass.title": "Die Passphrase",
  "wizard.pass.intro": "Die Karten werden mit dieser Passphrase verschlossen. Schreiben Sie diese sechs Wörter jetzt auf Papier. Bewahren Sie das Papier getrennt von den Karten auf: Wer genug Karten findet, braucht dann immer noch die Passphrase.",
  "wizard.pass.written": "Ich habe sie aufgeschrieben",
  "wizard.pass.showAgain": "Wörter noch einmal anzeigen",
  "wizard.pass.retypeLabel": "Geben Sie die sechs Wörter von Ihrem Papier ein, mit Leerzeichen dazwischen",
  "wizard.pass.custom.summary": "Stattdessen eine eigene Passphrase wählen",
  "wizard.pass.custom.label": "Ihre Passphrase",
  "wizard.pass.custom.use": "Diese Passphrase verwenden",
  // {bits}: a whole number, the passphrase's strength.
  "wizard.pass.custom.strong": "Stark genug: etwa {bits} Bit.",
  "wizard.pass.custom.weak": "Zu leicht zu erraten: etwa {bits} Bit, mindestens {floor} sind nötig. Fügen Sie weitere Wörter hinzu, die nichts miteinander zu tun haben.",
  "wizard.pass.custom.writeDown": "Schreiben Sie Ihre Passphrase jetzt genau auf Papier: Jeder Buchstabe, Groß- und Kleinschreibung und Leerzeichen zählen. Geben Sie sie dann noch einmal vom Papier ein.",
  "wizard.pass.custom.retypeLabel": "Ihre Passphrase noch einmal, vom Papier abgeschrieben",
  "wizard.pass.custom.change": "Passphrase ändern",

  // ---- Backup wizard, step 5: making the cards ----
  "wizard.derive.title": "Karten werden erstellt",
  "wizard.derive.intro": "Heirloom verschließt jede Karte mit der Passphrase. Das dauert absichtlich etwa eine Sekunde: So dauert das Erraten der Passphrase für alle anderen lange.",

  // ---- Backup wizard, step 6: cards ready ----
  "wizard.ready.title": "Ihre Karten sind fertig",
  "wizard.ready.set": "Kartensatz",
  "wizard.ready.cards": "Karten",
  "wizard.ready.setId": "Kartensatz-ID",
  "wizard.ready.tn": "beliebige {t} von {n}",
  // {problem}: why, in Rust's words (English).
  "wizard.ready.recordProblem": "Die Karten sind erstellt und funktionieren, aber die Liste der Kartensätze auf diesem Computer konnte nicht aktualisiert werden: {problem}",
  "wizard.ready.recordProblemReissue": "Die Karten sind erstellt und funktionieren, aber die Liste der Kartensätze auf diesem Computer konnte nicht aktualisiert werden: {problem} {set} wurde nicht als stillgelegt markiert.",
  "wizard.ready.reissueDone": "{set} ist jetzt als stillgelegt markiert und durch diesen Kartensatz ersetzt. Die alten Karten funktionieren weiterhin. Sobald die neuen Karten verteilt sind, sammeln Sie die alten Karten ein und vernichten Sie sie; die Startseite zeigt, wer welche Karte hat.",
  "wizard.ready.reissuePending": "Behalten Sie die Karten von {set}, denn sie sind weiterhin die Sicherung, auf die Sie sich verlassen können. Der alte Kartensatz wird erst stillgelegt, wenn diese neuen Karten gedruckt und unten geprüft sind; bis dahin sind beide Kartensätze aktiv.",
  "wizard.ready.leaveWarning": "Diese Karten sind noch nicht geprüft. Solange sie nicht gedruckt und geprüft sind, kann niemand sicher sein, dass sie die Wallet zurückbringen. Der Kartensatz wartet oben auf der Startseite als unerledigte Aufgabe; von dort aus können Sie die gedruckten Karten prüfen.",
  "wizard.ready.leaveWarningReissue": "Diese Karten sind noch nicht geprüft. Solange sie nicht gedruckt und geprüft sind, kann niemand sicher sein, dass sie die Wallet zurückbringen, und {set} ist nicht stillgelegt. Der Kartensatz wartet oben auf der Startseite als unerledigte Aufgabe; von dort aus können Sie die gedruckten Karten prüfen.",
  "wizard.ready.leave": "Ohne Prüfung verlassen",
  "wizard.ready.stay": "Hierbleiben",
  // alt text of a card's QR code.
  "wizard.ready.qrAlt": "QR-Code von Karte {n}",
  "wizard.ready.cardTitle": "Karte {n} von {count} — beliebige {t} Karten und die Passphrase stellen die Wallet wieder her",
  "wizard.ready.cardFacts": "{label} · {date} · Fingerabdruck {fingerprint}",
  // {name}: who keeps the card ("—" when nobody is named); {place}: where.
  "wizard.ready.keptBy": "Aufbewahrt von {name}",
  "wizard.ready.keptByAt": "Aufbewahrt von {name}, {place}",
  "wizard.ready.verified": "Überprüft: Die gedruckten Karten wurden geprüft, in jeder möglichen Kombination.",
  "wizard.ready.notVerified": "Noch nicht überprüft: Sobald die Karten gedruckt sind, prüfen Sie sie mit der Passphrase von Ihrem Papier, bevor Sie sie verteilen.",
  "wizard.ready.saveTexts": "Kartentexte speichern…",
  // {place}: a folder's path.
  "wizard.ready.savedTexts": { one: "{count} Kartentext in {place} gespeichert.", other: "{count} Kartentexte in {place} gespeichert." },

  // ---- Printing ----
  "print.title": "Karten drucken",
  "print.intro": "Jede Karte so, wie sie gedruckt wird. Das PDF enthält außerdem eine einseitige Anleitung für Ihre Familie und eine einseitige Beschreibung des Kartenformats.",
  "print.paper": "Papier",
  "print.paper.a4": "A4",
  "print.paper.letter": "US-Letter",
  "print.perPage": "Karten pro Seite",
  "print.perPage.4": "4 (mit Schnittmarken)",
  "print.line": "Eine Zeile, um die Passphrase von Hand einzutragen",
  "print.line.first": "Nur auf Karte 1 (eine „Schlüsselkarte“)",
  "print.line.none": "Auf keiner Karte",
  "print.line.every": "Auf jeder Karte",
  "print.previewAlt": "Karte {n}, wie sie gedruckt wird",
  "print.pageAlt": "Seite {n} von {count}",
  "print.savePdf": "PDF speichern…",
  "print.savedPdf": "Die Karten wurden als {place} gespeichert.",
  "print.savePictures": "Kartenbilder speichern…",
  "print.savedPictures": { one: "{count} Kartenbild in {place} gespeichert.", other: "{count} Kartenbilder in {place} gespeichert." },
  "print.print": "Drucken…",

  // ---- Checking the printed cards ----
  "verify.title": "Gedruckte Karten prüfen",
  "verify.intro": "Bevor Sie die Karten verteilen, lesen Sie alle {count} gedruckten Karten wieder ein: Halten Sie sie vor die Kamera, öffnen Sie Fotos oder Scans davon (auch ein PDF geht) oder geben Sie den Text unter einem QR-Code ein. Geben Sie dann die Passphrase von Ihrem Papier ein. Heirloom prüft, ob jede Kombination aus {t} Karten mit genau dem, was aufgeschrieben ist, diese Wallet (Fingerabdruck {fingerprint}) wiederherstellt, ohne die Phrase anzuzeigen.",
  "verify.cardsHeading": "Die Karten",
  "verify.cameraIntro": "Halten Sie jede Karte vor die Kamera, sodass der ganze quadratische Code zu sehen ist.",
  "verify.filesLabel": "Bilder oder Scans der Karten auswählen",
  "verify.passLabel": "Die Passphrase, genau wie auf Ihrem Papier",
  "verify.checkNow": "Karten prüfen",
  "verify.notYet": "Noch nicht überprüft.",
  "verify.not": "Nicht überprüft.",
  "verify.noCards": "Noch keine Karten. Lesen Sie alle {count} ein.",
  // {list}: card numbers, "1, 2, 4".
  "verify.cardsIn": "Geprüfte Karten: {list} von {count}.",
  "verify.allIn": "Alle {count} Karten sind eingelesen. Geben Sie die Passphrase von Ihrem Papier ein und klicken Sie auf „Karten prüfen“.",
  // Over the camera picture. {list}: card numbers.
  "verify.flash": { one: "✓ Karte {list} eingelesen", other: "✓ Karten {list} eingelesen" },
  "verify.typePass": "Geben Sie die Passphrase genau so ein, wie sie auf Ihrem Papier steht.",
  "verify.opening": "Die Karten werden mit der Passphrase geöffnet…",
  "verify.progress": "{checked} von {total} Kombinationen aus {t} Karten geprüft…",
  "verify.done": "Überprüft: Jede Kombination der Karten bringt mit der Passphrase von Ihrem Papier diese Wallet zurück.",
  "verify.recorded": "Das ist jetzt auf diesem Computer vermerkt.",
  "verify.retired": "Der alte Kartensatz, den dieser ersetzt, ist jetzt stillgelegt: Sobald die neuen Karten verteilt sind, sammeln Sie die alten Karten ein und vernichten Sie sie.",
};
