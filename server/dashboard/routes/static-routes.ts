import { Hono } from 'hono';
import { DASHBOARD_CSS } from '../assets/dashboard-css';
import { DASHBOARD_JS } from '../assets/dashboard-js';

/** `/static/…`: the stylesheet and the small script, public (the sign-in page needs them too). */
export function createStaticRoutes(): Hono {
  const cache = 'public, max-age=3600';
  return new Hono()
    .get('/dashboard.css', (c) => c.body(DASHBOARD_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': cache }))
    .get('/dashboard.js', (c) => c.body(DASHBOARD_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': cache }));
}
