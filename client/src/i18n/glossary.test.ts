import { describe, expect, it } from 'vitest';
import arMail from '../../../server/src/mail/messages/ar.ts?raw';
import faMail from '../../../server/src/mail/messages/fa.ts?raw';
import arReport from '../../../server/src/reports/words/ar.js';
import faReport from '../../../server/src/reports/words/fa.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import fa from './locales/fa.js';

/**
 * GLOSSARY.md gives one word per thing in each language. Arabic and Farsi slipped most often to a near synonym
 * (a hall for a room, an association for an organisation), so the variants seen once are listed here and may
 * not come back. Words are compared whole: a message is cut into words at every character that is not a letter,
 * so a longer word that merely contains a variant (قاعدة, آشپزخانه) is never taken for it.
 */
type Language = 'ar' | 'fa';

interface OffGlossary {
  language: Language;
  /** Whole words (one or more, separated by a space), as a regular expression. */
  variant: string;
  glossary: string;
  why: string;
  /** Messages where the variant means something else than the glossary's thing. */
  except?: string[];
}

/** Arabic glues "and", "with", "for", "like" and the article to the word, and "their", "your" after it. */
const ar_ = (core: string) => `[وف]?[بلك]?(?:ال|ل)?${core}(?:ها|هما|هم|كم|كما|نا)?`;
/** Farsi adds the plural ها (after a zero-width non-joiner), the ezafe and "your", "their" to the word. */
const fa_ = (core: string) => `${core}(?:\u200c?ها)?(?:\u200c?ی|\u200c?ای|\u200c?(?:تان|شان|مان))?[\u064B-\u065F]*`;

const OFF_GLOSSARY: OffGlossary[] = [
  { language: 'ar', variant: ar_('قاع(?:ة|ات|ت|تان|تين)'), glossary: 'غرفة', why: 'a room is غرفة, a hall is not' },
  { language: 'ar', variant: ar_('صال(?:ة|ات)'), glossary: 'غرفة', why: 'a room is غرفة' },
  { language: 'ar', variant: ar_('حجر(?:ة|ات)'), glossary: 'غرفة', why: 'a room is غرفة' },
  { language: 'ar', variant: ar_('مقر\u0651?(?:ات)?'), glossary: 'مبنى', why: 'a house of the centre is مبنى' },
  { language: 'ar', variant: ar_('(?:موقع|مواقع)'), glossary: 'مبنى', why: 'a house of the centre is مبنى' },
  {
    language: 'ar',
    variant: ar_('جمعي(?:ة|ات|ت|تان|تين)'),
    glossary: 'منظمة',
    why: 'an MO is منظمة; جمعية only for founding a registered association',
    except: ['coaching.intro', 'coaching.topics.FOUNDING'],
  },
  { language: 'ar', variant: ar_('مؤسس(?:ة|ات|ت)'), glossary: 'منظمة', why: 'an MO is منظمة' },
  {
    language: 'ar',
    variant: `(?:حذف|يحذف|تحذف|يُحذف|تُحذف|حُذف|حذفت) ${ar_('حج(?:ز|وزات)')}`,
    glossary: 'إلغاء',
    why: 'a booking is cancelled (إلغاء), it is not deleted',
  },
  { language: 'ar', variant: `[وف]?[بلك]?(?:ال|لل)فريق`, glossary: 'فريق المركز', why: 'the team is فريق المركز, not any team' },
  {
    language: 'ar',
    variant: `${ar_('شاش(?:ة|ات)')}(?! العرض)`,
    glossary: 'شاشة العرض',
    why: 'the wall display is شاشة العرض, not any screen',
  },
  { language: 'ar', variant: ar_('(?:شاغر|فارغ)(?:ة)?'), glossary: 'متاح', why: 'a free room is متاح' },
  { language: 'ar', variant: ar_('مشغول(?:ة)?'), glossary: 'محجوز', why: 'a taken room is محجوز' },
  { language: 'ar', variant: ar_('رزنام(?:ة|ات)'), glossary: 'التقويم', why: 'the calendar is التقويم' },
  {
    language: 'ar',
    variant: `(?:أوقات|مواعيد|ساعات) (?:ال)?(?:فتح|افتتاح|دوام)`,
    glossary: 'ساعات العمل',
    why: 'opening hours are ساعات العمل',
  },
  { language: 'fa', variant: fa_('(?:سالن|تالار)'), glossary: 'اتاق', why: 'a room is اتاق, a hall is not' },
  { language: 'fa', variant: fa_('سازمان'), glossary: 'انجمن', why: 'an MO is انجمن' },
  { language: 'fa', variant: fa_('نوبت'), glossary: 'رزرو', why: 'a booking is رزرو, نوبت is a turn in a queue' },
  { language: 'fa', variant: fa_('(?:شعبه|خانه)'), glossary: 'ساختمان', why: 'a house of the centre is ساختمان' },
  { language: 'fa', variant: fa_('کنسل'), glossary: 'لغو', why: 'a booking is cancelled with لغو' },
  { language: 'fa', variant: `حذف ${fa_('رزرو')}`, glossary: 'لغو', why: 'a booking is cancelled (لغو), not deleted' },
  { language: 'fa', variant: 'آزاد', glossary: 'خالی', why: 'a free room is خالی' },
  { language: 'fa', variant: '(?:انتقال|منتقل)', glossary: 'جابه‌جا کردن', why: 'a booking is moved with جابه‌جا کردن' },
  { language: 'fa', variant: fa_('(?:کارکنان|کارمند|پرسنل)'), glossary: 'تیم', why: 'the team is تیم' },
  { language: 'fa', variant: fa_('نمایشگر'), glossary: 'صفحهٔ نمایش', why: 'the wall display is صفحهٔ نمایش' },
  { language: 'fa', variant: fa_('سری'), glossary: 'رزروهای تکراری', why: 'a series is رزروهای تکراری' },
  { language: 'fa', variant: 'ساعات کاری', glossary: 'ساعت‌های کاری', why: 'opening hours are ساعت‌های کاری' },
];

/** The words of a text, one space between them and one at each end; the zero-width non-joiner stays in a word. */
function words(text: string): string {
  return ` ${text
    .split(/[^\p{L}\p{M}\u200c]+/u)
    .filter(Boolean)
    .join(' ')} `;
}

function offGlossaryWords(language: Language, place: string, text: string): string[] {
  const spaced = words(text);
  return OFF_GLOSSARY.filter((entry) => entry.language === language && !entry.except?.includes(place)).flatMap((entry) => {
    const found = new RegExp(`(?<= )(?:${entry.variant})(?= )`, 'u').exec(spaced);
    return found ? [`${place}: «${found[0]}» where the glossary says ${entry.glossary} (${entry.why}) – ${text}`] : [];
  });
}

/** Every text of a tree of messages with its key ("series.scopes.ALL"); server files keep only their strings. */
function texts(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, prefix ? `${prefix}.${key}` : key));
  return [];
}

/** The e-mails are functions; their source, line by line, holds every sentence of every branch. */
function lines(source: string, file: string): Array<[string, string]> {
  return source.split('\n').map((line, index) => [`${file}:${index + 1}`, line]);
}

const screenFiles = import.meta.glob<{ default: unknown }>(['../*/texts/{ar,fa}.ts', '../*/*Texts/{ar,fa}.ts'], {
  eager: true,
});

const sources: Record<Language, Array<[string, string]>> = { ar: [], fa: [] };
sources.ar.push(...texts(ar), ...texts(arReport), ...lines(arMail, 'mail/ar.ts'));
sources.fa.push(...texts(fa), ...texts(faReport), ...lines(faMail, 'mail/fa.ts'));
for (const [path, module] of Object.entries(screenFiles)) {
  const language: Language = path.endsWith('/ar.ts') ? 'ar' : 'fa';
  sources[language].push(...texts(module.default));
}

/** German beside Farsi, key by key: the app's messages and every screen's folder. */
const germanScreenFiles = import.meta.glob<{ default: unknown }>(['../*/texts/de.ts', '../*/*Texts/de.ts'], {
  eager: true,
});
const germanAndFarsi: Array<[Record<string, string>, Record<string, string>]> = [
  [Object.fromEntries(texts(de)), Object.fromEntries(texts(fa))],
  ...Object.entries(germanScreenFiles).map(([path, module]): [Record<string, string>, Record<string, string>] => [
    Object.fromEntries(texts(module.default)),
    Object.fromEntries(texts(screenFiles[path.replace(/de\.ts$/, 'fa.ts')]?.default)),
  ]),
];

describe('Arabic and Farsi keep to the glossary', () => {
  it('finds the app’s messages, every screen’s words, the reports’ and the e-mails’', () => {
    expect(Object.keys(screenFiles).length).toBeGreaterThanOrEqual(16);
    expect(sources.ar.length).toBeGreaterThan(1000);
    expect(sources.fa.length).toBeGreaterThan(1000);
  });

  it.each(['ar', 'fa'] as const)('%s: no message uses a word the glossary replaced', (language) => {
    expect(sources[language].flatMap(([place, text]) => offGlossaryWords(language, place, text))).toEqual([]);
  });

  it('fa: a form is left with انصراف (German: Abbrechen), not with the booking’s لغو', () => {
    const leaving = germanAndFarsi.flatMap(([german, farsi]) =>
      Object.keys(german)
        .filter((key) => german[key] === 'Abbrechen' && farsi[key] !== 'انصراف')
        .map((key) => `${key}: ${farsi[key]}`),
    );
    expect(germanAndFarsi.length).toBeGreaterThan(8);
    expect(leaving).toEqual([]);
  });

  it('the check finds a variant with its article, plural or suffix, and leaves longer words alone', () => {
    const found = (language: Language, text: string) => offGlossaryWords(language, 'x', text).length;
    expect(found('ar', 'البحث عن القاعات')).toBe(1);
    expect(found('ar', 'في قاعتكم')).toBe(1);
    expect(found('ar', 'هذه الجمعيات والمجموعات')).toBe(1);
    expect(found('ar', 'على الشاشة.')).toBe(1);
    expect(found('ar', 'ردّ الفريق على')).toBe(1);
    expect(found('ar', 'القاعدة، البحث عن الغرف، شاشة العرض، فريق المركز، المؤسسون')).toBe(0);
    expect(found('fa', 'همهٔ نوبت‌های آینده')).toBe(1);
    expect(found('fa', 'سازمان شما')).toBe(1);
    expect(found('fa', 'سازمانِ خودِ مرکز')).toBe(1);
    expect(found('fa', 'نام (مثلاً سالن ورودی)')).toBe(1);
    expect(found('fa', 'آشپزخانه، انجمن‌ها، همهٔ رزروهای آینده، آزادی')).toBe(0);
  });
});
