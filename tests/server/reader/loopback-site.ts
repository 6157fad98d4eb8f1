import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A small web site on one loopback address, counting what reached it. */
export interface LoopbackSite {
  /** `http://ADDRESS:PORT`. */
  origin: string;
  port: number;
  /** Every request that reached this site, in order: path and Host header. */
  requests: { path: string; host: string | undefined }[];
  close(): Promise<void>;
}

const HTML = '<!DOCTYPE html><html lang="nl"><head><title>Rapport</title></head><body><p>Voortgang van de veranderagenda.</p></body></html>';
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

function answer(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://site');
  const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
  if (redirect) {
    const left = Number(redirect[1]);
    response.writeHead(302, { Location: left > 0 ? `/redirect/${left - 1}` : '/rapport.html' }).end();
    return;
  }
  switch (url.pathname) {
    case '/rapport.html':
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HTML);
      return;
    case '/rapport.pdf':
      response.writeHead(200, { 'Content-Type': 'application/pdf' }).end(PDF);
      return;
    case '/download':
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(PDF);
      return;
    case '/not-a-pdf':
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end('MZ not a document');
      return;
    case '/plain.txt':
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('just text');
      return;
    case '/no-type':
      response.writeHead(200).end(HTML);
      return;
    case '/redirect-to':
      response.writeHead(302, { Location: url.searchParams.get('url') ?? '/' }).end();
      return;
    case '/big.html':
      // No Content-Length: the cap must hold while streaming, not only on the declared size.
      response.writeHead(200, { 'Content-Type': 'text/html' });
      for (let i = 0; i < 64; i += 1) response.write('<p>'.padEnd(1024, 'x'));
      response.end();
      return;
    case '/big-declared.pdf':
      response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': String(200 * 1024 * 1024) });
      response.write('%PDF-1.4\n');
      return;
    case '/slow':
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.write('<p>begin');
      return;
    default:
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}

/** Starts a site on `address` (a 127.x.y.z address), on a free port unless `port` is given. */
export function startLoopbackSite(address: string, port = 0): Promise<LoopbackSite> {
  const requests: LoopbackSite['requests'] = [];
  const server: Server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', host: request.headers.host });
    answer(request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      const bound = (server.address() as AddressInfo).port;
      resolve({
        origin: `http://${address}:${bound}`,
        port: bound,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
