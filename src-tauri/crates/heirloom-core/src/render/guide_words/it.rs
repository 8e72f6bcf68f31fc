//! The family guide in Italian (italiano).

use super::GuideWords;

pub(crate) const WORDS: GuideWords = GuideWords {
    title: "Come recuperare il portafoglio",
    subtitle: "Una guida per la famiglia — {about}",
    about_label: "«{label}»",
    about_set: "serie {id}",
    about_made: "creata il {date}",
    about_fingerprint: "impronta del portafoglio {fingerprint}",
    fingerprint_not_printed: "(non stampata)",
    what_heading: "Che cosa sono queste schede",
    what: "Le parole di recupero di un portafoglio (le sue {words} parole segrete) sono state \
           divise in {n} schede con il programma Heirloom. {t} schede qualsiasi delle {n}, \
           insieme alla password, restituiscono le parole esattamente come erano. Meno di {t} \
           schede non rivelano assolutamente nulla, nemmeno con la password: una scheda persa, \
           o trovata da un estraneo, non svela niente.",
    need_heading: "Che cosa serve",
    need_cards: "{t} schede diverse di questa serie. Ognuna riporta «Card i of {n}» (scheda i \
                 di {n}), e il suo codice della serie, stampato dopo «set», inizia con {short}.",
    need_passphrase: "La password: alcune parole scelte quando sono state create le schede. Non \
                      è stampata sulle schede.",
    need_passphrase_one_line: "La password: alcune parole scelte quando sono state create le \
                               schede. Non è stampata sulle schede, a meno che qualcuno non \
                               l'abbia scritta sulla riga «Passphrase» della scheda {i}.",
    need_passphrase_every_line: "La password: alcune parole scelte quando sono state create le \
                                 schede. Non è stampata sulle schede, a meno che qualcuno non \
                                 l'abbia scritta sulla riga «Passphrase» di una scheda.",
    need_computer: "Un computer con Heirloom, un programma gratuito. Su Linux, installi il suo \
                    pacchetto (.deb per Debian e Ubuntu, .rpm per Fedora), pubblicato con il \
                    codice sorgente, oppure chieda a una persona di fiducia di installarlo. Se il \
                    programma non si trova più, dia la pagina seguente a un programmatore: \
                    descrive le schede in modo completo.",
    steps_heading: "Il recupero, passo per passo",
    step_1: "Se possibile, scolleghi il computer da internet. Apra Heirloom e scelga \
             «Recupera un portafoglio dalle schede».",
    step_2: "Mostri ogni scheda alla webcam, oppure apra foto o scansioni delle schede (vanno \
             bene anche più schede su una pagina), oppure scriva il testo stampato sotto il \
             codice QR.",
    step_3: "Heirloom dice quali schede ha e quante ne servono ancora. Con {t} schede, scriva \
             la password.",
    step_4: "Heirloom mostra le parole di recupero e l'impronta del portafoglio. Controlli che \
             l'impronta sia {fingerprint}. Scriva le parole in un'app di portafoglio per \
             accedere ai fondi, e le custodisca con la stessa cura delle schede.",
    step_4_no_fingerprint: "Heirloom mostra le parole di recupero e l'impronta del portafoglio. Scriva le parole in un'app di portafoglio per accedere ai fondi, e le custodisca con la stessa cura delle schede.",
    damaged_heading: "Se una scheda è danneggiata",
    damaged: "Se il suo codice QR non si legge, scriva il testo stampato sotto. Se anche una \
              parte del testo è illeggibile, usi un'altra scheda: {t} qualsiasi vanno bene. \
              Heirloom dice chiaramente quando una scheda è danneggiata, di un'altra serie o \
              aggiunta due volte, e non dà mai parole sbagliate: una scheda danneggiata viene \
              rifiutata, non indovinata.",
    typing_heading: "Scrivere il testo",
    typing: "Il testo è in gruppi di sei caratteri; l'ultimo carattere di ogni gruppo controlla \
             gli altri cinque. Scriva i gruppi in ordine. Spazi, trattini, maiuscole e \
             minuscole non contano. Le lettere I, L, O e U non sono mai usate: un carattere \
             tondo è la cifra zero. Se Heirloom dice che un gruppo non sembra giusto, confronti \
             quel gruppo con la scheda: il numerino all'inizio di ogni riga è il numero del suo \
             primo gruppo.",
    passphrase_heading: "La password",
    passphrase_heading_one_line: "La riga «Passphrase» sulla scheda {i}",
    passphrase_heading_every_line: "Le righe «Passphrase» sulle schede",
    passphrase_apart: "Tenga la password lontana dalle schede: così anche {t} schede rubate \
                       sono inutili.",
    passphrase_key: "Scrivere la password {card} la rende una «scheda chiave»: questa e \
                     {others} aprono il portafoglio senza che nessuno conosca la password. Se \
                     lo fa, dia la scheda chiave alla persona di cui si fida di più e non la \
                     tenga mai insieme a un'altra scheda.",
    key_card_numbered: "sulla scheda {i}",
    key_card_any: "su una scheda",
    others_one: "una qualsiasi altra scheda",
    others_many: "{k} altre schede qualsiasi",
    passphrase_one_line: "{apart} Solo la scheda {i} ha una riga per la password; lasciarla \
                          vuota è la scelta più sicura. {key} Non scriva mai la password su \
                          un'altra scheda.",
    passphrase_every_line: "{apart} Ogni scheda ha una riga per la password; lasciare le righe \
                            vuote è la scelta più sicura. {key} La scriva al massimo su una \
                            scheda.",
    passphrase_no_line: "{apart} Le schede non hanno una riga per la password: la scriva a \
                         parte, per esempio tra i documenti del proprietario, e dica alla \
                         famiglia dove si trova.",
    care_heading: "Come conservare le schede",
    care: "Affidi ogni scheda a una persona diversa o la tenga in un luogo diverso, all'asciutto \
           e lontano dalla luce del sole. Non le fotografi e non ne tenga copie online. Se una \
           scheda va persa, il proprietario del portafoglio può creare una nuova serie e \
           distruggere tutte le schede di questa.",
};
