import { Hono } from 'hono';
import { anchorReportSchema } from '../../shared/schemas/response';
import type { AppEnv } from '../http/app-env';
import { readJsonBody } from '../http/validate';
import { recordAnchorStates } from '../services/responses-service';
import type { ServiceContext } from '../services/service-context';

/**
 * `POST /api/anchor-states` (any user) `{ source, states: [{ id, state }] }`: how the annotations
 * of the document read at `source` anchored in the version the reader saw (`anchored`, `moved`,
 * `orphan`). Answers `{ changed }`, how many states differed from the last report.
 */
export function createAnchorStatesRoutes(context: ServiceContext) {
  return new Hono<AppEnv>().post('/', async (c) => {
    const report = await readJsonBody(c, anchorReportSchema);
    return c.json({ changed: recordAnchorStates(context, c.get('user'), report) }, 200);
  });
}
