// The English catalogue: every string of the UI, and the words for every error kind. It is
// the source the other languages are translated from and typed against (catalogue.ts).
//
// For translators:
// - Keys are stable ids grouped by screen ("recovery.board.needed"); never rename a key in a
//   translation, only translate its value.
// - {name} is a placeholder: keep every one, with its name unchanged, anywhere in the
//   sentence your language needs it. Numbers are written the language's way by the app.
// - A value written { one: "…", other: "…" } is a plural: its form is chosen by {count}
//   with the language's plural rules (Intl.PluralRules). Use your language's categories:
//   ja and zh-Hans only `other`; de only `one` and `other`; es, fr, it, pt `one`, `many`
//   and `other` (`many` is for millions; the app uses `other` when it is missing, so
//   `one` and `other` suffice); fr `one` covers 0 and 1.
// - A comment above a key says where the words appear, and what a placeholder holds.
// - Quotation marks around names (“…”) are part of the text: use your language's own.
import type { Message } from "./format";

export const en = {
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
  "recovery.board.unplaced": "A typed card",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "added",
  "recovery.board.notIn": "not added",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "Remove card {n}",
  "recovery.board.removeTyped": "Remove typed card {n}",
  "recovery.board.removeUnplaced": "Remove the typed card",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "card {n}",
  "recovery.news.cards": "cards {list} and {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "Card {n}",
  "recovery.news.Cards": "Cards {list} and {last}",
  "recovery.news.added": "{cards} added.",
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
  "recovery.pass.help.retype": "Go back to the cards to type it again.",
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
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "Card {n}, group {group}: you typed {typed}, the card says {corrected}. Please check.",
  // What was typed, when nothing was.
  "recovery.result.nothing": "nothing",
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

  // ---- The record of backup sets (home screen) ----
  "sets.heading": "Your backup sets",
  "sets.none": "No backup set has been made on this computer yet.",
  // How a set is named: its label in quotation marks, else its id.
  "sets.name.label": "“{label}”",
  "sets.name.id": "set {id}",
  "sets.unnamed": "Unnamed set",
  "sets.interval.91": "three months",
  "sets.interval.182": "six months",
  "sets.interval.365": "twelve months",
  "sets.interval.730": "two years",
  "sets.interval.days": "{days} days",
  // Followed by the menu of the four periods above.
  "sets.interval.label": "Remind me when a set has not been checked for",
  "sets.keptAside": "Heirloom's list of backup sets on this computer was damaged, so it was set aside and a new, empty list started. Nothing was deleted: the old list is kept in {path}. Your cards are not affected.",
  "sets.wallet.saved": "Wallet “{name}” (fingerprint {fingerprint})",
  "sets.wallet.namedElsewhere": "Wallet “{name}”, fingerprint {fingerprint} — not saved on this computer",
  "sets.wallet.elsewhere": "Wallet fingerprint {fingerprint} — not saved on this computer",
  "sets.holder.card": "Card {n}:",
  "sets.holder.nobody": "no holder named",
  "sets.holder.lastChecked": "— last checked {date}",
  "sets.holder.notChecked": "— not checked yet",
  "sets.badge.retired": "Retired on {date}",
  "sets.badge.active": "Active",
  "sets.facts.made": "Made {made} · any {t} of {n} cards recover the wallet",
  "sets.facts.wallet": "{wallet} · set {id}",
  "sets.facts.verified": "Printed cards checked on {date}",
  "sets.facts.notVerified": "Printed cards not checked after printing",
  "sets.facts.checkup": "last card check-up {date}",
  "sets.facts.noCheckup": "no card check-up yet",
  // {period}: one of the sets.interval.* values.
  "sets.reminder": "Time for a check-up: no card of this set has been checked for over {period}. Ask each holder to show you their card, and use “Check a card” below.",
  "sets.retired.replacedBy": "Replaced by {set}.",
  "sets.retired.stillWorks": "Its cards still recover the wallet; recovery will warn that a newer set may exist.",
  "sets.changeHolders": "Change holders…",
  "sets.reissue": "Replace with a new set…",
  "sets.retire": "Retire this set…",
  "sets.holders.title": "Who keeps the cards of {set}?",
  "sets.holders.intro": "When a card changes hands or moves to another place, note it here, so that the family knows whom to ask. This changes only this computer's list: the names printed on the cards stay as they were. A name takes up to {name} characters, a place up to {place}.",
  // Under a wallet's name: {list} is its sets, "“Family 2026” (active) · …".
  "sets.ofWallet": "Sets: {list}",
  "sets.ofWallet.item": "{set} ({status})",
  "sets.ofWallet.itemDue": "{set} ({status}, check-up due)",
  "sets.status.active": "active",
  "sets.status.retired": "retired",
  "sets.ofWallet.none": "No backup set of this wallet is recorded here yet.",
  "sets.exported": { one: "Saved the list of {count} backup set to {place}. It holds names and dates, not the wallet.", other: "Saved the list of {count} backup sets to {place}. It holds names and dates, not the wallet." },
  // {count}: new sets; {updated}: sets updated.
  "sets.imported": { one: "Imported: {count} new set, {updated} updated.", other: "Imported: {count} new sets, {updated} updated." },
  "sets.checkCard": "Check a card",
  "sets.export": "Save this list…",
  "sets.import": "Add a list from another computer…",
  "sets.replacing": "This set replaces {old}, but its printed cards are not checked yet. Keep the cards of {old} until this set is checked; {old} is retired only then.",
  "sets.beingReplaced": "{set} is being made to replace this set, but its printed cards are not checked yet. Keep these cards: they are still the backup to rely on.",
  "sets.unfinished.heading": { one: "Unfinished: a set whose printed cards are not checked", other: "Unfinished: {count} sets whose printed cards are not checked" },
  "sets.unfinished.text": "Until the printed cards are brought back and checked with the passphrase from your paper, nobody can be sure they bring the wallet back. Do not hand them out before.",
  "sets.unfinished.facts": "made {made}, any {t} of {n}",
  "sets.unfinished.factsReplaces": "made {made}, any {t} of {n}, replaces an older set",
  // {names}: the sets' names.
  "sets.due": { one: "A set is due for a check-up: {names}.", other: "{count} sets are due for a check-up: {names}." },
  "sets.retireScreen.title": "Retire {set}?",
  "sets.retireScreen.text": "Retiring marks this set as no longer the one to use, for example after you made a new set or a card was lost. Nothing is deleted, and its cards still bring the wallet back: whenever one of them is scanned, Heirloom will warn that a newer set may exist.",
  "sets.retireScreen.instead": "To replace it with new cards, use “Replace with a new set…” instead: that makes the new set and retires this one in one step. Retire a set here when its cards should no longer be used, for example after a new set was made on another computer.",
  "sets.retireScreen.which": "Which new set replaces it?",
  "sets.retireScreen.noNew": "No new set (yet)",
  "sets.retireScreen.option": "{label}, made {made}",
  "sets.retireScreen.optionId": "Set {id}, made {made}",
  "sets.retireScreen.typeName": "Type the set's name to confirm: {name}",
  "sets.retireScreen.confirm": "Retire this set",
  "sets.retireScreen.keep": "Keep it active",

  // ---- Card check-up ----
  "checkup.title": "Check a card",
  "checkup.lead": "Make sure a card can still be read, and see which set it belongs to. No passphrase is needed, and nothing secret is shown. The date of the check-up is noted on this computer.",
  "checkup.cameraHeading": "Hold the card up to the camera",
  "checkup.filesHeading": "Or open a picture or scan of the card",
  "checkup.typedHeading": "Or type the card's text",
  "checkup.cameraIntro": "With the whole square code in view; a beep says it was read.",
  "checkup.filesLabel": "Choose a picture or scan",
  "checkup.add": "Check this text",
  "checkup.headLabel": "Card {n} of {count} of the set “{label}” is intact.",
  "checkup.headId": "Card {n} of {count} of set {id} is intact.",
  "checkup.anyT": "Any {t} of the {n} cards recover the wallet.",
  "checkup.explain.active": "This set is active: it is the one to use.",
  "checkup.explain.retired": "This set was retired on {date}: a newer set of cards may exist. This card still works, but it should be collected and destroyed once the new set is handed out.",
  "checkup.explain.unknown": "This computer has no record of this set (it may have been made on another computer). The card is readable; nothing was recorded.",
  // {status}: one of checkup.status.*; {explain}: one of checkup.explain.*.
  "checkup.statusLine": "Status: {status}. {explain}",
  "checkup.status.active": "active",
  "checkup.status.retired": "retired",
  "checkup.status.unknown": "unknown to this computer",
  "checkup.holder": "Recorded holder: {holder}.",
  "checkup.recorded": "Check-up recorded on {date}.",
  "checkup.noCard": "No card was found.",
  // Beside the camera picture. {status}: one of checkup.latestStatus.*.
  "checkup.latest": "✓ Card {n} of {set} is intact ({status}). Details below. Show the next card.",
  "checkup.latestStatus.active": "active",
  "checkup.latestStatus.retired": "retired: a newer set may exist",
  "checkup.latestStatus.unknown": "unknown to this computer",
  "checkup.latestProblem": "✗ {message}",
  "checkup.flashRead": "✓ Card {n} read",
  "checkup.flashBad": "✗ This card can't be read",

  // ---- Errors: one message per kind the app reports (src-tauri/src/error.rs). Details
  // arrive as placeholders; wording as in Rust's English messages. ----
  "error.unexpected": "Something unexpected went wrong. Nothing was lost; please try again.",
  "error.not_a_card": "This is not a Heirloom card. Check that you scanned or typed the code from a Heirloom shard card.",
  "error.typo": "Group {group} of the card text does not look right. Compare it with the card, character by character; if a character was left out or added, the groups after it will look wrong too.",
  "error.damaged": "Card {index} is damaged: it can't be read correctly. Scan it again, or type the text printed under the QR code.",
  "error.damaged.unknown": "This card is damaged: it can't be read correctly. Scan it again, or type the text printed under the QR code.",
  // {expected}, {found}: set ids, 16 characters.
  "error.other_set": "This card belongs to a different backup (set {found}) than the first card (set {expected}). Use only cards from one set.",
  // The other set named by its label, which this computer knows. {found_label}: the card's set; {expected_label}: the set of the cards already added.
  "error.other_set.named": "This card belongs to a different backup, '{found_label}', than the cards already added. Use only cards from one set.",
  "error.other_set.namedBoth": "This card belongs to a different backup, '{found_label}', than the cards already added ('{expected_label}'). Use only cards from one set.",
  "error.duplicate": "You already added card {index}. Add a different card.",
  // {count}: how many more cards are needed.
  "error.not_enough_cards": { one: "Not enough cards: you have {have}, any {need} recover the wallet; need {count} more card.", other: "Not enough cards: you have {have}, any {need} recover the wallet; need {count} more cards." },
  "error.wrong_passphrase": "The passphrase is not right for these cards. Check spelling and spaces, and try again.",
  "error.unsupported_version": "This card was made by a newer version of Heirloom (card format {version}). Install the latest Heirloom to read it.",
  "error.kdf_out_of_bounds": "This card asks for more computer memory or time than any real Heirloom card does, so it was refused. It may have been tampered with.",
  "error.bad_word_count": "A recovery phrase has 12, 15, 18, 21 or 24 words; this one has {count}.",
  "error.unknown_word": "Word {position} is not a recovery-phrase word. Check its spelling.",
  "error.bad_checksum": "The words are all valid, but they don't form a valid recovery phrase: one is probably wrong or out of order. Check each word against your backup.",
  "error.invalid_threshold": "Choose between 2 and 16 cards, and a number needed to recover between 2 and the number of cards (you chose {threshold} of {count}).",
  "error.invalid_kdf_params": "Key-derivation settings out of range: memory must be a power of two from 8 to 1024 MiB, passes 1 to 8, lanes 1 to 8.",
  "error.weak_passphrase": "This passphrase is too easy to guess. Use the six generated words, or a longer passphrase of several unrelated words.",
  "error.well_known_passphrase": "This is a well-known phrase that attackers try first; choose words of your own, or use the six generated words.",
  "error.empty_passphrase": "The passphrase is empty. Type the passphrase that was chosen when the cards were made.",
  "error.invalid_dice": "Dice rolls must be the digits 1 to 6 (spaces are ignored); roll at least {min} times.",
  "error.keychain_unavailable": "This computer's keychain can't be reached (it may be locked, or there is none). You can go on without saving the wallet on this computer.",
  "error.keychain_mismatch": "The keychain did not store the wallet correctly, so nothing was saved. Try again, or go on without saving.",
  "error.wallet_exists": "A wallet with this name is already saved on this computer. Choose another name, or confirm that you want to replace it.",
  // {saved}, {new}: fingerprints.
  "error.wallet_exists.named": "Another wallet is already saved as “{name}”: fingerprint {saved}. These words are the wallet with fingerprint {new}. Nothing was changed. Choose another name; or, to replace the saved wallet and delete its words from this computer, type its fingerprint {saved}.",
  "error.wallet_not_found": "There is no wallet with this name on this computer.",
  "error.invalid_wallet_name": "Give the wallet a name of 1 to 64 characters.",
  "error.unreadable_file": "Heirloom can't open this file. Check that it is still there and that you may read it.",
  "error.unreadable_image": "Heirloom can't read this file as a picture. Use a photo or scan saved as PNG, JPEG or PDF.",
  "error.pdf_without_pictures": "This PDF has no scanned pictures and no card text in it. Open the scan or photo of the cards instead, or type the text printed under each QR code.",
  "error.no_qr_code": "No QR code was found in this picture. Take it again with the whole card in view, in even light and in focus, or type the text printed under the QR code.",
  "error.card_too_large": "This card is too large to print as a reliable QR code. It was not made by this version of Heirloom; print its text instead.",
  "error.invalid_print_layout": "Choose 1 to 4 cards per page, at least one card, and a picture resolution from 72 to 1200 dpi.",
  "error.render_failed": "Heirloom could not draw the cards. Nothing was written; please report this problem.",
  "error.randomness": "This computer's random number generator failed. Nothing was created; try again.",
  "error.record_too_new": "The record of your backup sets was made by a newer version of Heirloom, so this version will not change it. Install the latest Heirloom.",
  // {kept}, {path}: a file's path.
  "error.record_damaged": "The record of your backup sets was damaged and could not be read. It was kept as {kept} and a new, empty record was started; nothing else was changed. If you saved a copy of the list with “Save this list…”, add it back with “Add a list from another computer…”.",
  "error.record_unavailable": "Heirloom can't read or save its record of backup sets at {path}. Check that the disk is not full and that you may write there.",
  "error.no_data_folder": "Heirloom can't find a folder for its own data on this computer, so it can't keep a record of backup sets.",
  "error.record_unreadable": "The record of your backup sets at {path} is damaged and could not be read; nothing was changed. If you saved a copy of the list with “Save this list…”, add it back with “Add a list from another computer…”: Heirloom then keeps the damaged file aside, next to it, and starts a new record (recording a new set does the same).",
  "error.record_busy": "Another Heirloom window or command is changing the record of backup sets. Try again when it has finished.",
  "error.data_folder_not_a_folder": "{path} is not a folder, so Heirloom can't keep its record of backup sets there. If HEIRLOOM_DATA_DIR is set, make it name a folder.",
  "error.record_file_too_large": "{path} holds more than a record of backup sets can (at most {limit_mb} MB, room for about 100,000 sets), so it was not read and nothing was changed. Choose a file saved with “Save this list…”.",
  "error.too_many_sets": "A record of backup sets holds at most {limit} sets, and this one would hold more, so nothing was changed.",
  "error.record_full": "The record of backup sets would grow beyond {limit_mb} MB, the most Heirloom reads back, so this change was not saved.",
  "error.duplicate_set_in_file": "This file lists backup set {set_id} more than once, which no list saved by Heirloom does. It may have been edited or damaged; nothing was imported.",
  // {reason}: another error message, saying why.
  "error.invalid_set_in_file": "Nothing was imported: backup set {set_id} in this file can't be recorded. {reason}",
  // One message per field: the set's label, the wallet's name, a holder's name, a place.
  "error.text_too_long.label": "The label is {chars} characters long; a label has at most {limit} characters. Shorten it.",
  "error.text_too_long.wallet_name": "The wallet name is {chars} characters long; a wallet name has at most {limit} characters. Shorten it.",
  "error.text_too_long.holder_name": "The holder's name is {chars} characters long; a holder's name has at most {limit} characters. Shorten it.",
  "error.text_too_long.place": "The place is {chars} characters long; a place has at most {limit} characters. Shorten it.",
  "error.control_character.label": "The label contains a line break, a tab or another control character. Use letters, digits, spaces and punctuation only.",
  "error.control_character.wallet_name": "The wallet name contains a line break, a tab or another control character. Use letters, digits, spaces and punctuation only.",
  "error.control_character.holder_name": "The holder's name contains a line break, a tab or another control character. Use letters, digits, spaces and punctuation only.",
  "error.control_character.place": "The place contains a line break, a tab or another control character. Use letters, digits, spaces and punctuation only.",
  // {character}: the character refused.
  "error.unprintable.label": "The label contains “{character}”, which Heirloom can't print on a card: none of its fonts has it, so it would come out as an empty box. Write the label without it, or leave that part out.",
  "error.unprintable.wallet_name": "The wallet name contains “{character}”, which Heirloom can't print on a card: none of its fonts has it, so it would come out as an empty box. Write the wallet name without it, or leave that part out.",
  "error.unprintable.holder_name": "The holder's name contains “{character}”, which Heirloom can't print on a card: none of its fonts has it, so it would come out as an empty box. Write the holder's name without it, or leave that part out.",
  "error.unprintable.place": "The place contains “{character}”, which Heirloom can't print on a card: none of its fonts has it, so it would come out as an empty box. Write the place without it, or leave that part out.",
  "error.not_a_record_file": "This file is not a Heirloom record of backup sets, or it is damaged. Choose a file saved with “Save this list…”.",
  "error.set_exists": "A different backup set {set_id} is already recorded; it was not replaced.",
  "error.set_not_found": "There is no backup set {set_id} in this computer's record. Check the set id: it is the 16 characters printed on each card.",
  "error.no_such_card": "This set has cards 1 to {count}; there is no card {index}.",
  "error.set_replaces_itself": "Set {set_id} can't replace itself. Name the new set that replaces it.",
  "error.invalid_check_interval": "A check-up reminder every {days} days is not possible: choose between one month and ten years.",
  "error.different_wallet": "These are the words or cards of the wallet with fingerprint {found}, but the wallet expected here has fingerprint {expected}. Check that you have the right cards or the right recovery phrase. A new set can only replace a set of the same wallet; for another wallet, make an ordinary new backup instead.",
  "error.wallet_already_saved": "This wallet (fingerprint {fingerprint}) is already saved on this computer as “{name}”, so it was not saved a second time.",
  "error.wallet_changed": "The wallet saved under this name is not the one you confirmed replacing (it may have just been changed). Nothing was replaced; look at the list of wallets and try again.",
  "error.picture_too_large": "This picture is {megapixels} megapixels; Heirloom reads pictures up to {limit} megapixels. Take a photo of the card instead, or scan at 300 dpi.",
  "error.scan_file_too_large": "This file is {megabytes} MB; Heirloom reads pictures and PDFs up to {limit} MB. Scan only the pages with cards, at 300 dpi, or take a photo of each card.",
  "error.too_many_pages": "Read the first {read} pages of {pages}; Heirloom reads up to {limit} pages of a file. Split the file or scan the cards separately.",
  "error.too_many_pictures": "Read the first {read} pages of {pages}; Heirloom reads up to {limit} pictures of a file. Split the file or scan the cards separately.",
  "error.scan_time_up": "Read {read} of the {pages} pages of this file in the {seconds} seconds Heirloom spends on one file. Split the file or scan the cards separately.",
  "error.scan_not_a_file": "This is not a picture or PDF file but a folder, a device or a pipe, so Heirloom did not read it. Open the photo or scan of the cards instead.",
  "error.scan_cancelled": "The scan was stopped; nothing from this file was added.",
  "error.too_many_cards": "A backup has at most {limit} cards, and {limit} are added already. Take out a card that was added by mistake first.",
  "error.expired": "This step has expired, so the words were cleared from memory. Please start this backup again.",
  "error.timed_out": "This took too long; for safety the words were forgotten. Start again.",
  "error.internal": "Something went wrong inside Heirloom, not with your cards or words. Nothing was changed. Please try again; if it happens again, close Heirloom, open it again, and report the problem.",
  // Checking printed cards with some missing: every card is checked, not T. {count}: cards in.
  "error.verify_needs_every_card": { one: "Checking the printed cards needs all {need} of them, and {count} is in. Bring back every card of the set: a card that is not checked is not proven.", other: "Checking the printed cards needs all {need} of them, and {count} are in. Bring back every card of the set: a card that is not checked is not proven." },
  // The passphrase typed back from paper: the word count differs ({typed} typed, {expected}
  // in the passphrase), or word {position} does.
  "error.passphrase_mismatch.count": { one: "You typed {count} word, but the passphrase has {expected}. Compare what you typed with your paper; no card has been made.", other: "You typed {count} words, but the passphrase has {expected}. Compare what you typed with your paper; no card has been made." },
  "error.passphrase_mismatch.word": "Word {position} is not the same as in the passphrase. Compare it with your paper, letter by letter, and correct the paper if it is wrong there; no card has been made.",
  // {list}: word positions, "3, 7".
  "error.written_words_differ": { one: "Word {list} on your paper is not the word of the phrase. Show the words again and correct your paper: the cards will give back the words shown, not the ones written.", other: "Words {list} on your paper are not the words of the phrase. Show the words again and correct your paper: the cards will give back the words shown, not the ones written." },
  "error.written_words_differ.none": "Type the words asked for from your paper.",
  "error.passphrase_not_confirmed": "Type the passphrase again from your paper first, so the cards are locked with exactly what is written down.",
  "error.not_shown_again": "A passphrase you chose yourself is not shown again. If you are not sure what you wrote down, choose it again.",
  "error.declined": "Nothing was shown.",
  "error.all_cards_needed": "With {count} of {count}, losing any one card loses the wallet for ever. Confirm that this is what you want, or choose a smaller number of cards needed.",
  "error.not_confirmed.replace_wallet": "To replace the saved wallet, type its fingerprint, {expected}, exactly. Nothing was changed.",
  "error.not_confirmed.remove_wallet": "Type the wallet's name exactly to confirm removing it.",
  "error.not_confirmed.retire_set": "Type the set's name exactly as shown to confirm retiring it.",
  "error.only_copy": "“{name}” is the only copy of this wallet on this computer, and no checked cards of it exist: no active backup set of it has been verified after printing. If you remove it and have no other copy, the wallet and its money are lost for ever.",
  "error.bad_set_id": "That is not a backup set id: it is the 16 characters printed on each card.",
  "error.io": "Could not write {path}: {reason}.",
  "error.file_appeared": "Nothing was saved: a file {path} appeared while the dialog was open, and Heirloom only replaces a file when you were asked. Save again.",
  "error.file_exists": "Nothing was saved: {folder} already has a file named {name}, and Heirloom never writes over a file. Choose an empty folder.",
} as const satisfies Record<string, Message>;

export type English = typeof en;
