// Responses stay open (issue 11, item 9): the generated types give enum-like response fields as
// strings, so a value the API adds tomorrow compiles and reads as sent. `tsc` checks the assignments
// below (run-tests.sh typechecks before it runs); the test reads such an answer through openapi-fetch.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Schema, createPartnersClient } from '../src/index.js';
import { type CaptureServer, json, startCaptureServer } from './capture-server.js';

type License = Schema<'ClientLicense'>;

// Compile-time: values no client was generated with are valid response values.
const plan: License['plan'] = 'enterprise';
const origin: License['payment_origin'] = 'reseller';
const agents: Schema<'ExpertProfile'>['agents'] = '5+';

let api: CaptureServer;

before(async () => {
  api = await startCaptureServer(
    json(200, {
      license: '123', client_name: 'Joe Doe', client_email: 'joe@example.com', purchase_order: '',
      creation_timestamp: '2019-03-06 12:59:13', end_timestamp: '', cc_added: true, paid: true, seats: 12,
      plan, billing_cycle: 'biennial', total_discount: 0, discount_percent: 0, expired: false, blocked: false,
      payment_origin: origin, conversations: 403, conversations_last_30_days: 195, total_commission: 125,
      commission_percent: 20, data_center: 'sgp',
    }),
  );
});

after(() => api.stop());

test('a license with values the document does not list is read as sent', async () => {
  const client = createPartnersClient({ baseUrl: `${api.origin}/v2/partners`, token: 'token' });

  const { data, error } = await client.GET('/resellers/licenses/{licenseId}', { params: { path: { licenseId: '123' } } });

  assert.equal(error, undefined);
  assert.equal(data?.plan, 'enterprise');
  assert.equal(data?.data_center, 'sgp');
  assert.equal(agents, '5+');
});
