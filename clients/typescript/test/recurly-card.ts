// The Recurly token call's query as a partner's page sends it: a test card (never a real one) the mock accepts.
export const recurlyQuery = {
  key: 'ewr1-QCXZap10wOSm13fxI4u5Jt',
  first_name: 'Ada',
  last_name: 'Lovelace',
  number: '4111111111111111',
  month: '12',
  year: '2030',
  verification_value: '123',
  address2: '1 Main Street',
  city: 'London',
  state: 'London',
  zip: 'N1 7GU',
  country: 'GB',
};
