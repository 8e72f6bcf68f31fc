// What a translation is: the English catalogue's keys, each with a message of the same
// shape (a string, or a plural where the English is one). A translation file typed with
// `Translation` fails tsc when it lacks a key or has one the English does not; that its
// placeholders and plural forms match is checked by catalogue.test.ts, which tsc can't.
import type { English } from "./en";
import type { Plural } from "./format";

export type Key = keyof English;

/** The same message shape as the English: a string for a string, a plural for a plural. */
type Like<M> = M extends string ? string : Plural;

/** A part of a translation: the keys of the English part `T`, each of the same shape. */
export type PartOf<T> = { readonly [K in keyof T]: Like<T[K]> };

export type Messages = PartOf<English>;

/**
 * A language file: its messages, and whether its translators say it is complete. While it
 * is a "draft", entries still equal to the English are reported by the test; once
 * "complete", each such entry fails the test unless its key is listed in `sameAsEnglish`
 * (words that are right as they are: "A4", a language's own name, a symbol).
 */
export interface Translation {
  readonly status: "draft" | "complete";
  readonly sameAsEnglish: readonly Key[];
  readonly messages: Messages;
}
