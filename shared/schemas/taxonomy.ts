import { z } from 'zod';

/** The three kinds of term a passage can be linked to. */
export const termKindSchema = z.enum(['goal', 'action', 'recommendation']);
export type TermKind = z.infer<typeof termKindSchema>;

/** A CSS hex colour (#rgb or #rrggbb); used for highlights and the coverage matrix. */
export const colourSchema = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'een kleur als #rrggbb');

/**
 * One term of the vocabulary. `id` is stable across taxonomy versions: annotations store it, so a term
 * may be relabelled in a new version but its id never reused for something else.
 * `group` names the recommendation group (for recommendations) so digests can group them as the
 * review report does.
 */
export const termSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, 'kleine letters, cijfers, punt en streep'),
  kind: termKindSchema,
  code: z.string().min(1).max(32),
  label: z.string().min(1).max(500),
  parent: z.string().optional(),
  group: z.string().max(200).optional(),
  colour: colourSchema,
  /** No longer offered for new links, kept because annotations still use it. */
  retired: z.boolean().optional(),
});
export type Term = z.infer<typeof termSchema>;

/** A whole vocabulary as served by `GET /api/taxonomy`. */
export const taxonomySchema = z
  .object({
    version: z.number().int().positive(),
    terms: z.array(termSchema).min(1).max(1000),
  })
  .superRefine((taxonomy, ctx) => {
    const ids = new Set<string>();
    for (const [index, term] of taxonomy.terms.entries()) {
      if (ids.has(term.id)) {
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `dubbele term-id ${term.id}` });
      }
      ids.add(term.id);
    }
    for (const [index, term] of taxonomy.terms.entries()) {
      if (term.parent !== undefined && !ids.has(term.parent)) {
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'parent'], message: `onbekende parent ${term.parent}` });
      }
    }
  });
export type Taxonomy = z.infer<typeof taxonomySchema>;
