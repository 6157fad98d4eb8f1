/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiFailure } from '../../http/api-failure';
import { applyImport } from '../../services/import/apply-import';
import { ImportFileError } from '../../services/import/import-item';
import { planImport, type ImportOptions } from '../../services/import/plan-import';
import { readImportFile } from '../../services/import/read-import-file';
import type { ServiceContext } from '../../services/service-context';
import type { DashboardEnv } from '../dashboard-env';
import { createPendingImports } from '../model/pending-imports';
import { ImportPage } from '../pages/import-page';
import { pageUser } from '../pages/page-user';
import { renderPage } from '../pages/render-page';
import { dashboardNl } from '../texts/dashboard-texts';
import { decodeFile } from './form-input';

const texts = dashboardNl.import;
type Env = Context<DashboardEnv>;

/** The upload form: a non-empty file and, optionally, the round (a round id; '' means none). */
const uploadFormSchema = z.object({
  bestand: z.instanceof(File).refine((file) => file.size > 0),
  ronde: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => (value ? value : undefined)),
});

/** The confirmation form: the id of the checked file, as the page handed it out. */
const confirmFormSchema = z.object({ import: z.string().min(1).max(128) });

/** The message of a failure the secretariat can act on, or the failure itself thrown on. */
function failureMessage(error: unknown): string {
  if (error instanceof ImportFileError || error instanceof ApiFailure) return error.message;
  throw error;
}

/**
 * The import page (secretariat only, as the whole dashboard): an uploaded file is checked first
 * (the dry run's report), kept until "Importeren" confirms, then imported in one transaction.
 */
export function createImportRoutes(context: ServiceContext): Hono<DashboardEnv> {
  const pending = createPendingImports(() => context.now().getTime());
  const show = (c: Env, props: Omit<Parameters<typeof ImportPage>[0], 'signedIn' | 'rounds'>, status: ContentfulStatusCode = 200) =>
    renderPage(c, <ImportPage signedIn={pageUser(c)} rounds={context.db.rounds.all()} {...props} />, status);
  const optionsOf = (roundId: string | undefined): ImportOptions => (roundId ? { roundId } : {});

  return new Hono<DashboardEnv>()
    .get('/importeren', (c) => show(c, { errors: [] }))
    .post('/importeren', async (c) => {
      const form = uploadFormSchema.safeParse(await c.req.parseBody());
      if (!form.success) {
        const roundWrong = form.error.issues.some((issue) => issue.path[0] === 'ronde');
        return show(c, { errors: [roundWrong ? texts.badRound : texts.noFile] }, 400);
      }
      const { bestand: file, ronde: roundId } = form.data;
      const text = decodeFile(await file.arrayBuffer());
      try {
        const plan = planImport(context, c.get('user'), readImportFile(text), optionsOf(roundId));
        return show(c, { errors: [], pending: { id: pending.add(c.get('user').id, text, roundId), plan } });
      } catch (error) {
        const message = failureMessage(error);
        return show(c, { errors: [message] }, error instanceof ApiFailure ? error.status : 400);
      }
    })
    .post('/importeren/bevestigen', async (c) => {
      const form = confirmFormSchema.safeParse(await c.req.parseBody());
      const checked = form.success ? pending.take(form.data.import, c.get('user').id) : undefined;
      if (!checked) return show(c, { errors: [texts.expired] }, 400);
      try {
        const result = applyImport(context, c.get('user'), readImportFile(checked.text), optionsOf(checked.roundId));
        return show(c, { errors: [], done: { plan: result.plan, created: result.created } });
      } catch (error) {
        const message = failureMessage(error);
        return show(c, { errors: [message] }, error instanceof ApiFailure ? error.status : 400);
      }
    });
}
