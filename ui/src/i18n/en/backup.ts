// The English words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of the catalogue, which ../en.ts puts
// together (and where the format is explained for translators).
import type { Message } from "../format";

export const backup = {
  // ---- The window: header, language switch, footer ----
  "app.tagline": "Backup cards for a recovery phrase",
  // Label of the language switch on the home screen.
  "app.language": "Language",
  // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
  "about.built": "Heirloom {version}, built from commit {commit}",
  "about.builtUnknown": "Heirloom {version}, built from an unknown commit",

  // ---- Shared words ----
  "common.cancel": "Cancel",
  "common.continue": "Continue",
  "common.confirm": "Confirm",
  "common.back": "Back",
  "common.done": "Done",
  "common.save": "Save",
  "common.remove": "Remove",
  "common.check": "Check",
  // The "Card 3" in front of a row or slot.
  "common.cardN": "Card {n}",
  // aria-label of a word box: "Word 3".
  "common.wordN": "Word {n}",
  "common.person": "Person",
  "common.place": "Place",
  "common.walletFingerprint": "Wallet fingerprint",
  "common.walletName": "Name for this wallet",
  "common.saveHere": "Save on this computer",
  "common.backHome": "Back to the home screen",
  "common.startAgain": "Start again",
  "common.addThisCard": "Add this card",
  "common.checkPrinted": "Check the printed cards…",
  "common.leaveRecovery": "Leave the recovery",
  // Between the items of a list of numbers or names: "3, 7, 11".
  "common.listSeparator": ", ",
  // Between two sentences put side by side (ja and zh-Hans: none).
  "common.sentenceSeparator": " ",
  // A file's name in front of what it gave: "scan.pdf: Card 2 added."
  "common.inFile": "{file}: {text}",
  // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
  "common.stepper": "Step {n} of {total}: {step}",

  // ---- Home screen ----
  "home.welcome": "Welcome",
  "home.lead": "Heirloom turns your wallet's recovery phrase into printed cards. Give them to people you trust: any few of them, with a passphrase, bring the wallet back.",
  "home.recover.heading": "Have some Heirloom cards?",
  "home.recover.text": "Bring the wallet back from its cards and the passphrase. A webcam, photos or scans of the cards, or typing the text printed on them all work.",
  "home.recover.button": "Recover a wallet from cards",
  "home.wallets.heading": "Wallets on this computer",
  "home.wallets.none": "No wallet is saved here yet.",
  "home.wallet.backup": "Make a backup",
  "home.wallet.remove": "Remove…",
  "home.start.new": "Make a backup of a new wallet",
  "home.start.import": "Make a backup of words I already have",
  // {name}: the wallet's name as the holder typed it.
  "home.remove.title": "Remove “{name}”?",
  "home.remove.explainChecked": "This deletes the recovery phrase from this computer's keychain. Checked cards of this wallet exist (an active set, verified after printing): they, with the passphrase, still bring it back.",
  "home.remove.explainUnchecked": "This deletes the recovery phrase from this computer's keychain. No checked cards of this wallet are recorded on this computer.",
  "home.remove.typeName": "Type the wallet's name to confirm: {name}",
  "home.remove.confirm": "Remove from this computer",
  "home.remove.keep": "Keep it",
  "home.onlyCopy.title": "“{name}” is the only copy",
  "home.onlyCopy.before": "Before removing it, write the words down, or make a set of cards and check them after printing.",
  "home.onlyCopy.show": "Show the words",
  "home.onlyCopy.backup": "Make cards first",
  "home.onlyCopy.remove": "Remove it anyway: I have another copy",

  // ---- Saving a wallet in the keychain (wizard and recovery) ----
  "wallets.replace.label": "To replace it, type the fingerprint of the wallet saved as “{name}”",
  "wallets.replace.button": "Replace “{name}”",

  // ---- The ten BIP-39 word lists, by the name a person reads ----
  "words.list.english": "English",
  "words.list.spanish": "Spanish (español)",
  "words.list.french": "French (français)",
  "words.list.italian": "Italian (italiano)",
  "words.list.portuguese": "Portuguese (português)",
  "words.list.czech": "Czech (čeština)",
  "words.list.japanese": "Japanese (日本語)",
  "words.list.korean": "Korean (한국어)",
  "words.list.chinese_simplified": "Chinese, simplified (简体中文)",
  "words.list.chinese_traditional": "Chinese, traditional (繁體中文)",
  // First choice of the word-list menu when typing words one already has.
  "words.findFromWords": "Find it from the words",
  "words.listLabel": "Word list",
  "words.countLabel": "Number of words",
  // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
  "words.countOption": "{count} words",
  "words.noteDetect": "Heirloom finds the list from the words you type.",
  // {list}: a list's name, e.g. "Spanish (español)".
  "words.noteFound": "{list} words: the list was found from the words typed. If that is wrong, choose the list above.",
  "words.noteChosen": "Words are read in the {list} list.",
  // Under a word box. {words}: one or more suggested words, each a button, "A, B".
  "words.notOnList": "Not a word of the {list} list.",
  "words.notOnListSuggest": "Not a word of the {list} list. Did you mean {words}?",

  // ---- Backup wizard: shared ----
  "wizard.step.phrase": "Recovery phrase",
  "wizard.step.save": "Save on this computer",
  "wizard.step.cards": "Cards and holders",
  "wizard.step.passphrase": "Passphrase",
  "wizard.step.derive": "Making the cards",
  "wizard.step.ready": "Cards ready",
  "wizard.timedOut.notice": "This took too long; for safety the words were forgotten. Start again.",
  "wizard.timedOut.explain": "No card was made with them. Heirloom keeps a recovery phrase in memory only while it is in use: after 15 minutes without use it is wiped, so that it is not left behind on a computer nobody is watching. A wallet already saved on this computer is still saved.",

  // ---- Backup wizard, step 1: the phrase ----
  "wizard.phrase.title": "A new recovery phrase",
  "wizard.phrase.intro": "Heirloom makes the phrase from this computer's secure random numbers. The cards you make later are its backup.",
  "wizard.phrase.howMany": "How many words?",
  "wizard.phrase.words12": "12 words",
  "wizard.phrase.words24": "24 words (more common for large amounts)",
  "wizard.phrase.dice.summary": "Add dice rolls (optional)",
  "wizard.phrase.dice.label": "Roll a die and type each roll (a number from 1 to 6). They are mixed with the computer's randomness, so the phrase is at least as random as either.",
  "wizard.phrase.create": "Create the phrase",
  // {fingerprint}: 8 characters, e.g. "d6defbaa".
  "wizard.phrase.regenerate.ask": "Make a different phrase? The phrase made a moment ago (fingerprint {fingerprint}) will be forgotten. If you wrote its words down, cross that paper out: these cards will not back it up.",
  "wizard.phrase.regenerate.confirm": "Make a different phrase",
  "wizard.phrase.regenerate.keep": "Keep this phrase",
  "wizard.phrase.listNote": "Many wallet apps accept only English words. Choose {list} words only if your wallet app accepts them; the cards bring back the same words in the same list.",
  // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
  "wizard.summary.line": "{count} words, {list} list. Wallet fingerprint: {fingerprint}",
  "wizard.summary.fingerprintNote": "The fingerprint names the wallet without revealing it; wallets like Sparrow show the same eight characters.",
  "wizard.summary.show": "Show the words",
  "wizard.summary.hide": "Hide the words",
  "wizard.written.title": "Write the words down",
  "wizard.written.intro": "Write the {count} words on paper, in order, with their numbers, and keep the paper somewhere safe. Your wallet app asks for these words, and the cards you make next give back exactly these words.",
  // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
  "wizard.written.readBack": "Without looking at the screen, read these words from your paper: {words}.",
  "wizard.written.wordRef": "word {n}",
  "wizard.written.done": "I have written them down",
  "wizard.written.skip": "I won't write them down",
  "wizard.written.skipWarning": "Then the cards you make next are the only backup of this wallet (with this computer's keychain, if you save it there). If the computer breaks and too many cards or the passphrase are lost, the wallet and its money are lost for ever.",
  "wizard.written.skipConfirm": "I understand: the cards are the only backup",
  "wizard.import.title": "Type your recovery phrase",
  "wizard.import.intro": "Type each word in order, in whichever of the ten standard word lists your words are: Heirloom finds the list from the words, or choose it. The first four letters of a word are enough, and Spanish and French words may be typed without accents.",
  "wizard.import.check": "Check the words",
  "wizard.import.empty": "Word {n} is empty. Type all {count} words in order.",
  // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
  "wizard.import.otherWallet": "These words are of the wallet with fingerprint {found}, but {set} is a backup of the wallet with fingerprint {expected}. A new set can only replace a set of the same wallet: check each word against your paper.",
  "wizard.imported.title": "The phrase is valid",
  "wizard.imported.check": "Check that this fingerprint is the one your wallet shows before you go on.",

  // ---- Backup wizard, step 2: save on this computer ----
  "wizard.save.title": "Save on this computer?",
  "wizard.save.intro": "Keep the phrase in this computer's keychain, so you can make new cards later without typing it again. It stays encrypted by your login.",
  // The wallet name offered at first.
  "wizard.save.defaultName": "My wallet",
  "wizard.save.skip": "Don't save",
  "wizard.save.continueWithout": "Continue without saving",
  "wizard.save.already": "This wallet is already saved on this computer as “{name}”; it was not saved twice.",

  // ---- Backup wizard, step 3: cards and holders ----
  "wizard.cards.title": "How many cards?",
  "wizard.cards.countLabel": "Cards to print",
  "wizard.cards.thresholdLabel": "Cards needed to recover",
  // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
  "wizard.cards.tn.any": "Any {t} of these {n} cards and the passphrase bring the wallet back.",
  "wizard.cards.tn.reveal": { one: "{count} card reveals nothing.", other: "{count} cards reveal nothing." },
  "wizard.cards.tn.noneLost": "Losing any card loses the wallet.",
  "wizard.cards.tn.lost": { one: "Up to {count} card can be lost without losing the wallet.", other: "Up to {count} cards can be lost without losing the wallet." },
  "wizard.cards.allNeeded": "With {n} of {n}, every card is needed: if any one card is lost, burnt or thrown away, the wallet is lost for ever.",
  "wizard.cards.allAck": "I understand that losing any one card loses the wallet",
  "wizard.cards.useFewer": "Use any {t} of {n} instead",
  "wizard.cards.useMore": "Make 3 cards, any 2 recover, instead",
  "wizard.cards.holdersTitle": "Who keeps each card?",
  "wizard.cards.holdersHint": "Printed on the card, so the family knows whom to ask. Optional; a name takes up to {name} characters, a place up to {place}.",
  // aria-labels of the two boxes of a card's row.
  "wizard.cards.holderName": "Card {n}: who keeps it",
  "wizard.cards.holderPlace": "Card {n}: where it is kept",
  "wizard.cards.labelLabel": "A name for this set of cards (up to {limit} characters)",
  // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
  "wizard.cards.defaultLabel": "{wallet} {year}",
  // The wallet's name in the label above when it has none.
  "wizard.cards.defaultWallet": "Wallet",
  // A new set's name when the set it replaces has the same one.
  "wizard.cards.newSetLabel": "{label} (new set)",
  // {set}: the old set's name; {made}: its date.
  "wizard.reissue.note": "This new set replaces {set} (made {made}, any {t} of {n}). The new cards cannot be mixed with the old ones. {set} stays active until the new cards are printed and checked; only then is it marked retired, and only then should its cards be collected and destroyed.",
  "wizard.reissue.typePhrase": "Its wallet is not saved on this computer, so type the wallet's recovery phrase: Heirloom checks that it is the same wallet.",

  // ---- Backup wizard, step 4: the passphrase ----
  "wizard.pass.title": "The passphrase",
  "wizard.pass.intro": "The cards are locked with this passphrase. Write these six words on paper now. Keep the paper apart from the cards: someone who finds enough cards still needs it.",
  "wizard.pass.written": "I have written them down",
  "wizard.pass.showAgain": "Show the words again",
  "wizard.pass.retypeLabel": "Type the six words from your paper, with spaces between them",
  "wizard.pass.custom.summary": "Choose my own passphrase instead",
  "wizard.pass.custom.label": "Your passphrase",
  "wizard.pass.custom.use": "Use this passphrase",
  // {bits}: a whole number, the passphrase's strength.
  "wizard.pass.custom.strong": "Strong enough: about {bits} bits.",
  "wizard.pass.custom.weak": "Too easy to guess: about {bits} bits, at least {floor} needed. Add more unrelated words.",
  "wizard.pass.custom.writeDown": "Write your passphrase on paper now, exactly: every letter, capital letters and spaces count. Then type it again from the paper.",
  "wizard.pass.custom.retypeLabel": "Your passphrase again, from the paper",
  "wizard.pass.custom.change": "Change the passphrase",

  // ---- Backup wizard, step 5: making the cards ----
  "wizard.derive.title": "Making the cards",
  "wizard.derive.intro": "Heirloom is locking each card with the passphrase. This takes about a second, on purpose: it makes guessing the passphrase slow for anyone else.",

  // ---- Backup wizard, step 6: cards ready ----
  "wizard.ready.title": "Your cards are ready",
  "wizard.ready.set": "Set",
  "wizard.ready.cards": "Cards",
  "wizard.ready.setId": "Set id",
  "wizard.ready.tn": "any {t} of {n}",
  // {problem}: why, in Rust's words (English).
  "wizard.ready.recordProblem": "The cards are made and work, but this computer's list of backup sets could not be updated: {problem}",
  "wizard.ready.recordProblemReissue": "The cards are made and work, but this computer's list of backup sets could not be updated: {problem} {set} was not marked retired.",
  "wizard.ready.reissueDone": "{set} is now marked retired, replaced by this set. Its cards still work. Once the new cards are handed out, collect the old cards and destroy them; the home screen lists who holds each one.",
  "wizard.ready.reissuePending": "Keep the cards of {set}: they are still the backup to rely on. It is retired only once these new cards are printed and checked below; until then both sets are active.",
  "wizard.ready.leaveWarning": "These cards are not checked yet. Until they are printed and checked, nobody can be sure that they bring the wallet back. The set waits at the top of the home screen as unfinished work; you can check the printed cards from there.",
  "wizard.ready.leaveWarningReissue": "These cards are not checked yet. Until they are printed and checked, nobody can be sure that they bring the wallet back, and {set} is not retired. The set waits at the top of the home screen as unfinished work; you can check the printed cards from there.",
  "wizard.ready.leave": "Leave without checking",
  "wizard.ready.stay": "Stay",
  // alt text of a card's QR code.
  "wizard.ready.qrAlt": "QR code of card {n}",
  "wizard.ready.cardTitle": "Card {n} of {count} — any {t} cards and the passphrase recover the wallet",
  "wizard.ready.cardFacts": "{label} · {date} · fingerprint {fingerprint}",
  // {name}: who keeps the card ("—" when nobody is named); {place}: where.
  "wizard.ready.keptBy": "Kept by {name}",
  "wizard.ready.keptByAt": "Kept by {name}, {place}",
  "wizard.ready.verified": "Verified: the printed cards were checked, every group of them.",
  "wizard.ready.notVerified": "Not verified yet: once the cards are printed, check them with the passphrase from your paper before handing them out.",
  "wizard.ready.saveTexts": "Save card texts…",
  // {place}: a folder's path.
  "wizard.ready.savedTexts": { one: "Saved {count} card text in {place}.", other: "Saved {count} card texts in {place}." },

  // ---- Printing ----
  "print.title": "Print the cards",
  "print.intro": "Each card as it will print. The PDF also has a one-page guide for your family and a one-page summary of the card format.",
  "print.paper": "Paper",
  "print.paper.a4": "A4",
  "print.paper.letter": "US Letter",
  "print.perPage": "Cards per page",
  "print.perPage.4": "4 (with cut marks)",
  "print.line": "A line to hand-write the passphrase",
  "print.line.first": "On card 1 only (a “key card”)",
  "print.line.none": "On no card",
  "print.line.every": "On every card",
  "print.previewAlt": "Card {n} as it will print",
  "print.pageAlt": "Page {n} of {count}",
  "print.savePdf": "Save PDF…",
  "print.savedPdf": "Saved the cards as {place}.",
  "print.savePictures": "Save card pictures…",
  "print.savedPictures": { one: "Saved {count} card picture in {place}.", other: "Saved {count} card pictures in {place}." },
  "print.print": "Print…",

  // ---- Checking the printed cards ----
  "verify.title": "Check the printed cards",
  "verify.intro": "Before handing the cards out, bring all {count} printed cards back: hold them to the camera, open photos or scans of them (a PDF works too), or type the text under a QR code. Then type the passphrase from your paper. Heirloom checks that every {t} of the cards recover this wallet (fingerprint {fingerprint}) with exactly what is written down, without showing the phrase.",
  "verify.cardsHeading": "The cards",
  "verify.cameraIntro": "Hold each card up to the camera, with the whole square code in view.",
  "verify.filesLabel": "Choose pictures or scans of the cards",
  "verify.passLabel": "The passphrase, exactly as written on your paper",
  "verify.checkNow": "Check the cards",
  "verify.notYet": "Not verified yet.",
  "verify.not": "Not verified.",
  "verify.noCards": "No cards yet. Bring back all {count}.",
  // {list}: card numbers, "1, 2, 4".
  "verify.cardsIn": "Cards checked: {list} of {count}.",
  "verify.allIn": "All {count} cards are in. Type the passphrase from your paper and press “Check the cards”.",
  // Over the camera picture. {list}: card numbers.
  "verify.flash": { one: "✓ Card {list} in", other: "✓ Cards {list} in" },
  "verify.typePass": "Type the passphrase exactly as it is written on your paper.",
  "verify.opening": "Opening the cards with the passphrase…",
  "verify.progress": "Checked {checked} of {total} groups of {t} cards…",
  "verify.done": "Verified: every group of cards, with the passphrase from your paper, gives back this wallet.",
  "verify.recorded": "This computer's record now says so.",
  "verify.retired": "The set it replaces is now retired: once the new cards are handed out, collect its cards and destroy them.",
} as const satisfies Record<string, Message>;
