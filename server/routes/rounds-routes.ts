import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { requireRole } from '../http/require-role';
import { readJsonBody } from '../http/validate';
import { createRound, roundInputSchema, roundPatchSchema, updateRound } from '../services/rounds-service';
import { roundPhase } from '../services/round-phase';
import type { ServiceContext } from '../services/service-context';

/** `/api/rounds`: review rounds; everyone reads them, the secretariat opens and changes them. */
export function createRoundsRoutes(context: ServiceContext) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const now = context.now().toISOString();
      return c.json({ items: context.db.rounds.all().map((round) => ({ ...round, open: roundPhase(round, now) === 'open' })) }, 200);
    })
    .get('/:id', (c) => {
      const round = context.db.rounds.findById(c.req.param('id'));
      if (!round) throw new ApiFailure(404, 'not_found', 'Deze ronde bestaat niet.');
      return c.json(round, 200);
    })
    .post('/', requireRole('secretariat'), async (c) => {
      const round = createRound(context, c.get('user').id, await readJsonBody(c, roundInputSchema));
      c.header('Location', `/api/rounds/${round.id}`);
      return c.json(round, 201);
    })
    .patch('/:id', requireRole('secretariat'), async (c) => {
      const patch = await readJsonBody(c, roundPatchSchema);
      return c.json(updateRound(context, c.get('user').id, c.req.param('id'), patch), 200);
    });
}
