import { describe, expect, it } from 'vitest';
import { ConfigError, ssoConfigOf } from '../src/config';
import { identityRefusal, ssoUsername, staffNoOf } from '../src/core/auth/sso/identity-rules';

describe('统一身份认证 rules', () => {
  it('who may sign in: in the roster, still serving, account not disabled', () => {
    expect(identityRefusal(undefined, undefined)).toBe('SSO.UNKNOWN_STAFF_NO');
    expect(identityRefusal({ status: 'retired' }, undefined)).toBe('SSO.PERSON_LEFT');
    expect(identityRefusal({ status: 'left' }, { disabled: false })).toBe('SSO.PERSON_LEFT');
    expect(identityRefusal({ status: 'active' }, { disabled: true })).toBe('SSO.ACCOUNT_DISABLED');
    expect(identityRefusal({ status: 'active' }, undefined)).toBeNull();
    expect(identityRefusal({ status: 'active' }, { disabled: false })).toBeNull();
  });

  it('reads a 工号 claim as text and names new accounts after it', () => {
    expect(staffNoOf(' 00123 ')).toBe('00123');
    expect(staffNoOf(20120034)).toBe('20120034');
    for (const v of ['', '  ', null, undefined, {}, ['1'], 'x'.repeat(65)]) expect(staffNoOf(v)).toBeNull();
    expect(ssoUsername('wanjiang', 'T23X1')).toBe('wanjiang.t23x1');
    expect(ssoUsername('wanjiang', '张 3')).toBe('wanjiang.--3');
  });

  it('is off unless configured, and a half configuration stops the start with a Chinese message', () => {
    expect(ssoConfigOf({})).toEqual({ institutionCode: null, oidc: null, cas: null });
    expect(() => ssoConfigOf({ OIDC_ISSUER: 'https://sso.example.edu.cn' })).toThrow(ConfigError);
    expect(() => ssoConfigOf({ CAS_BASE_URL: 'https://cas.example.edu.cn/cas' })).toThrow(/CAS_SERVICE_URL/);
    const c = ssoConfigOf({ OIDC_ISSUER: 'https://sso.example.edu.cn', OIDC_CLIENT_ID: 'cadre', OIDC_REDIRECT_URI: 'https://cadre.example.edu.cn/api/auth/sso/oidc/callback', CAS_BASE_URL: 'https://cas.example.edu.cn/cas/', CAS_SERVICE_URL: 'https://cadre.example.edu.cn/api/auth/sso/cas/callback' });
    expect(c.oidc).toMatchObject({ staffNoClaim: 'staff_no', scope: 'openid profile', clientSecret: null, postLogoutRedirectUri: 'https://cadre.example.edu.cn/login' });
    expect(c.cas).toEqual({ baseUrl: 'https://cas.example.edu.cn/cas', serviceUrl: 'https://cadre.example.edu.cn/api/auth/sso/cas/callback', staffNoAttribute: null });
  });
});
