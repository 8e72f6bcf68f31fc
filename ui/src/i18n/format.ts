// How a catalogue message is written and filled in. A message is either a string with named
// placeholders, "Card {n} of {count}", or a plural: an object whose keys are the CLDR plural
// categories (zero, one, two, few, many, other) and whose form is chosen by the `count`
// parameter with Intl.PluralRules for the language (Japanese and Chinese use `other` only;
// French puts 0 in `one`). Numbers are written with Intl.NumberFormat of the language.
// The types below read the placeholders out of the English strings, so that `t()` takes
// exactly the parameters its message names: tsc fails on a missing or unknown one.

/** A plural message: `other` always, the language's other categories as it needs them. */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | Plural;

/** The placeholder names of a string: "Card {n} of {count}" → "n" | "count". */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Holes<R> : never;

/** The parameters of a message: its placeholders, and `count` for a plural. */
export type ParamsOf<M> = M extends string ? Holes<M> : M extends Plural ? Holes<Extract<M[keyof M], string>> | "count" : never;

/** A parameter's value: text as it is, a number written the language's way. */
export type Value = string | number;

/** The placeholder names in a string, in order, as the checks and the filling see them. */
export function placeholders(s: string): string[] {
  return Array.from(s.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g), (m) => m[1]);
}

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, lang: string, make: (l: string) => T): T {
  let v = map.get(lang);
  if (!v) {
    v = make(lang);
    map.set(lang, v);
  }
  return v;
}

/** The form of `m` for `count` in `lang`; `other` when the language's category is absent. */
export function pluralForm(m: Plural, count: number, lang: string): string {
  const cat = cached(plurals, lang, (l) => new Intl.PluralRules(l)).select(count) as keyof Plural;
  return m[cat] ?? m.other;
}

/** A value as it is written in `lang`: numbers through Intl.NumberFormat, text unchanged. */
export function writeValue(v: Value, lang: string): string {
  return typeof v === "number" ? cached(numbers, lang, (l) => new Intl.NumberFormat(l)).format(v) : v;
}

/** The text of `m` in `lang` with its placeholders filled from `params`. */
export function fill(m: Message, params: Record<string, Value>, lang: string): string {
  const text = typeof m === "string" ? m : pluralForm(m, Number(params.count ?? 0), lang);
  return text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
    name in params ? writeValue(params[name], lang) : whole,
  );
}

/**
 * The text of `m` as pieces, where a parameter may be a DOM node (a fingerprint in <strong>,
 * a button): the sentence stays whole in the catalogue, the node sits where its
 * placeholder is.
 */
export function fillParts<N>(m: Message, params: Record<string, Value | N>, lang: string): (string | N)[] {
  const text = typeof m === "string" ? m : pluralForm(m, Number(params.count ?? 0), lang);
  const out: (string | N)[] = [];
  let at = 0;
  for (const match of text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    const v = params[match[1]];
    if (v === undefined) continue;
    if (match.index > at) out.push(text.slice(at, match.index));
    out.push(typeof v === "string" || typeof v === "number" ? writeValue(v, lang) : v);
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
