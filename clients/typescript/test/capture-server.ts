// A local HTTP server on a free loopback port that records every request it receives (method, path,
// headers) and answers with what the test tells it to: a stand-in for another host (Recurly) or for
// the Partner API, to see exactly which headers a client sends there.
import { type IncomingHttpHeaders, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  method: string;
  /** The path and query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
}

/** Answers one captured request (after it is recorded). */
export type Responder = (request: CapturedRequest, response: ServerResponse) => void;

export interface CaptureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received so far, in order. */
  readonly requests: readonly CapturedRequest[];
  /** Forgets the requests received so far. */
  clear(): void;
  stop(): Promise<void>;
}

/** Answers `status` with a JSON body. */
export function json(status: number, body: unknown): Responder {
  return (_, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
}

export async function startCaptureServer(respond: Responder): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const captured = { method: request.method ?? '', url: request.url ?? '', headers: request.headers };
      requests.push(captured);
      respond(captured, response);
    });
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => listening());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    clear: () => {
      requests.length = 0;
    },
    stop: () =>
      new Promise<void>((stopped, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : stopped()));
      }),
  };
}
