// A real OpenID Connect provider (oidc-provider, with its development login and consent
// pages) for the hub's single sign-on tests. Started by tests/e2e/oidc*.rs as a child process:
//
//   OIDC_PORT=4011 OIDC_REDIRECT_URI=http://127.0.0.1:4012/auth/oidc/callback node provider.js
//
// One client (OIDC_CLIENT_ID / OIDC_CLIENT_SECRET, defaults below) and one account, whose
// login name is its subject OIDC_SUBJECT: its email (OIDC_EMAIL), email_verified (OIDC_EMAIL_VERIFIED,
// "false" to say no), name and groups (OIDC_GROUPS, comma-separated). Any password is taken.
// Prints "ready <issuer>" on standard output once it listens.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const env = (name, fallback) => process.env[name] ?? fallback;
const port = Number(env('OIDC_PORT', '4011'));
const issuer = `http://127.0.0.1:${port}`;
const redirectUri = env('OIDC_REDIRECT_URI', 'http://127.0.0.1:8080/auth/oidc/callback');

const account = {
  sub: env('OIDC_SUBJECT', 'casey'),
  email: env('OIDC_EMAIL', 'casey.rivera@example.org'),
  email_verified: env('OIDC_EMAIL_VERIFIED', 'true') !== 'false',
  name: env('OIDC_NAME', 'Casey Rivera'),
  groups: env('OIDC_GROUPS', 'hub-editors,nurses').split(',').filter(Boolean),
};

// A signing key made at each start: the hub must fetch it from the provider's JWKS.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: env('OIDC_CLIENT_ID', 'lmp-hub'),
    client_secret: env('OIDC_CLIENT_SECRET', 'a-test-secret-of-the-hub'),
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  jwks: { keys: [jwk] },
  // The groups come with the profile scope, as many providers send them.
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'groups'],
  },
  // Put the claims of the granted scopes in the ID token itself (the hub reads the ID token).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['lmp-test-cookie-key'] },
  async findAccount(ctx, id) {
    // The development login page accepts any name; only the one account exists.
    if (id !== account.sub) return undefined;
    return {
      accountId: account.sub,
      async claims() { return { ...account }; },
    };
  },
});
provider.proxy = false;
// The provider's own failures, on standard error (a test that fails shows them).
provider.on('server_error', (ctx, error) => console.error('server_error', error));

provider.listen(port, '127.0.0.1', () => {
  console.log(`ready ${issuer}`);
});
