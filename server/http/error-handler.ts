import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorIssue } from '../../shared/schemas/api-error';
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

/**
 * Turns anything thrown into the JSON error shape. Unknown errors are logged and answered as 500
 * without their message, which might hold internals.
 */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiFailure) return errorResponse(c, error.status, error.code, error.message, error.issues);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return errorResponse(c, status, status === 401 ? 'unauthorized' : 'http_error', error.message || 'Fout in het verzoek.');
  }
  console.error('Onverwachte fout', error);
  return errorResponse(c, 500, 'internal', 'Er ging iets mis op de server.');
}

/** 404 for routes that do not exist, in the same shape. */
export function handleNotFound(c: Context): Response {
  return errorResponse(c, 404, 'not_found', `Onbekend adres: ${c.req.method} ${new URL(c.req.url).pathname}`);
}
