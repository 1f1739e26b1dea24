import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CapturedResponse } from './luban-app.js';

export type BareServer = { baseUrl: string; close(): Promise<void> };

/**
 * The reference: a bare `node:http` server that answers every request with the captured
 * status, headers and body bytes. No routing, parsing, auth or database: the floor of the stack.
 */
export async function startBareServer(response: CapturedResponse): Promise<BareServer> {
  const headers = { ...response.headers, 'content-length': String(response.body.length) };
  const server = http.createServer((_request, reply) => {
    reply.writeHead(response.status, headers);
    reply.end(response.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
