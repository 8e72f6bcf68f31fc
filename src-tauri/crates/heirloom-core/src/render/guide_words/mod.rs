//! The words of the family recovery guide, in each language the guide is printed in. The
//! format summary for programmers stays in English (spec terms are English everywhere).
//!
//! Every language fills the same [`GuideWords`], so a missing text does not compile; the
//! tests check that each text names exactly the placeholders of the English one. A
//! placeholder is a name in braces (`{t}`) replaced by [`fill`]; texts are whole sentences,
//! never glued from pieces, except the few phrases marked as going *into* a sentence.
//!
//! The cards themselves stay in English (what a card says is also what the guide quotes:
//! "Card i of N"), so a translation quotes those words as printed.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod ja;
mod pt;
mod zh_hans;

/// A language the family guide is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "registry", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum GuideLanguage {
    /// English (`en`).
    #[default]
    #[cfg_attr(feature = "registry", serde(rename = "en"))]
    English,
    /// Spanish (`es`).
    #[cfg_attr(feature = "registry", serde(rename = "es"))]
    Spanish,
    /// French (`fr`).
    #[cfg_attr(feature = "registry", serde(rename = "fr"))]
    French,
    /// German (`de`).
    #[cfg_attr(feature = "registry", serde(rename = "de"))]
    German,
    /// Portuguese (`pt`), written for readers in Brazil and Portugal alike.
    #[cfg_attr(feature = "registry", serde(rename = "pt"))]
    Portuguese,
    /// Italian (`it`).
    #[cfg_attr(feature = "registry", serde(rename = "it"))]
    Italian,
    /// Japanese (`ja`).
    #[cfg_attr(feature = "registry", serde(rename = "ja"))]
    Japanese,
    /// Chinese in simplified characters (`zh-Hans`).
    #[cfg_attr(feature = "registry", serde(rename = "zh-Hans"))]
    ChineseSimplified,
}

impl GuideLanguage {
    /// Every language, in the order a switch offers them.
    pub const ALL: [GuideLanguage; 8] = [
        GuideLanguage::English,
        GuideLanguage::Spanish,
        GuideLanguage::French,
        GuideLanguage::German,
        GuideLanguage::Portuguese,
        GuideLanguage::Italian,
        GuideLanguage::Japanese,
        GuideLanguage::ChineseSimplified,
    ];

    /// The language's tag (BCP 47), as the command line and the app name it.
    pub fn code(self) -> &'static str {
        match self {
            GuideLanguage::English => "en",
            GuideLanguage::Spanish => "es",
            GuideLanguage::French => "fr",
            GuideLanguage::German => "de",
            GuideLanguage::Portuguese => "pt",
            GuideLanguage::Italian => "it",
            GuideLanguage::Japanese => "ja",
            GuideLanguage::ChineseSimplified => "zh-Hans",
        }
    }

    /// The language a tag or a POSIX locale names (`es`, `es-MX`, `pt_BR.UTF-8`,
    /// `zh-Hans-CN`, `zh_CN`), when the guide is printed in it. Chinese written in
    /// traditional characters (`zh-Hant`, `zh_TW`, `zh_HK`) is not: its readers are better
    /// served by the English guide than by simplified characters.
    pub fn from_tag(tag: &str) -> Option<GuideLanguage> {
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        let parts: Vec<String> = tag
            .split(['-', '_'])
            .map(|p| p.to_ascii_lowercase())
            .collect();
        let (language, rest) = parts.split_first()?;
        let found = match language.as_str() {
            "en" => GuideLanguage::English,
            "es" => GuideLanguage::Spanish,
            "fr" => GuideLanguage::French,
            "de" => GuideLanguage::German,
            "pt" => GuideLanguage::Portuguese,
            "it" => GuideLanguage::Italian,
            "ja" => GuideLanguage::Japanese,
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(p.as_str(), "hant" | "tw" | "hk" | "mo"));
                return (!traditional).then_some(GuideLanguage::ChineseSimplified);
            }
            _ => return None,
        };
        Some(found)
    }

    /// The language the system's locale asks for: the first of `LANGUAGE` (a list),
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, else English. A locale Heirloom does
    /// not print in (or `C`/`POSIX`) gives English.
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> GuideLanguage {
        if let Some(list) = var("LANGUAGE").filter(|l| !l.is_empty()) {
            if let Some(found) = list.split(':').find_map(GuideLanguage::from_tag) {
                return found;
            }
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .and_then(|locale| GuideLanguage::from_tag(&locale))
            .unwrap_or_default()
    }

    /// The words of the guide in this language.
    pub(crate) fn words(self) -> &'static GuideWords {
        match self {
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
}

/// Every text of the family guide. Placeholders: `{t}` cards needed, `{n}` cards in the
/// set, `{i}` a card's number, `{words}` how many recovery words, `{short}` the start of
/// the set id, `{fingerprint}`, `{id}` the set id, `{label}`, `{date}`, `{about}` the list
/// of facts about the set, `{k}` other cards needed with one, `{apart}`, `{key}`, `{card}` and `{others}` (the phrases below
/// that go into a sentence).
pub(crate) struct GuideWords {
    pub title: &'static str,
    /// `{about}`: the facts below, joined by " · ".
    pub subtitle: &'static str,
    /// The set's label, in the language's quotation marks: `{label}`.
    pub about_label: &'static str,
    pub about_set: &'static str,
    pub about_made: &'static str,
    pub about_fingerprint: &'static str,
    /// In place of the fingerprint, when the cards do not print it.
    pub fingerprint_not_printed: &'static str,
    pub what_heading: &'static str,
    pub what: &'static str,
    pub need_heading: &'static str,
    /// "Card i of N" is quoted as the (English) card prints it.
    pub need_cards: &'static str,
    /// The passphrase, when no card has a line for it.
    pub need_passphrase: &'static str,
    /// The passphrase, when card `{i}` alone has a line for it.
    pub need_passphrase_one_line: &'static str,
    /// The passphrase, when every card has a line for it.
    pub need_passphrase_every_line: &'static str,
    pub need_computer: &'static str,
    pub steps_heading: &'static str,
    /// Names the home screen's button as the app shows it in this language (the UI
    /// catalogue's `home.recover.button`).
    pub step_1: &'static str,
    pub step_2: &'static str,
    pub step_3: &'static str,
    pub step_4: &'static str,
    /// Step 4 when the cards do not print the fingerprint: no fingerprint to check.
    pub step_4_no_fingerprint: &'static str,
    pub damaged_heading: &'static str,
    pub damaged: &'static str,
    pub typing_heading: &'static str,
    pub typing: &'static str,
    pub passphrase_heading: &'static str,
    pub passphrase_heading_one_line: &'static str,
    pub passphrase_heading_every_line: &'static str,
    /// `{apart}`: goes first in each of the three texts below.
    pub passphrase_apart: &'static str,
    /// `{key}`: the warning about a "key card", put into the texts below; `{card}` is one
    /// of the two phrases after it, `{others}` one of the two after those.
    pub passphrase_key: &'static str,
    pub key_card_numbered: &'static str,
    pub key_card_any: &'static str,
    /// With two cards needed: the one other card.
    pub others_one: &'static str,
    /// With `{k}` other cards needed (`{k}` is 2 or more).
    pub others_many: &'static str,
    pub passphrase_one_line: &'static str,
    pub passphrase_every_line: &'static str,
    pub passphrase_no_line: &'static str,
    pub care_heading: &'static str,
    pub care: &'static str,
}

impl GuideWords {
    /// Every text with its field name, for the tests.
    #[cfg(test)]
    fn all(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("title", self.title),
            ("subtitle", self.subtitle),
            ("about_label", self.about_label),
            ("about_set", self.about_set),
            ("about_made", self.about_made),
            ("about_fingerprint", self.about_fingerprint),
            ("fingerprint_not_printed", self.fingerprint_not_printed),
            ("what_heading", self.what_heading),
            ("what", self.what),
            ("need_heading", self.need_heading),
            ("need_cards", self.need_cards),
            ("need_passphrase", self.need_passphrase),
            ("need_passphrase_one_line", self.need_passphrase_one_line),
            (
                "need_passphrase_every_line",
                self.need_passphrase_every_line,
            ),
            ("need_computer", self.need_computer),
            ("steps_heading", self.steps_heading),
            ("step_1", self.step_1),
            ("step_2", self.step_2),
            ("step_3", self.step_3),
            ("step_4", self.step_4),
            ("step_4_no_fingerprint", self.step_4_no_fingerprint),
            ("damaged_heading", self.damaged_heading),
            ("damaged", self.damaged),
            ("typing_heading", self.typing_heading),
            ("typing", self.typing),
            ("passphrase_heading", self.passphrase_heading),
            (
                "passphrase_heading_one_line",
                self.passphrase_heading_one_line,
            ),
            (
                "passphrase_heading_every_line",
                self.passphrase_heading_every_line,
            ),
            ("passphrase_apart", self.passphrase_apart),
            ("passphrase_key", self.passphrase_key),
            ("key_card_numbered", self.key_card_numbered),
            ("key_card_any", self.key_card_any),
            ("others_one", self.others_one),
            ("others_many", self.others_many),
            ("passphrase_one_line", self.passphrase_one_line),
            ("passphrase_every_line", self.passphrase_every_line),
            ("passphrase_no_line", self.passphrase_no_line),
            ("care_heading", self.care_heading),
            ("care", self.care),
        ]
    }
}

/// `template` with each `{name}` replaced by its value. A name with no value stays as
/// written (the tests make sure none is left).
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_end = after.find('}');
        match name_end.and_then(|end| values.iter().find(|(k, _)| *k == &after[..end])) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &after[name.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(name, _)| name))
            .collect()
    }

    /// A translation names exactly the placeholders of the English text, and is written.
    #[test]
    fn every_language_has_every_text_with_its_placeholders() {
        let english = GuideLanguage::English.words().all();
        for language in GuideLanguage::ALL {
            for ((field, text), (_, en)) in language.words().all().into_iter().zip(&english) {
                assert!(
                    !text.trim().is_empty(),
                    "{}: {field} is empty",
                    language.code()
                );
                assert_eq!(
                    placeholders(text),
                    placeholders(en),
                    "{}: {field} names other placeholders than the English: {text}",
                    language.code()
                );
            }
        }
    }

    #[test]
    fn fill_replaces_names_and_keeps_other_braces() {
        assert_eq!(fill("{t} of {n}", &[("t", "3"), ("n", "5")]), "3 of 5");
        assert_eq!(fill("{x} {t}", &[("t", "3")]), "{x} 3");
        assert_eq!(fill("{t", &[("t", "3")]), "{t");
        assert_eq!(fill("a {t}{t}", &[("t", "日本")]), "a 日本日本");
    }

    #[test]
    fn languages_are_found_from_tags_and_locales() {
        use GuideLanguage::*;
        for (tag, want) in [
            ("es", Some(Spanish)),
            ("es-MX", Some(Spanish)),
            ("pt_BR.UTF-8", Some(Portuguese)),
            ("de_DE@euro", Some(German)),
            ("zh-Hans", Some(ChineseSimplified)),
            ("zh_CN.UTF-8", Some(ChineseSimplified)),
            ("zh-Hant-TW", None),
            ("zh_TW", None),
            ("ja_JP", Some(Japanese)),
            ("C", None),
            ("POSIX", None),
            ("", None),
            ("nl_NL", None),
        ] {
            assert_eq!(GuideLanguage::from_tag(tag), want, "{tag}");
        }
        for language in GuideLanguage::ALL {
            assert_eq!(GuideLanguage::from_tag(language.code()), Some(language));
        }
    }

    #[test]
    fn the_environment_picks_the_first_language_it_names() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        use GuideLanguage::*;
        assert_eq!(GuideLanguage::from_environment(env(&[])), English);
        assert_eq!(
            GuideLanguage::from_environment(env(&[("LANG", "fr_FR.UTF-8")])),
            French
        );
        assert_eq!(
            GuideLanguage::from_environment(env(&[("LANGUAGE", "nl:it"), ("LANG", "fr_FR.UTF-8")])),
            Italian
        );
        assert_eq!(
            GuideLanguage::from_environment(env(&[("LC_ALL", "ja_JP"), ("LANG", "de_DE")])),
            Japanese
        );
        assert_eq!(
            GuideLanguage::from_environment(env(&[("LANG", "C.UTF-8")])),
            English
        );
    }
}
