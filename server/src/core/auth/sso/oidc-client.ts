import * as client from 'openid-client';
import type { OidcConfig } from '../../../config';
import { staffNoOf } from './identity-rules';
import { SsoFailure } from './sso-errors';

/** Plain HTTP only to this machine (a provider started for a trial or a test); everywhere else the provider is HTTPS. */
const loopback = (u: URL) => u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);

/**
 * The OpenID Connect relying party, through openid-client: the provider's metadata is discovered once (and again
 * after a failure), every token is checked by the library (signature, issuer, audience, expiry, nonce, PKCE).
 */
export class OidcRelyingParty {
  private discovered: Promise<client.Configuration> | null = null;
  constructor(readonly cfg: OidcConfig) {}

  private configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const issuer = new URL(this.cfg.issuer);
      const auth = this.cfg.clientSecret ? client.ClientSecretPost(this.cfg.clientSecret) : client.None();
      this.discovered = client
        .discovery(issuer, this.cfg.clientId, undefined, auth, loopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined)
        .catch((e: unknown) => {
          this.discovered = null;
          throw new SsoFailure('SSO.PROVIDER', `discovery: ${(e as Error).message}`);
        });
    }
    return this.discovered;
  }

  /** Where to send the browser, and what to keep for its return. */
  async start(): Promise<{ url: string; state: string; nonce: string; codeVerifier: string }> {
    const config = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.cfg.redirectUri,
      scope: this.cfg.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** Exchanges the code the browser brought back; returns the 工号 and the ID token. Anything amiss is a refusal. */
  async finish(query: string, kept: { state: string; nonce: string; codeVerifier: string }): Promise<{ staffNo: string; idToken: string; subject: string }> {
    const config = await this.configuration();
    const current = new URL(this.cfg.redirectUri);
    current.search = query;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: kept.codeVerifier, expectedState: kept.state, expectedNonce: kept.nonce, idTokenExpected: true });
    } catch (e) {
      // openid-client wraps what oauth4webapi found: the cause says which check failed.
      const err = e as Error & { code?: string; error?: string; cause?: Error & { code?: string } };
      const detail = `${err.code ?? err.name}: ${err.message}${err.cause?.message ? ` / ${err.cause.code ?? ''} ${err.cause.message}` : ''}`;
      if (err.error === 'access_denied') throw new SsoFailure('SSO.CANCELLED', detail);
      if (err.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || /fetch failed|ECONNREFUSED/i.test(detail)) throw new SsoFailure('SSO.PROVIDER', detail);
      const badState = /"state"/.test(detail) && !/nonce/i.test(detail);
      throw new SsoFailure(badState ? 'SSO.STATE' : 'SSO.TOKEN', detail);
    }
    const claims = tokens.claims()!;
    let staffNo = staffNoOf(claims[this.cfg.staffNoClaim]);
    if (staffNo === null && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        staffNo = staffNoOf(info[this.cfg.staffNoClaim]);
      } catch (e) {
        throw new SsoFailure('SSO.PROVIDER', `userinfo: ${(e as Error).message}`);
      }
    }
    if (staffNo === null) throw new SsoFailure('SSO.NO_STAFF_NO', `no claim ${this.cfg.staffNoClaim} for sub ${claims.sub}`);
    return { staffNo, idToken: tokens.id_token!, subject: claims.sub };
  }

  /** The provider's sign-out address for a session, when the provider publishes one. */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    try {
      const config = await this.configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: this.cfg.postLogoutRedirectUri, ...(idToken ? { id_token_hint: idToken } : {}) }).href;
    } catch {
      return null;
    }
  }
}
