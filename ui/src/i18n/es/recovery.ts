// The Spanish words of recovery, and taking cards in (camera, files, typed text): one part of ../es.ts, typed against
// the English part (../en/recovery.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { recovery as english } from "../en/recovery";

export const recovery: PartOf<typeof english> = {
  // ---- Recovery: shared ----
  "recovery.step.cards": "Añadir las tarjetas",
  "recovery.step.passphrase": "Escribir la contraseña",
  "recovery.step.wallet": "Su billetera",

  // ---- Recovery, step 1: the cards ----
  "recovery.cards.title": "Recuperar una billetera con sus tarjetas",
  "recovery.cards.lead": "Añada las tarjetas de una en una, en cualquier orden, de cualquiera de las tres formas que se indican abajo. Heirloom le avisa cuando haya suficientes.",
  "recovery.cards.waysLabel": "Cómo añadir una tarjeta",
  "recovery.way.camera": "Mostrar las tarjetas a la cámara",
  "recovery.way.files": "Abrir imágenes o escaneos en PDF",
  "recovery.way.typed": "Escribir el texto que hay debajo del código QR",
  "recovery.cards.cameraIntro": "Ponga una tarjeta delante de la cámara, con todo el código cuadrado a la vista, y manténgala quieta un momento. Cuando se lea, oirá un pitido y verá una marca ✓. Luego muestre la siguiente tarjeta.",
  "recovery.cards.filesLabel": "Elija imágenes o escaneos de esta computadora",
  "recovery.cards.next": "Continuar con la contraseña",
  // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
  "recovery.cards.flashAdded": "✓ Añadido: {cards}",
  "recovery.cards.flashRefused": "✗ {problem}",
  "recovery.cards.removedCard": "Se quitó la tarjeta {n}. Puede volver a añadirla.",
  "recovery.cards.removedTyped": "Se quitó la tarjeta escrita {n}. Puede volver a escribirla.",
  "recovery.cards.removedUnplaced": "Se quitó la tarjeta escrita. Puede volver a escribirla.",
  "recovery.cards.removedUnplacedPrinted": "Se quitó la tarjeta leída de su texto impreso. Puede volver a añadirla.",

  // ---- Recovery: the board of cards ----
  "recovery.board.heading": "Tarjetas añadidas",
  // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
  "recovery.board.label": "«{label}» {made}",
  "recovery.board.made": "hecho el {date}",
  "recovery.board.retired": "Este juego se retiró el {date}: puede existir un juego de tarjetas más reciente. Estas tarjetas siguen funcionando.",
  "recovery.board.noCards": "Todavía no hay tarjetas",
  // {have} cards added; {t} needed (2 or more).
  "recovery.board.countMore": "{have} tarjetas (se necesitan {t})",
  "recovery.board.count": "{have} de {t} tarjetas",
  "recovery.board.start": "Añada cualquier tarjeta para empezar. La primera tarjeta indica cuántas se necesitan.",
  "recovery.board.needed": { one: "Falta {count} tarjeta.", other: "Faltan {count} tarjetas." },
  "recovery.board.enough": "Ya hay suficientes tarjetas. Continúe con la contraseña.",
  "recovery.board.next": "Continuar con la contraseña",
  // {id}: the first 8 characters of the set id, shown apart.
  "recovery.board.set": "Esta copia de seguridad tiene {count} tarjetas; {t} cualesquiera recuperan la billetera. Juego número {id}.",
  // Under a typed card's slot.
  "recovery.board.typedGroup": "escrita; el grupo {group} se comprueba con la contraseña",
  "recovery.board.typed": "escrita; se comprueba con la contraseña",
  "recovery.board.printedGroup": "leída del texto impreso; el grupo {group} se comprueba con la contraseña",
  "recovery.board.printed": "leída del texto impreso; se comprueba con la contraseña",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "el grupo {group} se comprueba con la contraseña",
  "recovery.board.checked": "se comprueba con la contraseña",
  "recovery.board.unplaced": "Una tarjeta escrita",
  "recovery.board.unplacedPrinted": "Una tarjeta leída de su texto impreso",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "añadida",
  "recovery.board.notIn": "sin añadir",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "Quitar la tarjeta {n}",
  "recovery.board.removeTyped": "Quitar la tarjeta escrita {n}",
  "recovery.board.removePrinted": "Quitar la tarjeta {n}, leída de su texto impreso",
  "recovery.board.removeUnplaced": "Quitar la tarjeta escrita",
  "recovery.board.removeUnplacedPrinted": "Quitar la tarjeta leída de su texto impreso",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "la tarjeta {n}",
  "recovery.news.cards": "las tarjetas {list} y {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "Tarjeta {n}",
  "recovery.news.Cards": "Tarjetas {list} y {last}",
  "recovery.news.added": "Añadido: {cards}.",
  "recovery.news.printed": "Leída del texto impreso debajo del código QR, que no se pudo leer. Heirloom comprueba esta tarjeta cuando usted escriba la contraseña.",
  "recovery.news.enough": "Ya hay suficientes tarjetas.",
  "recovery.news.keptN": "La tarjeta {n} se añadió tal como usted la escribió.",
  "recovery.news.kept": "La tarjeta se añadió tal como usted la escribió.",
  "recovery.news.keptCheck": "Heirloom la comprueba, y corrige pequeños errores de escritura, cuando usted escriba la contraseña.",
  // {message}: why, an error message.
  "recovery.news.noCardInPart": "{file}: No se encontró ninguna tarjeta en las páginas leídas. {message}",
  "recovery.news.stoppedOne": "Detenido. No se añadió nada de ese archivo.",
  // {count}: 2 or more.
  "recovery.news.stoppedMany": "Detenido. Los últimos {count} archivos no se leyeron; no se añadió nada de ellos.",
  // A few words over the camera picture for a refused card.
  "recovery.short.other_set": "Tarjeta de otra copia de seguridad",
  "recovery.short.damaged": "Tarjeta dañada",
  "recovery.short.duplicate": "Ya añadida",
  "recovery.short.not_a_card": "No es una tarjeta de Heirloom",
  "recovery.short.unsupported_version": "Formato de tarjeta más reciente",
  "recovery.short.kdf_out_of_bounds": "Tarjeta rechazada",
  "recovery.short.other": "Esta tarjeta no se puede usar",

  // ---- Recovery, step 2: the passphrase ----
  "recovery.pass.title": "Escriba la contraseña",
  "recovery.pass.intro": "Las tarjetas están cerradas con una contraseña. No está impresa en las tarjetas: la persona que las hizo la anotó aparte, o se la dijo a alguien de su confianza.",
  "recovery.pass.legend": "¿Cómo es la contraseña?",
  "recovery.pass.modeWords": "Seis palabras corrientes (las creó Heirloom)",
  "recovery.pass.modeText": "Otra cosa (la eligió la persona que hizo las tarjetas)",
  "recovery.pass.wordsIntro": "Escriba las seis palabras en el orden en que se anotaron. Bastan las cuatro primeras letras de cada palabra.",
  "recovery.pass.wordLabel": "Palabra {n} de la contraseña",
  "recovery.pass.notAWord": "No es una palabra de la lista. Compruebe cómo está escrita.",
  // {words}: one or more suggested words, each a button.
  "recovery.pass.notAWordSuggest": "No es una palabra de la lista. ¿Quiso decir {words}?",
  "recovery.pass.textLabel": "La contraseña, exactamente como se anotó",
  "recovery.pass.textHint": "Las mayúsculas cuentan. Los espacios de más, no.",
  "recovery.pass.working": "Abriendo las tarjetas con la contraseña. Tarda unos segundos, a propósito: así, adivinarla es lento para cualquier otra persona.",
  "recovery.pass.open": "Abrir las tarjetas",
  "recovery.pass.backToCards": "Volver a las tarjetas",
  "recovery.pass.typeFirst": "Primero escriba la contraseña.",
  "recovery.pass.wordUnknown": "La palabra {n} no está en la lista de palabras. Compruebe cómo está escrita. Si la contraseña no son seis palabras de la lista, elija «Otra cosa» más arriba.",
  "recovery.pass.wordEmpty": "La palabra {n} está vacía. Escriba las seis palabras en orden.",
  // Help under a wrong passphrase: one of the first two, then one of the next two.
  "recovery.pass.help.typed": "Las tarjetas que se leyeron no se abren con esta contraseña, así que lo primero que hay que comprobar es la contraseña; las tarjetas escritas se comprueban cuando la contraseña sea correcta.",
  "recovery.pass.help.allRead": "Todas las tarjetas se leyeron correctamente, así que lo que hay que comprobar es la contraseña.",
  "recovery.pass.help.words": "Vuelva a mirar cada palabra y compruebe que las palabras están en el orden en que se anotaron.",
  "recovery.pass.help.text": "Compruebe cada letra, las mayúsculas y los espacios entre palabras.",
  "recovery.pass.help.retype": "Vuelva a las tarjetas y escriba el texto de esa tarjeta, comparando cada grupo con el papel.",
  "recovery.pass.help.damagedN": "La contraseña es correcta: abrió las demás tarjetas. Vuelva a las tarjetas, quite la tarjeta {n} con «Quitar» y luego escanéela otra vez, escriba su texto o añada otra tarjeta distinta.",
  "recovery.pass.help.damaged": "La contraseña es correcta: abrió las demás tarjetas. Vuelva a las tarjetas, quite esa tarjeta con «Quitar» y luego escanéela otra vez, escriba su texto o añada otra tarjeta distinta.",
  "recovery.pass.help.change": "Vuelva a las tarjetas para cambiarlas.",

  // ---- Recovery, step 3: the wallet is back ----
  "recovery.result.title": "Billetera recuperada",
  "recovery.result.checkApp": "Compruebe que su aplicación de billetera muestra esta misma huella de la billetera después de escribir en ella las {count} palabras. Si muestra otra huella, alguna palabra se escribió mal allí.",
  "recovery.result.phraseHeading": "La frase de recuperación",
  "recovery.result.phraseWarning": "{count} palabras. Cualquiera que las vea puede llevarse el dinero: muéstrelas solo donde nadie pueda mirar por encima de su hombro, y nunca las escriba en un sitio web.",
  "recovery.result.show": "Mostrar la frase de recuperación",
  "recovery.result.hide": "Ocultar la frase de recuperación",
  "recovery.result.seedHeading": "Para una billetera física",
  "recovery.result.seedIntro": "Algunas billeteras físicas (por ejemplo, SeedSigner) pueden leer la frase desde un código QR llamado SeedQR, para que nadie tenga que escribirla.",
  "recovery.result.seedShow": "Mostrar como SeedQR",
  "recovery.result.seedHide": "Ocultar el SeedQR",
  "recovery.result.seedAlt": "La frase de recuperación como código SeedQR",
  "recovery.result.seedNone": "SeedQR solo existe para frases de recuperación en inglés. En su lugar, escriba las palabras en la billetera.",
  "recovery.result.saveHeading": "Guardarla en esta computadora",
  "recovery.result.saveIntro": "Guarde la frase en el llavero de esta computadora, protegido por su inicio de sesión, para hacer tarjetas nuevas más adelante.",
  // The wallet name offered at first.
  "recovery.result.defaultName": "Billetera recuperada",
  "recovery.result.saved": "Guardada en esta computadora como «{name}». Más adelante puede hacer tarjetas nuevas a partir de ella.",
  "recovery.result.already": "Esta billetera ya está guardada en esta computadora como «{name}», así que no se guardó otra vez.",
  "recovery.result.leaveNote": "Al salir de esta pantalla, las palabras se borran de la pantalla y de la memoria de Heirloom.",
  "recovery.result.nextHeading": "Qué hacer a continuación",
  "recovery.result.next1": "Escriba las palabras en una aplicación de billetera de confianza (o escanee el SeedQR de abajo con una billetera física), en esta computadora o en una billetera física nueva. Compruebe que muestra la misma huella.",
  "recovery.result.next2": "Pase el dinero a una billetera nueva cuyas palabras solo conozca usted: las palabras de estas tarjetas ya se han visto en una pantalla, y varias personas guardan tarjetas.",
  "recovery.result.next3": "¿No sabe cómo hacerlo? Pida a alguien de confianza que conozca las billeteras de Bitcoin que se siente con usted. Nunca dé las palabras a nadie que llame, escriba o se las pida por internet: nadie de fiar las necesita jamás.",
  "recovery.result.corrected": { one: "Heirloom corrigió una tarjeta escrita", other: "Heirloom corrigió las tarjetas escritas" },
  "recovery.result.correctedIntro": "Heirloom solo corrige un error de escritura cuando la comprobación de la propia tarjeta lo demuestra, así que la billetera de abajo es la correcta. Vuelva a mirar la tarjeta: donde el papel se lea con dificultad, escriba al lado las letras correctas para la próxima vez.",
  "recovery.result.correctedRead": { one: "Heirloom corrigió el texto de una tarjeta", other: "Heirloom corrigió los textos de las tarjetas" },
  "recovery.result.correctedReadIntro": "Heirloom solo corrige un error en el texto de una tarjeta, escrito o leído de lo impreso, cuando la comprobación de la propia tarjeta lo demuestra, así que la billetera de abajo es la correcta. Vuelva a mirar la tarjeta: donde el papel se lea con dificultad, escriba al lado las letras correctas para la próxima vez.",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "Tarjeta {n}, grupo {group}: usted escribió {typed} y la tarjeta dice {corrected}. Compruébelo.",
  "recovery.result.correctionRead": "Tarjeta {n}, grupo {group}: se leyó {typed} y la tarjeta dice {corrected}. Compruébelo.",
  "recovery.result.correctionUnread": "Tarjeta {n}, grupo {group}: no se leyó; la tarjeta dice {corrected}. Compruébelo.",
  // What was typed, when nothing was.
  "recovery.result.nothing": "nada",
  "recovery.result.leftOutN": "La tarjeta {n} no se usó: lo que se escribió o se leyó de ella difiere de la tarjeta más de lo que Heirloom puede corregir con certeza, y las demás tarjetas bastaron sin ella. La billetera de abajo es la correcta.",
  "recovery.result.leftOut": "Una tarjeta escrita no se usó: lo que se escribió o se leyó de ella difiere de la tarjeta más de lo que Heirloom puede corregir con certeza, y las demás tarjetas bastaron sin ella. La billetera de abajo es la correcta.",
  "recovery.result.timedOut": "Esto tardó demasiado; por seguridad, las palabras se olvidaron.",
  "recovery.result.timedOutExplain": "Heirloom guarda las palabras recuperadas en la memoria solo mientras se usan: tras 15 minutos sin uso, se borran, para que no queden en una computadora que nadie vigila. No se ha perdido nada: las tarjetas y la contraseña vuelven a recuperar la billetera. Una billetera ya guardada en esta computadora sigue guardada.",
  "recovery.result.again": "Añadir otra vez las tarjetas",
  // {printed}, {recovered}: fingerprints, 8 characters.
  "recovery.fp.match": "Coincide con la huella impresa en sus tarjetas ({printed}): estas tarjetas devolvieron la billetera para la que se hicieron.",
  "recovery.fp.mismatch": "Deténgase: las tarjetas dicen que la huella es {printed}, pero devolvieron la billetera {recovered}. Estas no son las palabras de la billetera para la que se hicieron las tarjetas; puede que una tarjeta sea falsa o de otro juego. No mueva dinero ni hacia esta billetera ni desde ella. Pregunte a la persona que hizo las tarjetas, o a alguien de confianza que conozca las billeteras de Bitcoin.",
  "recovery.fp.again": "Puede que la haya escrito mal: comparar otra vez",
  "recovery.fp.ask": "Compárela con la huella impresa en sus tarjetas (después de «Wallet fingerprint») y en la guía para la familia. Escriba aquí la impresa para comprobarla:",
  "recovery.fp.label": "Huella impresa en las tarjetas",
  "recovery.fp.compare": "Comparar",
  "recovery.fp.invalid": "Una huella tiene ocho caracteres, las cifras 0–9 y las letras a–f, tal como está impresa en la tarjeta.",

  // ---- Taking cards in: camera, files, typed text ----
  "intake.camera.videoLabel": "Lo que ve la cámara",
  "intake.camera.choose": "Cámara",
  "intake.camera.nameless": "Cámara {n}",
  "intake.camera.on": "Encender la cámara",
  "intake.camera.off": "Apagar la cámara",
  "intake.camera.retry": "Probar otra vez la cámara",
  "camera.unsupported": "Heirloom no puede usar una cámara en esta computadora. En su lugar, abra imágenes de las tarjetas o escriba el texto impreso debajo de cada código QR.",
  "camera.refused": "Heirloom no tiene permiso para usar la cámara. Permita el uso de la cámara en la configuración de esta computadora y pulse «Probar otra vez la cámara», o abra imágenes de las tarjetas, o escriba el texto que hay debajo del código QR.",
  "camera.none": "No se encontró ninguna cámara. Conecte una cámara web y pulse «Probar otra vez la cámara», o abra imágenes de las tarjetas, o escriba el texto que hay debajo del código QR.",
  "camera.busy": "Otro programa está usando la cámara. Cierre ese programa (por ejemplo, una videollamada) y pulse «Probar otra vez la cámara».",
  "camera.failed": "No se pudo poner en marcha la cámara. Pulse «Probar otra vez la cámara», o abra imágenes de las tarjetas, o escriba el texto que hay debajo del código QR.",
  "intake.files.drop": "Suelte aquí imágenes o escaneos de las tarjetas",
  "intake.files.or": "o",
  "intake.files.kinds": "Fotos (JPEG), imágenes PNG y archivos PDF de un escáner. Una imagen o página puede contener varias tarjetas.",
  "intake.typed.label": "Escriba el texto impreso debajo del código QR",
  "intake.typed.help": "Las mayúsculas y los espacios no importan. Cada grupo de seis se comprueba mientras escribe: una marca ✓ indica que el grupo es correcto. También sirve un lector de códigos de barras: haga clic en la casilla y escanee el código.",
  "intake.typed.groupsLabel": "Grupos comprobados hasta ahora",
  // Read by screen readers for a group's mark.
  "intake.typed.wrong": "incorrecto",
  "intake.typed.right": "correcto",
  "intake.typed.unfinished": "sin terminar",
  "intake.typed.groupWrong": "El grupo {n} no coincide con la tarjeta. Compárelo letra por letra; si se omitió o se añadió una letra, los grupos siguientes también parecerán incorrectos.",
  "intake.typed.empty": "Primero escriba el texto impreso debajo del código QR.",
  "intake.typed.keepOffer": "Si la tarjeta se lee con dificultad, o ya la comparó y no encuentra el error, añádala tal como la escribió. Cuando usted escriba la contraseña, Heirloom buscará por sí mismo pequeños errores de escritura y solo corregirá uno cuando la comprobación de la propia tarjeta lo demuestre. Le dirá qué cambió.",
  "intake.typed.keep": "Añadirla tal como está escrita",
  "scan.opening": "Abriendo el archivo",
  "scan.readingPage": "Leyendo la página {page} de {pages}",
  "scan.readingPicture": "Leyendo la imagen",
  "scan.closerPage": "Examinando más de cerca la página {page} ({n} de {of})",
  "scan.closerPicture": "Examinando más de cerca la imagen (paso {pass} de {passes})",
  // {progress}: one of the five above.
  "scan.lineMany": "Archivo {k} de {count}, {name}: {progress}…",
  "scan.lineOne": "{name}: {progress}…",
  "scan.stopping": "Deteniendo…",
};
