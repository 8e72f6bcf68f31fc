//! The native dialogs in English.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "Show the passphrase again?",
        message: "The six passphrase words will be shown on the screen again. Make sure nobody \
                  else can see the screen, and that no camera is pointed at it.",
        yes: "Show the words",
    },
    reveal_phrase: Ask {
        title: "Show the recovery phrase?",
        message: "The words of the recovery phrase will be shown on the screen. Anyone who sees \
                  them can take the wallet and its money. Make sure nobody else can see the \
                  screen, and that no camera is pointed at it.",
        yes: "Show the words",
    },
    reveal_seedqr: Ask {
        title: "Show the phrase as a QR code?",
        message: "The recovery phrase will be shown as a QR code (SeedQR) for a hardware wallet \
                  to scan. Anyone who sees or photographs the code can take the wallet and its \
                  money. Make sure nobody else can see the screen, and that no other camera is \
                  pointed at it.",
        yes: "Show the code",
    },
    open_wallet: Ask {
        title: "Use the saved recovery phrase?",
        message: "Heirloom will read the recovery phrase of a saved wallet from this computer's keychain, to make cards from it or to show its words. Anyone who gets those words can take the wallet and its money. Go on only if you asked for this just now, and make sure nobody else can see the screen.",
        yes: "Use the phrase",
    },
    cancel: "Cancel",
    save_cards_pdf: "Save the cards as a PDF",
    card_pictures_folder: "Choose an empty folder for the card pictures",
    card_texts_folder: "Choose an empty folder for the card texts",
    export_record: "Save the list of backup sets",
    import_record: "Open a list of backup sets",
    record_files: "Heirloom list of backup sets",
};
