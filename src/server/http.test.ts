import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HttpError, redactPaths, sendText } from './http.js';

describe('sending large bodies', () => {
  it('holds back what a client that does not read has not taken (backpressure)', async () => {
    const body = Buffer.alloc(32 << 20, 'x');
    let response: ServerResponse | undefined;
    const server = createServer((_req, res) => {
      response = res;
      sendText(res, 200, 'application/json', body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => {});
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    socket.pause();
    try {
      while (!response) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 300));
      // Queued in the server for this client: a slice or two, not the 32 MB body.
      expect(response.writableLength).toBeLessThan(1 << 20);
    } finally {
      socket.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('error bodies', () => {
  it('never show server paths', () => {
    expect(redactPaths('cannot write /home/me/graph/graph.json: EACCES')).toBe('cannot write <path>: EACCES');
    expect(redactPaths("open '/tmp/x/y.json'")).toBe("open '<path>'");
    expect(new HttpError(500, 'X', 'failed at /srv/app/dist/server/app.js').body().error.message).toBe(
      'failed at <path>',
    );
    expect(redactPaths('a/b is not a path, 1/2 neither')).toBe('a/b is not a path, 1/2 neither');
  });
});
