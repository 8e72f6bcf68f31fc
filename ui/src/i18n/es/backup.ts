// The Spanish words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of ../es.ts, typed against
// the English part (../en/backup.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { backup as english } from "../en/backup";

export const backup: PartOf<typeof english> = {
  // es: the passphrase is «contraseña» (not Trezor's «frase de contraseña»), so that a
  // family never confuses it with the «frase de recuperación». Glossary: docs/translations.md.
  // ---- The window: header, language switch, footer ----
  "app.tagline": "Tarjetas de respaldo para una frase de recuperación",
  // Label of the language switch on the home screen.
  "app.language": "Idioma",
  // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
  "about.built": "Heirloom {version}, compilado a partir del commit {commit}",
  "about.builtUnknown": "Heirloom {version}, compilado a partir de un commit desconocido",

  // ---- Shared words ----
  "common.cancel": "Cancelar",
  "common.continue": "Continuar",
  "common.confirm": "Confirmar",
  "common.back": "Atrás",
  "common.done": "Listo",
  "common.save": "Guardar",
  "common.remove": "Quitar",
  "common.check": "Comprobar",
  // The "Card 3" in front of a row or slot.
  "common.cardN": "Tarjeta {n}",
  // aria-label of a word box: "Word 3".
  "common.wordN": "Palabra {n}",
  "common.person": "Persona",
  "common.place": "Lugar",
  "common.walletFingerprint": "Huella de la billetera",
  "common.walletName": "Nombre de esta billetera",
  "common.saveHere": "Guardar en esta computadora",
  "common.backHome": "Volver a la pantalla de inicio",
  "common.startAgain": "Empezar de nuevo",
  "common.addThisCard": "Añadir esta tarjeta",
  "common.checkPrinted": "Verificar las tarjetas impresas…",
  "common.leaveRecovery": "Salir de la recuperación",
  // Between the items of a list of numbers or names: "3, 7, 11".
  "common.listSeparator": ", ",
  // Between two sentences put side by side (ja and zh-Hans: none).
  "common.sentenceSeparator": " ",
  // A file's name in front of what it gave: "scan.pdf: Card 2 added."
  "common.inFile": "{file}: {text}",
  // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
  "common.stepper": "Paso {n} de {total}: {step}",

  // ---- Home screen ----
  "home.welcome": "Le damos la bienvenida",
  "home.lead": "Heirloom convierte la frase de recuperación de su billetera en tarjetas impresas. Entréguelas a personas de confianza: con unas cuantas de ellas, las que sean, y una contraseña, se recupera la billetera.",
  "home.recover.heading": "¿Tiene tarjetas de Heirloom?",
  "home.recover.text": "Recupere la billetera con sus tarjetas y la contraseña. Puede usar una cámara web, fotos o escaneos de las tarjetas, o escribir el texto impreso en ellas.",
  "home.recover.button": "Recuperar una billetera con tarjetas",
  "home.wallets.heading": "Billeteras en esta computadora",
  "home.wallets.none": "Todavía no hay ninguna billetera guardada aquí.",
  "home.wallet.backup": "Hacer una copia de seguridad",
  "home.wallet.remove": "Quitar…",
  "home.start.new": "Hacer una copia de seguridad de una billetera nueva",
  "home.start.import": "Hacer una copia de seguridad de palabras que ya tengo",
  // {name}: the wallet's name as the holder typed it.
  "home.remove.title": "¿Quitar «{name}»?",
  "home.remove.explainChecked": "Esto borra la frase de recuperación del llavero de esta computadora. Existen tarjetas verificadas de esta billetera (un juego activo, verificado después de imprimirlo): con la contraseña, esas tarjetas todavía la recuperan.",
  "home.remove.explainUnchecked": "Esto borra la frase de recuperación del llavero de esta computadora. En esta computadora no consta ninguna tarjeta verificada de esta billetera.",
  "home.remove.typeName": "Escriba el nombre de la billetera para confirmar: {name}",
  "home.remove.confirm": "Quitar de esta computadora",
  "home.remove.keep": "Conservarla",
  "home.onlyCopy.title": "«{name}» es la única copia",
  "home.onlyCopy.before": "Antes de quitarla, anote las palabras en papel, o haga un juego de tarjetas y verifíquelas después de imprimirlas.",
  "home.onlyCopy.show": "Mostrar las palabras",
  "home.onlyCopy.backup": "Hacer primero las tarjetas",
  "home.onlyCopy.remove": "Quitarla de todos modos: tengo otra copia",

  // ---- Saving a wallet in the keychain (wizard and recovery) ----
  "wallets.replace.label": "Para reemplazarla, escriba la huella de la billetera guardada como «{name}»",
  "wallets.replace.button": "Reemplazar «{name}»",

  // ---- The ten BIP-39 word lists, by the name a person reads ----
  "words.list.english": "Inglés (English)",
  "words.list.spanish": "Español",
  "words.list.french": "Francés (français)",
  "words.list.italian": "Italiano",
  "words.list.portuguese": "Portugués (português)",
  "words.list.czech": "Checo (čeština)",
  "words.list.japanese": "Japonés (日本語)",
  "words.list.korean": "Coreano (한국어)",
  "words.list.chinese_simplified": "Chino simplificado (简体中文)",
  "words.list.chinese_traditional": "Chino tradicional (繁體中文)",
  // First choice of the word-list menu when typing words one already has.
  "words.findFromWords": "Detectarla a partir de las palabras",
  "words.listLabel": "Lista de palabras",
  "words.countLabel": "Número de palabras",
  // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
  "words.countOption": "{count} palabras",
  "words.noteDetect": "Heirloom reconoce la lista a partir de las palabras que usted escribe.",
  // {list}: a list's name, e.g. "Spanish (español)".
  "words.noteFound": "Palabras de la lista {list}: la lista se reconoció a partir de las palabras escritas. Si no es la correcta, elija la lista arriba.",
  "words.noteChosen": "Las palabras se leen en la lista {list}.",
  // Under a word box. {words}: one or more suggested words, each a button, "A, B".
  "words.notOnList": "No es una palabra de la lista {list}.",
  "words.notOnListSuggest": "No es una palabra de la lista {list}. ¿Quiso decir {words}?",

  // ---- Backup wizard: shared ----
  "wizard.step.phrase": "Frase de recuperación",
  "wizard.step.save": "Guardar en esta computadora",
  "wizard.step.cards": "Tarjetas y custodios",
  "wizard.step.passphrase": "Contraseña",
  "wizard.step.derive": "Creación de las tarjetas",
  "wizard.step.ready": "Tarjetas listas",
  "wizard.timedOut.notice": "Esto tardó demasiado; por seguridad, las palabras se olvidaron. Empiece de nuevo.",
  "wizard.timedOut.explain": "No se hizo ninguna tarjeta con ellas. Heirloom guarda una frase de recuperación en la memoria solo mientras se usa: tras 15 minutos sin uso, se borra, para que no quede en una computadora que nadie vigila. Una billetera ya guardada en esta computadora sigue guardada.",

  // ---- Backup wizard, step 1: the phrase ----
  "wizard.phrase.title": "Una frase de recuperación nueva",
  "wizard.phrase.intro": "Heirloom crea la frase con los números aleatorios seguros de esta computadora. Las tarjetas que haga después serán su copia de seguridad.",
  "wizard.phrase.howMany": "¿Cuántas palabras?",
  "wizard.phrase.words12": "12 palabras",
  "wizard.phrase.words24": "24 palabras (más habitual para cantidades grandes)",
  "wizard.phrase.dice.summary": "Añadir tiradas de dado (opcional)",
  "wizard.phrase.dice.label": "Tire un dado y escriba cada resultado (un número del 1 al 6). Se mezclan con el azar de la computadora, así que la frase es al menos tan aleatoria como cualquiera de los dos.",
  "wizard.phrase.create": "Crear la frase",
  // {fingerprint}: 8 characters, e.g. "d6defbaa".
  "wizard.phrase.regenerate.ask": "¿Crear una frase distinta? La frase creada hace un momento (huella {fingerprint}) se olvidará. Si anotó sus palabras, tache ese papel: estas tarjetas no serán su copia de seguridad.",
  "wizard.phrase.regenerate.confirm": "Crear una frase distinta",
  "wizard.phrase.regenerate.keep": "Conservar esta frase",
  "wizard.phrase.listNote": "Muchas aplicaciones de billetera solo aceptan palabras en inglés. Elija palabras de la lista {list} solo si su aplicación de billetera las acepta; las tarjetas devuelven las mismas palabras en la misma lista.",
  // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
  "wizard.summary.line": "{count} palabras, lista {list}. Huella de la billetera: {fingerprint}",
  "wizard.summary.fingerprintNote": "La huella identifica la billetera sin revelarla; billeteras como Sparrow muestran los mismos ocho caracteres.",
  "wizard.summary.show": "Mostrar las palabras",
  "wizard.summary.hide": "Ocultar las palabras",
  "wizard.written.title": "Anote las palabras",
  "wizard.written.intro": "Escriba las {count} palabras en papel, en orden, con sus números, y guarde el papel en un lugar seguro. Su aplicación de billetera le pide estas palabras, y las tarjetas que hará a continuación devuelven exactamente estas palabras.",
  // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
  "wizard.written.readBack": "Sin mirar la pantalla, lea en su papel estas palabras: {words}.",
  "wizard.written.wordRef": "palabra {n}",
  "wizard.written.done": "Ya las anoté",
  "wizard.written.skip": "No las voy a anotar",
  "wizard.written.skipWarning": "Entonces las tarjetas que hará a continuación serán la única copia de seguridad de esta billetera (junto con el llavero de esta computadora, si la guarda allí). Si la computadora se estropea y se pierden demasiadas tarjetas o la contraseña, la billetera y su dinero se pierden para siempre.",
  "wizard.written.skipConfirm": "Entiendo: las tarjetas son la única copia de seguridad",
  "wizard.import.title": "Escriba su frase de recuperación",
  "wizard.import.intro": "Escriba cada palabra en orden. Sus palabras pueden ser de cualquiera de las diez listas de palabras estándar: Heirloom reconoce la lista a partir de las palabras, o puede elegirla usted. Bastan las cuatro primeras letras de cada palabra, y las palabras en español y en francés se pueden escribir sin acentos.",
  "wizard.import.check": "Comprobar las palabras",
  "wizard.import.empty": "La palabra {n} está vacía. Escriba las {count} palabras en orden.",
  // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
  "wizard.import.otherWallet": "Estas palabras son de la billetera con huella {found}, pero {set} es una copia de seguridad de la billetera con huella {expected}. Un juego nuevo solo puede reemplazar a un juego de la misma billetera: compare cada palabra con su papel.",
  "wizard.imported.title": "La frase es válida",
  "wizard.imported.check": "Antes de continuar, compruebe que esta huella es la que muestra su billetera.",

  // ---- Backup wizard, step 2: save on this computer ----
  "wizard.save.title": "¿Guardar en esta computadora?",
  "wizard.save.intro": "Guarde la frase en el llavero de esta computadora, para poder hacer tarjetas nuevas más adelante sin volver a escribirla. Queda cifrada con su inicio de sesión.",
  // The wallet name offered at first.
  "wizard.save.defaultName": "Mi billetera",
  "wizard.save.skip": "No guardar",
  "wizard.save.continueWithout": "Continuar sin guardar",
  "wizard.save.already": "Esta billetera ya está guardada en esta computadora como «{name}»; no se guardó dos veces.",

  // ---- Backup wizard, step 3: cards and holders ----
  "wizard.cards.title": "¿Cuántas tarjetas?",
  "wizard.cards.countLabel": "Tarjetas que se imprimirán",
  "wizard.cards.thresholdLabel": "Tarjetas necesarias para recuperar",
  // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
  "wizard.cards.tn.any": "{t} tarjetas cualesquiera de estas {n}, con la contraseña, recuperan la billetera.",
  "wizard.cards.tn.reveal": { one: "{count} tarjeta no revela nada.", other: "{count} tarjetas no revelan nada." },
  "wizard.cards.tn.noneLost": "Si se pierde una sola tarjeta, se pierde la billetera.",
  "wizard.cards.tn.lost": { one: "Se puede perder hasta {count} tarjeta sin perder la billetera.", other: "Se pueden perder hasta {count} tarjetas sin perder la billetera." },
  "wizard.cards.allNeeded": "Con {n} de {n}, se necesitan todas las tarjetas: si una sola tarjeta se pierde, se quema o se tira, la billetera se pierde para siempre.",
  "wizard.cards.allAck": "Entiendo que perder una sola tarjeta hace perder la billetera",
  "wizard.cards.useFewer": "Usar en su lugar {t} cualesquiera de {n}",
  "wizard.cards.useMore": "Hacer en su lugar 3 tarjetas, de las que bastan 2 cualesquiera",
  "wizard.cards.holdersTitle": "¿Quién guarda cada tarjeta?",
  "wizard.cards.holdersHint": "Se imprime en la tarjeta, para que la familia sepa a quién preguntar. Es opcional; un nombre admite hasta {name} caracteres, y un lugar hasta {place}.",
  // aria-labels of the two boxes of a card's row.
  "wizard.cards.holderName": "Tarjeta {n}: quién la guarda",
  "wizard.cards.holderPlace": "Tarjeta {n}: dónde se guarda",
  "wizard.cards.labelLabel": "Un nombre para este juego de tarjetas (hasta {limit} caracteres)",
  // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
  "wizard.cards.defaultLabel": "{wallet} {year}",
  // The wallet's name in the label above when it has none.
  "wizard.cards.defaultWallet": "Billetera",
  // A new set's name when the set it replaces has the same one.
  "wizard.cards.newSetLabel": "{label} (juego nuevo)",
  // {set}: the old set's name; {made}: its date.
  "wizard.reissue.note": "Este juego nuevo reemplaza a {set} (hecho el {made}, {t} cualesquiera de {n}). Las tarjetas nuevas no se pueden mezclar con las antiguas. {set} sigue activo hasta que las tarjetas nuevas se impriman y se verifiquen; solo entonces se marca como retirado, y solo entonces deben recogerse y destruirse sus tarjetas.",
  "wizard.reissue.typePhrase": "Su billetera no está guardada en esta computadora, así que escriba la frase de recuperación de la billetera: Heirloom comprueba que se trata de la misma billetera.",

  // ---- Backup wizard, step 4: the passphrase ----
  "wizard.pass.title": "La contraseña",
  "wizard.pass.intro": "Las tarjetas quedan cerradas con esta contraseña. Escriba ahora estas seis palabras en papel. Guarde el papel separado de las tarjetas: quien encuentre suficientes tarjetas la seguirá necesitando.",
  "wizard.pass.written": "Ya las anoté",
  "wizard.pass.showAgain": "Mostrar otra vez las palabras",
  "wizard.pass.retypeLabel": "Escriba las seis palabras de su papel, separadas por espacios",
  "wizard.pass.custom.summary": "Prefiero elegir mi propia contraseña",
  "wizard.pass.custom.label": "Su contraseña",
  "wizard.pass.custom.use": "Usar esta contraseña",
  // {bits}: a whole number, the passphrase's strength.
  "wizard.pass.custom.strong": "Suficientemente segura: unos {bits} bits.",
  "wizard.pass.custom.weak": "Demasiado fácil de adivinar: unos {bits} bits, y se necesitan al menos {floor}. Añada más palabras sin relación entre sí.",
  "wizard.pass.custom.writeDown": "Escriba ahora su contraseña en papel, exactamente: cuentan cada letra, las mayúsculas y los espacios. Después escríbala otra vez aquí copiándola del papel.",
  "wizard.pass.custom.retypeLabel": "Su contraseña otra vez, copiada del papel",
  "wizard.pass.custom.change": "Cambiar la contraseña",

  // ---- Backup wizard, step 5: making the cards ----
  "wizard.derive.title": "Creación de las tarjetas",
  "wizard.derive.intro": "Heirloom está cerrando cada tarjeta con la contraseña. Tarda alrededor de un segundo, a propósito: así, adivinar la contraseña es lento para cualquier otra persona.",

  // ---- Backup wizard, step 6: cards ready ----
  "wizard.ready.title": "Sus tarjetas están listas",
  "wizard.ready.set": "Juego",
  "wizard.ready.cards": "Tarjetas",
  "wizard.ready.setId": "Identificador del juego",
  "wizard.ready.tn": "{t} cualesquiera de {n}",
  // {problem}: why, in Rust's words (English).
  "wizard.ready.recordProblem": "Las tarjetas están hechas y funcionan, pero no se pudo actualizar el registro de juegos de tarjetas de esta computadora: {problem}",
  "wizard.ready.recordProblemReissue": "Las tarjetas están hechas y funcionan, pero no se pudo actualizar el registro de juegos de tarjetas de esta computadora: {problem} {set} no se marcó como retirado.",
  "wizard.ready.reissueDone": "{set} queda marcado como retirado, reemplazado por este juego. Sus tarjetas siguen funcionando. Cuando haya entregado las tarjetas nuevas, recoja las tarjetas antiguas y destrúyalas; la pantalla de inicio indica quién guarda cada una.",
  "wizard.ready.reissuePending": "Conserve las tarjetas de {set}: siguen siendo la copia de seguridad en la que confiar. Ese juego solo se retira cuando estas tarjetas nuevas se hayan impreso y verificado (más abajo); hasta entonces, los dos juegos están activos.",
  "wizard.ready.leaveWarning": "Estas tarjetas todavía no están verificadas. Hasta que se impriman y se verifiquen, nadie puede estar seguro de que recuperan la billetera. El juego queda como tarea pendiente en la parte superior de la pantalla de inicio; desde allí puede verificar las tarjetas impresas.",
  "wizard.ready.leaveWarningReissue": "Estas tarjetas todavía no están verificadas. Hasta que se impriman y se verifiquen, nadie puede estar seguro de que recuperan la billetera, y {set} no queda retirado. El juego queda como tarea pendiente en la parte superior de la pantalla de inicio; desde allí puede verificar las tarjetas impresas.",
  "wizard.ready.leave": "Salir sin verificar",
  "wizard.ready.stay": "Quedarme",
  // alt text of a card's QR code.
  "wizard.ready.qrAlt": "Código QR de la tarjeta {n}",
  "wizard.ready.cardTitle": "Tarjeta {n} de {count}: {t} tarjetas cualesquiera y la contraseña recuperan la billetera",
  "wizard.ready.cardFacts": "{label} · {date} · huella {fingerprint}",
  // {name}: who keeps the card ("—" when nobody is named); {place}: where.
  "wizard.ready.keptBy": "La guarda {name}",
  "wizard.ready.keptByAt": "La guarda {name}, {place}",
  "wizard.ready.verified": "Verificado: se comprobaron las tarjetas impresas, en todas sus combinaciones.",
  "wizard.ready.notVerified": "Todavía sin verificar: cuando las tarjetas estén impresas, verifíquelas con la contraseña de su papel antes de entregarlas.",
  "wizard.ready.saveTexts": "Guardar los textos de las tarjetas…",
  // {place}: a folder's path.
  "wizard.ready.savedTexts": { one: "Se guardó {count} texto de tarjeta en {place}.", other: "Se guardaron {count} textos de tarjetas en {place}." },

  // ---- Printing ----
  "print.title": "Imprimir las tarjetas",
  "print.intro": "Cada tarjeta tal como se imprimirá. El PDF también incluye una guía de una página para su familia y un resumen de una página del formato de las tarjetas.",
  "print.paper": "Papel",
  "print.paper.a4": "A4",
  "print.paper.letter": "Carta (EE. UU.)",
  "print.perPage": "Tarjetas por página",
  "print.perPage.4": "4 (con marcas de corte)",
  "print.line": "Una línea para escribir a mano la contraseña",
  "print.line.first": "Solo en la tarjeta 1 (una «tarjeta llave»)",
  "print.line.none": "En ninguna tarjeta",
  "print.line.every": "En todas las tarjetas",
  "print.previewAlt": "La tarjeta {n} tal como se imprimirá",
  "print.pageAlt": "Página {n} de {count}",
  "print.savePdf": "Guardar PDF…",
  "print.savedPdf": "Las tarjetas se guardaron como {place}.",
  "print.savePictures": "Guardar imágenes de las tarjetas…",
  "print.savedPictures": { one: "Se guardó {count} imagen de tarjeta en {place}.", other: "Se guardaron {count} imágenes de tarjetas en {place}." },
  "print.print": "Imprimir…",

  // ---- Checking the printed cards ----
  "verify.title": "Verificar las tarjetas impresas",
  "verify.intro": "Antes de entregar las tarjetas, reúna las {count} tarjetas impresas: muéstrelas a la cámara, abra fotos o escaneos de ellas (también sirve un PDF), o escriba el texto que hay debajo de un código QR. Después escriba la contraseña de su papel. Heirloom comprueba que cada combinación de {t} tarjetas recupera esta billetera (huella {fingerprint}) exactamente con lo que está escrito, sin mostrar la frase.",
  "verify.cardsHeading": "Las tarjetas",
  "verify.cameraIntro": "Muestre cada tarjeta a la cámara, con todo el código cuadrado a la vista.",
  "verify.filesLabel": "Elija imágenes o escaneos de las tarjetas",
  "verify.passLabel": "La contraseña, exactamente como está escrita en su papel",
  "verify.checkNow": "Verificar las tarjetas",
  "verify.notYet": "Todavía sin verificar.",
  "verify.not": "Sin verificar.",
  "verify.noCards": "Todavía no hay tarjetas. Añada las {count}.",
  // {list}: card numbers, "1, 2, 4".
  "verify.cardsIn": "Tarjetas comprobadas: {list} de {count}.",
  "verify.allIn": "Ya están las {count} tarjetas. Escriba la contraseña de su papel y pulse «Verificar las tarjetas».",
  // Over the camera picture. {list}: card numbers.
  "verify.flash": { one: "✓ Tarjeta {list} añadida", other: "✓ Tarjetas {list} añadidas" },
  "verify.typePass": "Escriba la contraseña exactamente como está escrita en su papel.",
  "verify.opening": "Abriendo las tarjetas con la contraseña…",
  "verify.progress": "Comprobadas {checked} de {total} combinaciones de {t} tarjetas…",
  "verify.done": "Verificado: cada combinación de tarjetas, con la contraseña de su papel, devuelve esta billetera.",
  "verify.recorded": "El registro de esta computadora ya lo indica.",
  "verify.retired": "El juego al que reemplaza queda retirado: cuando haya entregado las tarjetas nuevas, recoja sus tarjetas y destrúyalas.",
};
