import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorIssue } from '../../shared/schemas/api-error';

/**
 * A failure that becomes the API's JSON error answer. Services throw it; the app's one `onError`
 * turns it into `{ error: { code, message, issues } }` with its status.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ApiErrorIssue[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
