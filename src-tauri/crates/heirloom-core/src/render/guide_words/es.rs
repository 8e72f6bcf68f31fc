//! The family guide in Spanish (español).

use super::GuideWords;

pub(crate) const WORDS: GuideWords = GuideWords {
    title: "Cómo recuperar la billetera",
    subtitle: "Guía para la familia — {about}",
    about_label: "«{label}»",
    about_set: "juego {id}",
    about_made: "hecho el {date}",
    about_fingerprint: "huella de la billetera {fingerprint}",
    fingerprint_not_printed: "(no impresa)",
    what_heading: "Qué son estas tarjetas",
    what: "Las palabras de recuperación de una billetera (sus {words} palabras secretas) se \
           repartieron en {n} tarjetas con el programa Heirloom. {t} tarjetas cualesquiera de \
           las {n}, junto con la contraseña, devuelven las palabras exactamente como eran. \
           Menos de {t} tarjetas no revelan nada, ni siquiera con la contraseña; perder una \
           sola tarjeta no pone nada en peligro.",
    need_heading: "Qué necesita",
    need_cards: "{t} tarjetas distintas de este juego. Cada una dice «Card i of {n}» (tarjeta i \
                 de {n}), y su identificador de juego (tras «set») empieza por {short}.",
    need_passphrase: "La contraseña: unas pocas palabras elegidas cuando se hicieron las \
                      tarjetas. No está impresa en las tarjetas.",
    need_passphrase_one_line: "La contraseña: unas pocas palabras elegidas cuando se hicieron \
                               las tarjetas. No está impresa en las tarjetas, salvo que alguien \
                               la haya escrito en la línea «Passphrase» de la tarjeta {i}.",
    need_passphrase_every_line: "La contraseña: unas pocas palabras elegidas cuando se hicieron \
                                 las tarjetas. No está impresa en las tarjetas, salvo que \
                                 alguien la haya escrito en la línea «Passphrase» de una \
                                 tarjeta.",
    need_computer: "Una computadora con Heirloom, un programa gratuito. En Linux, instale su \
                    paquete (.deb para Debian y Ubuntu, .rpm para Fedora), publicado con su \
                    código fuente, o pida a alguien de confianza que lo instale. Si ya no se \
                    encuentra el programa, entregue la página siguiente a un programador: \
                    describe las tarjetas por completo.",
    steps_heading: "La recuperación, paso a paso",
    step_1: "Si puede, desconecte la computadora de internet. Abra Heirloom y elija \
             «Recuperar una billetera con tarjetas».",
    step_2: "Muestre cada tarjeta a la cámara web, o abra fotos o escaneos de las tarjetas \
             (pueden estar varias en una misma página), o escriba el texto impreso debajo del \
             código QR.",
    step_3: "Heirloom indica qué tarjetas tiene y cuántas le faltan. Cuando tenga {t} \
             tarjetas, escriba la contraseña.",
    step_4: "Heirloom muestra las palabras de recuperación y la huella de la billetera. \
             Compruebe que la huella es {fingerprint}. Escriba las palabras en una aplicación \
             de billetera para acceder a los fondos, y guárdelas tan bien como las tarjetas.",
    step_4_no_fingerprint: "Heirloom muestra las palabras de recuperación y la huella de la billetera. Escriba las palabras en una aplicación de billetera para acceder a los fondos, y guárdelas tan bien como las tarjetas.",
    damaged_heading: "Si una tarjeta está dañada",
    damaged: "Si su código QR no se puede escanear, escriba el texto impreso debajo. Si \
              tampoco se puede leer parte del texto, use otra tarjeta: sirven {t} \
              cualesquiera. Heirloom dice con palabras sencillas si una tarjeta está dañada, es \
              de otro juego o se ha añadido dos veces, y nunca da palabras equivocadas: una \
              tarjeta dañada se rechaza, no se adivina.",
    typing_heading: "Cómo escribir el texto",
    typing: "El texto va en grupos de seis caracteres; el último carácter de cada grupo \
             comprueba los otros cinco. Escriba los grupos en orden. Los espacios, los guiones \
             y las mayúsculas o minúsculas no importan. Nunca se usan las letras I, L, O ni U: \
             un carácter redondo es la cifra cero. Si Heirloom dice que un grupo no parece \
             correcto, compare ese grupo con la tarjeta: el número pequeño al principio de cada \
             línea es el número de su primer grupo.",
    passphrase_heading: "La contraseña",
    passphrase_heading_one_line: "La línea para la contraseña de la tarjeta {i}",
    passphrase_heading_every_line: "Las líneas para la contraseña de las tarjetas",
    passphrase_apart: "Guarde la contraseña separada de las tarjetas: así, incluso {t} \
                       tarjetas robadas no sirven de nada.",
    passphrase_key: "Escribir la contraseña en {card} la convierte en una «tarjeta llave»: \
                     con ella y {others} se abre la billetera sin que nadie sepa la \
                     contraseña. Si lo hace, entregue la tarjeta llave a la persona en quien \
                     más confíe y nunca la guarde junto a otra tarjeta.",
    key_card_numbered: "la tarjeta {i}",
    key_card_any: "una tarjeta",
    others_one: "otra tarjeta cualquiera",
    others_many: "otras {k} tarjetas cualesquiera",
    passphrase_one_line: "{apart} Solo la tarjeta {i} tiene una línea para ella; lo más seguro \
                          es dejar la línea en blanco. {key} Nunca escriba la contraseña en \
                          otra tarjeta.",
    passphrase_every_line: "{apart} Todas las tarjetas tienen una línea para ella; lo más \
                            seguro es dejar las líneas en blanco. {key} Escríbala como mucho \
                            en una tarjeta.",
    passphrase_no_line: "{apart} Las tarjetas no tienen línea para ella: anótela aparte, por \
                         ejemplo entre los papeles del dueño, y diga a la familia dónde está.",
    care_heading: "Cómo cuidar las tarjetas",
    care: "Deje cada tarjeta con una persona distinta o en un lugar distinto, en un sitio seco \
           y sin sol. No las fotografíe ni guarde copias en internet. Si se pierde una \
           tarjeta, el dueño de la billetera puede hacer un juego nuevo y destruir todas las \
           tarjetas de este.",
};
