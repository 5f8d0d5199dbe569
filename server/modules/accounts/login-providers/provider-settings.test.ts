import { expect, test } from 'vitest';
import { isAllowedIssuer, parseLoginProviders } from './provider-settings.ts';

const digid = {
  OIDC_1_ID: 'digid',
  OIDC_1_NAME: 'DigiD',
  OIDC_1_ISSUER: 'https://broker.example.nl',
  OIDC_1_CLIENT_ID: 'wakkere-stad',
  OIDC_1_CLIENT_SECRET: 'secret',
};

test('numbered variables give providers in number order, with defaults', () => {
  const { providers, problems } = parseLoginProviders({
    ...digid,
    OIDC_1_ACR_VALUES: 'urn:digid:substantial',
    OIDC_2_ID: 'medewerkers',
    OIDC_2_NAME: 'Gemeente-account',
    OIDC_2_ISSUER: 'https://login.gemeente.nl/realms/staff',
    OIDC_2_CLIENT_ID: 'ws',
    OIDC_2_CLIENT_SECRET: 's',
    OIDC_2_SCOPE: 'email',
    OIDC_2_CLIENT_AUTH: 'post',
  });
  expect(problems).toEqual([]);
  expect(providers).toEqual([
    {
      ...{ id: 'digid', name: 'DigiD', issuer: 'https://broker.example.nl', clientId: 'wakkere-stad' },
      clientSecret: 'secret',
      scope: 'openid email profile',
      acrValues: 'urn:digid:substantial',
      clientAuth: 'basic',
    },
    {
      id: 'medewerkers',
      name: 'Gemeente-account',
      issuer: 'https://login.gemeente.nl/realms/staff',
      clientId: 'ws',
      clientSecret: 's',
      scope: 'openid email',
      acrValues: undefined,
      clientAuth: 'post',
    },
  ]);
  expect(parseLoginProviders({})).toEqual({ providers: [], problems: [] });
});

test('mistakes are named, variable by variable', () => {
  const { problems } = parseLoginProviders({
    ...digid,
    OIDC_1_ISSUER: 'http://broker.example.nl',
    OIDC_2_ID: 'Digi D',
    OIDC_2_NAME: 'x',
    OIDC_2_ISSUER: 'https://x.nl',
    OIDC_2_CLIENT_ID: 'x',
    OIDC_2_CLIENT_SECRET: 'x',
    OIDC_2_CLIENT_AUTH: 'jwt',
    OIDC_3_ID: 'digid',
  });
  expect(problems).toEqual([
    'OIDC_1_ISSUER: an https URL (http only for localhost), got http://broker.example.nl',
    'OIDC_2_ID: lower-case letters, digits and dashes only (at most 32)',
    'OIDC_2_CLIENT_AUTH: basic or post',
    'OIDC_3_*: missing OIDC_3_NAME, OIDC_3_ISSUER, OIDC_3_CLIENT_ID, OIDC_3_CLIENT_SECRET',
  ]);
});

test('http only on this computer', () => {
  expect(isAllowedIssuer('http://127.0.0.1:4000')).toBe(true);
  expect(isAllowedIssuer('http://localhost:4000')).toBe(true);
  expect(isAllowedIssuer('http://10.0.0.1')).toBe(false);
  expect(isAllowedIssuer('not a url')).toBe(false);
});
