import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// The yardstick for the load bench: Hono on the same adapter, answering fixed bytes with no work.
const body = process.env['BODY'] ?? '{}';
const app = new Hono().get('/', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port}`));
