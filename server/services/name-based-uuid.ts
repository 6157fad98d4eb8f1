import { createHash } from 'node:crypto';

/**
 * A UUID made from `name` alone (SHA-1, laid out as an RFC 4122 version-5 UUID): the same name
 * always gives the same UUID, so something stored under it is found again when the name returns
 * (a foreign annotation sent twice, an import run twice).
 */
export function nameBasedUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
