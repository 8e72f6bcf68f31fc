//! The native dialogs in Spanish.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "¿Mostrar otra vez la contraseña?",
        message: "Las seis palabras de la contraseña se mostrarán otra vez en la pantalla. Asegúrese de que nadie más pueda ver la pantalla y de que ninguna cámara apunte hacia ella.",
        yes: "Mostrar las palabras",
    },
    reveal_phrase: Ask {
        title: "¿Mostrar la frase de recuperación?",
        message: "Las palabras de la frase de recuperación se mostrarán en la pantalla. Cualquiera que las vea puede quedarse con la billetera y su dinero. Asegúrese de que nadie más pueda ver la pantalla y de que ninguna cámara apunte hacia ella.",
        yes: "Mostrar las palabras",
    },
    reveal_seedqr: Ask {
        title: "¿Mostrar la frase como código QR?",
        message: "La frase de recuperación se mostrará como un código QR (SeedQR) para que lo escanee una billetera física. Cualquiera que vea o fotografíe el código puede quedarse con la billetera y su dinero. Asegúrese de que nadie más pueda ver la pantalla y de que ninguna otra cámara apunte hacia ella.",
        yes: "Mostrar el código",
    },
    open_wallet: Ask {
        title: "¿Usar la frase de recuperación guardada?",
        message: "Heirloom leerá la frase de recuperación de una billetera guardada en el llavero de esta computadora, para hacer tarjetas con ella o para mostrar sus palabras. Cualquiera que obtenga esas palabras puede quedarse con la billetera y su dinero. Continúe solo si acaba de pedirlo, y asegúrese de que nadie más pueda ver la pantalla.",
        yes: "Usar la frase",
    },
    cancel: "Cancelar",
    save_cards_pdf: "Guardar las tarjetas como PDF",
    card_pictures_folder: "Elija una carpeta vacía para las imágenes de las tarjetas",
    card_texts_folder: "Elija una carpeta vacía para los textos de las tarjetas",
    export_record: "Guardar la lista de juegos de tarjetas",
    import_record: "Abrir una lista de juegos de tarjetas",
    record_files: "Lista de juegos de tarjetas de Heirloom",
};
