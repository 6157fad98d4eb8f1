/**
 * The name of the hidden form field that carries the CSRF token. A file of its own so the form
 * components can name it without importing the CSRF check (which renders the error page, which
 * uses the components).
 */
export const CSRF_FIELD = '_csrf';
