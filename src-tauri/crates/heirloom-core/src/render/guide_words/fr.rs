//! The family guide in French (français).

use super::GuideWords;

pub(crate) const WORDS: GuideWords = GuideWords {
    title: "Comment récupérer le portefeuille",
    subtitle: "Un guide pour la famille — {about}",
    about_label: "« {label} »",
    about_set: "jeu {id}",
    about_made: "fait le {date}",
    about_fingerprint: "empreinte du portefeuille {fingerprint}",
    fingerprint_not_printed: "(non imprimée)",
    what_heading: "Ce que sont ces cartes",
    what: "Les mots de récupération d’un portefeuille (ses {words} mots secrets) ont été \
           répartis sur {n} cartes avec le programme Heirloom. {t} des {n} cartes, \
           n’importe lesquelles, avec la phrase secrète, redonnent les mots, exactement tels \
           qu’ils étaient. Moins de {t} cartes ne révèlent absolument rien, même avec la phrase \
           secrète : une carte perdue, ou trouvée par un inconnu, ne dévoile rien.",
    need_heading: "Ce qu’il vous faut",
    need_cards: "{t} cartes différentes de ce jeu. Chacune porte « Card i of {n} » (carte i \
                 sur {n}), et son identifiant de jeu (set) commence par {short}.",
    need_passphrase: "La phrase secrète : quelques mots choisis lors de la création des \
                      cartes. Elle n’est pas imprimée sur les cartes.",
    need_passphrase_one_line: "La phrase secrète : quelques mots choisis lors de la création \
                               des cartes. Elle n’est pas imprimée sur les cartes, sauf si \
                               quelqu’un l’a écrite sur la ligne « Passphrase » de la \
                               carte {i}.",
    need_passphrase_every_line: "La phrase secrète : quelques mots choisis lors de la \
                                 création des cartes. Elle n’est pas imprimée sur les cartes, \
                                 sauf si quelqu’un l’a écrite sur la ligne « Passphrase » \
                                 d’une carte.",
    need_computer: "Un ordinateur avec Heirloom, un programme gratuit. Sous Linux, installez \
                    son paquet (.deb pour Debian et Ubuntu, .rpm pour Fedora), publié avec \
                    son code source, ou demandez à une personne de confiance de l’installer. \
                    Si le programme est introuvable, donnez la page suivante à un \
                    programmeur : elle décrit entièrement les cartes.",
    steps_heading: "La récupération, étape par étape",
    step_1: "Si possible, déconnectez l’ordinateur d’internet. Ouvrez Heirloom et choisissez \
             « Récupérer un portefeuille à partir des cartes ».",
    step_2: "Montrez chaque carte à la webcam, ou ouvrez des photos ou des scans des cartes \
             (plusieurs cartes sur une page, c’est possible), ou tapez le texte imprimé sous \
             le code QR.",
    step_3: "Heirloom indique quelles cartes il a et combien il lui en faut encore. Avec {t} \
             cartes, tapez la phrase secrète.",
    step_4: "Heirloom affiche les mots de récupération et l’empreinte du portefeuille. \
             Vérifiez que l’empreinte est {fingerprint}. Tapez les mots dans une \
             application de portefeuille pour accéder aux fonds, et gardez-les aussi \
             précieusement que les cartes.",
    step_4_no_fingerprint: "Heirloom affiche les mots de récupération et l’empreinte du portefeuille. Tapez les mots dans une application de portefeuille pour accéder aux fonds, et gardez-les aussi précieusement que les cartes.",
    damaged_heading: "Si une carte est abîmée",
    damaged: "Si son code QR ne se lit pas, tapez le texte imprimé dessous. Si une partie du \
              texte est illisible elle aussi, utilisez une autre carte : {t} cartes, \
              n’importe lesquelles, suffisent. Heirloom dit clairement si une carte est abîmée, vient \
              d’un autre jeu ou a été ajoutée deux fois, et il ne donne jamais de mots faux : \
              une carte abîmée est refusée, pas devinée.",
    typing_heading: "Taper le texte",
    typing: "Le texte est fait de groupes de six caractères ; le dernier caractère de chaque \
             groupe contrôle les cinq autres. Tapez les groupes dans l’ordre. Les espaces, \
             les tirets, les majuscules et les minuscules ne comptent pas. Les lettres I, L, \
             O et U ne sont jamais utilisées : un caractère rond est le chiffre zéro. Si \
             Heirloom dit qu’un groupe ne semble pas juste, comparez ce groupe avec la \
             carte : le petit nombre au début de chaque ligne est le numéro de son premier \
             groupe.",
    passphrase_heading: "La phrase secrète",
    passphrase_heading_one_line: "La ligne de la phrase secrète sur la carte {i}",
    passphrase_heading_every_line: "Les lignes de la phrase secrète sur les cartes",
    passphrase_apart: "Gardez la phrase secrète à l’écart des cartes : ainsi, même {t} \
                       cartes volées ne servent à rien.",
    passphrase_key: "Écrire la phrase secrète sur {card} en fait une « carte clé » : \
                     avec {others}, elle ouvre le portefeuille sans que personne ne connaisse \
                     la phrase secrète. Si vous le faites, confiez la carte clé à la personne \
                     en qui vous avez le plus confiance, et ne la gardez jamais avec une \
                     autre carte.",
    key_card_numbered: "la carte {i}",
    key_card_any: "une carte",
    others_one: "n’importe quelle autre carte",
    others_many: "{k} autres cartes, n’importe lesquelles",
    passphrase_one_line: "{apart} Seule la carte {i} a une ligne pour l’écrire ; laisser la ligne \
                          vide est le plus sûr. {key} N’écrivez jamais la phrase secrète sur \
                          une autre carte.",
    passphrase_every_line: "{apart} Chaque carte a une ligne pour l’écrire ; laisser les lignes \
                            vides est le plus sûr. {key} N’écrivez jamais la phrase secrète sur \
                            plus d’une carte.",
    passphrase_no_line: "{apart} Les cartes n’ont pas de ligne pour l’écrire : notez-la à part, \
                         par exemple dans les papiers du propriétaire, et dites à la famille \
                         où elle se trouve.",
    care_heading: "Prendre soin des cartes",
    care: "Confiez chaque carte à une personne différente ou gardez-la dans un lieu \
           différent, au sec et à l’abri du soleil. Ne les photographiez pas et n’en gardez \
           pas de copie en ligne. Si une carte est perdue, le propriétaire du portefeuille \
           peut faire un nouveau jeu, puis détruire toutes les cartes de l’ancien.",
};
