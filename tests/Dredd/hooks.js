// Dredd hooks for openapi/livechat-partners.yaml against the mock (tests/Dredd/run.sh starts it).
//
// Dredd reads the request of every transaction from the document's examples, which work against a fresh
// sandbox. The hooks below do only two kinds of things, each marked:
//   [dredd]    work around what Dredd 14's OpenAPI 3 support cannot do (permanent);
//   [api]      an order or state the API itself needs (a token minted first, a license created first).
// Non-2xx transactions are made to happen for real (no Authorization header, a broken body, a body over the
// mock's limit, an id that does not exist...) or are skipped with the reason printed in the summary.
// DREDD_TRACE=1 logs every request and answer.
const hooks = require('hooks');
const fs = require('fs');
const path = require('path');
const images = require('./images');

const origin = process.env.DREDD_MOCK_ORIGIN; // e.g. http://127.0.0.1:5391 (the API is under /v2/partners)
const token = process.env.DREDD_TOKEN;
const partnerId = process.env.DREDD_PARTNER_ID || 'xyz';
const maxBodyBytes = Number(process.env.DREDD_MAX_BODY_BYTES || 0);
const summaryFile = process.env.DREDD_SUMMARY_FILE;
if (!origin || !token) throw new Error('DREDD_MOCK_ORIGIN and DREDD_TOKEN must be set (tests/Dredd/run.sh sets them)');

const state = { password: null, newLicenseId: null, recurlyQuery: null, otherSandbox: null, setupError: null };
const results = []; // {name, outcome: pass|fail|skip, reason}

// ---------------------------------------------------------------------------------------------- helpers
const partsOf = (t) => {
  const [resource, action, status] = t.name.split(' > ');
  return { key: `${t.request.method} ${resource}`, resource, action, status: Number(status) };
};
const prefixOf = (t) => t.fullPath.slice(0, t.fullPath.length - t.request.uri.length); // "/v2/partners"
const setUri = (t, uri) => { const prefix = prefixOf(t); t.request.uri = uri; t.fullPath = prefix + uri; };

/** Replaces the value of path parameter `name` (from the resource template) in the request. */
function setPathParam(t, name, value) {
  const { resource } = partsOf(t);
  const [uriPath, query] = t.request.uri.split('?');
  const index = resource.split('/').indexOf(`{${name}}`);
  if (index < 0) throw new Error(`${t.name}: no {${name}} in ${resource}`);
  const segments = uriPath.split('/');
  segments[index] = encodeURIComponent(value);
  setUri(t, segments.join('/') + (query === undefined ? '' : `?${query}`));
}
const pathParam = (t, name) => decodeURIComponent(t.request.uri.split('?')[0].split('/')[partsOf(t).resource.split('/').indexOf(`{${name}}`)]);

function setQueryParam(t, name, value) {
  const [uriPath, query = ''] = t.request.uri.split('?');
  const params = new URLSearchParams(query);
  if (value === undefined) params.delete(name); else params.set(name, value);
  const rendered = params.toString();
  setUri(t, uriPath + (rendered ? `?${rendered}` : ''));
}

const bodyOf = (t) => (t.request.body ? JSON.parse(t.request.body) : {});
const setBody = (t, body) => { t.request.body = JSON.stringify(body); };
const setHeader = (t, name, value) => {
  for (const key of Object.keys(t.request.headers)) if (key.toLowerCase() === name.toLowerCase()) delete t.request.headers[key];
  if (value !== undefined) t.request.headers[name] = value;
};
const headerOf = (t, name) => Object.entries(t.request.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

async function call(method, url, body) {
  const response = await fetch(url, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body && JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** [api] A Recurly token is single-use and must be minted before the subscription or billing call that spends it. */
async function mintRecurlyToken() {
  const answer = await call('GET', `${origin}${state.recurlyQuery}`);
  return answer.id;
}

// A hook's error fails its transaction (or, in beforeAll/afterAll, every transaction / the run) instead of passing it.
const asyncHook = (fn) => (t, done) => { Promise.resolve(fn(t)).then(() => done(), (e) => { t.fail = `hook: ${e.message}`; done(); }); };
const runHook = (fn) => (transactions, done) => {
  Promise.resolve(fn(transactions)).then(() => done(), (e) => { state.setupError = e.message; hooks.log(`HOOK ERROR ${e.message}`); done(); });
};
const skip = (t, reason) => { t.skip = true; t.skipReason = reason; };

// ------------------------------------------------------------------------------- the 2xx transactions
// Keyed by "METHOD /resource"; each runs before the request is sent.
const success = {
  // [api] The sandbox's password is random (the admin API tells it); changing it changes what later calls send.
  'PUT /password': (t) => { const body = bodyOf(t); body.current_password = state.password; setBody(t, body); },
  // [api] a fresh sandbox has no Partner-managed license without a subscription: the one createLicense made.
  'POST /resellers/licenses/{licenseId}/subscription': async (t) => {
    setPathParam(t, 'licenseId', state.newLicenseId);
    const body = bodyOf(t); body.token = await mintRecurlyToken(); setBody(t, body);
  },
  'PUT /resellers/licenses/{licenseId}/subscription': (t) => setPathParam(t, 'licenseId', state.newLicenseId),
  // [api] closes the subscription made above, with the Partner's current password.
  'DELETE /resellers/licenses/{licenseId}/subscription': (t) => {
    setPathParam(t, 'licenseId', state.newLicenseId);
    const body = bodyOf(t); body.password = state.password; setBody(t, body);
  },
  // [api] a Recurly token is single-use: one minted for this call (the example's license, 124, is Partner-managed).
  'PUT /resellers/licenses/{licenseId}/billing': async (t) => {
    const body = bodyOf(t); body.token = await mintRecurlyToken(); setBody(t, body);
  },
  // [dredd] Dredd ignores path-level `servers`: the Recurly call would go to /v2/partners/js/v1/token. The mock
  // serves it at its root (the document's second server). It is public: no Partner token goes to Recurly.
  'GET /js/v1/token': (t) => { setUri(t, t.request.uri); t.fullPath = t.request.uri; setHeader(t, 'Authorization'); },
  // [dredd] a binary body cannot be written as an example: a real 400×400 image of the announced type.
  'POST /experts/profile/logo': (t) => {
    const type = headerOf(t, 'Content-Type');
    t.request.body = (type === 'image/png' ? images.png(400, 400) : images.jpeg(400, 400)).toString('base64');
    t.request.bodyEncoding = 'base64';
  },
};

// After the answer: state the later transactions need.
const afterSuccess = {
  'PUT /password': (t) => { state.password = bodyOf(t).new_password; },
  'POST /solutions/licenses': (t) => { state.newLicenseId = JSON.parse(t.real.body).license; },
};

// ------------------------------------------------------------------------- the error transactions
const tooLarge = (t) => {
  if (!maxBodyBytes) return skip(t, '413: DREDD_MAX_BODY_BYTES not set');
  t.request.body = 'x'.repeat(maxBodyBytes + 1);
  t.request.bodyEncoding = 'utf-8';
  if (!headerOf(t, 'Content-Type')) setHeader(t, 'Content-Type', 'application/json');
  // The mock answers before reading the body and drops the connection; without this Dredd would send the next
  // request on that dead connection ("Error connecting to server under test!").
  setHeader(t, 'Connection', 'close');
};
const badPathParam = { licenseId: 'abc', slug: 'Not a slug', tokenId: 'abc', invoiceNo: 'abc', invoiceYear: 'abcd' };
const badRequest = (t) => {
  const { resource, key } = partsOf(t);
  if (key === 'POST /experts/profile/logo') { t.request.body = Buffer.from('not an image').toString('base64'); t.request.bodyEncoding = 'base64'; return; }
  if (key === 'GET /js/v1/token') { success[key](t); setQueryParam(t, 'number', '4111111111111112'); return; } // fails the Luhn check
  if (t.request.body) { t.request.body = '{"broken": '; return; } // not JSON
  const param = Object.keys(badPathParam).find((name) => resource.includes(`{${name}}`));
  if (param) { setPathParam(t, param, badPathParam[param]); return; }
  if (t.request.uri.includes('date_from=')) { setQueryParam(t, 'date_from', '2018-13-45'); return; }
  skip(t, '400: no cheap way to make this request incorrect');
};
// Per operation: how to make the 403 / 409 happen, from the seed (cheap ones only).
const refusals = {
  'PUT /password 403': (t) => setBody(t, { ...bodyOf(t), current_password: 'not-the-password' }),
  'POST /tokens 409': (t) => setBody(t, { label: 'My first API token' }),
  'POST /affiliates/campaigns 403': (t) => setBody(t, { ...bodyOf(t), name: 'Coupon campaign', coupon_id: 99 }),
  'POST /affiliates/campaigns 409': (t) => setBody(t, { ...bodyOf(t), name: 'Hello World!' }),
  'DELETE /affiliates/campaigns/{slug} 403': (t) => setPathParam(t, 'slug', 'pp_old-campaign'),
  'POST /affiliates/livechat/campaigns 403': (t) => setBody(t, { ...bodyOf(t), name: 'Coupon campaign', coupon_id: 99 }),
  'POST /affiliates/livechat/campaigns 409': (t) => setBody(t, { ...bodyOf(t), name: 'Hello World!' }),
  'DELETE /affiliates/livechat/campaigns/{slug} 403': (t) => setPathParam(t, 'slug', 'pp_old-campaign'),
  'POST /affiliates/livechat-partner-program/campaigns 409': (t) => setBody(t, { ...bodyOf(t), name: 'Another campaign' }),
  'DELETE /affiliates/livechat-partner-program/campaigns/{slug} 403': (t) => setPathParam(t, 'slug', 'pp_old-campaign'),
  'POST /resellers/licenses 403': (t) => setBody(t, { ...bodyOf(t), client_email: 'coupon@example.com', payment_origin: 'client', coupon_id: 99 }),
  'POST /resellers/licenses 409': (t) => setBody(t, { ...bodyOf(t), client_email: 'joe@example.com' }),
  'POST /solutions/licenses 403': (t) => setBody(t, { ...bodyOf(t), client_email: 'coupon@example.com', payment_origin: 'client', coupon_id: 99 }),
  'POST /solutions/licenses 409': (t) => setBody(t, { ...bodyOf(t), client_email: 'joe@example.com' }),
  'POST /resellers/licenses/{licenseId}/subscription 409': (t) => setPathParam(t, 'licenseId', '124'), // has one already
  'PUT /resellers/licenses/{licenseId}/subscription 409': (t) => setPathParam(t, 'licenseId', '123'), // client's: none here
  'DELETE /resellers/licenses/{licenseId}/subscription 403': (t) => setPathParam(t, 'licenseId', '124'), // example password is wrong
  'GET /solutions/licenses/{licenseId}/operators 403': (t) => setPathParam(t, 'licenseId', '123'), // managed by its client
  'POST /solutions/licenses/{licenseId}/move 403': (t) => setPathParam(t, 'licenseId', '123'),
  'POST /affiliates/withdrawals 403': () => {}, // the 201 before it took the whole balance
  // A second fresh sandbox: a Partner who is not an Expert, has no logo and no billing info.
  'POST /experts/profile 403': (t) => asOtherPartner(t),
  'PUT /experts/profile 403': (t) => asOtherPartner(t),
  'GET /experts/profile 403': (t) => asOtherPartner(t),
  'GET /experts/comments 403': (t) => asOtherPartner(t),
  'GET /experts/stats 403': (t) => asOtherPartner(t),
  'GET /experts/history 403': (t) => asOtherPartner(t),
  'POST /affiliates/withdrawals 409': (t) => asOtherPartner(t),
  // This operation documents 403, not 401, for a missing token.
  'POST /experts/profile/logo 403': (t) => { success['POST /experts/profile/logo'](t); setHeader(t, 'Authorization'); },
  'GET /affiliates/withdrawals/invoices/{invoiceYear}/{invoiceMonth}/{invoicePartnerId} 403': (t) => setPathParam(t, 'invoicePartnerId', 'someone-else'),
};
const asOtherPartner = (t) => { t.request.headers.Authorization = `Bearer ${state.otherSandbox.token}`; };
const skipReasons = {
  429: '429: the mock\'s caps (10,000 objects of a kind per sandbox, 1,000 sandboxes) take 10,000 requests to reach (tested in Reliability.Tests)',
  503: '503: a healthy mock never answers it (only the admin fault API forces it)',
};

// ---------------------------------------------------------------------------------------------- hooks
hooks.beforeAll(runHook(async () => {
  // A fresh sandbox: run.sh starts a new mock, and resetting makes a re-run against a running mock the same.
  await call('POST', `${origin}/_mock/sandboxes/${partnerId}/reset`);
  state.password = (await call('GET', `${origin}/_mock/sandboxes/${partnerId}`)).password;
  state.otherSandbox = await call('POST', `${origin}/_mock/sandboxes`);
}));
hooks.beforeAll((transactions, done) => {
  const recurly = transactions.find((t) => t.name.startsWith('/js/v1/token > ') && t.expected.statusCode === '200');
  state.recurlyQuery = recurly.request.uri; // the document's own card example
  done();
});

hooks.beforeEach(asyncHook(async (t) => {
  if (state.setupError) throw new Error(`beforeAll failed: ${state.setupError}`);
  const { key, status } = partsOf(t);
  t.request.headers.Authorization = `Bearer ${token}`;
  if (status >= 200 && status < 300) {
    if (success[key]) await success[key](t);
  } else if (status === 401) {
    setHeader(t, 'Authorization'); // no token
  } else if (status === 413) {
    tooLarge(t);
  } else if (status === 415) {
    if (key === 'POST /experts/profile/logo') success[key](t); // a real image, announced as text
    setHeader(t, 'Content-Type', 'text/plain');
  } else if (status === 400) {
    badRequest(t);
  } else if (status === 404) {
    setPathParam(t, 'licenseId', '99999');
  } else if (refusals[`${key} ${status}`]) {
    await refusals[`${key} ${status}`](t);
  } else {
    skip(t, skipReasons[status] || `${status}: not made to happen`);
  }
}));

// [dredd] Dredd compares media types literally; the mock sends `application/json; charset=utf-8` (ASP.NET's
// default), the document says `application/json`. RFC 8259 defines no charset parameter for JSON, so dropping it
// changes nothing; a mock that sent plain `application/json` would remove this hook.
hooks.beforeEachValidation((t, done) => {
  const type = t.real.headers['content-type'];
  if (type) t.real.headers['content-type'] = type.split(';')[0];
  // [dredd] Dredd's OpenAPI 3 adapter checks a response against its example's keys, not its schema ("FIXME: We
  // should generate a JSON Schema from the schema" in @apielements/openapi3-parser). The profile's example is an
  // Expert's; `expert` is optional in the schema and absent until the Partner becomes an Expert.
  const { key, status } = partsOf(t);
  if ((key === 'GET /' || key === 'PUT /') && status === 200 && t.expected.body) {
    const real = JSON.parse(t.real.body || '{}');
    if (!('expert' in real)) {
      const expected = JSON.parse(t.expected.body);
      delete expected.expert;
      t.expected.body = JSON.stringify(expected);
    }
  }
  // [dredd] The same for the billing information: the example is filled in; until `updateBilling` runs it is `{}`
  // (the schema says so and requires no field).
  if (key === 'GET /affiliates/billing' && status === 200 && t.real.body === '{}') t.expected.body = '{}';
  done();
});

hooks.afterEach((t, done) => {
  const { key, status } = partsOf(t);
  if (!t.skip && t.test && t.test.status === 'pass' && afterSuccess[key] && status < 300) afterSuccess[key](t);
  const outcome = t.skip ? 'skip' : (t.test && t.test.status) || (t.fail ? 'fail' : 'unknown');
  results.push({ name: t.name, outcome, reason: t.skipReason, got: t.skip ? undefined : t.real && t.real.statusCode });
  if (process.env.DREDD_TRACE && !t.skip) hooks.log(`TRACE ${t.name}: ${t.request.method} ${t.fullPath} -> ${t.real && t.real.statusCode} ${String(t.real && t.real.body).slice(0, 160)}`);
  if (outcome !== 'pass' && outcome !== 'skip') {
    hooks.log(`FAILED ${t.name}: sent ${t.request.method} ${t.fullPath}, got ${t.real && t.real.statusCode} ${String(t.real && t.real.body).slice(0, 300)}`);
  }
  done();
});

hooks.afterAll(runHook(async () => {
  if (state.otherSandbox) await call('DELETE', `${origin}/_mock/sandboxes/${state.otherSandbox.partner_id}`);
}));
hooks.afterAll((transactions, done) => {
  const count = (o) => results.filter((r) => r.outcome === o).length;
  const reasons = {};
  for (const r of results.filter((x) => x.outcome === 'skip')) reasons[r.reason] = (reasons[r.reason] || 0) + 1;
  const summary = {
    compiled: transactions.length,
    run: results.length - count('skip'),
    passing: count('pass'),
    failing: results.length - count('pass') - count('skip'),
    skipped: count('skip'),
    skipReasons: reasons,
    byStatus: Object.fromEntries([...new Set(results.map((r) => r.name.split(' > ')[2]))].sort().map((s) => [s, {
      pass: results.filter((r) => r.name.split(' > ')[2] === s && r.outcome === 'pass').length,
      skip: results.filter((r) => r.name.split(' > ')[2] === s && r.outcome === 'skip').length,
      total: results.filter((r) => r.name.split(' > ')[2] === s).length,
    }])),
    setupError: state.setupError,
  };
  if (summaryFile) fs.writeFileSync(path.resolve(summaryFile), JSON.stringify(summary, null, 2));
  done();
});
