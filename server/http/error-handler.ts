import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorIssue } from '../../shared/schemas/api-error';
import { storageFailureOf, type StorageFailure } from '../db/storage-errors';
import { ApiFailure } from './api-failure';

/** The API's one error answer. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: ApiErrorIssue[],
): Response {
  const payload: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(payload, status);
}

/** What a client hears when the disk, not its request, is the problem; nothing was stored. */
const STORAGE_ANSWERS: Record<StorageFailure, { status: ContentfulStatusCode; code: string; message: string }> = {
  full: { status: 507, code: 'storage_full', message: 'De opslag van de server is vol; er is niets opgeslagen. Meld dit aan het secretariaat.' },
  'read-only': { status: 503, code: 'storage_read_only', message: 'De server kan nu niet schrijven; er is niets opgeslagen. Probeer het later opnieuw.' },
  busy: { status: 503, code: 'storage_busy', message: 'De database is bezet; probeer het zo opnieuw.' },
  io: { status: 503, code: 'storage_error', message: 'De opslag van de server gaf een fout; er is niets opgeslagen.' },
};

/**
 * Turns anything thrown into the JSON error shape. Unknown errors are logged and answered as 500
 * without their message, which might hold internals.
 */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiFailure) return errorResponse(c, error.status, error.code, error.message, error.issues);
  if (error instanceof HTTPException) {
    const status = error.status;
    return errorResponse(c, status, status === 401 ? 'unauthorized' : 'http_error', error.message || 'Fout in het verzoek.');
  }
  const storage = storageFailureOf(error);
  if (storage) {
    console.error(`Opslag: ${storage}`, error.message);
    return errorResponse(c, STORAGE_ANSWERS[storage].status, STORAGE_ANSWERS[storage].code, STORAGE_ANSWERS[storage].message);
  }
  console.error('Onverwachte fout', error);
  return errorResponse(c, 500, 'internal', 'Er ging iets mis op de server.');
}

/** 404 for routes that do not exist, in the same shape. */
export function handleNotFound(c: Context): Response {
  return errorResponse(c, 404, 'not_found', `Onbekend adres: ${c.req.method} ${new URL(c.req.url).pathname}`);
}
