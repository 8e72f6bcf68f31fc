//! The native dialogs in German.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "Passphrase noch einmal anzeigen?",
        message: "Die sechs Wörter der Passphrase werden noch einmal auf dem Bildschirm angezeigt. Achten Sie darauf, dass niemand sonst den Bildschirm sehen kann und keine Kamera auf ihn gerichtet ist.",
        yes: "Wörter anzeigen",
    },
    reveal_phrase: Ask {
        title: "Wiederherstellungsphrase anzeigen?",
        message: "Die Wörter der Wiederherstellungsphrase werden auf dem Bildschirm angezeigt. Wer sie sieht, kann die Wallet und ihr Geld an sich nehmen. Achten Sie darauf, dass niemand sonst den Bildschirm sehen kann und keine Kamera auf ihn gerichtet ist.",
        yes: "Wörter anzeigen",
    },
    reveal_seedqr: Ask {
        title: "Phrase als QR-Code anzeigen?",
        message: "Die Wiederherstellungsphrase wird als QR-Code (SeedQR) angezeigt, damit eine Hardware-Wallet ihn einlesen kann. Wer den Code sieht oder fotografiert, kann die Wallet und ihr Geld an sich nehmen. Achten Sie darauf, dass niemand sonst den Bildschirm sehen kann und keine andere Kamera auf ihn gerichtet ist.",
        yes: "Code anzeigen",
    },
    open_wallet: Ask {
        title: "Gespeicherte Wiederherstellungsphrase verwenden?",
        message: "Heirloom liest die Wiederherstellungsphrase einer gespeicherten Wallet aus dem Schlüsselbund dieses Computers, um daraus Karten zu erstellen oder ihre Wörter anzuzeigen. Wer diese Wörter erhält, kann die Wallet und ihr Geld an sich nehmen. Fahren Sie nur fort, wenn Sie das gerade selbst angefordert haben, und achten Sie darauf, dass niemand sonst den Bildschirm sehen kann.",
        yes: "Phrase verwenden",
    },
    cancel: "Abbrechen",
    save_cards_pdf: "Karten als PDF speichern",
    card_pictures_folder: "Leeren Ordner für die Bilder der Karten wählen",
    card_texts_folder: "Leeren Ordner für die Texte der Karten wählen",
    export_record: "Liste der Kartensätze speichern",
    import_record: "Liste der Kartensätze öffnen",
    record_files: "Heirloom-Liste der Kartensätze",
};
