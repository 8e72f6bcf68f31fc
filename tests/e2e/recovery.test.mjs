// End to end: a family recovering a wallet from its cards in the real app window, through
// each of the three ways in (pictures and scans, typed text, the camera) and the ways it
// can go wrong. Card sets come from the command line; card pictures from the testkit's
// `card-image`. Screenshots of every step go to $E2E_ARTIFACTS (recovery-*.png).
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chooseFiles, invoke, SHOTS, sleep, withApp } from "./webdriver.mjs";
import { fakeCamera, noCamera } from "./camera.mjs";
import { blankImage, cardImage, dataUrl, grouped, makeSet, withTypo } from "./cards.mjs";

const SERVICE = process.env.HEIRLOOM_KEYCHAIN_SERVICE;

assert.ok(SERVICE && SERVICE !== "heirloom", "run through scripts/e2e.sh: it sets a keychain service of its own");

let A; // the family's set: 3 of 5
let B; // another backup's set: 2 of 3, "Dad 2025"
let C; // a set made on another computer (not in this computer's record): 2 of 3
// The first set of the card format's test vectors (2 of 3): fixed texts, so that the bent
// and torn pictures below are the same in every run.
const V = JSON.parse(readFileSync("tests/vectors/card-v1.json", "utf8")).valid[0];
const img = {};

before(() => {
  const dir = mkdtempSync(join(tmpdir(), "heirloom-recovery-e2e-"));
  A = makeSet(dir, { threshold: 3, count: 5, label: "Family 2026" });
  B = makeSet(dir, { threshold: 2, count: 3, label: "Dad 2025" });
  C = makeSet(dir, { threshold: 2, count: 3, label: "Aunt 2024", record: false });
  const p = (name) => join(dir, name);
  img.a1 = cardImage(p("card-1-scan.png"), [A.texts[0]], { category: "print-scan", seed: 11 });
  img.a3 = cardImage(p("card-3-phone-photo.jpg"), [A.texts[2]], { category: "phone-photo", seed: 12 });
  img.a5and3 = cardImage(p("cards-5-and-3-scanned.pdf"), [A.texts[4], A.texts[2]], { page: true, seed: 13 });
  img.a2torn = cardImage(p("card-2-torn.png"), [A.texts[1]], { corrupt: "header", seed: 14 });
  img.a2stained = cardImage(p("card-2-stained.png"), [A.texts[1]], { corrupt: "sealed", seed: 16 });
  img.b1 = cardImage(p("other-backup-card-1.png"), [B.texts[0]], { seed: 15 });
  img.blank = blankImage(p("no-card.png"));
  // A card bent around a cylinder, and a card whose QR code is torn, covered or painted over
  // but whose printed text is legible (the seeds are fixed: these are the pictures tested).
  img.vBent = cardImage(p("vector-card-1-bent.png"), [V.cards[0]], { category: "bent", seed: 1 });
  // Seed 2: Tesseract reads group 3 of this photo as SYT5N8 (the card says 9YT5N8), so the
  // reading stays on the board as read until the passphrase proves its correction.
  img.vTorn = cardImage(p("vector-card-2-qr-torn.jpg"), [V.cards[1]], { qrDestroyed: true, seed: 2 });
  // A long scan: 60 pages that each hold something a QR code could hide in, so that the
  // scanner reads every page and then looks closer at each, for its whole time budget.
  img.longScan = p("long-scan-60-pages.pdf");
  writeFileSync(img.longScan, greyPdf(60, 500, 700));
  // More pages than Heirloom reads: 130 blank pages.
  img.tooManyPages = p("scan-130-pages.pdf");
  writeFileSync(img.tooManyPages, greyPdf(130, 100, 140, { blank: true }));
  // What the camera sees: cards held up to a 1280×720 webcam.
  img.camA2 = cardImage(p("webcam-card-2.png"), [A.texts[1]], { category: "webcam", seed: 21 });
  img.camA4 = cardImage(p("webcam-card-4.png"), [A.texts[3]], { category: "webcam", seed: 22 });
  img.camA5 = cardImage(p("webcam-card-5.png"), [A.texts[4]], { category: "webcam", seed: 23 });
  img.camB2 = cardImage(p("webcam-other-backup.png"), [B.texts[1]], { category: "webcam", seed: 24 });
});

/**
 * A PDF as a scanner writes it, `pages` pages of one uncompressed grey picture each
 * (`w`×`h`): light paper with a pattern of dots that differs from page to page, or one
 * blank picture drawn on every page.
 */
function greyPdf(pages, w, h, { blank = false } = {}) {
  const parts = [Buffer.from("%PDF-1.4\n")];
  const offsets = [];
  let at = parts[0].length;
  const obj = (...chunks) => {
    offsets.push(at);
    for (const c of [`${offsets.length} 0 obj\n`, ...chunks, "\nendobj\n"]) {
      const b = Buffer.isBuffer(c) ? c : Buffer.from(c, "latin1");
      parts.push(b);
      at += b.length;
    }
  };
  const pictures = blank ? 1 : pages;
  const pageId = (i) => 3 + pictures + 2 * i;
  obj("<< /Type /Catalog /Pages 2 0 R >>");
  obj(`<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${pageId(i)} 0 R`).join(" ")}] /Count ${pages} >>`);
  for (let k = 0; k < pictures; k++) {
    const px = Buffer.alloc(w * h, 245);
    if (!blank) for (let i = (k * 7919) % 997; i < px.length; i += 997) px[i] = 120;
    obj(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${px.length} >>\nstream\n`, px, "\nendstream");
  }
  for (let i = 0; i < pages; i++) {
    const draw = "q 595 0 0 842 0 0 cm /Im Do Q";
    obj(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageId(i) + 1} 0 R /Resources << /XObject << /Im ${3 + (blank ? 0 : i)} 0 R >> >> >>`);
    obj(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  }
  const xref = at;
  const table = [`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)];
  parts.push(Buffer.from(`${table.join("")}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

const shot = (s, name) => s.screenshot(SHOTS, `recovery-${name}`);

async function openRecovery(s) {
  await (await s.find("#start-recover", 20000)).click();
  await s.waitText("#step-indicator", /Step 1 of 3/);
  await s.waitText("#board-count", /No cards yet/);
}

/** The card numbers on the board, as the slots show them. */
function cardsIn(s) {
  return s.exec("return Array.from(document.querySelectorAll('#board-cards li[data-in=yes]')).map((li) => Number(li.dataset.card))");
}

/** The news shown after the last action: [{kind, text}]. */
function news(s) {
  return s.exec("return Array.from(document.querySelectorAll('#recovery-news .news-item')).map((p) => ({ kind: p.dataset.kind, text: p.textContent }))");
}

async function waitNews(s, kind, re, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let last = [];
  while (Date.now() < deadline) {
    last = await news(s);
    const hit = last.find((n) => n.kind === kind && re.test(n.text));
    if (hit) return hit.text;
    await sleep(150);
  }
  throw new Error(`no ${kind} news matching ${re}; last: ${JSON.stringify(last)}`);
}

/** Opens files through the recovery's file input, and waits until they are read. */
async function openFiles(s, paths) {
  await chooseFiles(s, "#files-input", paths);
  // Reading is done when the busy note goes away.
  await sleep(200);
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline && (await s.exec("return !document.getElementById('files-busy')?.hidden"))) await sleep(100);
}

const valueOf = (s, id) => s.exec("return document.getElementById(arguments[0]).value", [id]);

async function typePassphraseWords(s, words) {
  for (let i = 0; i < words.length; i++) {
    const box = await s.find(`#pass-word-${i + 1}`);
    await box.clear();
    await box.type(words[i]);
  }
}

async function revealedWords(s) {
  await (await s.find("#reveal-words")).click();
  await s.waitText("#revealed-words", /\S/);
  return s.exec("return Array.from(document.querySelectorAll('#revealed-words li')).map((li) => li.textContent)");
}

async function phraseOnPage(s, words) {
  return s.exec("return document.body.innerText.includes(arguments[0]) || document.body.innerHTML.includes(arguments[0])", [words.join(" ")]);
}

test("recover from card pictures and a PDF scan, with a duplicate, another backup's card, a damaged card and a wrong passphrase", async () => {
  await withApp("recovery-files", async (s) => {
    await s.find("#start-recover", 20000);
    await shot(s, "files-00-home");
    await openRecovery(s);
    await (await s.find("#way-files")).click();
    await s.find("#files-drop");
    await shot(s, "files-01-empty-board");

    // Card 1, from a scan.
    await openFiles(s, [img.a1]);
    await waitNews(s, "added", /Card 1 added/);
    assert.deepEqual(await cardsIn(s), [1]);
    assert.equal(await s.waitText("#board-count", /1 of 3/), "1 of 3 cards");
    assert.match(await (await s.find("#board-needed")).text(), /2 more cards needed/);
    assert.match(await (await s.find("#board-set")).text(), new RegExp(`5 cards; any 3 .*${A.setId.slice(0, 8)}`));
    assert.match(await (await s.find("#board-label")).text(), /^“Family 2026”\s+made \d{4}-\d\d-\d\d$/, "the set's label and date, as this computer recorded them");

    // Card 3 from a phone photo, the same card 1 again, and a card of another backup, in one go.
    await openFiles(s, [img.a3, img.a1, img.b1]);
    await waitNews(s, "added", /card-3-phone-photo\.jpg: Card 3 added/);
    assert.match(await waitNews(s, "duplicate", /card-1-scan\.png: You already added card 1/), /Add a different card/);
    assert.match(await waitNews(s, "other_set", /different backup/), /belongs to a different backup, 'Dad 2025', than the cards already added \('Family 2026'\)/);
    assert.deepEqual(await cardsIn(s), [1, 3]);
    assert.equal(await (await s.find("#board-count")).text(), "2 of 3 cards");
    assert.equal(await (await s.find("#board-needed")).text(), "1 more card needed.");
    assert.equal(await (await s.find("#to-passphrase")).enabled(), false, "not enough cards to go on");
    await shot(s, "files-02-board-with-problems");

    // A card whose code reads but whose header is damaged, and a picture with no code.
    await openFiles(s, [img.a2torn, img.blank]);
    assert.match(await waitNews(s, "damaged", /card-2-torn\.png: This card is damaged/), /Scan it again, or type the text/);
    assert.match(await waitNews(s, "no_qr_code", /No QR code was found/), /no-card\.png/);
    assert.deepEqual(await cardsIn(s), [1, 3], "refused cards change nothing");
    await shot(s, "files-03-damaged-and-no-code");

    // Card 2 again, whose sealed part is damaged: no card can tell that without the passphrase.
    await openFiles(s, [img.a2stained]);
    assert.match(await waitNews(s, "added", /Card 2 added/), /enough cards/);
    assert.deepEqual(await cardsIn(s), [1, 2, 3]);
    assert.equal(await (await s.find("#board-count")).text(), "3 of 3 cards");
    assert.match(await (await s.find("#board-needed")).text(), /Enough cards/);
    await shot(s, "files-04-enough-cards");

    // A wrong passphrase opens no card: explained as the passphrase, not as damage.
    await (await s.find("#to-passphrase")).click();
    await s.waitText("#step-indicator", /Step 2 of 3/);
    const wrong = [...A.passphrase];
    wrong[3] = wrong[3] === "abandon" ? "ability" : "abandon";
    await typePassphraseWords(s, wrong);
    await shot(s, "files-05-passphrase");
    await (await s.find("#open-cards")).click();
    const wrongText = await s.waitText("#pass-error", /passphrase is not right/, 30000);
    assert.match(wrongText, /Check spelling/);
    assert.match(await (await s.find("#pass-help")).text(), /cards were all read correctly/);
    assert.equal(await s.exec("return document.getElementById('pass-error').dataset.kind"), "wrong_passphrase");
    await shot(s, "files-06-wrong-passphrase");

    // The right passphrase opens cards 1 and 3 but not 2: card 2 is named as damaged.
    await typePassphraseWords(s, A.passphrase);
    await (await s.find("#open-cards")).click();
    assert.match(await s.waitText("#pass-error", /Card 2 is damaged/, 30000), /type the text printed under the QR code/);
    assert.equal(await s.exec("return document.getElementById('pass-error').dataset.kind"), "damaged");
    assert.match(await (await s.find("#pass-help")).text(), /take card 2 out/i);
    await shot(s, "files-07-damaged-card-named");

    // Back to the cards: take card 2 out, and open a scanned page holding cards 5 and 3.
    await (await s.find("#back-to-cards")).click();
    await s.waitText("#board-count", /3 of 3/);
    await (await s.find("#way-files")).click();
    await (await s.find("#remove-card-2")).click();
    await s.waitText("#board-count", /2 of 3/);
    assert.deepEqual(await cardsIn(s), [1, 3]);
    await openFiles(s, [img.a5and3]);
    assert.match(await waitNews(s, "added", /Card 5 added/), /enough cards/);
    await waitNews(s, "duplicate", /already added card 3/);
    assert.deepEqual(await cardsIn(s), [1, 3, 5]);
    await shot(s, "files-08-page-with-two-cards");

    // The passphrase again, typed as the first four letters of each word.
    await (await s.find("#to-passphrase")).click();
    await typePassphraseWords(s, A.passphrase.map((w) => w.slice(0, 4)));
    await (await s.find("#pass-word-2")).click(); // leave the last box so it completes too
    assert.equal(await valueOf(s, "pass-word-1"), A.passphrase[0], "four letters complete to the list word");
    assert.equal(await valueOf(s, "pass-word-6"), A.passphrase[5]);
    await (await s.find("#open-cards")).click();

    // The result: fingerprint, words on request, SeedQR, saved in the keychain.
    assert.equal(await s.waitText("#fingerprint", /^[0-9a-f]{8}$/, 30000), A.fingerprint);
    const progress = Number(await s.exec("return document.getElementById('app').dataset.kdfProgress"));
    assert.ok(progress > 0, `key-derivation progress reached the window (highest: ${progress})`);
    assert.equal(await phraseOnPage(s, A.phrase), false, "the words are not shown before they are asked for");
    // This computer's record knows the set: the fingerprint is checked against it at once.
    assert.match(await s.waitText("#fingerprint-match", /\S/), new RegExp(`matches the fingerprint printed on your cards \\(${A.fingerprint}\\)`));
    assert.match(await (await s.find("#next-steps")).text(), /Move the money to a new wallet/);
    await shot(s, "files-09-result");
    assert.deepEqual(await revealedWords(s), A.phrase);
    await (await s.find("#show-seedqr")).click();
    await s.find("#seedqr");
    const seedqr = await s.exec("const i = document.getElementById('seedqr'); return { src: i.src.slice(0, 26), w: i.naturalWidth, shown: i.getBoundingClientRect().width }");
    assert.equal(seedqr.src, "data:image/svg+xml;base64,");
    assert.ok(seedqr.w > 0 && seedqr.shown > 100, `SeedQR is drawn: ${JSON.stringify(seedqr)}`);
    await shot(s, "files-10-result-revealed");
    await (await s.find("#reveal-words")).click();
    assert.equal(await phraseOnPage(s, A.phrase), false, "hiding the words takes them off the page");

    const name = await s.find("#wallet-name");
    await name.clear();
    await name.type("Family wallet");
    await (await s.find("#save-wallet")).click();
    await s.waitText("#saved-note", /Saved on this computer as “Family wallet”/);

    await (await s.find("#recovery-done")).click();
    await s.waitText("#wallet-list", /Family wallet/);
    assert.match(await (await s.find("#wallet-list")).text(), new RegExp(A.fingerprint));
    assert.equal(await phraseOnPage(s, A.phrase), false, "the phrase left the DOM with its screen");
  });
});

test("recover from typed card text: a typo is pointed out and fixed, a barcode scanner types a card, duplicates and other sets are refused", async () => {
  await withApp("recovery-typed", async (s) => {
    await openRecovery(s);
    await (await s.find("#way-typed")).click();
    const field = await s.find("#card-text");

    // Card 2 with one wrong character in group 4: the group is marked as it is typed.
    const typo = withTypo(A.texts[1], 4);
    await field.type(grouped(typo).toLowerCase());
    await s.waitText("#typed-hint", /Group 4 does not match the card/);
    const bad = await s.exec("return Array.from(document.querySelectorAll('#group-marks li[data-state=bad]')).map((li) => Number(li.dataset.group))");
    assert.deepEqual(bad, [4], "only group 4 is marked wrong");
    const good = await s.exec("return document.querySelectorAll('#group-marks li[data-state=good]').length");
    assert.ok(good >= 10, `the other complete groups are ticked (${good})`);
    assert.equal(await valueOf(s, "card-text"), grouped(typo), "the field shows the printed form: capitals, groups of six");
    await (await s.find("#add-typed")).click();
    assert.match(await waitNews(s, "typo", /Group 4 of the card text does not look right/), /character by character/);
    await shot(s, "typed-01-typo-pointed-out");

    // The wrong group is selected in the field: typing the right six characters fixes it.
    const sel = await s.exec("const i = document.getElementById('card-text'); return [i.selectionStart, i.selectionEnd]");
    assert.deepEqual(sel, [21, 27], "group 4 is selected");
    await field.type(A.texts[1].slice(18, 24));
    assert.equal(await valueOf(s, "card-text"), grouped(A.texts[1]));
    await s.waitText("#typed-hint", /^$/).catch(() => undefined);
    assert.equal(await s.exec("return document.querySelectorAll('#group-marks li[data-state=bad]').length"), 0);
    // Every group is ticked, the card's last one too, which is shorter than six when the
    // phrase has 12, 15, 21 or 24 words: nothing looks unfinished on a whole card.
    const groupCount = grouped(A.texts[1]).split(" ").length;
    const ticked = () => s.exec("return document.querySelectorAll('#group-marks li[data-state=good]').length");
    for (let i = 0; i < 50 && (await ticked()) !== groupCount; i++) await sleep(100);
    assert.equal(await ticked(), groupCount, "every group of the whole card is ticked");
    await field.type("\uE007"); // Enter
    await waitNews(s, "added", /Card 2 added/);
    assert.equal(await valueOf(s, "card-text"), "", "the field is empty for the next card");
    assert.deepEqual(await cardsIn(s), [2]);

    // A USB barcode scanner "types" the whole code and presses Enter.
    await field.type(`${A.texts[3]}\uE007`);
    await waitNews(s, "added", /Card 4 added/);
    assert.deepEqual(await cardsIn(s), [2, 4]);

    // The same card again, and a card from another backup.
    await field.type(`${A.texts[3]}\uE007`);
    assert.match(await waitNews(s, "duplicate", /You already added card 4/), /Add a different card/);
    await field.clear();
    await field.type(`${grouped(B.texts[1])}\uE007`);
    assert.match(await waitNews(s, "other_set", /belongs to a different backup/), /'Dad 2025', than the cards already added \('Family 2026'\)/);
    assert.deepEqual(await cardsIn(s), [2, 4]);
    assert.equal(await (await s.find("#board-count")).text(), "2 of 3 cards");
    await shot(s, "typed-02-board-with-other-set");

    await field.clear();
    await field.type(`${grouped(A.texts[0])}\uE007`);
    await waitNews(s, "added", /Card 1 added\. That is enough cards\./);
    await shot(s, "typed-03-enough");

    // A chosen-passphrase field works for the six words too.
    await (await s.find("#to-passphrase")).click();
    await (await s.find('label[for="pass-mode-text"]')).click();
    const text = await s.find("#pass-text");
    await text.type(`  ${A.passphrase.join("  ")} \uE007`);
    assert.equal(await s.waitText("#fingerprint", /^[0-9a-f]{8}$/, 30000), A.fingerprint);
    assert.deepEqual(await revealedWords(s), A.phrase);
    await shot(s, "typed-04-result");

    // The same wallet is already saved (the first test saved it as "Family wallet"; tests of
    // a file run in order): said so, and not saved a second time under another name.
    const name = await s.find("#wallet-name");
    await name.clear();
    await name.type("Family wallet 2");
    await (await s.find("#save-wallet")).click();
    await s.waitText("#saved-note", /already saved on this computer as “Family wallet”, so it was not saved again/);
    await shot(s, "typed-05-already-saved");

    // Leaving the result screen another way (back home) also clears the words.
    await (await s.find("#recovery-done")).click();
    await s.find("#start-recover");
    assert.equal(await phraseOnPage(s, A.phrase), false);
  });
});

test("typed cards with mistakes are kept as typed and corrected with the passphrase, only as the card proves, and the correction is shown", async () => {
  await withApp("recovery-corrected", async (s) => {
    await openRecovery(s);
    await (await s.find("#way-typed")).click();
    const field = await s.find("#card-text");
    const keepAsTyped = async (text, news) => {
      await field.clear();
      await field.type(`${grouped(text)}\uE007`);
      await s.waitText("#keep-typed-offer", /corrects one only when the card's own check proves it/);
      await (await s.find("#keep-typed")).click();
      return waitNews(s, "kept_typed", news);
    };

    // Card 3 with a wrong character in group 7: pointed out as before, then kept as typed.
    const typo3 = withTypo(A.texts[2], 7);
    await field.type(grouped(typo3));
    await (await s.find("#add-typed")).click();
    await waitNews(s, "typo", /Group 7 of the card text does not look right/);
    await shot(s, "corrected-01-offer-to-keep");
    await (await s.find("#keep-typed")).click();
    assert.match(await waitNews(s, "kept_typed", /Card 3 was added as you typed it/), /once you type the passphrase/);
    assert.equal(await valueOf(s, "card-text"), "", "the field is empty for the next card");
    assert.equal(await s.exec("return document.querySelector('#board-cards li[data-card=\"3\"]').dataset.in"), "typed");

    // Taken out and kept again: the board follows.
    await (await s.find("#remove-typed-1")).click();
    await waitNews(s, "removed", /Typed card 3 was taken out/);
    assert.equal(await (await s.find("#board-count")).text(), "No cards yet", "the board is empty again");
    await keepAsTyped(typo3, /Card 3 was added as you typed it/);

    // Card 5 with one character left out in group 9: every group after it shifts.
    const missing5 = A.texts[4].slice(0, 50) + A.texts[4].slice(51);
    await keepAsTyped(missing5, /Card 5 was added as you typed it\./);
    assert.equal(await (await s.find("#board-count")).text(), "2 of 3 cards");
    // Card 2 with a wrong character in each of groups 6 to 14: more than can be corrected
    // for certain. The other three are enough, so it is left out, and the result says so.
    const hopeless2 = [6, 7, 8, 9, 10, 11, 12, 13, 14].reduce((t, g) => withTypo(t, g), A.texts[1]);
    await keepAsTyped(hopeless2, /Card 2 was added as you typed it\./);
    await field.clear();
    await field.type(`${A.texts[0]}\uE007`);
    await waitNews(s, "added", /Card 1 added\./);
    assert.equal(await (await s.find("#board-count")).text(), "4 cards (3 needed)");
    await shot(s, "corrected-02-board-with-typed-cards");

    // A wrong passphrase corrects nothing, and is what the family hears about first.
    await (await s.find("#to-passphrase")).click();
    await typePassphraseWords(s, [...A.passphrase.slice(0, 5), A.passphrase[0]]);
    await (await s.find("#open-cards")).click();
    await s.waitText("#pass-error", /passphrase/i, 60000);
    assert.equal(await s.exec("return document.getElementById('pass-error').dataset.kind"), "wrong_passphrase");
    await s.waitText("#pass-help", /the typed cards are checked once it is right/);
    await shot(s, "corrected-03-wrong-passphrase-first");

    // The right one: the wallet is back, and each correction is shown group by group.
    await typePassphraseWords(s, A.passphrase);
    await (await s.find("#open-cards")).click();
    assert.equal(await s.waitText("#fingerprint", /^[0-9a-f]{8}$/, 60000), A.fingerprint);
    const shown = await s.exec("return Array.from(document.querySelectorAll('#correction-list li')).map((li) => ({ card: Number(li.dataset.card), group: Number(li.dataset.group), text: li.textContent }))");
    const g7 = (t) => t.slice(36, 42);
    assert.deepEqual(shown[0], { card: 3, group: 7, text: `Card 3, group 7: you typed ${g7(typo3)}, the card says ${g7(A.texts[2])}. Please check.` });
    assert.equal(shown[1].card, 5);
    assert.equal(shown[1].group, 9, "the character left out is reported in its group, not the shifted ones after it");
    assert.equal(shown[1].text, `Card 5, group 9: you typed ${missing5.slice(48, 53)}, the card says ${A.texts[4].slice(48, 54)}. Please check.`);
    assert.equal(shown.length, 2);
    const left = await s.exec("return Array.from(document.querySelectorAll('#left-out p')).map((p) => ({ card: p.dataset.card, text: p.textContent }))");
    assert.equal(left.length, 1);
    assert.equal(left[0].card, "2");
    assert.match(left[0].text, /^Card 2 was not used: .* the other cards were enough without it\. The wallet below is right\.$/);
    await s.exec("document.getElementById('corrections').scrollIntoView({ block: 'start' })");
    await shot(s, "corrected-04-result-with-corrections");
    assert.deepEqual(await revealedWords(s), A.phrase);
    await (await s.find("#recovery-done")).click();
    await s.find("#start-recover");
  });
});

test("recover through the camera: a synthetic camera stream runs the real frame-to-decoder pipeline", async () => {
  await withApp("recovery-camera", async (s) => {
    await s.find("#start-recover", 20000);
    // First a computer whose camera is refused: a plain message, and the other ways still work.
    await noCamera(s, "NotAllowedError");
    await openRecovery(s);
    const refused = await s.waitText("#camera-status", /not allowed to use the camera/);
    assert.match(refused, /open pictures of the cards, or type the text/);
    assert.equal(await (await s.find("#camera-toggle")).text(), "Try the camera again");
    await shot(s, "camera-01-refused");

    const kind = await fakeCamera(s, [img.camA2, img.camA4, img.camA5, img.camB2].map(dataUrl));
    assert.equal(kind, "function", "the webview can make a stream from a canvas");
    await (await s.find("#camera-toggle")).click();
    await s.find("#camera-select");
    await sleep(300);
    assert.equal(await s.exec("return document.getElementById('camera-status').hidden"), true, "the refusal message is gone");
    const playing = await s.exec("const v = document.getElementById('camera-video'); return !!v.srcObject");
    assert.ok(playing, "the preview shows the stream");

    const showCard = (k) => s.exec("window.__fakeCamera.show = arguments[0]", [k]);
    await showCard(0);
    await waitNews(s, "added", /Card 2 added/, 40000);
    assert.equal(await s.exec("return document.getElementById('camera-flash').textContent"), "✓ Card 2 added");
    await shot(s, "camera-02-card-read");

    await showCard(3);
    assert.match(await waitNews(s, "other_set", /different backup/, 40000), /'Dad 2025'/);
    assert.equal(await s.exec("return document.getElementById('camera-flash').textContent"), "✗ Card from another backup");
    await shot(s, "camera-03-other-backup");

    // The same card held up again is not news: nothing changes.
    await showCard(0);
    await sleep(1500);
    assert.deepEqual(await cardsIn(s), [2]);

    await showCard(1);
    await waitNews(s, "added", /Card 4 added/, 40000);
    await showCard(2);
    await waitNews(s, "added", /Card 5 added\. That is enough cards\./, 40000);
    assert.deepEqual(await cardsIn(s), [2, 4, 5]);
    await shot(s, "camera-04-enough");
    assert.equal(await s.exec("return window.__fakeCamera.calls"), 1, "the camera was opened once");

    // Leaving the screen turns the camera off.
    await (await s.find("#to-passphrase")).click();
    await s.waitText("#step-indicator", /Step 2 of 3/);
    const states = await s.exec("return window.__fakeCamera.tracks.map((t) => t.readyState)");
    assert.ok(states.length && states.every((x) => x === "ended"), `camera tracks stopped: ${states}`);

    await typePassphraseWords(s, A.passphrase);
    await (await s.find("#pass-word-6")).type("\uE007");
    assert.equal(await s.waitText("#fingerprint", /^[0-9a-f]{8}$/, 30000), A.fingerprint);
    await (await s.find("#show-seedqr")).click();
    await s.find("#seedqr");
    await shot(s, "camera-05-result-seedqr");
    assert.deepEqual(await revealedWords(s), A.phrase);
    await (await s.find("#recovery-done")).click();
    await s.find("#start-recover");
    assert.equal(await phraseOnPage(s, A.phrase), false);
  });
});

/** Types two cards of set C and its passphrase, and waits for the wallet. */
async function recoverUnknownSet(s, texts) {
  await openRecovery(s);
  await (await s.find("#way-typed")).click();
  const field = await s.find("#card-text");
  for (const t of texts) {
    await field.type(`${t}\uE007`);
    await sleep(200);
  }
  await s.waitText("#board-count", /2 of 2 cards/);
  await (await s.find("#to-passphrase")).click();
  await typePassphraseWords(s, C.passphrase);
  await (await s.find("#open-cards")).click();
  assert.equal(await s.waitText("#fingerprint", /^[0-9a-f]{8}$/, 30000), C.fingerprint);
}

test("a bent card, and a card whose QR code is torn off read from its printed text, recover the wallet", async () => {
  await withApp("recovery-damaged", async (s) => {
    await openRecovery(s);
    await (await s.find("#way-files")).click();
    await s.find("#files-drop");
    await openFiles(s, [img.vBent]);
    await waitNews(s, "added", /Card 1 added/);
    await shot(s, "damaged-01-bent-card");
    await openFiles(s, [img.vTorn]);
    assert.match(await waitNews(s, "printed", /Read from the text printed under the QR code/), /when you type the passphrase/);
    // On the board as read from the print, not as typed: the family typed nothing. Group 3
    // is one of the header's, so the card's number is not yet certain: listed under the
    // slots until the passphrase proves it.
    await s.waitText("#board-typed li[data-typed=\"1\"] .slot-holder", /checked with the passphrase/);
    const read = await s.exec("const li = document.querySelector('#board-typed li[data-typed=\"1\"]'); return { name: li.querySelector('.slot-name').firstChild.textContent, note: li.querySelector('.slot-holder').textContent, remove: li.querySelector('button').getAttribute('aria-label') }");
    assert.deepEqual(read, {
      name: "A card read from its printed text",
      note: "group 3 is checked with the passphrase",
      remove: "Remove the card read from its printed text",
    });
    assert.deepEqual(await cardsIn(s), [1]);
    await s.waitText("#board-needed", /Enough cards/);
    await shot(s, "damaged-02-torn-card-read-from-its-text");
    // Taken out, it is said to be the card read, which can be added again; then it is.
    await (await s.find("#remove-typed-1")).click();
    await waitNews(s, "removed", /The card read from its printed text was taken out\. You can add it again\.$/);
    await openFiles(s, [img.vTorn]);
    await s.waitText("#board-typed li[data-typed=\"1\"] .slot-name", /A card read from its printed text/);
    await (await s.find("#to-passphrase")).click();
    await typePassphraseWords(s, V.passphrase.split(" "));
    await (await s.find("#open-cards")).click();
    assert.equal(await s.waitText("#fingerprint", /^[0-9a-f]{8}$/, 30000), V.fingerprint);
    // The correction the card's tag proved, said as a reading, not as typing.
    assert.equal(await (await s.find("#corrections h3")).text(), "Heirloom corrected a card's text");
    const shown = await s.exec("return Array.from(document.querySelectorAll('#correction-list li')).map((li) => li.textContent)");
    assert.deepEqual(shown, [`Card 2, group 3: read as SYT5N8, the card says ${V.cards[1].slice(12, 18)}. Please check.`]);
    assert.deepEqual(await revealedWords(s), V.phrase.split(" "));
    await s.exec("document.getElementById('corrections').scrollIntoView({ block: 'start' })");
    await shot(s, "damaged-03-recovered");
  });
});

test("cards this computer does not know: the family compares the printed fingerprint, and a wrong one raises the alarm", async () => {
  await withApp("recovery-fingerprint", async (s) => {
    await recoverUnknownSet(s, C.texts.slice(0, 2));
    await s.waitText("#fingerprint-check", /Compare this with the fingerprint printed on your cards/);
    // A forged or mixed-up card would give back another wallet: the printed one differs.
    const other = C.fingerprint === "0badcafe" ? "deadbeef" : "0badcafe";
    await (await s.find("#printed-fingerprint")).type(other);
    await (await s.find("#compare-fingerprint")).click();
    const alarm = await s.waitText("#fingerprint-mismatch", /^Stop/);
    assert.match(alarm, new RegExp(`cards say the fingerprint is ${other}, but they gave back the wallet ${C.fingerprint}`));
    await shot(s, "fingerprint-01-mismatch-alarm");
    // A typing slip can be corrected: compare again with the right one.
    await (await s.find("#compare-again")).click();
    await (await s.find("#printed-fingerprint")).type(C.fingerprint.toUpperCase());
    await (await s.find("#compare-fingerprint")).click();
    await s.waitText("#fingerprint-match", /matches the fingerprint printed on your cards/);
    await shot(s, "fingerprint-02-match");
  });
});

test("a long scan shows its progress and can be cancelled; leaving the screen cancels it; a file over the page limit says how much was read", async () => {
  await withApp("recovery-scan-cancel", async (s) => {
    await openRecovery(s);
    await (await s.find("#way-files")).click();
    await s.find("#files-drop");

    // A long scan: progress page by page, and a Cancel button.
    await chooseFiles(s, "#files-input", [img.longScan]);
    const line = await s.waitText("#files-busy-line", /long-scan-60-pages\.pdf: (Reading page \d+ of 60|Looking closer at page \d+ \(\d+ of 60\))…/, 20000);
    assert.ok(line);
    assert.equal(await s.exec("return document.getElementById('files-busy').hidden"), false);
    assert.equal(await (await s.find("#files-busy-cancel")).text(), "Cancel");
    await shot(s, "scan-01-progress");
    // The scan goes on: the line moves.
    await s.waitText("#files-busy-line", /Looking closer at page \d+ \(\d+ of 60\)/, 20000);
    await shot(s, "scan-02-looking-closer");
    const pressed = Date.now();
    await (await s.find("#files-busy-cancel")).click();
    // Stopped at once, without alarm: a notice, nothing added.
    const said = await waitNews(s, "scan_cancelled", /Stopped\. Nothing from that file was added\./, 10000);
    assert.ok(Date.now() - pressed < 5000, `the scan stopped ${Date.now() - pressed} ms after Cancel`);
    assert.ok(said);
    assert.equal(await s.exec("return document.getElementById('files-busy').hidden"), true);
    assert.equal(await s.exec("return document.querySelector('#recovery-news .news-item').className"), "news-item notice");
    assert.deepEqual(await cardsIn(s), []);
    await shot(s, "scan-03-cancelled");

    // A card can be opened straight after.
    await openFiles(s, [img.a1]);
    await waitNews(s, "added", /Card 1 added/);
    assert.deepEqual(await cardsIn(s), [1]);

    // More pages than Heirloom reads, none with a card: it says so, how many pages it read,
    // and what to do.
    await openFiles(s, [img.tooManyPages]);
    assert.equal(
      await waitNews(s, "too_many_pages", /Read the first 100 pages of 130/),
      "! scan-130-pages.pdf: No card was found in the pages read. Read the first 100 pages of 130; Heirloom reads up to 100 pages of a file. Split the file or scan the cards separately.",
    );
    await shot(s, "scan-04-page-limit");

    // Leaving the screen in the middle of a scan stops it, and the files after it are not
    // read: card 1, next in line, never turns up on the new recovery's board.
    await chooseFiles(s, "#files-input", [img.longScan, img.a1]);
    await s.waitText("#files-busy-line", /File 1 of 2, long-scan-60-pages\.pdf: /, 20000);
    await shot(s, "scan-05-before-leaving");
    // Pressed from the page itself: WebDriver's click aims at where the button was a moment
    // before, and the progress line above it is changing several times a second.
    await s.exec("document.getElementById('cancel-recovery').click()");
    await s.find("#start-recover", 20000);
    await openRecovery(s);
    await sleep(12000); // longer than the scan's own time budget, and card 1 after it
    // The app's own board, not only the screen's: the old screen's reading stopped.
    assert.deepEqual((await invoke(s, "recovery_board", {})).cards, []);
    assert.deepEqual(await cardsIn(s), []);
    assert.equal(await (await s.find("#board-count")).text(), "No cards yet");
  });
});

test("keyboard only, and readable at 200% zoom on the recovery screens", async () => {
  await withApp("recovery-keyboard", async (s) => {
    await s.find("#start-recover", 20000);
    await noCamera(s, "NotFoundError");
    const key = (value) => [{ type: "keyDown", value }, { type: "keyUp", value }];
    const press = (value) => s.cmd("POST", "/actions", { actions: [{ type: "key", id: "kbd", actions: key(value) }] });
    const TAB = "\uE004";
    const ENTER = "\uE007";
    const tabTo = async (id) => {
      let focused = "";
      for (let i = 0; i < 30 && focused !== id; i++) {
        await press(TAB);
        focused = await s.exec("return document.activeElement && document.activeElement.id");
      }
      assert.equal(focused, id, `${id} is reachable with Tab`);
    };
    await tabTo("start-recover");
    await press(ENTER);
    await s.waitText("#step-indicator", /Step 1 of 3/);
    await s.waitText("#camera-status", /No camera was found/);
    await tabTo("way-typed");
    await press(ENTER);
    await tabTo("card-text");
    await s.cmd("POST", "/actions", {
      actions: [{ type: "key", id: "kbd", actions: [...A.texts[2]].flatMap(key).concat(key(ENTER)) }],
    });
    await waitNews(s, "added", /Card 3 added/);

    await s.exec("document.documentElement.style.zoom = '2'");
    await sleep(300);
    await shot(s, "keyboard-zoom-200-cards");
    const overflow = await s.exec("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the window at 200%`);
  });
});
