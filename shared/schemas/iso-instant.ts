import { z } from 'zod';

/** Latest instant that still has a four-digit ISO year in UTC (`toISOString` throws beyond it). */
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** Earliest instant accepted: nothing in Kantlijn predates the change agenda by centuries. */
const EARLIEST = Date.UTC(1900, 0, 1);

/**
 * An ISO 8601 date-time with offset, normalised to UTC (`…Z`) so that stored times compare as
 * strings. Instants whose UTC year leaves 1900–9999 are refused with a clear message.
 */
export const isoInstantSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => {
    const time = Date.parse(value);
    return Number.isFinite(time) && time >= EARLIEST && time <= LATEST;
  }, 'tijdstip buiten 1900–9999')
  .transform((value) => new Date(value).toISOString());
