import type { SsoConfig } from '../../../config';
import { CasClient } from './cas-client';
import { OidcRelyingParty } from './oidc-client';

/** The single sign-on clients of a deployment: one per protocol configured, none when off. */
export interface SsoServices {
  config: SsoConfig;
  oidc: OidcRelyingParty | null;
  cas: CasClient | null;
}

export const ssoServices = (config: SsoConfig): SsoServices => ({
  config,
  oidc: config.oidc ? new OidcRelyingParty(config.oidc) : null,
  cas: config.cas ? new CasClient(config.cas) : null,
});

/** Where to send the browser after signing out of a session, so the provider's session ends too; null: nowhere. */
export async function providerSignOutUrl(sso: SsoServices | undefined, s: { ssoProtocol: string | null; ssoIdToken: string | null }): Promise<string | null> {
  if (s.ssoProtocol === 'oidc' && sso?.oidc) return sso.oidc.endSessionUrl(s.ssoIdToken);
  if (s.ssoProtocol === 'cas' && sso?.cas) return sso.cas.logoutUrl();
  return null;
}
