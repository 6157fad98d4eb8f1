/** One entry of `READER_HOSTS`: a host name or address, with a port or for any port. */
export interface ReaderHost {
  /** As `URL.hostname` spells it: lower case, punycode, IPv6 in brackets. */
  hostname: string;
  /** The port as `URL.port` spells it ('' for the scheme's default); null for any port. */
  port: string | null;
}

/**
 * Reads one `READER_HOSTS` entry (`rapporten.svmn.nl`, `intranet.gemeente.nl:8443`, `[::1]:8080`)
 * into its normal spelling, or null when it is not a bare host (a path, a scheme, credentials).
 * Normalising through `URL` makes `RAPPORTEN.svmn.nl` and an IDN spelling match what a requested
 * URL's host becomes.
 */
export function parseReaderHost(entry: string): ReaderHost | null {
  const trimmed = entry.trim();
  if (trimmed === '' || /[/?#@\\\s]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(`http://${trimmed}`);
  } catch {
    return null;
  }
  if (url.hostname === '') return null;
  const explicitPort = /:\d+$/.test(trimmed) && !/^\[[^\]]*\]$/.test(trimmed);
  // `URL` drops :80 for http; an entry with :80 means port 80 exactly.
  return { hostname: url.hostname, port: explicitPort ? trimmed.slice(trimmed.lastIndexOf(':') + 1).replace(/^0+(?=\d)/, '') : null };
}

/** The port a URL connects to, as digits. */
export function effectivePort(url: URL): string {
  if (url.port !== '') return url.port;
  return url.protocol === 'https:' ? '443' : '80';
}

/** True when `url`'s host (and port, where the entry names one) is in `hosts`. */
export function isListedHost(url: URL, hosts: readonly ReaderHost[]): boolean {
  const port = effectivePort(url);
  return hosts.some((host) => host.hostname === url.hostname && (host.port === null || host.port === port));
}
