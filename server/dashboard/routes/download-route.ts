import type { Context } from 'hono';
import { ApiFailure } from '../../http/api-failure';
import { sendDigestDownload } from '../../http/digest-download';
import type { DigestFile } from '../../services/digest/worker/digest-file';
import { makeDigestDownload } from '../../services/digest-service';
import type { ServiceContext } from '../../services/service-context';
import type { DashboardEnv } from '../dashboard-env';
import { DIGEST_FORMATS, readScope, toDigestQuery } from '../model/digest-scope';
import { renderErrorPage } from '../pages/error-page';

type Format = (typeof DIGEST_FORMATS)[number]['format'];

const isFormat = (value: string | undefined): value is Format => DIGEST_FORMATS.some((entry) => entry.format === value);

/**
 * `GET /download?formaat=…&ronde=…&van=…&tot=…&pseudoniem=1`: the digest as a file, for the
 * signed-in secretariat (the session stands in for the API's bearer token). Sent and audited by
 * the same `sendDigestDownload` as an API download.
 */
export function createDownloadHandler(context: ServiceContext) {
  return async (c: Context<DashboardEnv>): Promise<Response> => {
    const format = c.req.query('formaat');
    if (!isFormat(format)) return renderErrorPage(c, 400, 'Onbekend formaat', 'Kies een van de formaten op de pagina Feedbackoverzicht.');
    const { scope } = readScope(c.req.query());
    const query = toDigestQuery(scope, format, c.req.query('pseudoniem') === '1');
    let file: DigestFile;
    try {
      file = await makeDigestDownload(context, query);
    } catch (error) {
      if (error instanceof ApiFailure) return renderErrorPage(c, error.status, 'Downloaden lukte niet', error.message);
      throw error;
    }
    return sendDigestDownload(c, context, { file, query, actorId: c.get('user').id, channel: 'dashboard' });
  };
}
