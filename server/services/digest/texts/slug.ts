/**
 * An ASCII slug ("Voorjaar 2025: SVMN" → "voorjaar-2025-svmn"): accents are folded rather than
 * dropped so Dutch words stay readable (ë → e), everything else becomes a single dash.
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
