/** Starts the HTTP server on a host and port; resolves once it listens. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppOptions } from './app.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

export function isLoopback(host: string): boolean {
  return LOOPBACK.includes(host) || host.startsWith('127.');
}

export async function startServer(
  options: Omit<AppOptions, 'allowedHosts'> & { host: string; port: number },
): Promise<RunningServer> {
  // On loopback, refuse other Host names so a web page elsewhere cannot reach the API by DNS rebinding.
  const allowedHosts = isLoopback(options.host) ? [...LOOPBACK, options.host] : null;
  const server = createServer(createApp({ ...options, allowedHosts }));
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
