/** A failure that crosses a context boundary: plain data, never a thrown `Error`. */
export interface Failure {
  /** Machine-readable: the API's error code, or `offline`, `not_signed_in`, `bad_response`. */
  code: string;
  /**
   * A sentence about it: the server's or the extension's own (Dutch) until the failure crosses to a
   * page, where `inReadersLanguage` (messaging) words it by its code in the reader's language.
   */
  message: string;
  /** HTTP status when the server answered. */
  status?: number;
}

/** The outcome of any cross-context call. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(code: string, message: string, status?: number): Result<T> {
  return { ok: false, error: { code, message, ...(status !== undefined ? { status } : {}) } };
}
