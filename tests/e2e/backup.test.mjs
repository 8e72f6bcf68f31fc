// End to end: the real app window, driven through tauri-driver and WebKitWebDriver under
// Xvfb, with a real Secret Service (scripts/e2e.sh sets all of that up). Screenshots of every
// step go to $E2E_ARTIFACTS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { invoke, SHOTS, withApp } from "./webdriver.mjs";
import { CLI } from "./cards.mjs";

const SERVICE = process.env.HEIRLOOM_KEYCHAIN_SERVICE;

assert.ok(SERVICE && SERVICE !== "heirloom", "run through scripts/e2e.sh: it sets a keychain service of its own");

function listItems(s, css) {
  return s.exec("return Array.from(document.querySelectorAll(arguments[0] + ' li')).map((li) => li.textContent)", [css]);
}

/** The words the Secret Service holds for a wallet (its entry is named by fingerprint and name). */
function storedPhrase(wallet, fingerprint) {
  return execFileSync("secret-tool", ["lookup", "service", SERVICE, "username", `wallet:${fingerprint}:${wallet}`], {
    encoding: "utf8",
  }).trim();
}

test("create a wallet, save it in the keychain, and make a 3-of-5 backup that the CLI combines", async () => {
  await withApp("create", async (s) => {
    await s.find("#start-new");
    await s.screenshot(SHOTS, "create-01-home");
    await (await s.find("#start-new")).click();

    await (await s.find('label[for="words-24"]')).click();
    await (await s.find("#create-phrase")).click();
    const fingerprint = await s.waitText("#fingerprint", /^[0-9a-f]{8}$/);
    await (await s.find("#reveal-words")).click();
    await s.waitText("#revealed-words", /\S/);
    const shownWords = await listItems(s, "#revealed-words");
    assert.equal(shownWords.length, 24);
    await s.screenshot(SHOTS, "create-02-phrase");
    // Pressed again, "Create the phrase" asks before the shown words are thrown away.
    await (await s.find("#create-phrase")).click();
    await s.waitText("#regenerate-box", new RegExp(`fingerprint ${fingerprint}\\) will be forgotten`));
    await s.screenshot(SHOTS, "create-02b-regenerate-asks");
    await (await s.find("#keep-phrase")).click();
    assert.equal(await (await s.find("#fingerprint")).text(), fingerprint, "the phrase was kept");
    await (await s.find("#phrase-next")).click();

    // The owner is asked three words back from their paper; a wrong one is named.
    await (await s.find("#written-down-phrase")).click();
    const asked = await s.exec("return Array.from(document.querySelectorAll('#written-quiz input')).map((i) => Number(i.id.slice(8)))");
    assert.equal(asked.length, 3);
    for (const [k, n] of asked.entries()) await (await s.find(`#written-${n}`)).type(k === 1 ? "zzzz" : shownWords[n - 1]);
    await (await s.find("#check-written")).click();
    await s.waitText("#written-error", new RegExp(`^Word ${asked[1]} on your paper is not the word of the phrase`));
    await s.screenshot(SHOTS, "create-02c-written-words-checked");
    await (await s.find(`#written-${asked[1]}`)).clear();
    await (await s.find(`#written-${asked[1]}`)).type(shownWords[asked[1] - 1]);
    await (await s.find("#check-written")).click();

    const name = await s.find("#wallet-name");
    await name.clear();
    await name.type("E2E Wallet");
    await s.screenshot(SHOTS, "create-03-save");
    await (await s.find("#save-wallet")).click();

    const sentence = await s.waitText("#tn-sentence", /Any 3 of these 5 cards/);
    assert.match(sentence, /2 cards reveal nothing/);
    assert.equal(
      await s.exec("return document.body.innerText.includes(arguments[0])", [shownWords.join(" ")]),
      false,
      "the phrase left the DOM with its screen",
    );
    await (await s.find("#holder-1")).type("Alice");
    await (await s.find("#place-1")).type("bank deposit box");
    await (await s.find("#holder-2")).type("Bob");
    // 5 of 5: one lost card loses the wallet. It takes an acknowledgement; 4 of 5 is offered.
    const pick = (id, v) => s.exec("const c = document.getElementById(arguments[0]); c.value = arguments[1]; c.dispatchEvent(new Event('change'));", [id, v]);
    await pick("threshold", "5");
    await s.waitText("#all-cards-box", /if any one card is lost.*the wallet is lost for ever/);
    assert.equal(await s.exec("return document.getElementById('cards-next').disabled"), true, "no cards without the acknowledgement");
    await s.screenshot(SHOTS, "create-04a-all-cards-needed");
    await (await s.find("#use-fewer")).click();
    await s.waitText("#tn-sentence", /Any 4 of these 5 cards/);
    await pick("threshold", "3");
    await s.waitText("#tn-sentence", /Any 3 of these 5 cards/);
    assert.equal(await s.exec("return document.getElementById('cards-next').disabled"), false);
    await s.screenshot(SHOTS, "create-04-cards");
    await (await s.find("#cards-next")).click();

    await s.waitText("#passphrase-words", /\S/);
    const passphrase = await listItems(s, "#passphrase-words");
    assert.equal(passphrase.length, 6);
    await s.screenshot(SHOTS, "create-05-passphrase");

    // A passphrase of one's own is typed twice: the paper says "blue roses", the first
    // typing had "blue rosses". Caught before any card is made.
    await (await s.find("#custom-passphrase summary")).click();
    await (await s.find("#custom-input")).type("blue rosses grow under the old pier at dawn");
    for (let i = 0; i < 50 && (await s.exec("return document.getElementById('use-custom').disabled")); i++) await new Promise((f) => setTimeout(f, 100));
    await (await s.find("#use-custom")).click();
    await (await s.find("#custom-retype")).type("blue roses grow under the old pier at dawn");
    await (await s.find("#confirm-custom")).click();
    await s.waitText("#custom-error", /^Word 2 is not the same as in the passphrase/);
    await s.screenshot(SHOTS, "create-05a-custom-typo-caught");
    assert.equal(await s.exec("return document.getElementById('card-1')"), null, "no card was made");
    await (await s.find("#custom-passphrase summary")).click();

    // The generated words: a wrong word is named; they can be shown again after a native
    // question (answered by the test build's HEIRLOOM_E2E_ANSWER).
    await (await s.find("#written-down")).click();
    const retype = await s.find("#passphrase-retype");
    await retype.type(passphrase.slice(0, 5).join(" ") + " wrong");
    await (await s.find("#confirm-passphrase")).click();
    await s.waitText("#pass-error", /^Word 6 is not the same as in the passphrase/);
    await (await s.find("#show-passphrase-again")).click();
    await s.waitText("#passphrase-words", /\S/);
    assert.deepEqual(await listItems(s, "#passphrase-words"), passphrase, "the same six words again");
    await s.screenshot(SHOTS, "create-05b-passphrase-shown-again");
    await (await s.find("#written-down")).click();
    await retype.clear();
    await retype.type(passphrase.join(" "));
    await (await s.find("#confirm-passphrase")).click();

    await s.find("#kdf-progress", 5000).catch(() => undefined);
    await s.screenshot(SHOTS, "create-06-deriving").catch(() => undefined);
    await s.find("#card-5", 30000);
    await s.screenshot(SHOTS, "create-07-ready");
    const progress = Number(await s.exec("return document.getElementById('app').dataset.kdfProgress"));
    assert.ok(progress > 0, `key-derivation progress reached the window (highest seen: ${progress})`);
    assert.equal(await (await s.find("#set-fingerprint")).text(), fingerprint);
    assert.equal(await (await s.find("#set-tn")).text(), "any 3 of 5");
    const texts = [];
    for (let i = 1; i <= 5; i++) texts.push(await (await s.find(`#card-${i}`)).attr("data-text"));
    assert.equal(new Set(texts).size, 5);

    // Three of the cards, through the command line, give the phrase the keychain holds.
    const stored = storedPhrase("E2E Wallet", fingerprint);
    assert.deepEqual(stored.split(" "), shownWords);
    const dir = mkdtempSync(join(tmpdir(), "heirloom-e2e-"));
    const files = [1, 3, 5].map((i) => {
      const f = join(dir, `card-${i}.txt`);
      writeFileSync(f, texts[i - 1] + "\n");
      return f;
    });
    const combined = execFileSync(CLI, ["combine", ...files], { input: passphrase.join(" ") + "\n", encoding: "utf8" }).trim();
    assert.equal(combined, stored);

    // Leaving before the printed cards are checked asks first; the set then waits at the
    // top of the home screen as unfinished work.
    await (await s.find("#done")).click();
    await s.waitText("#leave-box", /These cards are not checked yet/);
    await s.screenshot(SHOTS, "create-07b-leave-unverified");
    await (await s.find("#leave-unverified")).click();
    const listed = await s.waitText("#wallet-list", /E2E Wallet/);
    assert.match(listed, new RegExp(fingerprint));
    const unfinished = await s.waitText("#unfinished", /Unfinished/);
    assert.match(unfinished, new RegExp(`E2E Wallet ${new Date().getFullYear()}`));
    assert.ok(
      await s.exec("const u = document.getElementById('unfinished'); const w = document.getElementById('wallet-list'); return !!(u.compareDocumentPosition(w) & Node.DOCUMENT_POSITION_FOLLOWING)"),
      "unfinished work is above the wallets",
    );
    await s.screenshot(SHOTS, "create-08-home-with-wallet");

    // Removing the wallet: no checked cards exist, so it is the only copy; asked twice.
    await (await s.find(`#remove-${fingerprint}`)).click();
    await (await s.find("#confirm-name")).type("E2E Wallet");
    await (await s.find("#confirm-remove")).click();
    await s.waitText("#only-copy", /only copy of this wallet on this computer, and no checked cards of it exist/);
    await s.screenshot(SHOTS, "create-09-only-copy");
    await (await s.find("#only-copy-keep")).click();
    await s.waitText("#wallet-list", /E2E Wallet/);
    assert.equal(storedPhrase("E2E Wallet", fingerprint), stored, "kept");
  });
});

test("import a known phrase word by word and see its fingerprint", async () => {
  const words = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about".split(" ");
  await withApp("import", async (s) => {
    await (await s.find("#start-import")).click();
    await s.find("#word-12");
    // A checksum error first: twelve times "abandon".
    for (let i = 1; i <= 12; i++) await (await s.find(`#word-${i}`)).type("abandon");
    await (await s.find("#import-check")).click();
    await s.waitText("#import-error", /don't form a valid recovery phrase/);
    await s.screenshot(SHOTS, "import-01-checksum-error");

    // A typo with a suggestion, then the right word from the suggestion.
    const last = await s.find("#word-12");
    await last.clear();
    await last.type("abuot");
    await (await s.find("#word-11")).click();
    await (await s.find("#suggest-12-about")).click();
    await s.screenshot(SHOTS, "import-02-typo-suggestion");
    await (await s.find("#import-check")).click();
    assert.equal(await s.waitText("#fingerprint", /^[0-9a-f]{8}$/), "73c5da0a");
    await s.screenshot(SHOTS, "import-03-fingerprint");
    assert.equal(
      await s.exec("return document.querySelectorAll('#word-grid input').length"),
      0,
      "the typed words are gone from the page",
    );

    // Saved under the name of another wallet (the first test's): both fingerprints are
    // named, and only the saved wallet's fingerprint, typed, replaces it.
    await (await s.find("#phrase-next")).click();
    const name = await s.find("#wallet-name");
    await name.clear();
    await name.type("E2E Wallet");
    await (await s.find("#save-wallet")).click();
    const taken = await s.waitText("#wallet-exists", /Another wallet is already saved as “E2E Wallet”/);
    const old = /fingerprint ([0-9a-f]{8})\. These words/.exec(taken)?.[1];
    assert.ok(old && old !== "73c5da0a" && taken.includes("73c5da0a"), taken);
    await s.screenshot(SHOTS, "import-04-name-taken");
    await (await s.find("#replace-fingerprint")).type("73c5da0a");
    await (await s.find("#confirm-replace")).click();
    await s.waitText("#save-error", /type its fingerprint, [0-9a-f]{8}, exactly/);
    assert.equal(storedPhrase("E2E Wallet", old).split(" ").length, 24, "nothing replaced");
    await (await s.find("#replace-fingerprint")).clear();
    await (await s.find("#replace-fingerprint")).type(old);
    await (await s.find("#confirm-replace")).click();
    await s.waitText("#tn-sentence", /Any 3 of these 5 cards/);
    assert.equal(storedPhrase("E2E Wallet", "73c5da0a"), words.join(" "));
    assert.throws(() => storedPhrase("E2E Wallet", old), "the old words are gone once the new ones are saved");
  });
});

test("keyboard only, and readable at 200% zoom", async () => {
  await withApp("keyboard", async (s) => {
    await s.find("#start-new");
    // Tab from the top of the page to the first action and press Enter: no mouse.
    const key = (value) => [
      { type: "keyDown", value },
      { type: "keyUp", value },
    ];
    const TAB = "\uE004";
    const ENTER = "\uE007";
    let focused = "";
    for (let i = 0; i < 10 && focused !== "start-new"; i++) {
      await s.cmd("POST", "/actions", { actions: [{ type: "key", id: "kbd", actions: key(TAB) }] });
      focused = await s.exec("return document.activeElement && document.activeElement.id");
    }
    assert.equal(focused, "start-new", "the first action is reachable with Tab");
    await s.cmd("POST", "/actions", { actions: [{ type: "key", id: "kbd", actions: key(ENTER) }] });
    await s.waitText("#step-indicator", /Step 1 of 6/);
    assert.equal(await s.exec("return document.activeElement.tagName"), "H2", "focus moves to the new screen's heading");

    // 200% zoom: the layout reflows instead of running off the side.
    await s.exec("document.documentElement.style.zoom = '2'");
    await s.screenshot(SHOTS, "keyboard-zoom-200");
    const overflow = await s.exec("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the window at 200%`);
  });
});

test("a page that loads again takes every phrase and passphrase handle with it", async () => {
  await withApp("reload", async (s) => {
    await s.find("#start-new");
    // Handles as any script in the window could get them.
    const phrase = await invoke(s, "generate_phrase", { words: 12 });
    const pass = await invoke(s, "generate_passphrase", {});
    const words = await invoke(s, "reveal_phrase", { handle: phrase.handle }); // the test build's native "yes"
    assert.equal(words.length, 12);
    // A second phrase replaces the first: one live phrase at a time.
    const second = await invoke(s, "import_phrase", { text: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about" });
    await assert.rejects(invoke(s, "reveal_phrase", { handle: phrase.handle }), /"kind":"expired"/);

    await s.exec("window.__before = true; setTimeout(() => location.reload(), 0);");
    for (let i = 0; i < 100 && (await s.exec("return window.__before === true").catch(() => true)); i++) await new Promise((f) => setTimeout(f, 100));
    await s.find("#start-new");
    await assert.rejects(invoke(s, "reveal_phrase", { handle: second.handle }), /"kind":"expired"/);
    await assert.rejects(invoke(s, "show_passphrase_again", { handle: pass.handle }), /"kind":"expired"/);
    await s.screenshot(SHOTS, "reload-01-home-again");
  });
});
