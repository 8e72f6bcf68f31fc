// Test fixtures for recovery: card sets made with the command line, and pictures of their
// cards made with the testkit's `card-image` (degraded the way cameras and scanners do).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const CLI = resolve(process.env.HEIRLOOM_CLI ?? "target/debug/heirloom");
export const CARD_IMAGE = resolve(process.env.HEIRLOOM_CARD_IMAGE ?? "target/debug/card-image");

/**
 * A new set of cards: a fresh 12-word phrase split T of N with a generated six-word
 * passphrase, at test-sized key-derivation settings; recorded in this run's record of sets
 * unless `record` is false (cards made on another computer).
 */
export function makeSet(dir, { threshold, count, label, record = true }) {
  const phrase = execFileSync(CLI, ["generate", "--words", "12"], { encoding: "utf8" }).trim();
  const out = join(dir, label.replace(/\W+/g, "-"));
  const r = spawnSync(
    CLI,
    ["split", "-t", String(threshold), "-n", String(count), "--out", out, "--label", label, "--kdf-memory-mib", "8", "--kdf-passes", "1", ...(record ? [] : ["--no-record"])],
    { input: `${phrase}\n\n`, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`heirloom split failed: ${r.stderr}`);
  const passphrase = /Passphrase \(write it down[^)]*\): (.+)/.exec(r.stderr)?.[1]?.trim();
  const fingerprint = /wallet fingerprint ([0-9a-f]{8})/.exec(r.stderr)?.[1];
  const setId = /Made set ([0-9a-f]+)/.exec(r.stderr)?.[1];
  if (!passphrase || !fingerprint || !setId) throw new Error(`unexpected split output: ${r.stderr}`);
  const texts = [];
  for (let i = 1; i <= count; i++) texts.push(readFileSync(join(out, `card-${i}.txt`), "utf8").trim());
  return { phrase: phrase.split(" "), passphrase: passphrase.split(" "), fingerprint, setId, texts, threshold, count };
}

/** Writes a picture of the cards with these texts; returns its path. */
/** corrupt: "sealed" (found only when opened with the passphrase) or "header" (found when read).
 * qrDestroyed: a phone photo of the card with its QR code torn, covered or painted over and
 * its printed text legible. */
export function cardImage(path, texts, { category = "nominal", seed = 1, page = false, corrupt = null, qrDestroyed = false } = {}) {
  const args = [path, ...texts, "--category", category, "--seed", String(seed)];
  if (qrDestroyed) args.push("--qr-destroyed");
  if (page) args.push("--page");
  if (corrupt === "sealed") args.push("--corrupt");
  if (corrupt === "header") args.push("--corrupt-header");
  execFileSync(CARD_IMAGE, args);
  return path;
}

export function blankImage(path) {
  execFileSync(CARD_IMAGE, [path, "--blank"]);
  return path;
}

export function dataUrl(path) {
  const type = path.endsWith(".png") ? "image/png" : "image/jpeg";
  return `data:${type};base64,${readFileSync(path).toString("base64")}`;
}

/** The printed form: groups of six separated by spaces. */
export const grouped = (text) => text.match(/.{1,6}/g).join(" ");

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The text with one character of group `group` (1-based) changed to another symbol. */
export function withTypo(text, group) {
  const at = (group - 1) * 6 + 2;
  const old = text[at];
  const repl = ALPHABET[(ALPHABET.indexOf(old) + 7) % 32];
  return text.slice(0, at) + repl + text.slice(at + 1);
}
