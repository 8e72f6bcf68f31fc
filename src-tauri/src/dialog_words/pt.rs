//! The native dialogs in Portuguese.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "Mostrar a frase-senha de novo?",
        message: "As seis palavras da frase-senha vão aparecer de novo na tela. Confira se ninguém mais pode ver a tela e se nenhuma câmera está apontada para ela.",
        yes: "Mostrar as palavras",
    },
    reveal_phrase: Ask {
        title: "Mostrar a frase de recuperação?",
        message: "As palavras da frase de recuperação vão aparecer na tela. Qualquer pessoa que as veja pode levar a carteira e o dinheiro dela. Confira se ninguém mais pode ver a tela e se nenhuma câmera está apontada para ela.",
        yes: "Mostrar as palavras",
    },
    reveal_seedqr: Ask {
        title: "Mostrar a frase como código QR?",
        message: "A frase de recuperação vai aparecer como um código QR (SeedQR) para uma carteira de hardware ler. Qualquer pessoa que veja ou fotografe o código pode levar a carteira e o dinheiro dela. Confira se ninguém mais pode ver a tela e se nenhuma outra câmera está apontada para ela.",
        yes: "Mostrar o código",
    },
    open_wallet: Ask {
        title: "Usar a frase de recuperação guardada?",
        message: "O Heirloom vai ler a frase de recuperação de uma carteira guardada no cofre de senhas deste computador, para fazer cartões com ela ou mostrar as palavras dela. Qualquer pessoa que consiga essas palavras pode levar a carteira e o dinheiro dela. Continue só se você acabou de pedir isso, e confira se ninguém mais pode ver a tela.",
        yes: "Usar a frase",
    },
    cancel: "Cancelar",
    save_cards_pdf: "Salvar os cartões em PDF",
    card_pictures_folder: "Escolha uma pasta vazia para as imagens dos cartões",
    card_texts_folder: "Escolha uma pasta vazia para os textos dos cartões",
    export_record: "Salvar a lista de conjuntos de backup",
    import_record: "Abrir uma lista de conjuntos de backup",
    record_files: "Lista de conjuntos de backup do Heirloom",
};
