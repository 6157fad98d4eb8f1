import type { Language } from '../i18n';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as a reader writes it, date and time together ("2 dec. 2026, 14:05" in Dutch,
 * "2 Dec 2026, 14:05" in English), in the reader's time zone unless `timeZone` is given (tests).
 * Returns the ISO text unchanged when it is not a date, so a bad value still shows something.
 */
export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${language}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
    formats.set(key, format);
  }
  return format.format(date);
}

/**
 * A calendar date (`YYYY-MM-DD`, such as a report's publication date) as a reader writes it
 * ("30 november 2024", "30 November 2024"); unchanged when it is not one.
 */
export function formatCalendarDate(date: string, language: Language): string {
  const moment = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(moment.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(moment);
}
