//! The family guide in German (Deutsch).
//!
//! Quoted card words ("Card i of {n}", "set") stay in English, as the cards print them,
//! with the German after them in parentheses.

use super::GuideWords;

pub(crate) const WORDS: GuideWords = GuideWords {
    title: "So stellen Sie die Wallet wieder her",
    subtitle: "Eine Anleitung für die Familie — {about}",
    about_label: "„{label}“",
    about_set: "Kartensatz {id}",
    about_made: "erstellt am {date}",
    about_fingerprint: "Wallet-Fingerabdruck {fingerprint}",
    fingerprint_not_printed: "(nicht gedruckt)",
    what_heading: "Was diese Karten sind",
    what: "Die Wiederherstellungswörter einer Wallet (ihre {words} geheimen Wörter) wurden mit \
           dem Programm Heirloom auf {n} Karten aufgeteilt. Beliebige {t} der {n} Karten \
           bringen zusammen mit der Passphrase die Wörter genau so zurück, wie sie waren. \
           Weniger als {t} Karten verraten überhaupt nichts, auch nicht mit der Passphrase: \
           Eine Karte, die verloren geht oder von einem Fremden gefunden wird, gibt nichts preis.",
    need_heading: "Was Sie brauchen",
    need_cards: "{t} verschiedene Karten dieses Kartensatzes. Auf jeder steht „Card i of {n}“ \
                 (Karte i von {n}), und ihre Kartensatz-ID (nach „set“) beginnt mit {short}.",
    need_passphrase: "Die Passphrase: einige Wörter, die beim Erstellen der Karten gewählt \
                      wurden. Sie ist nicht auf die Karten gedruckt.",
    need_passphrase_one_line: "Die Passphrase: einige Wörter, die beim Erstellen der Karten \
                               gewählt wurden. Sie ist nicht auf die Karten gedruckt, außer \
                               jemand hat sie in die Passphrase-Zeile von Karte {i} geschrieben.",
    need_passphrase_every_line: "Die Passphrase: einige Wörter, die beim Erstellen der Karten \
                                 gewählt wurden. Sie ist nicht auf die Karten gedruckt, außer \
                                 jemand hat sie in die Passphrase-Zeile einer Karte geschrieben.",
    need_computer: "Einen Computer mit Heirloom, einem kostenlosen Programm. Unter Linux \
                    installieren Sie sein Paket (.deb für Debian und Ubuntu, .rpm für Fedora), \
                    das mit seinem Quellcode veröffentlicht ist, oder bitten Sie einen Menschen \
                    Ihres Vertrauens, es zu installieren. Ist das Programm nicht mehr zu finden, \
                    geben Sie die nächste Seite einem Programmierer: Diese Seite beschreibt die \
                    Karten vollständig.",
    steps_heading: "Die Wiederherstellung Schritt für Schritt",
    step_1: "Trennen Sie den Computer nach Möglichkeit vom Internet. Öffnen Sie Heirloom und \
             wählen Sie „Wallet aus Karten wiederherstellen“.",
    step_2: "Halten Sie jede Karte vor die Webcam, oder öffnen Sie Fotos oder Scans der Karten \
             (mehrere Karten auf einer Seite sind kein Problem), oder tippen Sie den Text ein, \
             der unter dem QR-Code gedruckt ist.",
    step_3: "Heirloom sagt, welche Karten es hat und wie viele noch fehlen. Sind {t} Karten \
             eingelesen, geben Sie die Passphrase ein.",
    step_4: "Heirloom zeigt die Wiederherstellungswörter und den Wallet-Fingerabdruck. Prüfen \
             Sie, ob der Fingerabdruck {fingerprint} lautet. Geben Sie die Wörter in eine \
             Wallet-App ein, um an das Guthaben zu kommen, und bewahren Sie sie so sicher auf \
             wie die Karten.",
    step_4_no_fingerprint: "Heirloom zeigt die Wiederherstellungswörter und den Wallet-Fingerabdruck. Geben Sie die Wörter in eine Wallet-App ein, um an das Guthaben zu kommen, und bewahren Sie sie so sicher auf wie die Karten.",
    damaged_heading: "Wenn eine Karte beschädigt ist",
    damaged: "Lässt sich ihr QR-Code nicht scannen, tippen Sie den Text darunter ein. Ist auch \
              ein Teil des Textes unlesbar, nehmen Sie stattdessen eine andere Karte: Beliebige \
              {t} genügen. Heirloom sagt in einfachen Worten, wenn eine Karte beschädigt ist, \
              aus einem anderen Kartensatz stammt oder doppelt eingelesen wurde, und es gibt \
              niemals falsche Wörter aus: Eine beschädigte Karte wird abgelehnt, nicht erraten.",
    typing_heading: "Den Text eintippen",
    typing: "Der Text steht in Gruppen zu sechs Zeichen; das letzte Zeichen jeder Gruppe prüft \
             die anderen fünf. Tippen Sie die Gruppen der Reihe nach ein. Leerzeichen, \
             Bindestriche sowie Groß- und Kleinschreibung spielen keine Rolle. Die Buchstaben \
             I, L, O und U kommen nie vor: Ein rundes Zeichen ist die Ziffer Null. Meldet \
             Heirloom, dass eine Gruppe nicht richtig aussieht, vergleichen Sie diese Gruppe \
             mit der Karte: Die kleine Zahl am Anfang jeder Zeile ist die Nummer ihrer ersten \
             Gruppe.",
    passphrase_heading: "Die Passphrase",
    passphrase_heading_one_line: "Die Passphrase-Zeile auf Karte {i}",
    passphrase_heading_every_line: "Die Passphrase-Zeilen auf den Karten",
    passphrase_apart: "Bewahren Sie die Passphrase getrennt von den Karten auf: Dann sind \
                       selbst {t} gestohlene Karten nutzlos.",
    passphrase_key: "Wer die Passphrase auf {card} schreibt, macht diese Karte zu einer \
                     „Schlüsselkarte“: Zusammen mit {others} öffnet sie die Wallet, \
                     ohne dass jemand die Passphrase kennen muss. Wenn Sie das tun, geben Sie die \
                     Schlüsselkarte dem Menschen, dem Sie am meisten vertrauen, und bewahren \
                     Sie sie nie zusammen mit einer anderen Karte auf.",
    key_card_numbered: "Karte {i}",
    key_card_any: "eine Karte",
    others_one: "einer beliebigen anderen Karte",
    others_many: "{k} beliebigen anderen Karten",
    passphrase_one_line: "{apart} Nur Karte {i} hat eine Zeile dafür; am sichersten ist es, \
                          die Zeile leer zu lassen. {key} Schreiben Sie die Passphrase niemals \
                          auf eine andere Karte.",
    passphrase_every_line: "{apart} Jede Karte hat eine Zeile dafür; am sichersten ist es, \
                            die Zeilen leer zu lassen. {key} Schreiben Sie die Passphrase auf \
                            höchstens eine Karte.",
    passphrase_no_line: "{apart} Die Karten haben keine Zeile dafür: Schreiben Sie die \
                         Passphrase getrennt von ihnen auf, zum Beispiel in die Unterlagen des \
                         Besitzers, und sagen Sie der Familie, wo sie liegt.",
    care_heading: "So bewahren Sie die Karten auf",
    care: "Geben Sie jede Karte einer anderen Person oder bewahren Sie sie an einem anderen \
           Ort auf, trocken und vor Sonnenlicht geschützt. Fotografieren Sie die Karten nicht, \
           und speichern Sie keine Kopien online. Geht eine Karte verloren, kann der Besitzer \
           der Wallet einen neuen Kartensatz erstellen und jede Karte dieses Kartensatzes \
           vernichten.",
};
