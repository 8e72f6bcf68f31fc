// End to end: the real app window, driven through tauri-driver and WebKitWebDriver under
// Xvfb, with a real Secret Service (scripts/e2e.sh sets all of that up). Screenshots of every
// step go to $E2E_ARTIFACTS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Session } from "./webdriver.mjs";

const DRIVER = process.env.TAURI_DRIVER_URL ?? "http://127.0.0.1:4444";
const APP = resolve(process.env.HEIRLOOM_APP ?? "target/debug/heirloom-app");
const CLI = resolve(process.env.HEIRLOOM_CLI ?? "target/debug/heirloom");
const SHOTS = resolve(process.env.E2E_ARTIFACTS ?? "target/e2e-artifacts");
const SERVICE = process.env.HEIRLOOM_KEYCHAIN_SERVICE;

assert.ok(SERVICE && SERVICE !== "heirloom", "run through scripts/e2e.sh: it sets a keychain service of its own");

async function withApp(name, f) {
  const s = await Session.start(DRIVER, APP);
  try {
    await f(s);
  } catch (e) {
    await s.screenshot(SHOTS, `${name}-FAILED`).catch(() => undefined);
    throw e;
  } finally {
    await s.end();
  }
}

function listItems(s, css) {
  return s.exec("return Array.from(document.querySelectorAll(arguments[0] + ' li')).map((li) => li.textContent)", [css]);
}

function storedPhrase(wallet) {
  return execFileSync("secret-tool", ["lookup", "service", SERVICE, "username", `wallet:${wallet}`], {
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
    await (await s.find("#phrase-next")).click();

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
    await s.screenshot(SHOTS, "create-04-cards");
    await (await s.find("#cards-next")).click();

    await s.waitText("#passphrase-words", /\S/);
    const passphrase = await listItems(s, "#passphrase-words");
    assert.equal(passphrase.length, 6);
    await s.screenshot(SHOTS, "create-05-passphrase");
    await (await s.find("#written-down")).click();
    const retype = await s.find("#passphrase-retype");
    await retype.type(passphrase.slice(0, 5).join(" ") + " wrong");
    await (await s.find("#confirm-passphrase")).click();
    await s.waitText("#pass-error", /not the passphrase shown/);
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
    const stored = storedPhrase("E2E Wallet");
    assert.deepEqual(stored.split(" "), shownWords);
    const dir = mkdtempSync(join(tmpdir(), "heirloom-e2e-"));
    const files = [1, 3, 5].map((i) => {
      const f = join(dir, `card-${i}.txt`);
      writeFileSync(f, texts[i - 1] + "\n");
      return f;
    });
    const combined = execFileSync(CLI, ["combine", ...files], { input: passphrase.join(" ") + "\n", encoding: "utf8" }).trim();
    assert.equal(combined, stored);

    await (await s.find("#done")).click();
    const listed = await s.waitText("#wallet-list", /E2E Wallet/);
    assert.match(listed, new RegExp(fingerprint));
    await s.screenshot(SHOTS, "create-08-home-with-wallet");
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
    void words;
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
