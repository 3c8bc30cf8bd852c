import path from 'node:path';
import { fixedClock, systemClock, type Clock } from './core/shared/clock';
import { isValidIsoDate } from './core/shared/dates';
import { ChannelConfigError, parseDeliveryConfig, type DeliveryConfig } from './core/notifications/channel-config';

export interface AppConfig {
  port: number;
  host: string;
  /** When set, the app runs on this PostgreSQL server instead of embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory (ignored with databaseUrl). */
  pgliteDir: string;
  sessionIdleMinutes: number;
  cookieSecure: boolean;
  /** Seed the demo colleges when the database is empty. */
  seedDemo: boolean;
  webDist: string;
  /** The app is reached over TLS (a TLS or TLCP gateway in front): cookies are Secure and HSTS is sent. */
  tls: boolean;
  /** The origins users reach the app at (PUBLIC_ORIGIN, comma-separated); empty: the request's own host. */
  publicOrigins: string[];
  /** CADRE_TODAY: the date the app runs as (trials, demonstrations, tests); null follows the real date in China. */
  today: string | null;
  /** Anchors of the audit chain outside the database (security/audit-anchor.ts). */
  audit: {
    /** The append-only anchor file: AUDIT_ANCHOR_FILE, default `audit-anchors.log` in the key directory. */
    anchorFile: string;
    /** Minutes between anchors while the service runs (AUDIT_ANCHOR_MINUTES, default 10; 0: only at start and verify). */
    anchorMinutes: number;
  };
  /** Outside notification channels, digest and quiet-hour defaults, job polling (README 通知渠道). */
  delivery: DeliveryConfig;
  /** 统一身份认证 (single sign-on): each protocol is off when its settings are absent. */
  sso: SsoConfig;
  /** Deployment security settings (GB/T 22239-2019 8.1.4.1): not regulations of any college. */
  security: {
    passwordMinLength: number;
    /** Failed sign-ins before the account is locked, and for how long; a lock is never extended by attempts during it. */
    lockoutThreshold: number;
    lockoutMinutes: number;
    /** A session ends this many hours after sign-in, however active. */
    sessionAbsoluteHours: number;
    /** Sign-in attempts allowed per client address per minute. */
    loginPerMinute: number;
    /** The three administrators must use a second factor (TOTP) before anything else. */
    totpRequiredForAdmins: boolean;
    /** How long a password reset (or a new account's activation) may wait for approval, and then for redemption. */
    activationHours: number;
  };
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** Where the provider sends the browser back: this app's /api/auth/sso/oidc/callback as users reach it. */
  redirectUri: string;
  /** The claim (ID token or userinfo) that holds the person's 工号. */
  staffNoClaim: string;
  scope: string;
  /** Where the provider sends the browser after signing out there; default the app's /login. */
  postLogoutRedirectUri: string;
}

export interface CasConfig {
  /** The CAS server's prefix, e.g. https://cas.example.edu.cn/cas (its /login, /p3/serviceValidate, /logout). */
  baseUrl: string;
  /** This app's /api/auth/sso/cas/callback as users reach it: the `service` of every ticket. */
  serviceUrl: string;
  /** The attribute that holds the 工号; null: the CAS user name is the 工号. */
  staffNoAttribute: string | null;
}

export interface SsoConfig {
  /** The college (institution code) whose people sign in through it; null: the only college of the deployment. */
  institutionCode: string | null;
  oidc: OidcConfig | null;
  cas: CasConfig | null;
}

export class ConfigError extends Error {}

const trimmed = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

/** The single sign-on settings from the environment; a protocol half-configured stops the start with a clear message. */
export function ssoConfigOf(env: NodeJS.ProcessEnv): SsoConfig {
  let oidc: OidcConfig | null = null;
  const issuer = trimmed(env.OIDC_ISSUER);
  if (issuer) {
    const clientId = trimmed(env.OIDC_CLIENT_ID);
    const redirectUri = trimmed(env.OIDC_REDIRECT_URI);
    if (!clientId || !redirectUri) throw new ConfigError('已设置 OIDC_ISSUER，还须设置 OIDC_CLIENT_ID 和 OIDC_REDIRECT_URI / OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_REDIRECT_URI');
    oidc = {
      issuer, clientId, redirectUri,
      clientSecret: trimmed(env.OIDC_CLIENT_SECRET),
      staffNoClaim: trimmed(env.OIDC_STAFF_NO_CLAIM) ?? 'staff_no',
      scope: trimmed(env.OIDC_SCOPE) ?? 'openid profile',
      postLogoutRedirectUri: trimmed(env.OIDC_POST_LOGOUT_REDIRECT_URI) ?? new URL('/login', redirectUri).href,
    };
  }
  let cas: CasConfig | null = null;
  const baseUrl = trimmed(env.CAS_BASE_URL);
  if (baseUrl) {
    const serviceUrl = trimmed(env.CAS_SERVICE_URL);
    if (!serviceUrl) throw new ConfigError('已设置 CAS_BASE_URL，还须设置 CAS_SERVICE_URL / CAS_BASE_URL needs CAS_SERVICE_URL');
    cas = { baseUrl: baseUrl.replace(/\/$/, ''), serviceUrl, staffNoAttribute: trimmed(env.CAS_STAFF_NO_ATTRIBUTE) };
  }
  return { institutionCode: trimmed(env.SSO_INSTITUTION), oidc, cas };
}

/** CADRE_TODAY, when set, must be a real date written YYYY-MM-DD: a typo must not start the app on the wrong date. */
function fixedToday(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  if (!isValidIsoDate(value.trim())) throw new ConfigError(`CADRE_TODAY 应为有效日期，格式 YYYY-MM-DD（如 2026-12-20），当前为“${value}” / CADRE_TODAY must be a date YYYY-MM-DD`);
  return value.trim();
}

/** The clock a configuration asks for: fixed by CADRE_TODAY, else the real date in China. */
export const clockOf = (config: Pick<AppConfig, 'today'>): Clock => (config.today ? fixedClock(config.today) : systemClock);

function deliveryOf(env: NodeJS.ProcessEnv): DeliveryConfig {
  try {
    return parseDeliveryConfig(env);
  } catch (err) {
    if (err instanceof ChannelConfigError) throw new ConfigError(err.message);
    throw err;
  }
}

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data'));
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: path.resolve(env.PGLITE_DIR ?? path.join(dataDir, 'pglite')),
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    cookieSecure: env.COOKIE_SECURE === 'true' || env.TLS === 'true',
    tls: env.TLS === 'true' || env.COOKIE_SECURE === 'true',
    publicOrigins: (env.PUBLIC_ORIGIN ?? '').split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean),
    seedDemo: env.SEED_DEMO !== 'false',
    today: fixedToday(env.CADRE_TODAY),
    webDist: path.join(repoRoot, 'web', 'dist'),
    audit: {
      anchorFile: path.resolve(env.AUDIT_ANCHOR_FILE || path.join(env.CADRE_KEY_DIR ?? path.join(dataDir, 'keys'), 'audit-anchors.log')),
      anchorMinutes: Number(env.AUDIT_ANCHOR_MINUTES ?? 10),
    },
    delivery: deliveryOf(env),
    sso: ssoConfigOf(env),
    security: {
      passwordMinLength: Number(env.PASSWORD_MIN_LENGTH ?? 10),
      lockoutThreshold: Number(env.LOCKOUT_THRESHOLD ?? 5),
      lockoutMinutes: Number(env.LOCKOUT_MINUTES ?? 30),
      sessionAbsoluteHours: Number(env.SESSION_ABSOLUTE_HOURS ?? 12),
      loginPerMinute: Number(env.LOGIN_PER_MINUTE ?? 20),
      totpRequiredForAdmins: env.TOTP_ADMINS !== 'false',
      activationHours: Number(env.ACTIVATION_HOURS ?? 72),
    },
  };
}

export { repoRoot };
