//! The family guide in English: the text every translation is checked against.

use super::GuideWords;

pub(crate) const WORDS: GuideWords = GuideWords {
    title: "How to recover the wallet",
    subtitle: "A guide for the family — {about}",
    about_label: "“{label}”",
    about_set: "set {id}",
    about_made: "made {date}",
    about_fingerprint: "wallet fingerprint {fingerprint}",
    fingerprint_not_printed: "(not printed)",
    what_heading: "What these cards are",
    what: "The recovery words of a wallet (its {words} secret words) were split into {n} shard \
           cards with the Heirloom program. Any {t} of the {n} cards, together with the \
           passphrase, bring the words back, exactly as they were. Fewer than {t} cards \
           reveal nothing at all, even with the passphrase: a card that is lost, or found by a \
           stranger, gives nothing away.",
    need_heading: "What you need",
    need_cards: "{t} different cards of this set. Each says “Card i of {n}”, and its set id \
                 begins with {short}.",
    need_passphrase: "The passphrase: a few words chosen when the cards were made. It is not \
                      printed on the cards.",
    need_passphrase_one_line: "The passphrase: a few words chosen when the cards were made. \
                               It is not printed on the cards, unless someone wrote it on card \
                               {i}'s passphrase line.",
    need_passphrase_every_line: "The passphrase: a few words chosen when the cards were made. \
                                 It is not printed on the cards, unless someone wrote it on a \
                                 card's passphrase line.",
    need_computer: "A computer with Heirloom, a free program. On Linux, install its package \
                    (.deb for Debian and Ubuntu, .rpm for Fedora), published with its source \
                    code, or ask someone you trust to install it. If the program can no longer \
                    be found, give the next page to a programmer: it describes the cards \
                    completely.",
    steps_heading: "Recovering, step by step",
    step_1: "If you can, disconnect the computer from the internet. Open Heirloom and choose \
             “Recover a wallet from cards”.",
    step_2: "Show each card to the webcam, or open photos or scans of the cards (several cards \
             on one page are fine), or type the text printed under the QR code.",
    step_3: "Heirloom says which cards it has and how many more it needs. With {t} cards in, \
             type the passphrase.",
    step_4: "Heirloom shows the recovery words and the wallet fingerprint. Check that the \
             fingerprint is {fingerprint}. Type the words into a wallet app to reach the funds, \
             and keep them as safe as the cards.",
    step_4_no_fingerprint: "Heirloom shows the recovery words and the wallet fingerprint. Type the words into a wallet app to reach the funds, and keep them as safe as the cards.",
    damaged_heading: "If a card is damaged",
    damaged: "If its QR code will not scan, type the text printed under it. If part of the \
              text is unreadable too, use another card instead: any {t} will do. Heirloom says \
              in plain words when a card is damaged, from another set, or added twice, and it \
              never gives wrong words: a damaged card is refused, not guessed.",
    typing_heading: "Typing the text",
    typing: "The text is in groups of six characters; the last character of each group checks \
             the other five. Type the groups in order. Spaces, hyphens and upper or lower case \
             do not matter. The letters I, L, O and U are never used: a round character is the \
             digit zero. If Heirloom says that a group does not look right, compare that group \
             with the card: the small number at the start of each line is the number of its \
             first group.",
    passphrase_heading: "The passphrase",
    passphrase_heading_one_line: "The passphrase line on card {i}",
    passphrase_heading_every_line: "The passphrase lines on the cards",
    passphrase_apart: "Keep the passphrase apart from the cards: then even {t} stolen cards \
                       are useless.",
    passphrase_key: "Writing the passphrase on {card} makes it a “key card”: it and {others} \
                     open the wallet without anyone knowing the passphrase. If you do that, \
                     give the key card to the person you trust most and never keep it with \
                     another card.",
    key_card_numbered: "card {i}",
    key_card_any: "one card",
    others_one: "any one other card",
    others_many: "any {k} other cards",
    passphrase_one_line: "{apart} Only card {i} has a line for it; leaving the line empty is \
                          safest. {key} Never write the passphrase on another card.",
    passphrase_every_line: "{apart} Every card has a line for it; leaving the lines empty is \
                            safest. {key} Write it on one card at most.",
    passphrase_no_line: "{apart} The cards have no line for it: write it down apart from \
                         them, for example in the owner's papers, and tell the family where it \
                         is.",
    care_heading: "Looking after the cards",
    care: "Keep each card with a different person or in a different place, dry and out of \
           sunlight. Do not photograph them or keep copies online. If a card is lost, the \
           wallet owner can make a new set and destroy every card of this one.",
};
