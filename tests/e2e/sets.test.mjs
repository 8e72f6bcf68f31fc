// End to end: the record of backup sets in the real app window. A set made with the
// command line (recorded into this run's HEIRLOOM_DATA_DIR, shared with the app) shows on
// the home screen with its holders, and one made long ago carries a check-up reminder; a
// card check-up from a picture and from typed text says which set and card it is and
// records the date; the set is retired with a typed confirmation; and a recovery with a
// card of that set warns that it was retired (issue 6, "Done when"). A second test
// re-issues a set through the backup wizard (the old set retired in the same step),
// changes who holds a card, and checks cards through the camera. Screenshots go to
// $E2E_ARTIFACTS (sets-*.png).
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerNextDialog, chooseFiles, invoke, SHOTS, sleep, withApp } from "./webdriver.mjs";
import { confirmShownPassphrase } from "./wizard.mjs";
import { CLI, cardImage, dataUrl, grouped, withTypo } from "./cards.mjs";
import { fakeCamera } from "./camera.mjs";

assert.ok(process.env.HEIRLOOM_DATA_DIR, "run through scripts/e2e.sh: it sets a record folder of its own");

// The first set of the card format's test vectors: fixed texts.
const V = JSON.parse(readFileSync("tests/vectors/card-v1.json", "utf8")).valid[0];

let set; // { setId, texts }
let picture;
let codeGone;
let codeUnsure;

/** A 2-of-3 set made with the command line, recorded with its holders. */
function split(dir, label, holders, phrase = execFileSync(CLI, ["generate", "--words", "12"], { encoding: "utf8" }).trim()) {
  const out = join(dir, label.replace(/\W+/g, "-"));
  const r = spawnSync(
    CLI,
    ["split", "-t", "2", "-n", "3", "--out", out, "--label", label, ...holders.flatMap((x) => ["--holder", x]), "--kdf-memory-mib", "8", "--kdf-passes", "1"],
    { input: `${phrase}\n\n`, encoding: "utf8" },
  );
  assert.equal(r.status, 0, r.stderr);
  const setId = /Made set ([0-9a-f]+)/.exec(r.stderr)?.[1];
  assert.ok(setId, r.stderr);
  const texts = [1, 2, 3].map((i) => readFileSync(join(out, `card-${i}.txt`), "utf8").trim());
  const passphrase = /Passphrase \(write it down[^)]*\): (.+)/.exec(r.stderr)?.[1]?.trim();
  return { setId, texts, phrase, passphrase };
}

let fresh; // a newer set of Gran's wallet, which replaces "Gran 2026"
let old; // a set made long ago and never checked: due for a check-up
let eve; // a set of a wallet not saved in this computer's keychain, to be re-issued
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "heirloom-sets-e2e-"));
  old = split(dir, "Dad 2024", ["1=Carl"]);
  eve = split(dir, "Eve 2025", ["1=Ann, the desk", "2=Bob", "3=Cy, Lisbon"]);
  set = split(dir, "Gran 2026", ["1=Ann, the desk", "2=Bob, the bank box"]);
  fresh = split(dir, "Gran 2027", ["1=Ann"], set.phrase); // a re-issue: same wallet, new set
  // Back-date the old set in the record (the app is not running yet).
  const file = join(process.env.HEIRLOOM_DATA_DIR, "record.json");
  const record = JSON.parse(readFileSync(file, "utf8"));
  record.sets.find((x) => x.id === old.setId).made = "2024-01-15T10:00:00Z";
  // Eve's set: 200 days old, due only once the holder asks for a check-up every six months.
  const eveMade = new Date(Date.now() - 200 * 86400e3).toISOString().replace(/\.\d+Z$/, "Z");
  record.sets.find((x) => x.id === eve.setId).made = eveMade;
  writeFileSync(file, JSON.stringify(record, null, 2));
  picture = cardImage(join(dir, "card-1-scan.png"), [set.texts[0]], { category: "print-scan", seed: 31 });
  // A check-up reads a card from its printed text only when the reading is exact (no
  // passphrase, so no correction): a fixed card, the vector set's card 2, whose photo
  // (seed 3) Tesseract reads exactly. A card of a set made in this run would have a
  // different text each run, and a reading that needs correcting now and then.
  codeGone = cardImage(join(dir, "vector-card-2-qr-torn.jpg"), [V.cards[1]], { qrDestroyed: true, seed: 3 });
  // The same card photographed otherwise (seed 1): Tesseract loses three of its header's
  // groups, so the reading does not check and goes to the person to compare.
  codeUnsure = cardImage(join(dir, "vector-card-2-qr-torn-dim.jpg"), [V.cards[1]], { qrDestroyed: true, seed: 1 });
});

const shot = (s, name) => s.screenshot(SHOTS, `sets-${name}`);


test("see a set and its holders, check a card, retire the set, and be warned during recovery", async () => {
  await withApp("sets", async (s) => {
    // The home screen: the set, its holders, active, no check-up yet.
    const item = `#set-list li[data-set="${set.setId}"]`;
    await s.waitText(item, /Gran 2026/, 20000);
    const home = await (await s.find(item)).text();
    assert.match(home, /Active/);
    assert.match(home, /any 2 of 3 cards/);
    assert.match(home, /Card 1: Ann, the desk/);
    assert.match(home, /Card 2: Bob, the bank box/);
    assert.match(home, /no card check-up yet/);
    assert.doesNotMatch(home, /Time for a check-up/, "made today: no reminder");
    const due = await (await s.find(`#set-list li[data-set="${old.setId}"]`)).text();
    assert.match(due, /Made 2024-01-15/);
    assert.match(due, /Time for a check-up: no card of this set has been checked for over twelve months/);
    assert.match(due, /Card 1: Carl/);
    await s.waitText("#sets-due", /A set is due for a check-up: “Dad 2024”/);
    // With sets listed, recovery is still at the top, above the fold, for a family who
    // arrives with cards; the sets never checked after printing come next, as unfinished.
    const fold = await s.exec("const r = document.getElementById('start-recover').getBoundingClientRect(); return [r.bottom, window.innerHeight]");
    assert.ok(fold[0] < fold[1], `Recover is above the fold: ${fold}`);
    assert.match(await (await s.find("#unfinished")).text(), /Gran 2026.*Check the printed cards/s);
    await shot(s, "01-home-with-set");
    // Every screen opens at its top: scrolled down here, the check-up screen starts at 0.
    await s.exec("window.scrollTo(0, document.body.scrollHeight)");
    assert.ok((await s.exec("return window.scrollY")) > 0);
    await s.exec(`document.querySelector('#set-list li[data-set="${old.setId}"]').scrollIntoView()`);
    await shot(s, "01b-set-due-for-check-up");

    // Check-up from a picture of card 1: intact, the set, active, the date recorded.
    await (await s.find("#start-check")).click();
    await s.find("#check-files-input");
    assert.equal(await s.exec("return window.scrollY"), 0, "the new screen opens at its top");
    await shot(s, "02-check-up");
    await chooseFiles(s, "#check-files-input", [picture]);
    const today = new Date().toISOString().slice(0, 10);
    await s.waitText("#check-results", /Card 1 of 3 of the set “Gran 2026” is intact/, 60000);
    let results = await (await s.find("#check-results")).text();
    assert.match(results, /Status: active/);
    assert.match(results, new RegExp(`Check-up recorded on ${today}`));
    assert.match(results, /Recorded holder: Ann, the desk/);

    // Typed text: a typo is refused with the core's words; the right text checks card 2.
    await (await s.find("#check-card-text")).type(grouped(withTypo(set.texts[1], 3)));
    await (await s.find("#check-add-typed")).click();
    await s.waitText("#check-results .check-problem", /group 3/i);
    await (await s.find("#check-card-text")).clear(); // the mistyped text stays, to be corrected
    await (await s.find("#check-card-text")).type(grouped(set.texts[1]));
    await (await s.find("#check-add-typed")).click();
    await s.waitText("#check-results", /Card 2 of 3 of the set “Gran 2026” is intact/);

    // A photo of a card whose QR code is torn off: checked from its printed text (OCR), and
    // the person told that its code is damaged and a new set is due. It is a card of a set
    // this computer has no record of, named by its set's number.
    await chooseFiles(s, "#check-files-input", [codeGone]);
    await s.waitText("#check-results .check-printed", /could not be read; Heirloom read the text printed under it/, 90000);
    assert.match(await (await s.find("#check-results .check-printed")).text(), /make a new set of cards/);
    await s.waitText("#check-results", new RegExp(`Card 2 of 3 of set ${V.set_id.slice(0, 8)}[0-9a-f]* is intact`));
    await shot(s, "03-check-up-results");

    // Another photo of it, whose printed text is read but not for certain: what was read is
    // put in the typed box with the doubtful group marked, for the person to compare with
    // the card; corrected, it checks.
    await chooseFiles(s, "#check-files-input", [codeUnsure]);
    await s.waitText("#check-results .check-problem", /not for certain: group \d+ does not look right/, 90000);
    const unsure = await (await s.find("#check-results .check-problem")).text();
    assert.match(unsure, /What Heirloom read is now in the box under “Or type the card's text”/);
    assert.match(unsure, /make a new set of cards/);
    const doubtful = /group (\d+) does not look right/.exec(unsure)[1];
    const box = await s.exec("return document.getElementById('check-card-text').value");
    const boxGroups = box.split(" ");
    const cardGroups = grouped(V.cards[1]).split(" ");
    assert.equal(boxGroups.length, cardGroups.length, box);
    assert.notEqual(boxGroups[doubtful - 1], cardGroups[doubtful - 1], "the group named is wrong in the box");
    assert.deepEqual(boxGroups.slice(4), cardGroups.slice(4), "the rest is the card's own text");
    assert.equal(await (await s.find(`#check-group-marks li[data-group="${doubtful}"]`)).attr("data-state"), "bad");
    await s.waitText("#check-typed-hint", new RegExp(`Group ${doubtful} does not match the card`));
    await shot(s, "03b-check-up-reading-in-the-box");
    const checkedBefore = await s.exec("return document.querySelectorAll('#check-results .check-result[data-card=\"2\"]').length");
    await (await s.find("#check-card-text")).clear();
    await (await s.find("#check-card-text")).type(grouped(V.cards[1]));
    await (await s.find("#check-add-typed")).click();
    await s.waitValue("#check-card-text", ""); // emptied once the card is checked
    const checkedAfter = await s.exec("return document.querySelectorAll('#check-results .check-result[data-card=\"2\"]').length");
    assert.equal(checkedAfter, checkedBefore + 1, "the corrected reading checks as card 2");

    // Back home: the check-up dates are shown.
    await (await s.find("#check-done")).click();
    await s.waitText(item, new RegExp(`last card check-up ${today}`), 20000);
    assert.match(await (await s.find(`${item} li[data-card="1"]`)).text(), new RegExp(`last checked ${today}`));

    // Retire: a wrong name is refused, the set's name retires it.
    await (await s.find(`#retire-${set.setId}`)).click();
    await s.find("#confirm-set-label");
    await (await s.find("#confirm-set-label")).type("Gran");
    await (await s.find("#confirm-retire")).click();
    await s.waitText("#retire-error", /Type the set's name/);
    await (await s.find("#confirm-set-label")).clear();
    await (await s.find("#confirm-set-label")).type("Gran 2026");
    assert.equal(await s.exec("return document.getElementById('replaced-by').value"), fresh.setId, "the newer set of the same wallet is offered");
    await shot(s, "04-retire-confirm");
    await (await s.find("#confirm-retire")).click();
    await s.waitText(item, new RegExp(`Retired on ${today}`), 20000);
    assert.match(await (await s.find(item)).text(), /Replaced by “Gran 2027”/);
    await shot(s, "05-home-retired");

    // A check-up of a card of the retired set says so.
    await (await s.find("#start-check")).click();
    await (await s.find("#check-card-text")).type(set.texts[2]);
    await (await s.find("#check-add-typed")).click();
    await s.waitText("#check-results", /Status: retired/);
    await (await s.find("#check-done")).click();

    // Recovery: a card of the retired set still goes in, with the warning.
    await (await s.find("#start-recover", 20000)).click();
    await (await s.find("#way-typed")).click();
    await (await s.find("#card-text")).type(set.texts[0]);
    await (await s.find("#add-typed")).click();
    await s.waitText("#board-retired", new RegExp(`retired on ${today}.*still work`));
    await shot(s, "06-recovery-retired-warning");
  });
});

/** Types a phrase into the import screen, a word a box, and checks it. */
async function typePhrase(s, words) {
  const list = words.split(" ");
  for (let i = 1; i <= list.length; i++) {
    const box = await s.find(`#word-${i}`);
    await box.clear();
    await box.type(list[i - 1]);
  }
  await (await s.find("#import-check")).click();
}

test("re-issue a set through the wizard, change a holder, and check cards with the camera", async () => {
  await withApp("sets-reissue", async (s) => {
    const oldItem = `#set-list li[data-set="${eve.setId}"]`;
    await s.waitText(oldItem, /Eve 2025/, 20000);

    // The reminder period is the holder's choice: at six months, Eve's 200-day-old set is due.
    assert.doesNotMatch(await (await s.find(oldItem)).text(), /Time for a check-up/);
    assert.equal(await s.exec("return document.getElementById('check-interval').value"), "365");
    await s.exec("const c = document.getElementById('check-interval'); c.value = '182'; c.dispatchEvent(new Event('change'));");
    await s.waitText(oldItem, /Time for a check-up: no card of this set has been checked for over six months/, 20000);
    assert.equal(await s.exec("return document.getElementById('check-interval').value"), "182", "kept");

    // Re-issue. The wallet is not saved here, so its words are typed; another wallet's
    // words are refused before anything is made.
    await (await s.find(`#reissue-${eve.setId}`)).click();
    await s.waitText("#reissue-note", /replaces “Eve 2025”.*stays active until the new cards are printed and checked.*not saved on this computer, so type the wallet's recovery phrase/);
    const stranger = execFileSync(CLI, ["generate", "--words", "12"], { encoding: "utf8" }).trim();
    await typePhrase(s, stranger);
    await s.waitText("#import-error", /but “Eve 2025” is a backup of the wallet with fingerprint/);
    await shot(s, "07-reissue-other-wallet");
    await typePhrase(s, eve.phrase);
    await (await s.find("#phrase-next", 10000)).click();
    const name = await s.find("#wallet-name");
    await name.clear();
    await name.type("Eve");
    await (await s.find("#save-wallet")).click();

    // The cards step starts from the old set: 2 of 3, the same holders, a new label.
    await s.waitText("#reissue-note", /replaces “Eve 2025”/);
    assert.equal(await s.exec("return document.getElementById('card-count').value"), "3");
    assert.equal(await s.exec("return document.getElementById('threshold').value"), "2");
    const holder = (i) => s.exec(`return [document.getElementById('holder-${i}').value, document.getElementById('place-${i}').value]`);
    assert.deepEqual(await holder(1), ["Ann", "the desk"]);
    assert.deepEqual(await holder(3), ["Cy", "Lisbon"]);
    const year = new Date().getFullYear();
    assert.equal(await s.exec("return document.getElementById('set-label').value"), `Eve ${year}`);
    await shot(s, "08-reissue-cards");
    await (await s.find("#cards-next")).click();
    const passphrase = await confirmShownPassphrase(s);
    await s.find("#card-3", 60000);
    // Made, not yet proven: the old set stays active and the screen says to keep its cards.
    await s.waitText("#reissue-pending", /Keep the cards of “Eve 2025”: they are still the backup to rely on/);
    const newId = await (await s.find("#set-id")).text();
    const newTexts = [];
    for (let i = 1; i <= 3; i++) newTexts.push(await (await s.find(`#card-${i}`)).attr("data-text"));
    await shot(s, "09-reissue-ready");
    await (await s.find("#done")).click();
    await (await s.find("#leave-unverified")).click();
    const pending = await s.waitText(`${oldItem} .replacement-note`, /Keep these cards/, 20000);
    assert.match(pending, new RegExp(`“Eve ${year}” is being made to replace this set`));
    assert.match(await (await s.find(oldItem)).text(), /Active/);
    assert.match(await (await s.find(`#set-list li[data-set="${newId}"] .replacement-note`)).text(), /Keep the cards of “Eve 2025” until this set is checked/);
    assert.match(await (await s.find("#unfinished")).text(), new RegExp(`Eve ${year}`));
    await s.exec(`document.querySelector('${oldItem}').scrollIntoView()`);
    await shot(s, "09a-reissue-pending-home");

    // The new cards checked with the passphrase from paper: only now is the old set retired.
    await (await s.find(`#finish-${newId}`)).click();
    for (const t of newTexts) {
      await (await s.find("#verify-card-text")).type(t);
      await (await s.find("#verify-add-typed")).click();
      // Added: the field is emptied for the next card (typing on before that would mix the two).
      await s.waitValue("#verify-card-text", "");
    }
    await s.waitText("#verify-status", /All 3 cards are in/);
    await (await s.find("#verify-passphrase")).type(passphrase.join(" "));
    await (await s.find("#verify-now")).click();
    await s.waitText("#verify-status", /^Verified.*The set it replaces is now retired/, 60000);
    await (await s.find("#verify-done")).click();

    // Home: the old set retired in favour of the new one, which has the holders.
    const newItem = `#set-list li[data-set="${newId}"]`;
    await s.waitText(newItem, /Active/, 20000);
    const today = new Date().toISOString().slice(0, 10);
    assert.match(await (await s.find(oldItem)).text(), new RegExp(`Retired on ${today}`));
    assert.match(await (await s.find(oldItem)).text(), new RegExp(`Replaced by “Eve ${year}”`));
    assert.match(await (await s.find(newItem)).text(), /Card 2: Bob/);
    assert.match(await (await s.find(newItem)).text(), /Wallet “Eve”/);
    // The wallet, now saved here, lists its sets.
    const wallet = await (await s.find('#wallet-list li[data-wallet="Eve"]')).text();
    assert.match(wallet, new RegExp(`Sets: “Eve ${year}” \\(active\\) · “Eve 2025” \\(retired\\)`));
    await shot(s, "09b-home-after-reissue");
    assert.equal(await s.exec(`return document.getElementById('reissue-${eve.setId}')`), null, "a retired set is not re-issued again");

    // With the wallet now saved here, a re-issue goes straight to the cards step.
    await (await s.find(`#reissue-${newId}`)).click();
    await s.waitText("#reissue-note", new RegExp(`replaces “Eve ${year}”`));
    assert.deepEqual(await holder(2), ["Bob", ""]);
    await (await s.find("#cancel")).click();

    // A card changes hands: Bob's card 2 goes to Dora in Porto.
    await (await s.find(`#holders-${newId}`, 20000)).click();
    assert.equal(await s.exec("return document.getElementById('edit-holder-1').value"), "Ann");
    await (await s.find("#edit-holder-2")).clear();
    await (await s.find("#edit-holder-2")).type("Dora");
    await (await s.find("#edit-place-2")).type("Porto");
    await shot(s, "10-change-holders");
    await (await s.find("#save-holders")).click();
    await s.waitText(`${newItem} li[data-card="2"]`, /Card 2: Dora, Porto/, 20000);
    assert.match(await (await s.find(`${newItem} li[data-card="1"]`)).text(), /Card 1: Ann, the desk/);

    // Check-up through the camera: card 3 of the new set, then card 1 of the retired one.
    const newCard = cardImage(join(dir, "webcam-eve-new-3.png"), [newTexts[2]], { category: "webcam", seed: 41 });
    const oldCard = cardImage(join(dir, "webcam-eve-old-1.png"), [eve.texts[0]], { category: "webcam", seed: 42 });
    await (await s.find("#start-check")).click();
    await fakeCamera(s, [newCard, oldCard].map(dataUrl), 0);
    await (await s.find("#check-camera-toggle")).click();
    const newResult = `#check-results .check-result[data-set="${newId}"][data-card="3"]`;
    await s.waitText(newResult, new RegExp(`Card 3 of 3 of the set “Eve ${year}” is intact`), 60000);
    assert.match(await (await s.find(newResult)).text(), /Status: active/);
    assert.match(await (await s.find(newResult)).text(), /Recorded holder: Cy, Lisbon/);
    assert.match(await (await s.find("#check-camera-latest")).text(), new RegExp(`Card 3 of “Eve ${year}” is intact \\(active\\)`));
    await shot(s, "11-check-up-camera");
    await sleep(2000); // the card stays in view: it is answered once, not every frame
    assert.equal(await s.exec(`return document.querySelectorAll(arguments[0]).length`, [newResult]), 1);
    await s.exec("window.__fakeCamera.show = 1");
    const oldResult = `#check-results .check-result[data-set="${eve.setId}"][data-card="1"]`;
    await s.waitText(oldResult, /Status: retired/, 60000);
    assert.match(await (await s.find("#check-camera-latest")).text(), /Card 1 of “Eve 2025” is intact \(retired: a newer set may exist\)/);
    await shot(s, "12-check-up-camera-retired");
    await (await s.find("#check-done")).click();
    const states = await s.exec("return window.__fakeCamera.tracks.map((t) => t.readyState)");
    assert.ok(states.length && states.every((x) => x === "ended"), `camera tracks stopped: ${states}`);
    await s.waitText(`${newItem} li[data-card="3"]`, new RegExp(`last checked ${today}`), 20000);
  });
});

test("check the printed cards of a set made earlier, with its typed passphrase", async () => {
  await withApp("sets-verify", async (s) => {
    const item = `#set-list li[data-set="${fresh.setId}"]`;
    await s.waitText(item, /Printed cards not checked after printing/, 20000);
    await (await s.find(`#verify-${fresh.setId}`)).click();
    await s.find("#verify-passphrase");
    for (const t of fresh.texts) {
      await (await s.find("#verify-card-text")).type(t);
      await (await s.find("#verify-add-typed")).click();
      // Added: the field is emptied for the next card (typing on before that would mix the two).
      await s.waitValue("#verify-card-text", "");
    }
    await s.waitText("#verify-status", /All 3 cards are in\. Type the passphrase/);
    assert.match(await (await s.find("#verify-cards")).text(), /Cards checked: 1, 2, 3 of 3/);
    await (await s.find("#verify-passphrase")).type("not the right words at all");
    await (await s.find("#verify-now")).click();
    await s.waitText("#verify-error", /passphrase is not right/, 60000);
    await (await s.find("#verify-passphrase")).clear();
    await (await s.find("#verify-passphrase")).type(fresh.passphrase);
    await (await s.find("#verify-now")).click();
    await s.waitText("#verify-status", /^Verified.*record now says so/, 60000);
    await shot(s, "13-verify-earlier-set");
    await (await s.find("#verify-done")).click();
    const today = new Date().toISOString().slice(0, 10);
    await s.waitText(item, new RegExp(`Printed cards checked on ${today}`), 20000);
    assert.equal(await s.exec(`return document.getElementById('verify-${fresh.setId}')`), null, "verified: no button");
  });
});

test("the list of sets is saved and added through dialogs Rust opens; a path from the page is never used", async () => {
  await withApp("sets-export", async (s) => {
    await s.waitText("#set-list", /Gran 2026/, 20000);
    const count = await s.exec("return document.querySelectorAll('#set-list > li').length");
    const out = join(dir, "exported-sets.json");
    // "Save this list…": the file where the save dialog says, private to its owner.
    answerNextDialog(out);
    await (await s.find("#export-record")).click();
    assert.equal(
      await s.waitText("#sets-status", /^Saved the list/),
      `Saved the list of ${count} backup sets to ${out}. It holds names and dates, not the wallet.`,
    );
    assert.equal(statSync(out).mode & 0o777, 0o600);
    assert.equal(JSON.parse(readFileSync(out, "utf8")).sets.length, count);
    await s.exec("document.getElementById('sets-status').scrollIntoView({ block: 'center' })");
    await shot(s, "14-list-saved");

    // "Add a list from another computer…": the file the open dialog gives; the same list
    // adds nothing new.
    answerNextDialog(out);
    await (await s.find("#import-record")).click();
    await s.waitText("#sets-status", /^Imported: 0 new sets, 0 updated\.$/);

    // A closed dialog does nothing, and says nothing wrong.
    answerNextDialog(null);
    await (await s.find("#import-record")).click();
    for (let i = 0; i < 50 && (await s.exec("return document.getElementById('import-record').disabled")); i++) await sleep(100);
    assert.equal(await s.exec("return document.getElementById('sets-error').hidden"), true);

    // A script in the page sends paths of its own: not one is read or written.
    const forced = join(dir, "forced-by-the-page.json");
    answerNextDialog(null);
    assert.equal(await invoke(s, "export_record", { path: forced }), null);
    assert.equal(existsSync(forced), false, "nothing written where the page said");
    answerNextDialog(null);
    assert.equal(await invoke(s, "import_record", { path: out }), null, "nothing read from where the page said");
  });
});
