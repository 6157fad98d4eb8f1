import { z } from 'zod';

/** The roles a user can have; see the product description for what each may do. */
export const roleSchema = z.enum(['councillor', 'partner', 'secretariat', 'respondent']);
export type Role = z.infer<typeof roleSchema>;

/** What `GET /api/me` answers: the signed-in user as others may see them. */
export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  organisation: z.string(),
});
export type Me = z.infer<typeof meSchema>;
