/**
 * Names and identifiers reduced to what compares: lower case, no diacritics, Cyrillic
 * transliterated, punctuation gone, and, for organisations only, the legal-form words ("AB",
 * "Aktiebolag", "Ltd", "LLC", "OOO", "Общество с ограниченной ответственностью") dropped, since
 * "ACME AB" and "Acme Ltd" are the same name for screening (OpenSanctions' matchers strip them
 * the same way). A person's name keeps every word: "Anna Ek" and "Li Sa" are whole names.
 */

/** Whose name it is: legal forms are dropped from organisations' names only. */
type NameKind = 'organisation' | 'person';

/** The kind of name an FtM schema carries: Person, or any kind of legal entity. */
export function nameKindOfSchema(schema: string): NameKind {
  return schema === 'Person' ? 'person' : 'organisation';
}

const cyrillic: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Filler words, dropped from every name. */
const fillerWords = new Set(['i', 'och', 'the', 'of', 'and', 's', 'z']);

/**
 * Legal-form phrases of more than one word whose words alone are names ("Ek" is a Swedish
 * surname): dropped only together ("Ek. för." for ekonomisk förening).
 */
const legalFormPhrases = [
  ['ek', 'for'],
  ['ek', 'forening'],
];

/** Words that name a legal form, in the languages the lists and suppliers use. */
const legalFormWords = new Set([
  // Swedish
  'ab',
  'aktiebolag',
  'aktiebolaget',
  'publ',
  'hb',
  'handelsbolag',
  'kb',
  'kommanditbolag',
  'ekonomisk',
  'forening',
  'ideell',
  'enskild',
  'firma',
  'co',
  // English and international
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'company',
  'liability',
  'gmbh',
  'ag',
  'sa',
  'sarl',
  'srl',
  'bv',
  'nv',
  'as',
  'asa',
  'oy',
  'oyj',
  'aps',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'tov',
  'fzco',
  'fze',
  // Russian and Ukrainian legal forms, transliterated
  'obshchestvo',
  'ogranichennoi',
  'otvetstvennostiu',
  'aktsionernoe',
  'publichnoe',
  'zakrytoe',
  'otkrytoe',
  'tovarystvo',
  'obmezhenoiu',
  'vidpovidalnistiu',
  'aktsionerne',
  'tovaristvo',
  'obmezhenoyu',
  'vidpovidalnistyu',
  'nekommercheskoe',
  'partnerstvo',
]);

/** Lower case, ASCII letters and digits, single spaces. */
export function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  let transliterated = '';
  for (const character of lower) transliterated += cyrillic[character] ?? character;
  return transliterated
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function withoutLegalFormPhrases(tokens: string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const phrase = legalFormPhrases.find((words) =>
      words.every((word, offset) => tokens[index + offset] === word),
    );
    if (phrase) index += phrase.length - 1;
    else kept.push(tokens[index]!);
  }
  return kept;
}

/**
 * The name's tokens that tell it apart: filler and one-letter tokens removed, and for an
 * organisation its legal-form words and phrases.
 */
export function nameTokens(name: string, kind: NameKind): string[] {
  const words = normaliseText(name).split(' ');
  const tokens = (kind === 'organisation' ? withoutLegalFormPhrases(words) : words).filter(
    (token) =>
      token.length > 1 &&
      !fillerWords.has(token) &&
      (kind === 'person' || !legalFormWords.has(token)),
  );
  return [...new Set(tokens)];
}

/**
 * A rough sound-alike key for a name token, so candidates are found across transliterations
 * and small misspellings ("Aleksander Zaharov" for "Alexander Zakharov"): common spelling
 * variants folded, vowels after the first letter and doubled letters dropped.
 */
export function phoneticKey(token: string): string {
  const folded = token
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[cq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i');
  const [first = '', ...rest] = folded;
  return (first + rest.join('').replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
}

/** The keys a name is indexed and looked up by: its tokens, and their sound-alike keys. */
export function nameIndexKeys(name: string, kind: NameKind): string[] {
  const tokens = nameTokens(name, kind);
  return [...new Set([...tokens, ...tokens.map((token) => `~${phoneticKey(token)}`)])];
}

/** Order-free key: "Acme Nordic AB" and "Nordic Acme Ltd" give the same. Empty: no key. */
export function nameKey(name: string, kind: NameKind): string {
  return [...nameTokens(name, kind)].sort().join(' ');
}

/**
 * An identifier as compared: upper-case letters and digits. A Swedish VAT number also gives
 * the organisation number inside it; a 12-digit "16…" organisation number the 10 digits.
 * Identifiers shorter than five characters are dropped: they match by chance.
 */
export function identifierKeys(identifier: string): string[] {
  const key = identifier.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (key.length < 5) return [];
  const keys = [key];
  const vat = /^SE(\d{10})01$/.exec(key);
  if (vat?.[1]) keys.push(vat[1]);
  if (/^16\d{10}$/.test(key)) keys.push(key.slice(2));
  return keys;
}
