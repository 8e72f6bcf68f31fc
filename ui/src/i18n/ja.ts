// The Japanese catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
//
// Translator's notes (ja): polite です・ます style throughout; 「」 for quotation marks;
// full-width punctuation (、。：（）). Fixed terms: ウォレット, リカバリーフレーズ (its words:
// 単語), カード, セット, パスフレーズ, ウォレットのフィンガープリント (the cards print the
// English word "fingerprint"), 保管者, 鍵カード, 点検 (check-up), セットの記録 (record of
// sets), QRコード, キーチェーン, 検証 (verify after printing), 使用終了 (retired), 使用中
// (active), パソコン (computer). Cards are counted with 枚, words with 語.
// The messages are in ./ja/, in the same four parts as the English (./en/).
import type { Translation } from "./catalogue";
import { backup } from "./ja/backup";
import { recovery } from "./ja/recovery";
import { sets } from "./ja/sets";
import { errors } from "./ja/errors";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: ["print.paper.a4", "recovery.cards.flashRefused", "checkup.latestProblem"],
  // The messages, by what they hold (./ja/).
  messages: { ...backup, ...recovery, ...sets, ...errors },
};

export default translation;
