/**
 * The core of every message catalogue (the import's, the spreadsheet readers', the publishing
 * gate's): a message is one entry with both languages, Vietnamese (the default, for the provincial
 * staff who publish the data) and English (for developers, `--lang en`), so a missing language is a
 * type error, and a sample of its arguments (`example`), so a test can render every message.
 */

export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** What a problem says is wrong, and what to do about it. */
export interface Texts {
  problem: string;
  todo: string;
}

/** A text in both languages, e.g. a problem found below the point where the language is known. */
export type Bilingual<R> = Record<Lang, R>;

/** One message: both languages, and sample arguments for the catalogue's tests. */
export interface Message<A extends readonly unknown[], R extends string | Texts = string> {
  vi: (...args: A) => R;
  en: (...args: A) => R;
  example: NoInfer<A>;
}

/** A message for `Problem.problem`/`Problem.todo`. */
export type ProblemMessage<A extends readonly unknown[]> = Message<A, Texts>;

/** Whether a text names a language of the catalogue. */
export function isLang(text: string | undefined): text is Lang {
  return text === 'vi' || text === 'en';
}

/** Renders a message in a voice's language. */
export function say<A extends readonly unknown[], R extends string | Texts>(
  voice: { lang: Lang },
  message: Message<A, R>,
  ...args: A
): R {
  return message[voice.lang](...args);
}

/** Renders a message in both languages (for errors thrown before the language is known). */
export function both<A extends readonly unknown[], R extends string | Texts>(
  message: Message<A, R>,
  ...args: A
): Bilingual<R> {
  return { vi: message.vi(...args), en: message.en(...args) };
}

/** Defines a message (a function only for type inference: `example` must fit `vi`'s parameters). */
export function message<A extends readonly unknown[], R extends string | Texts = string>(
  m: Message<A, R>,
): Message<A, R> {
  return m;
}

/**
 * The locale of each language's lists: British English writes "a, b and c" (no serial comma), as
 * the English messages always have.
 */
const LIST_LOCALE: Record<Lang, string> = { vi: 'vi', en: 'en-GB' };

/** "a", "a và b", "a, b và c" / "a and b" (or "hoặc" / "or"), by Intl.ListFormat. */
export function list(lang: Lang, items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat(LIST_LOCALE[lang], { type }).format(items);
}

/** "1 problem", "2 problems" (English only: Vietnamese nouns have no plural). */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
