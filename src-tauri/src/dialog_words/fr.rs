//! The native dialogs in French.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "Afficher de nouveau la phrase secrète ?",
        message: "Les six mots de la phrase secrète vont s’afficher de nouveau à l’écran. Assurez-vous que personne d’autre ne peut voir l’écran et qu’aucune caméra n’est tournée vers lui.",
        yes: "Afficher les mots",
    },
    reveal_phrase: Ask {
        title: "Afficher la phrase de récupération ?",
        message: "Les mots de la phrase de récupération vont s’afficher à l’écran. Quiconque les voit peut prendre le portefeuille et son argent. Assurez-vous que personne d’autre ne peut voir l’écran et qu’aucune caméra n’est tournée vers lui.",
        yes: "Afficher les mots",
    },
    reveal_seedqr: Ask {
        title: "Afficher la phrase sous forme de code QR ?",
        message: "La phrase de récupération va s’afficher sous forme de code QR (SeedQR), pour être scannée par un portefeuille matériel. Quiconque voit ou photographie ce code peut prendre le portefeuille et son argent. Assurez-vous que personne d’autre ne peut voir l’écran et qu’aucune autre caméra n’est tournée vers lui.",
        yes: "Afficher le code",
    },
    open_wallet: Ask {
        title: "Utiliser la phrase de récupération enregistrée ?",
        message: "Heirloom va lire la phrase de récupération d’un portefeuille enregistré dans le trousseau de clés de cet ordinateur, pour en faire des cartes ou pour afficher ses mots. Quiconque obtient ces mots peut prendre le portefeuille et son argent. Ne continuez que si vous venez de le demander, et assurez-vous que personne d’autre ne peut voir l’écran.",
        yes: "Utiliser la phrase",
    },
    cancel: "Annuler",
    save_cards_pdf: "Enregistrer les cartes en PDF",
    card_pictures_folder: "Choisissez un dossier vide pour les images des cartes",
    card_texts_folder: "Choisissez un dossier vide pour les textes des cartes",
    export_record: "Enregistrer la liste des jeux de cartes",
    import_record: "Ouvrir une liste de jeux de cartes",
    record_files: "Liste des jeux de cartes Heirloom",
};
