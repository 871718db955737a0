// The LiveChat Partner Program API v2 for TypeScript: openapi-fetch over the types openapi-typescript
// generates from openapi/livechat-partners.yaml (src/generated/, `npm run generate`). Every call is
// typed by the document: the path, its parameters, the request body, the success body and the error
// body (`ErrorResponse`) of each status the document lists.
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './generated/livechat-partners.js';

export type { components, operations, paths };

/** A schema of the document by name: `Schema<'ClientLicense'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The error body of every 4xx and 5xx: `{ error: { type, message, fields? } }`. */
export type ErrorResponse = Schema<'ErrorResponse'>;

/** The production base URL (the document's first server). */
export const productionBaseUrl = 'https://api.livechatinc.com/v2/partners';

/** A client of the Partner API: `client.GET('/resellers/licenses/{licenseId}', { params: { path: { licenseId: '123' } } })`. */
export type PartnersClient = Client<paths, `${string}/${string}`>;

export interface PartnersClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The Partner API base URL, `/v2/partners` included; defaults to production. */
  baseUrl?: string;
  /**
   * The Partner's API token, sent as `Authorization: Bearer <token>` to the origin of `baseUrl` only:
   * a call made on another host (the Recurly token call's `baseUrl: 'https://api.recurly.com'`) goes
   * without it. Pass the token here, not in `headers`, which go to every host.
   */
  token?: string;
}

/**
 * Sends `Authorization: Bearer <token>` on every request to the origin (scheme, host and port) of
 * `apiBaseUrl` that does not set its own, and on no request to any other origin.
 */
export function bearerToken(token: string, apiBaseUrl: string): Middleware {
  const apiOrigin = new URL(apiBaseUrl).origin;
  return {
    onRequest({ request }) {
      if (new URL(request.url).origin !== apiOrigin) return request;
      if (!request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

/**
 * Creates a client of the Partner API; pass `token` to authenticate every request to the origin of
 * `baseUrl` (and none to another host).
 */
export function createPartnersClient(options: PartnersClientOptions = {}): PartnersClient {
  const { token, baseUrl = productionBaseUrl, ...rest } = options;
  const client = createClient<paths>({ ...rest, baseUrl });
  if (token !== undefined) client.use(bearerToken(token, baseUrl));
  return client;
}

/**
 * A `bodySerializer` that sends the body as it is instead of as JSON: for the raw `image/png` or
 * `image/jpeg` body of `uploadExpertLogo` (`{ body: blob, bodySerializer: asIs, headers: { 'Content-Type': 'image/png' } }`).
 */
export const asIs = <T>(body: T): T => body;
