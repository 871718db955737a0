// The Partner token goes to the API's origin and nowhere else. Two capture servers on loopback
// stand in for the Partner API (the client's baseUrl) and for Recurly (the per-call baseUrl of the
// Recurly token call, as the README says to make it): they record the headers that arrive.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createPartnersClient, type PartnersClient } from '../src/index.js';
import { type CaptureServer, json, startCaptureServer } from './capture-server.js';
import { recurlyQuery } from './recurly-card.js';

const TOKEN = 'partner-token-must-stay-home';


let api: CaptureServer;
let recurly: CaptureServer;
let client: PartnersClient;
/** When set, the API stand-in answers the next request with a 307 to the Recurly stand-in. */
let redirectNextToRecurly = false;

before(async () => {
  recurly = await startCaptureServer(json(200, { id: 'recurly-token-id' }));
  api = await startCaptureServer((request, response) => {
    if (redirectNextToRecurly) {
      redirectNextToRecurly = false;
      response.writeHead(307, { Location: `${recurly.origin}/js/v1/token?key=${recurlyQuery.key}` });
      response.end();
      return;
    }
    json(200, { partner_id: 'p1', login: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' })(request, response);
  });
  client = createPartnersClient({ baseUrl: `${api.origin}/v2/partners`, token: TOKEN });
});

after(async () => {
  await api?.stop();
  await recurly?.stop();
});

beforeEach(() => {
  api.clear();
  recurly.clear();
  redirectNextToRecurly = false;
});

describe('the Partner token and the hosts it goes to', () => {
  test('a call to the API origin carries Authorization: Bearer <token>', async () => {
    const { data, response } = await client.GET('/');
    assert.equal(response.status, 200);
    assert.equal(data?.partner_id, 'p1');
    assert.equal(api.requests.length, 1);
    assert.equal(api.requests[0]?.url, '/v2/partners/');
    assert.equal(api.requests[0]?.headers.authorization, `Bearer ${TOKEN}`);
  });

  test('the Recurly token call on its own baseUrl reaches that host without Authorization', async () => {
    // The Recurly stand-in is on loopback too, on another port: another origin all the same.
    const { data, response } = await client.GET('/js/v1/token', {
      baseUrl: recurly.origin,
      params: { query: recurlyQuery },
    });
    assert.equal(response.status, 200);
    assert.equal(data?.id, 'recurly-token-id');
    assert.equal(api.requests.length, 0, 'nothing went to the API');
    assert.equal(recurly.requests.length, 1);
    const received = recurly.requests[0];
    assert.ok(received?.url.startsWith('/js/v1/token?'), received?.url);
    assert.equal(received?.headers.authorization, undefined, JSON.stringify(received?.headers));
    assert.ok(
      !Object.values(received?.headers ?? {}).some((value) => String(value).includes(TOKEN)),
      `the token is in no header: ${JSON.stringify(received?.headers)}`,
    );
  });

  test('after the Recurly call, the next API call still carries the token', async () => {
    await client.GET('/js/v1/token', { baseUrl: recurly.origin, params: { query: recurlyQuery } });
    await client.GET('/');
    assert.equal(recurly.requests[0]?.headers.authorization, undefined);
    assert.equal(api.requests[0]?.headers.authorization, `Bearer ${TOKEN}`);
  });

  test('a redirect from the API origin to another host does not take the token along', async () => {
    // Not this client's doing: fetch drops Authorization on a cross-origin redirect (Fetch standard).
    redirectNextToRecurly = true;
    const { data, response } = await client.GET('/');
    assert.equal(response.status, 200);
    assert.equal(data?.partner_id, undefined, 'the body is the Recurly stand-in\'s');
    assert.equal(api.requests[0]?.headers.authorization, `Bearer ${TOKEN}`, 'sent to the API origin');
    assert.equal(recurly.requests.length, 1, 'the redirect was followed');
    assert.equal(recurly.requests[0]?.headers.authorization, undefined, JSON.stringify(recurly.requests[0]?.headers));
  });
});
