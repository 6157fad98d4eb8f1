/**
 * Dates as the digest shows them: in Dutch and in Dutch local time, whatever the server's time zone.
 * Only numeric parts come from Intl; month names and layout are ours, so the output does not
 * change with the ICU version the server happens to run (deterministic digests).
 */

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Remembered conversions: `formatToParts` is slow, and a digest formats the same few thousand
 * timestamps many times over (every section a remark appears in). Bounded so it cannot grow forever.
 */
const CACHE = new Map<string, LocalTime | null>();
const CACHE_LIMIT = 100_000;

function localTime(iso: string): LocalTime | null {
  const cached = CACHE.get(iso);
  if (cached !== undefined) return cached;
  const time = convert(iso);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(iso, time);
  return time;
}

function convert(iso: string): LocalTime | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "3 maart 2025"; an unparsable value is returned as it is. */
export function formatDay(iso: string): string {
  const time = localTime(iso);
  if (!time) return iso;
  return `${time.day} ${MONTHS[time.month - 1] ?? ''} ${time.year}`;
}

/** "3 maart 2025, 14:05". */
export function formatDateTime(iso: string): string {
  const time = localTime(iso);
  if (!time) return iso;
  return `${time.day} ${MONTHS[time.month - 1] ?? ''} ${time.year}, ${pad(time.hour)}:${pad(time.minute)}`;
}

/** "2025-03-03 14:05": sortable, and a date-time Excel recognises. */
export function formatSortable(iso: string): string {
  const time = localTime(iso);
  if (!time) return iso;
  return `${time.year}-${pad(time.month)}-${pad(time.day)} ${pad(time.hour)}:${pad(time.minute)}`;
}

/** "2025-03-03": the local calendar day, for file names. */
export function isoDay(iso: string): string {
  const time = localTime(iso);
  if (!time) return iso.slice(0, 10);
  return `${time.year}-${pad(time.month)}-${pad(time.day)}`;
}
