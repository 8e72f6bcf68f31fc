// The English words of recovery, and taking cards in (camera, files, typed text): one part of the catalogue, which ../en.ts puts
// together (and where the format is explained for translators).
import type { Message } from "../format";

export const recovery = {
  // ---- Recovery: shared ----
  "recovery.step.cards": "Add the cards",
  "recovery.step.passphrase": "Type the passphrase",
  "recovery.step.wallet": "Your wallet",

  // ---- Recovery, step 1: the cards ----
  "recovery.cards.title": "Recover a wallet from its cards",
  "recovery.cards.lead": "Add the cards one at a time, in any order, in any of the three ways below. Heirloom tells you when there are enough.",
  "recovery.cards.waysLabel": "How to add a card",
  "recovery.way.camera": "Hold cards up to the camera",
  "recovery.way.files": "Open pictures or PDF scans",
  "recovery.way.typed": "Type the text under the QR code",
  "recovery.cards.cameraIntro": "Hold one card in front of the camera, with the whole square code in view, and keep it still for a moment. You will hear a beep and see a tick when it is read. Then show the next card.",
  "recovery.cards.filesLabel": "Choose pictures or scans from this computer",
  "recovery.cards.next": "Continue to the passphrase",
  // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
  "recovery.cards.flashAdded": "✓ {cards} added",
  "recovery.cards.flashRefused": "✗ {problem}",
  "recovery.cards.removedCard": "Card {n} was taken out. You can add it again.",
  "recovery.cards.removedTyped": "Typed card {n} was taken out. You can type it again.",
  "recovery.cards.removedUnplaced": "The typed card was taken out. You can type it again.",
  "recovery.cards.removedUnplacedPrinted": "The card read from its printed text was taken out. You can add it again.",

  // ---- Recovery: the board of cards ----
  "recovery.board.heading": "Cards added",
  // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
  "recovery.board.label": "“{label}” {made}",
  "recovery.board.made": "made {date}",
  "recovery.board.retired": "This set was retired on {date}: a newer set of cards may exist. These cards still work.",
  "recovery.board.noCards": "No cards yet",
  // {have} cards added; {t} needed (2 or more).
  "recovery.board.countMore": "{have} cards ({t} needed)",
  "recovery.board.count": "{have} of {t} cards",
  "recovery.board.start": "Add any card to start. The first card tells how many are needed.",
  "recovery.board.needed": { one: "{count} more card needed.", other: "{count} more cards needed." },
  "recovery.board.enough": "Enough cards. Go on to the passphrase.",
  "recovery.board.next": "Go on to the passphrase",
  // {id}: the first 8 characters of the set id, shown apart.
  "recovery.board.set": "This backup has {count} cards; any {t} bring the wallet back. Set number {id}.",
  // Under a typed card's slot.
  "recovery.board.typedGroup": "typed; group {group} is checked with the passphrase",
  "recovery.board.typed": "typed; checked with the passphrase",
  "recovery.board.printedGroup": "read from the printed text; group {group} is checked with the passphrase",
  "recovery.board.printed": "read from the printed text; checked with the passphrase",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "group {group} is checked with the passphrase",
  "recovery.board.checked": "checked with the passphrase",
  "recovery.board.unplaced": "A typed card",
  "recovery.board.unplacedPrinted": "A card read from its printed text",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "added",
  "recovery.board.notIn": "not added",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "Remove card {n}",
  "recovery.board.removeTyped": "Remove typed card {n}",
  "recovery.board.removePrinted": "Remove card {n}, read from its printed text",
  "recovery.board.removeUnplaced": "Remove the typed card",
  "recovery.board.removeUnplacedPrinted": "Remove the card read from its printed text",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "card {n}",
  "recovery.news.cards": "cards {list} and {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "Card {n}",
  "recovery.news.Cards": "Cards {list} and {last}",
  "recovery.news.added": "{cards} added.",
  "recovery.news.printed": "Read from the text printed under the QR code, which could not be read. Heirloom checks this card when you type the passphrase.",
  "recovery.news.enough": "That is enough cards.",
  "recovery.news.keptN": "Card {n} was added as you typed it.",
  "recovery.news.kept": "The card was added as you typed it.",
  "recovery.news.keptCheck": "Heirloom checks it, and corrects small typing mistakes, once you type the passphrase.",
  // {message}: why, an error message.
  "recovery.news.noCardInPart": "{file}: No card was found in the pages read. {message}",
  "recovery.news.stoppedOne": "Stopped. Nothing from that file was added.",
  // {count}: 2 or more.
  "recovery.news.stoppedMany": "Stopped. The last {count} files were not read; nothing from them was added.",
  // A few words over the camera picture for a refused card.
  "recovery.short.other_set": "Card from another backup",
  "recovery.short.damaged": "Damaged card",
  "recovery.short.duplicate": "Already added",
  "recovery.short.not_a_card": "Not a Heirloom card",
  "recovery.short.unsupported_version": "Newer card format",
  "recovery.short.kdf_out_of_bounds": "Card refused",
  "recovery.short.other": "This card can't be used",

  // ---- Recovery, step 2: the passphrase ----
  "recovery.pass.title": "Type the passphrase",
  "recovery.pass.intro": "The cards are locked with a passphrase. It is not printed on the cards: the person who made them wrote it down separately, or told someone they trust.",
  "recovery.pass.legend": "What does the passphrase look like?",
  "recovery.pass.modeWords": "Six ordinary words (Heirloom made them)",
  "recovery.pass.modeText": "Something else (the person who made the cards chose it)",
  "recovery.pass.wordsIntro": "Type the six words in the order they were written down. The first four letters of each word are enough.",
  "recovery.pass.wordLabel": "Passphrase word {n}",
  "recovery.pass.notAWord": "Not a list word. Check the spelling.",
  // {words}: one or more suggested words, each a button.
  "recovery.pass.notAWordSuggest": "Not a list word. Did you mean {words}?",
  "recovery.pass.textLabel": "The passphrase, exactly as it was written down",
  "recovery.pass.textHint": "Capital letters matter. Extra spaces don't.",
  "recovery.pass.working": "Opening the cards with the passphrase. This takes a few seconds, on purpose: it makes guessing slow for anyone else.",
  "recovery.pass.open": "Open the cards",
  "recovery.pass.backToCards": "Back to the cards",
  "recovery.pass.typeFirst": "Type the passphrase first.",
  "recovery.pass.wordUnknown": "Word {n} is not on the word list. Check its spelling. If the passphrase is not six list words, choose “Something else” above.",
  "recovery.pass.wordEmpty": "Word {n} is empty. Type all six words in order.",
  // Help under a wrong passphrase: one of the first two, then one of the next two.
  "recovery.pass.help.typed": "The cards that were read do not open with this passphrase, so the passphrase is the thing to check first; the typed cards are checked once it is right.",
  "recovery.pass.help.allRead": "The cards were all read correctly, so the passphrase is the thing to check.",
  "recovery.pass.help.words": "Look at each word again, and check that the words are in the order they were written down.",
  "recovery.pass.help.text": "Check each letter, capital letters, and the spaces between words.",
  "recovery.pass.help.retype": "Go back to the cards and type that card's text, comparing each group with the paper.",
  "recovery.pass.help.damagedN": "The passphrase is right: it opened the other cards. Go back to the cards, take card {n} out with “Remove”, then scan it again, type its text, or add a different card.",
  "recovery.pass.help.damaged": "The passphrase is right: it opened the other cards. Go back to the cards, take that card out with “Remove”, then scan it again, type its text, or add a different card.",
  "recovery.pass.help.change": "Go back to the cards to change them.",

  // ---- Recovery, step 3: the wallet is back ----
  "recovery.result.title": "The wallet is back",
  "recovery.result.checkApp": "Check that your wallet app shows this same wallet fingerprint once the {count} words are typed into it. If it shows another one, a word was typed wrongly there.",
  "recovery.result.phraseHeading": "The recovery phrase",
  "recovery.result.phraseWarning": "{count} words. Anyone who sees them can take the money: show them only where nobody can look over your shoulder, and never type them into a website.",
  "recovery.result.show": "Show the recovery phrase",
  "recovery.result.hide": "Hide the recovery phrase",
  "recovery.result.seedHeading": "For a hardware wallet",
  "recovery.result.seedIntro": "Some hardware wallets (for example SeedSigner) can read the phrase from a QR code called a SeedQR, so nobody has to type it.",
  "recovery.result.seedShow": "Show as SeedQR",
  "recovery.result.seedHide": "Hide the SeedQR",
  "recovery.result.seedAlt": "The recovery phrase as a SeedQR code",
  "recovery.result.seedNone": "SeedQR exists only for English recovery phrases. Type the words into the wallet instead.",
  "recovery.result.saveHeading": "Keep it on this computer",
  "recovery.result.saveIntro": "Save the phrase in this computer's keychain, locked by your login, to make new cards later.",
  // The wallet name offered at first.
  "recovery.result.defaultName": "Recovered wallet",
  "recovery.result.saved": "Saved on this computer as “{name}”. You can make new cards from it later.",
  "recovery.result.already": "This wallet is already saved on this computer as “{name}”, so it was not saved again.",
  "recovery.result.leaveNote": "When you leave this screen, the words are cleared from the screen and from Heirloom's memory.",
  "recovery.result.nextHeading": "What to do next",
  "recovery.result.next1": "Type the words into a wallet app you trust (or scan the SeedQR below with a hardware wallet), on this computer or a new hardware wallet. Check that it shows the same fingerprint.",
  "recovery.result.next2": "Move the money to a new wallet whose words only you know: the words on these cards have now been seen on a screen, and several people hold cards.",
  "recovery.result.next3": "Not sure how? Ask someone you trust who knows Bitcoin wallets to sit with you. Never give the words to anyone who calls, writes or asks online: nobody genuine ever needs them.",
  "recovery.result.corrected": { one: "Heirloom corrected a typed card", other: "Heirloom corrected the typed cards" },
  "recovery.result.correctedIntro": "Heirloom corrects a typing mistake only when the card's own check proves it, so the wallet below is right. Please look at the card again: where the paper is hard to read, write the right letters beside them for next time.",
  "recovery.result.correctedRead": { one: "Heirloom corrected a card's text", other: "Heirloom corrected the cards' texts" },
  "recovery.result.correctedReadIntro": "Heirloom corrects a mistake in a card's text, typed or read from the print, only when the card's own check proves it, so the wallet below is right. Please look at the card again: where the paper is hard to read, write the right letters beside them for next time.",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "Card {n}, group {group}: you typed {typed}, the card says {corrected}. Please check.",
  "recovery.result.correctionRead": "Card {n}, group {group}: read as {typed}, the card says {corrected}. Please check.",
  "recovery.result.correctionUnread": "Card {n}, group {group}: not read, the card says {corrected}. Please check.",
  // What was typed, when nothing was.
  "recovery.result.nothing": "nothing",
  // A typed card (or one read from its printed text) too different from the card to be
  // corrected for certain, when the other cards were enough without it.
  "recovery.result.leftOutN": "Card {n} was not used: what was typed or read from it differs from the card more than Heirloom can correct for certain, and the other cards were enough without it. The wallet below is right.",
  "recovery.result.leftOut": "One typed card was not used: what was typed or read from it differs from the card more than Heirloom can correct for certain, and the other cards were enough without it. The wallet below is right.",
  "recovery.result.timedOut": "This took too long; for safety the words were forgotten.",
  "recovery.result.timedOutExplain": "Heirloom keeps recovered words in memory only while they are in use: after 15 minutes without use they are wiped, so that they are not left on a computer nobody is watching. Nothing is lost: the cards and the passphrase bring the wallet back again. A wallet already saved on this computer is still saved.",
  "recovery.result.again": "Add the cards again",
  // {printed}, {recovered}: fingerprints, 8 characters.
  "recovery.fp.match": "This matches the fingerprint printed on your cards ({printed}): these cards gave back the wallet they were made for.",
  "recovery.fp.mismatch": "Stop: the cards say the fingerprint is {printed}, but they gave back the wallet {recovered}. These are not the words of the wallet the cards were made for; a card may be forged or from another set. Do not move any money to or from this wallet. Ask the person who made the cards, or someone you trust who knows Bitcoin wallets.",
  "recovery.fp.again": "I may have typed it wrongly: compare again",
  "recovery.fp.ask": "Compare this with the fingerprint printed on your cards (after “fingerprint”) and on the family guide. Type the printed one here to check:",
  "recovery.fp.label": "Fingerprint printed on the cards",
  "recovery.fp.compare": "Compare",
  "recovery.fp.invalid": "A fingerprint is eight characters, the digits 0–9 and the letters a–f, as printed on the card.",

  // ---- Taking cards in: camera, files, typed text ----
  "intake.camera.videoLabel": "What the camera sees",
  "intake.camera.choose": "Camera",
  "intake.camera.nameless": "Camera {n}",
  "intake.camera.on": "Turn the camera on",
  "intake.camera.off": "Turn the camera off",
  "intake.camera.retry": "Try the camera again",
  "camera.unsupported": "Heirloom can't use a camera on this computer. Open pictures of the cards, or type the text printed under each QR code, instead.",
  "camera.refused": "Heirloom was not allowed to use the camera. Allow the camera in this computer's settings and press “Try the camera again”, or open pictures of the cards, or type the text under the QR code.",
  "camera.none": "No camera was found. Plug in a webcam and press “Try the camera again”, or open pictures of the cards, or type the text under the QR code.",
  "camera.busy": "The camera is being used by another program. Close that program (for example a video call) and press “Try the camera again”.",
  "camera.failed": "The camera could not be started. Press “Try the camera again”, or open pictures of the cards, or type the text under the QR code.",
  "intake.files.drop": "Drop pictures or scans of the cards here",
  "intake.files.or": "or",
  "intake.files.kinds": "Photos (JPEG), PNG pictures and PDF files from a scanner. One picture or page may hold several cards.",
  "intake.typed.label": "Type the text printed under the QR code",
  "intake.typed.help": "Capitals and spaces don't matter. Each group of six is checked as you type: a tick means the group is right. A barcode scanner works too: click in the box and scan the code.",
  "intake.typed.groupsLabel": "Groups checked so far",
  // Read by screen readers for a group's mark.
  "intake.typed.wrong": "wrong",
  "intake.typed.right": "right",
  "intake.typed.unfinished": "not finished",
  "intake.typed.groupWrong": "Group {n} does not match the card. Compare it letter by letter; if a letter was left out or added, the groups after it look wrong too.",
  "intake.typed.empty": "Type the text printed under the QR code first.",
  "intake.typed.keepOffer": "If the card is hard to read, or you have compared it and cannot find the mistake, add it as you typed it. Once you type the passphrase, Heirloom looks for small typing mistakes itself and corrects one only when the card's own check proves it. It tells you what it changed.",
  "intake.typed.keep": "Add it as typed",
  "scan.opening": "Opening the file",
  "scan.readingPage": "Reading page {page} of {pages}",
  "scan.readingPicture": "Reading the picture",
  "scan.closerPage": "Looking closer at page {page} ({n} of {of})",
  "scan.closerPicture": "Looking closer at the picture (step {pass} of {passes})",
  // {progress}: one of the five above.
  "scan.lineMany": "File {k} of {count}, {name}: {progress}…",
  "scan.lineOne": "{name}: {progress}…",
  "scan.stopping": "Stopping…",
} as const satisfies Record<string, Message>;
