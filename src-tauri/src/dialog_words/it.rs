//! The native dialogs in Italian.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "Mostrare di nuovo la password?",
        message: "Le sei parole della password verranno mostrate di nuovo sullo schermo. Si assicuri che nessun altro possa vedere lo schermo e che nessuna fotocamera sia puntata verso di esso.",
        yes: "Mostra le parole",
    },
    reveal_phrase: Ask {
        title: "Mostrare la frase di recupero?",
        message: "Le parole della frase di recupero verranno mostrate sullo schermo. Chiunque le veda può prendere il portafoglio e il suo denaro. Si assicuri che nessun altro possa vedere lo schermo e che nessuna fotocamera sia puntata verso di esso.",
        yes: "Mostra le parole",
    },
    reveal_seedqr: Ask {
        title: "Mostrare la frase come codice QR?",
        message: "La frase di recupero verrà mostrata come codice QR (SeedQR), da far leggere a un portafoglio hardware. Chiunque veda o fotografi il codice può prendere il portafoglio e il suo denaro. Si assicuri che nessun altro possa vedere lo schermo e che nessun’altra fotocamera sia puntata verso di esso.",
        yes: "Mostra il codice",
    },
    open_wallet: Ask {
        title: "Usare la frase di recupero salvata?",
        message: "Heirloom leggerà la frase di recupero di un portafoglio salvato nel portachiavi di questo computer, per crearne delle schede o per mostrarne le parole. Chiunque ottenga quelle parole può prendere il portafoglio e il suo denaro. Continui solo se lo ha appena chiesto Lei, e si assicuri che nessun altro possa vedere lo schermo.",
        yes: "Usa la frase",
    },
    cancel: "Annulla",
    save_cards_pdf: "Salva le schede come PDF",
    card_pictures_folder: "Scelga una cartella vuota per le immagini delle schede",
    card_texts_folder: "Scelga una cartella vuota per i testi delle schede",
    export_record: "Salva l’elenco delle serie di backup",
    import_record: "Apri un elenco di serie di backup",
    record_files: "Elenco delle serie di backup di Heirloom",
};
