//! The words of the app's native dialogs (the questions asked before a secret is shown,
//! the titles of the file choosers), in each language the app speaks. They are written
//! here, in Rust, and never taken from the page: a dialog is what the person at the screen
//! trusts when the page might not be, so a script must not be able to word it.
//!
//! Every language fills the same [`DialogWords`], so a missing text does not compile. The
//! language is the app's ([`crate::state::AppState::language`]), which the page sets when it
//! starts and when the language is switched.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod ja;
mod pt;
mod zh_hans;

use heirloom_core::render::GuideLanguage;

/// A yes/no question of a native dialog.
#[derive(Debug)]
pub struct Ask {
    /// The dialog's title.
    pub title: &'static str,
    /// What is asked, in plain words.
    pub message: &'static str,
    /// The button that says yes.
    pub yes: &'static str,
}

/// Every text of the native dialogs, in one language.
#[derive(Debug)]
pub struct DialogWords {
    /// Before the generated passphrase is shown a second time.
    pub show_passphrase_again: Ask,
    /// Before the words of a recovery phrase are shown.
    pub reveal_phrase: Ask,
    /// Before a recovery phrase is shown as a SeedQR code.
    pub reveal_seedqr: Ask,
    /// Before the recovery phrase of a saved wallet is read from the keychain.
    pub open_wallet: Ask,
    /// The button that says no, in every question.
    pub cancel: &'static str,
    /// Title of the chooser that saves the print job as a PDF.
    pub save_cards_pdf: &'static str,
    /// Title of the chooser of a folder for one picture per card.
    pub card_pictures_folder: &'static str,
    /// Title of the chooser of a folder for one text file per card.
    pub card_texts_folder: &'static str,
    /// Title of the chooser that saves the record of backup sets.
    pub export_record: &'static str,
    /// Title of the chooser that opens a record of backup sets.
    pub import_record: &'static str,
    /// The file chooser's name for a record of backup sets (a `.json` file).
    pub record_files: &'static str,
}

/// The dialogs' words in `language`.
pub fn words(language: GuideLanguage) -> &'static DialogWords {
    match language {
        GuideLanguage::English => &en::WORDS,
        GuideLanguage::Spanish => &es::WORDS,
        GuideLanguage::French => &fr::WORDS,
        GuideLanguage::German => &de::WORDS,
        GuideLanguage::Portuguese => &pt::WORDS,
        GuideLanguage::Italian => &it::WORDS,
        GuideLanguage::Japanese => &ja::WORDS,
        GuideLanguage::ChineseSimplified => &zh_hans::WORDS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(w: &DialogWords) -> Vec<&'static str> {
        let mut all = vec![
            w.cancel,
            w.save_cards_pdf,
            w.card_pictures_folder,
            w.card_texts_folder,
            w.export_record,
            w.import_record,
            w.record_files,
        ];
        for ask in [
            &w.show_passphrase_again,
            &w.reveal_phrase,
            &w.reveal_seedqr,
            &w.open_wallet,
        ] {
            all.extend([ask.title, ask.message, ask.yes]);
        }
        all
    }

    /// Each language has every text written, and in its own words: apart from names that
    /// stay as they are, no text is the English left untranslated.
    #[test]
    fn every_language_has_its_own_words() {
        let english = texts(words(GuideLanguage::English));
        for language in GuideLanguage::ALL {
            let these = texts(words(language));
            assert!(these.iter().all(|t| !t.trim().is_empty()));
            if language != GuideLanguage::English {
                for (t, en) in these.iter().zip(&english) {
                    assert_ne!(t, en, "{}: not translated", language.code());
                }
            }
        }
    }

    /// The warnings keep their substance in every language: the SeedQR question names
    /// SeedQR, and every question warns about cameras (each language's word for it).
    #[test]
    fn the_seedqr_question_names_seedqr_everywhere() {
        for language in GuideLanguage::ALL {
            let w = words(language);
            assert!(
                w.reveal_seedqr.message.contains("SeedQR"),
                "{}",
                language.code()
            );
        }
    }
}
