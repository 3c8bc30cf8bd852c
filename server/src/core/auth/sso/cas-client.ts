import type { CasConfig } from '../../../config';
import { staffNoOf } from './identity-rules';
import { parseServiceResponse } from './cas-protocol';
import { SsoFailure } from './sso-errors';

/** A CAS 3.0 client: the login redirect, ticket validation with attributes, the logout address. */
export class CasClient {
  constructor(readonly cfg: CasConfig) {}

  loginUrl(): string {
    return `${this.cfg.baseUrl}/login?service=${encodeURIComponent(this.cfg.serviceUrl)}`;
  }

  logoutUrl(): string {
    return `${this.cfg.baseUrl}/logout?service=${encodeURIComponent(new URL('/login', this.cfg.serviceUrl).href)}`;
  }

  /** Validates a service ticket at the CAS server (which honours each ticket once); returns the 工号. */
  async validate(ticket: string): Promise<{ staffNo: string; user: string }> {
    const url = `${this.cfg.baseUrl}/p3/serviceValidate?service=${encodeURIComponent(this.cfg.serviceUrl)}&ticket=${encodeURIComponent(ticket)}`;
    let body: string;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'error' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      body = await res.text();
    } catch (e) {
      throw new SsoFailure('SSO.PROVIDER', `serviceValidate: ${(e as Error).message}`);
    }
    const v = parseServiceResponse(body);
    if (!v.ok) throw new SsoFailure(v.code === 'MALFORMED' ? 'SSO.PROVIDER' : 'SSO.TICKET', `${v.code}: ${v.message}`);
    const raw = this.cfg.staffNoAttribute ? v.attributes[this.cfg.staffNoAttribute]?.[0] : v.user;
    const staffNo = staffNoOf(raw);
    if (!staffNo) throw new SsoFailure('SSO.NO_STAFF_NO', `no attribute ${this.cfg.staffNoAttribute} for ${v.user}`);
    return { staffNo, user: v.user };
  }
}
