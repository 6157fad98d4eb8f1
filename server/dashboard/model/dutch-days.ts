/**
 * Calendar days as the secretariat types them (`<input type="date">`, yyyy-mm-dd) turned into
 * instants: a day starts at midnight in Dutch time, summer or winter, whatever the server's zone.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const OFFSET_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/** Minutes Dutch time is ahead of UTC at `at` (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: number): number {
  const name = OFFSET_FORMAT.formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** True for a real calendar day in yyyy-mm-dd form between 1900 and 9998. */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 9998 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant (ISO, UTC) at which `day` begins in the Netherlands. */
export function startOfDutchDay(day: string): string {
  const utcMidnight = Date.parse(`${day}T00:00:00.000Z`);
  // Two passes: the offset at the guess is the offset at the answer except right at a DST switch.
  const guess = utcMidnight - amsterdamOffsetMinutes(utcMidnight) * 60_000;
  return new Date(utcMidnight - amsterdamOffsetMinutes(guess) * 60_000).toISOString();
}

/** The instant at which the day after `day` begins: the exclusive end of "up to and including". */
export function endOfDutchDay(day: string): string {
  const next = new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfDutchDay(next);
}

/** "3 maart 2025 – 31 maart 2025" for a period whose end is exclusive (as rounds store it). */
export function periodText(opensAt: string, closesAt: string, formatDay: (iso: string) => string): string {
  const lastMoment = new Date(Date.parse(closesAt) - 1).toISOString();
  return `${formatDay(opensAt)} – ${formatDay(lastMoment)}`;
}
