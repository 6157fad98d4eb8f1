import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// The yardstick for the load bench: Hono on the same adapter, answering the same bytes with no work.
// The body is kept encoded, as Kantlijn keeps its pages, so both take the adapter's fastest path.
const body = Buffer.from(process.env['BODY'] ?? '{}', 'utf8');
const app = new Hono().get('/', (c) => c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port}`));
