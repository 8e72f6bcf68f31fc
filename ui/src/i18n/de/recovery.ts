// The German words of recovery, and taking cards in (camera, files, typed text): one part of ../de.ts, typed against
// the English part (../en/recovery.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { recovery as english } from "../en/recovery";

export const recovery: PartOf<typeof english> = {
  // ---- Recovery: shared ----
  "recovery.step.cards": "Karten hinzufügen",
  "recovery.step.passphrase": "Passphrase eingeben",
  "recovery.step.wallet": "Ihre Wallet",

  // ---- Recovery, step 1: the cards ----
  "recovery.cards.title": "Wallet aus ihren Karten wiederherstellen",
  "recovery.cards.lead": "Fügen Sie die Karten einzeln hinzu, in beliebiger Reihenfolge, auf eine der drei Arten unten. Heirloom sagt Ihnen, wenn es genug sind.",
  "recovery.cards.waysLabel": "So fügen Sie eine Karte hinzu",
  "recovery.way.camera": "Karten vor die Kamera halten",
  "recovery.way.files": "Bilder oder PDF-Scans öffnen",
  "recovery.way.typed": "Text unter dem QR-Code eingeben",
  "recovery.cards.cameraIntro": "Halten Sie eine Karte vor die Kamera, sodass der ganze quadratische Code zu sehen ist, und halten Sie sie einen Moment still. Sie hören einen Piepton und sehen ein Häkchen, wenn sie gelesen ist. Zeigen Sie dann die nächste Karte.",
  "recovery.cards.filesLabel": "Bilder oder Scans von diesem Computer auswählen",
  "recovery.cards.next": "Weiter zur Passphrase",
  // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
  "recovery.cards.flashAdded": "✓ {cards} hinzugefügt",
  "recovery.cards.flashRefused": "✗ {problem}",
  "recovery.cards.removedCard": "Karte {n} wurde herausgenommen. Sie können sie wieder hinzufügen.",
  "recovery.cards.removedTyped": "Die eingegebene Karte {n} wurde herausgenommen. Sie können sie erneut eingeben.",
  "recovery.cards.removedUnplaced": "Die eingegebene Karte wurde herausgenommen. Sie können sie erneut eingeben.",
  "recovery.cards.removedUnplacedPrinted": "Die aus dem gedruckten Text gelesene Karte wurde herausgenommen. Sie können sie wieder hinzufügen.",

  // ---- Recovery: the board of cards ----
  "recovery.board.heading": "Hinzugefügte Karten",
  // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
  "recovery.board.label": "„{label}“ {made}",
  "recovery.board.made": "erstellt am {date}",
  "recovery.board.retired": "Dieser Kartensatz wurde am {date} stillgelegt: Möglicherweise gibt es einen neueren Kartensatz. Diese Karten funktionieren trotzdem.",
  "recovery.board.noCards": "Noch keine Karten",
  // {have} cards added; {t} needed (2 or more).
  "recovery.board.countMore": "{have} Karten ({t} nötig)",
  "recovery.board.count": "{have} von {t} Karten",
  "recovery.board.start": "Fügen Sie eine beliebige Karte hinzu, um zu beginnen. Die erste Karte zeigt, wie viele nötig sind.",
  "recovery.board.needed": { one: "Noch {count} Karte nötig.", other: "Noch {count} Karten nötig." },
  "recovery.board.enough": "Genug Karten. Weiter zur Passphrase.",
  "recovery.board.next": "Weiter zur Passphrase",
  // {id}: the first 8 characters of the set id, shown apart.
  "recovery.board.set": "Diese Sicherung hat {count} Karten; beliebige {t} davon bringen die Wallet zurück. Kartensatz {id}.",
  // Under a typed card's slot.
  "recovery.board.typedGroup": "eingegeben; Gruppe {group} wird mit der Passphrase geprüft",
  "recovery.board.typed": "eingegeben; wird mit der Passphrase geprüft",
  "recovery.board.printedGroup": "aus dem gedruckten Text gelesen; Gruppe {group} wird mit der Passphrase geprüft",
  "recovery.board.printed": "aus dem gedruckten Text gelesen; wird mit der Passphrase geprüft",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "Gruppe {group} wird mit der Passphrase geprüft",
  "recovery.board.checked": "wird mit der Passphrase geprüft",
  "recovery.board.unplaced": "Eine eingegebene Karte",
  "recovery.board.unplacedPrinted": "Eine aus dem gedruckten Text gelesene Karte",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "hinzugefügt",
  "recovery.board.notIn": "nicht hinzugefügt",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "Karte {n} entfernen",
  "recovery.board.removeTyped": "Eingegebene Karte {n} entfernen",
  "recovery.board.removePrinted": "Karte {n} (aus dem gedruckten Text gelesen) entfernen",
  "recovery.board.removeUnplaced": "Die eingegebene Karte entfernen",
  "recovery.board.removeUnplacedPrinted": "Die aus dem gedruckten Text gelesene Karte entfernen",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "Karte {n}",
  "recovery.news.cards": "Karten {list} und {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "Karte {n}",
  "recovery.news.Cards": "Karten {list} und {last}",
  "recovery.news.added": "{cards} hinzugefügt.",
  "recovery.news.printed": "Aus dem Text unter dem QR-Code gelesen, da sich der Code nicht lesen ließ. Heirloom prüft diese Karte, sobald Sie die Passphrase eingeben.",
  "recovery.news.enough": "Das sind genug Karten.",
  "recovery.news.keptN": "Karte {n} wurde so hinzugefügt, wie Sie sie eingegeben haben.",
  "recovery.news.kept": "Die Karte wurde so hinzugefügt, wie Sie sie eingegeben haben.",
  "recovery.news.keptCheck": "Heirloom prüft sie und korrigiert kleine Tippfehler, sobald Sie die Passphrase eingeben.",
  // {message}: why, an error message.
  "recovery.news.noCardInPart": "{file}: Auf den gelesenen Seiten wurde keine Karte gefunden. {message}",
  "recovery.news.stoppedOne": "Abgebrochen. Aus dieser Datei wurde nichts hinzugefügt.",
  // {count}: 2 or more.
  "recovery.news.stoppedMany": "Abgebrochen. Die letzten {count} Dateien wurden nicht gelesen; aus ihnen wurde nichts hinzugefügt.",
  // A few words over the camera picture for a refused card.
  "recovery.short.other_set": "Karte aus einer anderen Sicherung",
  "recovery.short.damaged": "Beschädigte Karte",
  "recovery.short.duplicate": "Schon hinzugefügt",
  "recovery.short.not_a_card": "Keine Heirloom-Karte",
  "recovery.short.unsupported_version": "Neueres Kartenformat",
  "recovery.short.kdf_out_of_bounds": "Karte abgelehnt",
  "recovery.short.other": "Diese Karte ist nicht verwendbar",

  // ---- Recovery, step 2: the passphrase ----
  "recovery.pass.title": "Passphrase eingeben",
  "recovery.pass.intro": "Die Karten sind mit einer Passphrase verschlossen. Sie ist nicht auf die Karten gedruckt: Die Person, die die Karten erstellt hat, hat die Passphrase getrennt aufgeschrieben oder einem Menschen ihres Vertrauens gesagt.",
  "recovery.pass.legend": "Wie sieht die Passphrase aus?",
  "recovery.pass.modeWords": "Sechs gewöhnliche Wörter (von Heirloom erzeugt)",
  "recovery.pass.modeText": "Etwas anderes (selbst gewählt von der Person, die die Karten erstellt hat)",
  "recovery.pass.wordsIntro": "Geben Sie die sechs Wörter in der Reihenfolge ein, in der sie aufgeschrieben wurden. Die ersten vier Buchstaben jedes Wortes genügen.",
  "recovery.pass.wordLabel": "Passphrase-Wort {n}",
  "recovery.pass.notAWord": "Kein Wort der Wortliste. Prüfen Sie die Schreibweise.",
  // {words}: one or more suggested words, each a button.
  "recovery.pass.notAWordSuggest": "Kein Wort der Wortliste. Meinten Sie {words}?",
  "recovery.pass.textLabel": "Die Passphrase, genau so, wie sie aufgeschrieben wurde",
  "recovery.pass.textHint": "Groß- und Kleinschreibung zählt. Zusätzliche Leerzeichen nicht.",
  "recovery.pass.working": "Die Karten werden mit der Passphrase geöffnet. Das dauert absichtlich einige Sekunden: So dauert das Erraten für alle anderen lange.",
  "recovery.pass.open": "Karten öffnen",
  "recovery.pass.backToCards": "Zurück zu den Karten",
  "recovery.pass.typeFirst": "Geben Sie zuerst die Passphrase ein.",
  "recovery.pass.wordUnknown": "Wort {n} steht nicht in der Wortliste. Prüfen Sie die Schreibweise. Besteht die Passphrase nicht aus sechs Wörtern der Liste, wählen Sie oben „Etwas anderes“.",
  "recovery.pass.wordEmpty": "Wort {n} ist leer. Geben Sie alle sechs Wörter der Reihe nach ein.",
  // Help under a wrong passphrase: one of the first two, then one of the next two.
  "recovery.pass.help.typed": "Die gescannten Karten lassen sich mit dieser Passphrase nicht öffnen; prüfen Sie daher zuerst die Passphrase. Die eingegebenen Karten werden geprüft, sobald sie stimmt.",
  "recovery.pass.help.allRead": "Die Karten wurden alle richtig gelesen; prüfen Sie daher die Passphrase.",
  "recovery.pass.help.words": "Sehen Sie sich jedes Wort noch einmal an, und prüfen Sie, ob die Wörter in der Reihenfolge stehen, in der sie aufgeschrieben wurden.",
  "recovery.pass.help.text": "Prüfen Sie jeden Buchstaben, die Groß- und Kleinschreibung und die Leerzeichen zwischen den Wörtern.",
  "recovery.pass.help.retype": "Gehen Sie zurück zu den Karten und geben Sie den Text dieser Karte ein; vergleichen Sie dabei jede Gruppe mit dem Papier.",
  "recovery.pass.help.damagedN": "Die Passphrase ist richtig: Sie hat die anderen Karten geöffnet. Gehen Sie zurück zu den Karten, nehmen Sie Karte {n} mit „Entfernen“ heraus, und scannen Sie sie dann erneut, geben Sie ihren Text ein oder fügen Sie eine andere Karte hinzu.",
  "recovery.pass.help.damaged": "Die Passphrase ist richtig: Sie hat die anderen Karten geöffnet. Gehen Sie zurück zu den Karten, nehmen Sie diese Karte mit „Entfernen“ heraus, und scannen Sie sie dann erneut, geben Sie ihren Text ein oder fügen Sie eine andere Karte hinzu.",
  "recovery.pass.help.change": "Gehen Sie zurück zu den Karten, um sie zu ändern.",

  // ---- Recovery, step 3: the wallet is back ----
  "recovery.result.title": "Die Wallet ist wiederhergestellt",
  "recovery.result.checkApp": "Prüfen Sie, ob Ihre Wallet-App denselben Wallet-Fingerabdruck anzeigt, sobald die {count} Wörter dort eingegeben sind. Zeigt sie einen anderen, wurde dort ein Wort falsch eingegeben.",
  "recovery.result.phraseHeading": "Die Wiederherstellungsphrase",
  "recovery.result.phraseWarning": "{count} Wörter. Wer sie sieht, kann das Geld nehmen: Zeigen Sie sie nur dort an, wo Ihnen niemand über die Schulter schauen kann, und geben Sie sie niemals auf einer Website ein.",
  "recovery.result.show": "Wiederherstellungsphrase anzeigen",
  "recovery.result.hide": "Wiederherstellungsphrase verbergen",
  "recovery.result.seedHeading": "Für eine Hardware-Wallet",
  "recovery.result.seedIntro": "Manche Hardware-Wallets (zum Beispiel SeedSigner) können die Phrase aus einem QR-Code namens SeedQR lesen, sodass niemand sie eintippen muss.",
  "recovery.result.seedShow": "Als SeedQR anzeigen",
  "recovery.result.seedHide": "SeedQR verbergen",
  "recovery.result.seedAlt": "Die Wiederherstellungsphrase als SeedQR-Code",
  "recovery.result.seedNone": "SeedQR gibt es nur für englische Wiederherstellungsphrasen. Geben Sie die Wörter stattdessen in die Wallet ein.",
  "recovery.result.saveHeading": "Auf diesem Computer behalten",
  "recovery.result.saveIntro": "Speichern Sie die Phrase im Schlüsselbund dieses Computers, geschützt durch Ihre Anmeldung am Computer, um später neue Karten zu erstellen.",
  // The wallet name offered at first.
  "recovery.result.defaultName": "Wiederhergestellte Wallet",
  "recovery.result.saved": "Auf diesem Computer als „{name}“ gespeichert. Sie können damit später neue Karten erstellen.",
  "recovery.result.already": "Diese Wallet ist auf diesem Computer bereits als „{name}“ gespeichert, daher wurde sie nicht noch einmal gespeichert.",
  "recovery.result.leaveNote": "Wenn Sie diese Seite verlassen, werden die Wörter vom Bildschirm und aus dem Speicher von Heirloom gelöscht.",
  "recovery.result.nextHeading": "Wie es weitergeht",
  "recovery.result.next1": "Geben Sie die Wörter in eine Wallet-App ein, der Sie vertrauen (oder scannen Sie den SeedQR unten mit einer Hardware-Wallet), auf diesem Computer oder in einer neuen Hardware-Wallet. Prüfen Sie, ob dort derselbe Fingerabdruck angezeigt wird.",
  "recovery.result.next2": "Übertragen Sie das Geld auf eine neue Wallet, deren Wörter nur Sie kennen: Die Wörter auf diesen Karten waren jetzt auf einem Bildschirm zu sehen, und mehrere Personen haben Karten.",
  "recovery.result.next3": "Unsicher, wie das geht? Bitten Sie einen Menschen Ihres Vertrauens, der sich mit Bitcoin-Wallets auskennt, sich dazu zu Ihnen zu setzen. Geben Sie die Wörter niemals jemandem, der anruft, schreibt oder online danach fragt: Niemand, der es ehrlich meint, braucht sie jemals.",
  "recovery.result.corrected": { one: "Heirloom hat eine eingegebene Karte korrigiert", other: "Heirloom hat die eingegebenen Karten korrigiert" },
  "recovery.result.correctedIntro": "Heirloom korrigiert einen Tippfehler nur, wenn die eingebaute Prüfung der Karte die Korrektur beweist; die Wallet unten ist also richtig. Bitte sehen Sie sich die Karte noch einmal an: Wo das Papier schwer lesbar ist, schreiben Sie für das nächste Mal die richtigen Zeichen daneben.",
  "recovery.result.correctedRead": { one: "Heirloom hat den Text einer Karte korrigiert", other: "Heirloom hat die Texte der Karten korrigiert" },
  "recovery.result.correctedReadIntro": "Heirloom korrigiert einen Fehler im Text einer Karte, ob eingegeben oder aus dem Druck gelesen, nur, wenn die eingebaute Prüfung der Karte die Korrektur beweist; die Wallet unten ist also richtig. Bitte sehen Sie sich die Karte noch einmal an: Wo das Papier schwer lesbar ist, schreiben Sie für das nächste Mal die richtigen Zeichen daneben.",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "Karte {n}, Gruppe {group}: Sie haben {typed} eingegeben, auf der Karte steht {corrected}. Bitte prüfen Sie das.",
  "recovery.result.correctionRead": "Karte {n}, Gruppe {group}: gelesen als {typed}, auf der Karte steht {corrected}. Bitte prüfen Sie das.",
  "recovery.result.correctionUnread": "Karte {n}, Gruppe {group}: nicht gelesen, auf der Karte steht {corrected}. Bitte prüfen Sie das.",
  // What was typed, when nothing was.
  "recovery.result.nothing": "nichts",
  "recovery.result.leftOutN": "Karte {n} wurde nicht verwendet: Was von ihr eingegeben oder gelesen wurde, weicht stärker von der Karte ab, als Heirloom sicher korrigieren kann, und die anderen Karten haben ohne sie gereicht. Die Wallet unten ist richtig.",
  "recovery.result.leftOut": "Eine eingegebene Karte wurde nicht verwendet: Was von ihr eingegeben oder gelesen wurde, weicht stärker von der Karte ab, als Heirloom sicher korrigieren kann, und die anderen Karten haben ohne sie gereicht. Die Wallet unten ist richtig.",
  "recovery.result.timedOut": "Das hat zu lange gedauert; zur Sicherheit wurden die Wörter vergessen.",
  "recovery.result.timedOutExplain": "Heirloom hält wiederhergestellte Wörter nur so lange im Speicher, wie sie gebraucht werden: Nach 15 Minuten ohne Benutzung werden sie gelöscht, damit sie nicht auf einem unbeaufsichtigten Computer zurückbleiben. Es ist nichts verloren: Die Karten und die Passphrase bringen die Wallet erneut zurück. Eine bereits auf diesem Computer gespeicherte Wallet bleibt gespeichert.",
  "recovery.result.again": "Karten erneut hinzufügen",
  // {printed}, {recovered}: fingerprints, 8 characters.
  "recovery.fp.match": "Das stimmt mit dem Fingerabdruck überein, der auf Ihren Karten gedruckt ist ({printed}): Diese Karten haben die Wallet zurückgebracht, für die sie erstellt wurden.",
  "recovery.fp.mismatch": "Halt: Laut den Karten ist der Fingerabdruck {printed}, aber sie haben die Wallet {recovered} zurückgebracht. Das sind nicht die Wörter der Wallet, für die die Karten erstellt wurden; eine Karte ist vielleicht gefälscht oder stammt aus einem anderen Kartensatz. Übertragen Sie weder Geld auf diese Wallet noch Geld von ihr weg. Fragen Sie die Person, die die Karten erstellt hat, oder einen Menschen Ihres Vertrauens, der sich mit Bitcoin-Wallets auskennt.",
  "recovery.fp.again": "Vielleicht habe ich mich vertippt: erneut vergleichen",
  "recovery.fp.ask": "Vergleichen Sie das mit dem Fingerabdruck, der auf Ihren Karten (nach „fingerprint“) und auf der Anleitung für die Familie gedruckt ist. Geben Sie den gedruckten hier zur Prüfung ein:",
  "recovery.fp.label": "Auf den Karten gedruckter Fingerabdruck",
  "recovery.fp.compare": "Vergleichen",
  "recovery.fp.invalid": "Ein Fingerabdruck hat acht Zeichen, die Ziffern 0–9 und die Buchstaben a–f, wie auf der Karte gedruckt.",

  // ---- Taking cards in: camera, files, typed text ----
  "intake.camera.videoLabel": "Was die Kamera sieht",
  "intake.camera.choose": "Kamera",
  "intake.camera.nameless": "Kamera {n}",
  "intake.camera.on": "Kamera einschalten",
  "intake.camera.off": "Kamera ausschalten",
  "intake.camera.retry": "Kamera erneut versuchen",
  "camera.unsupported": "Heirloom kann auf diesem Computer keine Kamera verwenden. Öffnen Sie stattdessen Bilder der Karten, oder geben Sie den Text ein, der unter jedem QR-Code gedruckt ist.",
  "camera.refused": "Heirloom durfte die Kamera nicht verwenden. Erlauben Sie die Kamera in den Einstellungen dieses Computers und klicken Sie auf „Kamera erneut versuchen“, oder öffnen Sie Bilder der Karten, oder geben Sie den Text unter dem QR-Code ein.",
  "camera.none": "Es wurde keine Kamera gefunden. Schließen Sie eine Webcam an und klicken Sie auf „Kamera erneut versuchen“, oder öffnen Sie Bilder der Karten, oder geben Sie den Text unter dem QR-Code ein.",
  "camera.busy": "Die Kamera wird von einem anderen Programm verwendet. Schließen Sie dieses Programm (zum Beispiel einen Videoanruf) und klicken Sie auf „Kamera erneut versuchen“.",
  "camera.failed": "Die Kamera konnte nicht gestartet werden. Klicken Sie auf „Kamera erneut versuchen“, oder öffnen Sie Bilder der Karten, oder geben Sie den Text unter dem QR-Code ein.",
  "intake.files.drop": "Bilder oder Scans der Karten hier ablegen",
  "intake.files.or": "oder",
  "intake.files.kinds": "Fotos (JPEG), PNG-Bilder und PDF-Dateien vom Scanner. Ein Bild oder eine Seite darf mehrere Karten enthalten.",
  "intake.typed.label": "Geben Sie den Text ein, der unter dem QR-Code gedruckt ist",
  "intake.typed.help": "Groß- und Kleinschreibung und Leerzeichen spielen keine Rolle. Jede Sechsergruppe wird schon beim Tippen geprüft: Ein Häkchen bedeutet, dass die Gruppe stimmt. Ein Barcode-Scanner funktioniert auch: Klicken Sie in das Feld und scannen Sie den Code.",
  "intake.typed.groupsLabel": "Bisher geprüfte Gruppen",
  // Read by screen readers for a group's mark.
  "intake.typed.wrong": "falsch",
  "intake.typed.right": "richtig",
  "intake.typed.unfinished": "nicht fertig",
  "intake.typed.groupWrong": "Gruppe {n} stimmt nicht mit der Karte überein. Vergleichen Sie sie Zeichen für Zeichen; wurde ein Zeichen ausgelassen oder hinzugefügt, sehen auch die Gruppen danach falsch aus.",
  "intake.typed.empty": "Geben Sie zuerst den Text ein, der unter dem QR-Code gedruckt ist.",
  "intake.typed.keepOffer": "Wenn die Karte schwer zu lesen ist, oder wenn Sie verglichen haben und den Fehler nicht finden, fügen Sie sie so hinzu, wie Sie sie eingegeben haben. Sobald Sie die Passphrase eingeben, sucht Heirloom selbst nach kleinen Tippfehlern und korrigiert einen nur, wenn die eingebaute Prüfung der Karte die Korrektur beweist. Heirloom sagt Ihnen, was geändert wurde.",
  "intake.typed.keep": "So hinzufügen, wie eingegeben",
  "scan.opening": "Datei wird geöffnet",
  "scan.readingPage": "Seite {page} von {pages} wird gelesen",
  "scan.readingPicture": "Bild wird gelesen",
  "scan.closerPage": "Seite {page} wird genauer untersucht ({n} von {of})",
  "scan.closerPicture": "Bild wird genauer untersucht (Schritt {pass} von {passes})",
  // {progress}: one of the five above.
  "scan.lineMany": "Datei {k} von {count}, {name}: {progress}…",
  "scan.lineOne": "{name}: {progress}…",
  "scan.stopping": "Wird abgebrochen…",
};
