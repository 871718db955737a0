// A Partner's journey through the generated TypeScript client, against the mock server started on a
// free loopback port: sandbox, API token, LiveChat campaign create/list/disable, license, Expert logo
// upload and invoice PDF. Each step asserts on the typed result, and on the typed error body
// (`{ error: { type, message, fields } }`) of the rule it breaks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type PartnersClient, type Schema, asIs, createPartnersClient } from '../src/index.js';
import { type MockServer, type Sandbox, startMockServer } from './mock-server.js';
import { recurlyQuery } from './recurly-card.js';
import { createPng } from './png.js';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

let mock: MockServer;
let sandbox: Sandbox;
let client: PartnersClient;

before(async () => {
  mock = await startMockServer();
  sandbox = await mock.createSandbox();
  client = createPartnersClient({ baseUrl: mock.baseUrl, token: sandbox.token });
});

after(async () => {
  await mock?.stop();
});

describe('sandbox and authentication', () => {
  test('POST /_mock/sandboxes gives an isolated account with a working token', () => {
    assert.ok(sandbox.partner_id.length > 0);
    assert.ok(sandbox.login.length > 0);
    assert.ok(sandbox.password.length > 0);
    assert.ok(sandbox.token.length > 0);
  });

  test('getStatus is public and answers ok', async () => {
    const anonymous = createPartnersClient({ baseUrl: mock.baseUrl });
    const { data, error } = await anonymous.GET('/status');
    assert.equal(error, undefined);
    assert.equal(data?.status, 'ok');
  });

  test('getProfile without a token is 401 authentication', async () => {
    const anonymous = createPartnersClient({ baseUrl: mock.baseUrl });
    const { data, error, response } = await anonymous.GET('/');
    assert.equal(data, undefined);
    assert.equal(response.status, 401);
    assert.equal(error?.error.type, 'authentication');
  });

  test('getProfile with the sandbox token answers the sandbox account', async () => {
    const { data, error } = await client.GET('/');
    assert.equal(error, undefined, JSON.stringify(error));
    assert.equal(data?.partner_id, sandbox.partner_id);
  });
});

describe('API tokens', () => {
  test('createApiToken: the new token authorizes requests, is listed, and stops working once revoked', async () => {
    const created = await client.POST('/tokens', { body: { label: 'TypeScript journey' } });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    const token: Schema<'ApiToken'> | undefined = created.data;
    assert.ok(token);
    assert.equal(token.label, 'TypeScript journey');
    assert.match(token.creation_timestamp, TIMESTAMP);

    const withNewToken = createPartnersClient({ baseUrl: mock.baseUrl, token: token.token });
    const profile = await withNewToken.GET('/');
    assert.equal(profile.response.status, 200);

    const list = await client.GET('/tokens');
    assert.ok(list.data?.result.some((t) => t.id === token.id));

    const revoked = await client.DELETE('/tokens/{tokenId}', { params: { path: { tokenId: token.id } } });
    assert.equal(revoked.data?.success, true, JSON.stringify(revoked.error));
    const after = await withNewToken.GET('/');
    assert.equal(after.response.status, 401);
    assert.equal(after.error?.error.type, 'authentication');
  });

  test('createApiToken with a label under 3 characters is 400 validation on label', async () => {
    const { data, error, response } = await client.POST('/tokens', { body: { label: 'ab' } });
    assert.equal(data, undefined);
    assert.equal(response.status, 400);
    assert.equal(error?.error.type, 'validation');
    assert.deepEqual(error?.error.fields?.map((f) => f.name), ['label']);
  });
});

describe('LiveChat campaigns', () => {
  test('create, list as active, disable, list as disabled', async () => {
    const created = await client.POST('/affiliates/livechat/campaigns', {
      body: { name: 'Spring journey', trial_duration: 30, link: 'features/' },
    });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    const campaign: Schema<'LiveChatCampaign'> | undefined = created.data;
    assert.ok(campaign);
    assert.equal(campaign.name, 'Spring journey');
    assert.equal(campaign.slug, 'pp_spring-journey');
    assert.equal(campaign.trial_duration, 30);
    assert.match(campaign.creation_timestamp, TIMESTAMP);
    assert.ok(campaign.url.startsWith('https://www.livechatinc.com/features/'), campaign.url);

    const active = await client.GET('/affiliates/livechat/campaigns/active');
    assert.ok(active.data?.result.some((c) => c.slug === campaign.slug));

    const disabled = await client.DELETE('/affiliates/livechat/campaigns/{slug}', {
      params: { path: { slug: campaign.slug } },
    });
    assert.equal(disabled.data?.success, true, JSON.stringify(disabled.error));

    const activeAfter = await client.GET('/affiliates/livechat/campaigns/active');
    assert.ok(!activeAfter.data?.result.some((c) => c.slug === campaign.slug));
    const disabledList = await client.GET('/affiliates/livechat/campaigns/disabled');
    const row = disabledList.data?.result.find((c) => c.slug === campaign.slug);
    assert.ok(row, 'the campaign is in the disabled list');
    assert.match(row.disabled_timestamp, TIMESTAMP);

    const again = await client.DELETE('/affiliates/livechat/campaigns/{slug}', {
      params: { path: { slug: campaign.slug } },
    });
    assert.equal(again.response.status, 403, 'a disabled campaign cannot be disabled again');
    assert.equal(again.error?.error.type, 'authorization');
  });

  test('a name under 5 characters is 400 validation on name', async () => {
    const { error, response } = await client.POST('/affiliates/livechat/campaigns', {
      body: { name: 'Tiny', trial_duration: 30 },
    });
    assert.equal(response.status, 400);
    assert.equal(error?.error.type, 'validation');
    assert.ok(error?.error.fields?.some((f) => f.name === 'name'), JSON.stringify(error));
  });

  test('a name already taken is 409 conflict', async () => {
    const body = { name: 'Twice named', trial_duration: 14 };
    const first = await client.POST('/affiliates/livechat/campaigns', { body });
    assert.equal(first.response.status, 201, JSON.stringify(first.error));
    const second = await client.POST('/affiliates/livechat/campaigns', { body });
    assert.equal(second.response.status, 409);
    assert.equal(second.error?.error.type, 'conflict');
  });

  test('sandboxes are isolated: another account does not see the campaign', async () => {
    const other = await mock.createSandbox();
    const otherClient = createPartnersClient({ baseUrl: mock.baseUrl, token: other.token });
    const created = await client.POST('/affiliates/livechat/campaigns', { body: { name: 'Only mine', trial_duration: 20 } });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    const theirs = await otherClient.GET('/affiliates/livechat/campaigns/active');
    assert.equal(theirs.response.status, 200);
    assert.ok(!theirs.data?.result.some((c) => c.slug === created.data?.slug));
  });
});

describe('Solution Partner licenses', () => {
  test('createLicense, then read its details and find it in the list', async () => {
    const created = await client.POST('/solutions/licenses', {
      body: {
        client_name: 'Ada Lovelace',
        client_email: 'ada@example.com',
        payment_origin: 'partner',
        data_center: 'fra',
        purchase_order: 'PO-TS-1',
      },
    });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    const license: Schema<'ClientLicense'> | undefined = created.data;
    assert.ok(license);
    assert.match(license.license, /^[0-9]+$/);
    assert.equal(license.client_email, 'ada@example.com');
    assert.equal(license.payment_origin, 'partner');
    assert.equal(license.data_center, 'fra');

    const details = await client.GET('/resellers/licenses/{licenseId}', {
      params: { path: { licenseId: license.license } },
    });
    assert.equal(details.data?.license, license.license, JSON.stringify(details.error));
    assert.equal(typeof details.data?.recurly?.subscriber, 'boolean');

    const list = await client.GET('/resellers/licenses');
    assert.ok(list.data?.result.some((l) => l.license === license.license));
  });

  test('an incorrect client_email is 400 validation on client_email', async () => {
    const { error, response } = await client.POST('/solutions/licenses', {
      body: { client_name: 'Ada Lovelace', client_email: 'not-an-email', payment_origin: 'client' },
    });
    assert.equal(response.status, 400);
    assert.equal(error?.error.type, 'validation');
    assert.ok(error?.error.fields?.some((f) => f.name === 'client_email'), JSON.stringify(error));
  });

  test('an unknown license is 404 not_found', async () => {
    const { error, response } = await client.GET('/resellers/licenses/{licenseId}', {
      params: { path: { licenseId: '999999999' } },
    });
    assert.equal(response.status, 404);
    assert.equal(error?.error.type, 'not_found');
  });
});

describe('Expert logo', () => {
  const upload = (png: Uint8Array<ArrayBuffer>) =>
    client.POST('/experts/profile/logo', {
      body: new Blob([png], { type: 'image/png' }),
      bodySerializer: asIs,
      headers: { 'Content-Type': 'image/png' },
    });

  test('a 400x400 PNG is accepted and answers the logo URL', async () => {
    const { data, error, response } = await upload(createPng(400, 400));
    assert.equal(response.status, 200, JSON.stringify(error));
    const logo: Schema<'LogoUrl'> | undefined = data;
    assert.ok(logo);
    assert.doesNotThrow(() => new URL(logo.result));
  });

  test('a 200x200 PNG is 400 validation on body', async () => {
    const { data, error, response } = await upload(createPng(200, 200));
    assert.equal(data, undefined);
    assert.equal(response.status, 400);
    assert.equal(error?.error.type, 'validation');
    assert.ok(error?.error.fields?.some((f) => f.name === 'body'), JSON.stringify(error));
  });
});

describe('license invoices', () => {
  test('the invoice list and one invoice as a PDF', async () => {
    const invoices = await client.GET('/resellers/licenses/{licenseId}/invoices', {
      params: { path: { licenseId: '123' } },
    });
    assert.equal(invoices.response.status, 200, JSON.stringify(invoices.error));
    const first: Schema<'Invoice'> | undefined = invoices.data?.result[0];
    assert.ok(first, 'the seeded license 123 has invoices');
    assert.match(first.date, TIMESTAMP);

    const pdf = await client.GET('/resellers/licenses/{licenseId}/invoices/{invoiceNo}', {
      params: { path: { licenseId: '123', invoiceNo: first.invoice_no } },
      parseAs: 'arrayBuffer',
    });
    assert.equal(pdf.response.status, 200, JSON.stringify(pdf.error));
    assert.equal(pdf.response.headers.get('content-type')?.split(';')[0], 'application/pdf');
    assert.ok(pdf.data);
    const bytes = Buffer.from(pdf.data);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('an unknown invoice is 404 not_found', async () => {
    const { error, response } = await client.GET('/resellers/licenses/{licenseId}/invoices/{invoiceNo}', {
      params: { path: { licenseId: '123', invoiceNo: 987654 } },
    });
    assert.equal(response.status, 404);
    assert.equal(error?.error.type, 'not_found');
  });
});

describe('Recurly token (another host)', () => {
  test('getRecurlyToken goes to the host its path item declares when the call sets baseUrl', async () => {
    // The document declares this path item's own servers (Recurly; the mock serves it at its root).
    // openapi-fetch, like Kiota and NSwag, builds every URL on the client's baseUrl, so the call
    // names its host.
    const { data, error, response } = await client.GET('/js/v1/token', {
      baseUrl: mock.origin,
      params: { query: recurlyQuery },
    });
    assert.equal(response.status, 200, JSON.stringify(error));
    assert.equal(new URL(response.url).pathname, '/js/v1/token');
    assert.ok(data?.id);
  });
});
