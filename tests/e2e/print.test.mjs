// End to end: a 3-of-5 set made in the real window, previewed and saved as a PDF with the
// "Save PDF…" button (Rust opens the save dialog; WebDriver cannot drive it, so the test
// build reads the path chosen from a file the test writes, never from the page); the PDF,
// rasterised at 150 dpi, scans back with zbarimg to exactly the cards' texts. A path sent
// by a script in the page is never used. Screenshots and the rasterised pages go to
// $E2E_ARTIFACTS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { answerNextDialog, invoke, SHOTS, withApp } from "./webdriver.mjs";
import { confirmShownPassphrase } from "./wizard.mjs";
import { fakeCamera } from "./camera.mjs";

const SERVICE = process.env.HEIRLOOM_KEYCHAIN_SERVICE;

assert.ok(SERVICE && SERVICE !== "heirloom", "run through scripts/e2e.sh: it sets a keychain service of its own");

test("a 3-of-5 set previews, saves as a PDF and as pictures, every card scans back at 150 dpi, and the printed set verifies", async () => {
  await withApp("print", async (s) => {
    await (await s.find("#start-new")).click();
    await (await s.find("#create-phrase")).click();
    await s.waitText("#fingerprint", /^[0-9a-f]{8}$/);
    await (await s.find("#phrase-next")).click();
    // Not writing the words down is a choice, said plainly: the cards are then the only backup.
    await (await s.find("#skip-written")).click();
    await s.waitText("#skip-written-box", /the cards you make next are the only backup of this wallet/);
    await (await s.find("#confirm-skip-written")).click();
    const name = await s.find("#wallet-name");
    await name.clear();
    await name.type("Print Wallet");
    await (await s.find("#save-wallet")).click();
    await s.waitText("#tn-sentence", /Any 3 of these 5 cards/);
    await (await s.find("#holder-1")).type("Alice");
    await (await s.find("#place-1")).type("Lyon");
    await (await s.find("#cards-next")).click();
    const passphrase = await confirmShownPassphrase(s);
    await s.find("#card-5", 30000);

    // Previews: each card as it will print.
    await s.find("#card-previews img:nth-child(5)", 10000);
    assert.equal(await s.exec("return document.querySelectorAll('#card-previews img').length"), 5);
    assert.equal(
      await s.exec("return getComputedStyle(document.getElementById('print-view')).display"),
      "none",
      "the print view only shows on paper",
    );
    await s.exec("document.getElementById('print-title').scrollIntoView()");
    await s.screenshot(SHOTS, "print-01-previews");
    // The passphrase line: on the first card only by default (one "key card" at most, as
    // the family guide says); without it the first card's preview changes.
    assert.equal(await s.exec("return document.getElementById('print-passphrase-line').value"), "first");
    const before = await s.exec("return document.querySelector('#card-previews img').src");
    await s.exec("const c = document.getElementById('print-passphrase-line'); c.value = 'none'; c.dispatchEvent(new Event('change'));");
    for (let i = 0; i < 50; i++) {
      if ((await s.exec("return document.querySelector('#card-previews img').src")) !== before) break;
      await new Promise((f) => setTimeout(f, 100));
    }
    assert.notEqual(await s.exec("return document.querySelector('#card-previews img').src"), before);

    // "Print…" gives the print dialog the PDF's pages on the chosen paper: Letter, two
    // cards a page, so three card pages, the family guide and the format summary. The GTK
    // dialog itself can't be driven, so window.print only notes what it would print.
    await s.exec(
      `window.print = () => { window.__printed = Array.from(document.querySelectorAll('#print-view img.print-page')).map((i) => i.complete && i.naturalWidth > 0); };
       for (const [id, v] of [['print-paper', 'letter'], ['print-per-page', '2']]) {
         const c = document.getElementById(id); c.value = v; c.dispatchEvent(new Event('change'));
       }`,
    );
    await (await s.find("#print-cards")).click();
    let printed = null;
    for (let i = 0; i < 100 && !printed; i++) {
      printed = await s.exec("return window.__printed ?? null");
      if (!printed) await new Promise((f) => setTimeout(f, 100));
    }
    assert.deepEqual(printed, [true, true, true, true, true], "five pages, each decoded before printing");
    assert.match(await s.exec("return document.getElementById('print-page-style').textContent"), /@page \{ size: letter portrait; margin: 0; \}/);
    assert.match(await s.exec("return document.querySelector('#print-view img').src"), /^data:image\/svg\+xml;base64,/);

    const texts = [];
    for (let i = 1; i <= 5; i++) texts.push(await (await s.find(`#card-${i}`)).attr("data-text"));
    const setId = await (await s.find("#set-id")).text();

    // A script in the page cannot choose where a file goes: the path it sends is not even
    // read, and with no answer in the dialog nothing is written anywhere.
    const forced = join(SHOTS, "forced-by-the-page.pdf");
    answerNextDialog(null);
    const none = await invoke(s, "save_cards_pdf", { setId, path: forced, paper: "letter", perPage: 2, passphraseLine: "first" });
    assert.equal(none, null, "a closed dialog: nothing happened");
    assert.equal(existsSync(forced), false, "nothing written where the page said");

    // The PDF, with "Save PDF…": 2 cards a page on Letter, where the save dialog says.
    const pdf = join(SHOTS, "print-cards.pdf");
    answerNextDialog(pdf);
    await (await s.find("#save-pdf")).click();
    assert.equal(await s.waitText("#print-note", /^Saved the cards as /, 30000), `Saved the cards as ${pdf}.`);
    assert.equal(readFileSync(pdf).subarray(0, 4).toString(), "%PDF");
    await s.exec("document.getElementById('print-note').scrollIntoView({ block: 'center' })");
    await s.screenshot(SHOTS, "print-01b-saved-pdf");
    // Closing the dialog is no error: nothing is said, nothing is written.
    answerNextDialog(null);
    await (await s.find("#save-pdf")).click();
    await s.waitText("#save-pdf", /Save PDF/);
    for (let i = 0; i < 50 && (await s.exec("return document.getElementById('save-pdf').disabled")); i++) await new Promise((f) => setTimeout(f, 100));
    assert.equal(await s.exec("return document.getElementById('print-error').hidden"), true);

    execFileSync("pdftoppm", ["-r", "150", "-png", pdf, join(SHOTS, "print-page")]);
    const pages = readdirSync(SHOTS).filter((f) => /^print-page-\d+\.png$/.test(f)).sort();
    assert.equal(pages.length, 3 + 2, "three card pages, the family guide and the format summary");
    const found = new Set();
    for (const page of pages) {
      let out = "";
      try {
        out = execFileSync("zbarimg", ["--raw", "-q", join(SHOTS, page)], { encoding: "utf8" });
      } catch (e) {
        if (e.status !== 4) throw e; // 4: no code on the page (the guide, the summary)
      }
      for (const line of out.split("\n").map((l) => l.trim()).filter(Boolean)) found.add(line);
    }
    assert.deepEqual([...found].sort(), [...texts].sort(), "zbarimg reads every card, exactly");

    // "Save card pictures…": one PNG a card, in the folder the dialog gives.
    const pictures = join(SHOTS, "pictures");
    mkdirSync(pictures, { recursive: true });
    answerNextDialog(pictures);
    await (await s.find("#save-pictures")).click();
    assert.equal(await s.waitText("#print-note", /^Saved 5 card pictures/, 30000), `Saved 5 card pictures in ${pictures}.`);
    assert.deepEqual(readdirSync(pictures).sort(), [1, 2, 3, 4, 5].map((i) => `card-${i}.png`));

    // Check the printed cards: the rasterised pages go back in through the file input.
    assert.match(await (await s.find("#verify-state")).text(), /Not verified yet/);
    await (await s.find("#check-printed")).click();
    assert.match(await s.waitText("#verify-status", /\S/), /Not verified yet/);
    const pagePaths = pages.slice(0, 3).map((p) => join(SHOTS, p));
    await (await s.find("#verify-files-input")).type(pagePaths[0]);
    await s.waitText("#verify-cards", /Cards checked: 1, 2 of 5/, 30000);
    assert.match(await (await s.find("#verify-status")).text(), /Not verified yet/, "not before all five are in");
    await s.screenshot(SHOTS, "print-02-verify-partial");

    // Card 3 through the camera: a synthetic stream showing the saved picture of card 3
    // (saved above with "Save card pictures…") runs the real frame pipeline.
    const card3 = `data:image/png;base64,${readFileSync(join(pictures, "card-3.png")).toString("base64")}`;
    await fakeCamera(s, [card3], 0);
    await (await s.find("#verify-camera-toggle")).click();
    await s.waitText("#verify-cards", /Cards checked: 1, 2, 3 of 5/, 30000);
    await s.screenshot(SHOTS, "print-02b-verify-camera");
    assert.match(await (await s.find("#verify-status")).text(), /Not verified yet/);

    await (await s.find("#verify-files-input")).type(pagePaths.slice(1).join("\n"));
    await s.waitText("#verify-status", /All 5 cards are in\. Type the passphrase from your paper/, 60000);

    // The passphrase comes from the paper, typed afresh: the app kept no copy. A paper with
    // a wrong word does not verify.
    const paper = [...passphrase];
    paper[2] = paper[2] === "abandon" ? "ability" : "abandon";
    await (await s.find("#verify-passphrase")).type(paper.join(" "));
    await (await s.find("#verify-now")).click();
    await s.waitText("#verify-error", /passphrase is not right/, 60000);
    assert.doesNotMatch(await (await s.find("#verify-status")).text(), /Verified/);
    assert.equal(await s.exec("return document.getElementById('verify-status').dataset.verified ?? null"), null);
    await s.screenshot(SHOTS, "print-02c-verify-wrong-paper");
    await (await s.find("#verify-passphrase")).clear();
    await (await s.find("#verify-passphrase")).type(passphrase.join(" "));
    await (await s.find("#verify-now")).click();
    await s.waitText("#verify-status", /^Verified/, 60000);
    assert.equal(await s.exec("return document.getElementById('verify-status').dataset.verified"), "true");
    assert.match(await (await s.find("#verify-status")).text(), /passphrase from your paper.*record now says so/);
    // A success is said in green, never in the yellow of a warning.
    const colours = await s.exec("const st = getComputedStyle(document.getElementById('verify-status')); return [st.backgroundColor, st.color]");
    assert.deepEqual(colours, ["rgb(227, 242, 230)", "rgb(31, 111, 58)"], `verified is green: ${colours}`);
    await s.screenshot(SHOTS, "print-03-verified");
    await (await s.find("#verify-back")).click();
    assert.match(await s.waitText("#verify-state", /\S/), /^Verified/);
  });
});
