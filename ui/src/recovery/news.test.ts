// What the recovery screen says after each card, from the app's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { BoardView, IpcError, ScanResult } from "../ipc";
import { cardList, filesNews, keptNews, resultNews, toneOf } from "./news";

const board = (over: Partial<BoardView> = {}): BoardView => ({
  set_id: "0c94c6e7aa01bb02", threshold: 3, count: 5, words: 12, cards: [], still_needed: 3, known: null, typed: [], ...over,
});
const duplicate: IpcError = { kind: "duplicate", details: { index: 4 }, message: "You already added card 4. Add a different card." };
const otherSet: IpcError = { kind: "other_set", details: { expected: "a", found: "b", expected_label: null, found_label: null }, message: "This card belongs to a different backup." };

test("card lists read as a sentence", () => {
  assert.equal(cardList([2]), "card 2");
  assert.equal(cardList([1, 3, 5]), "cards 1, 3 and 5");
});

test("added cards first, then each problem in its tone; enough is said once", () => {
  const res: ScanResult = { added: [1, 3], problems: [duplicate, otherSet], read_from_printed_text: false, board: board({ cards: [1, 3, 4], still_needed: 0 }) };
  const news = resultNews(res, "scan.pdf");
  assert.deepEqual(news.map((n) => [n.tone, n.kind]), [["good", "added"], ["notice", "duplicate"], ["problem", "other_set"]]);
  assert.equal(news[0].text, "scan.pdf: Cards 1 and 3 added. That is enough cards.");
  assert.equal(news[1].text, "scan.pdf: You already added card 4. Add a different card.");
  assert.equal(toneOf("too_many_pages"), "notice");
  assert.equal(toneOf("damaged"), "problem");
});

test("a card kept as typed is named by its number when it reads", () => {
  assert.match(keptNews(board({ typed: [{ index: 3, group: 7, text: "", from_print: false }], still_needed: 2 })), /^Card 3 was added as you typed it\. .*passphrase\.$/);
  assert.match(keptNews(board({ typed: [{ index: null, group: 2, text: "", from_print: false }], still_needed: 0 })), /^The card was added as you typed it\. .*That is enough cards\.$/);
});

test("files: each one's answer, a part-read file with no card, and the files a cancel left unread", () => {
  const files = ["a.png", "b.pdf", "c.png", "d.png"].map((n) => ({ name: n }) as File);
  const partRead: IpcError = { kind: "too_many_pages", details: { read: 100, pages: 130, limit: 100 }, message: "Only the first 100 pages were read." };
  const news = filesNews(files, [
    { file: files[0], result: { added: [2], problems: [], read_from_printed_text: false, board: board({ cards: [2], still_needed: 2 }) } },
    { file: files[1], error: partRead },
  ], true);
  assert.deepEqual(news.map((n) => n.kind), ["added", "too_many_pages", "scan_cancelled"]);
  assert.equal(news[0].text, "a.png: Card 2 added.");
  assert.equal(news[1].text, "b.pdf: No card was found in the pages read. Read the first 100 pages of 130; Heirloom reads up to 100 pages of a file. Split the file or scan the cards separately.");
  assert.equal(news[2].text, "Stopped. The last 2 files were not read; nothing from them was added.");
});

test("a card read from the printed text says so, and that the passphrase will check it", () => {
  const res: ScanResult = { added: [], problems: [], read_from_printed_text: true, board: board({ typed: [{ index: 2, group: null, text: "", from_print: true }] }) };
  const news = resultNews(res, "torn.jpg");
  assert.deepEqual(news.map((n) => [n.tone, n.kind]), [["notice", "printed"]]);
  assert.match(news[0].text, /^torn\.jpg: Read from the text printed under the QR code.*passphrase\.$/);
});
