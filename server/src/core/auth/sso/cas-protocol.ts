import { XMLParser } from 'fast-xml-parser';

/**
 * The CAS 3.0 protocol's XML (Apereo CAS Protocol Specification, sections 2.5–2.7 and 2.3.3 / SLO): parsing only. Pure.
 * Values are kept as text (a 工号 "00123" stays "00123").
 */
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, processEntities: false, trimValues: true });

export type ServiceValidation =
  | { ok: true; user: string; attributes: Record<string, string[]> }
  | { ok: false; code: string; message: string };

const text = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['#text'] === 'string' ? ((v as Record<string, unknown>)['#text'] as string) : null);

/** A /p3/serviceValidate response body. Anything that is not a well-formed success is a failure. */
export function parseServiceResponse(xml: string): ServiceValidation {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return { ok: false, code: 'MALFORMED', message: 'response is not XML' };
  }
  const response = doc.serviceResponse as Record<string, unknown> | undefined;
  if (!response || typeof response !== 'object') return { ok: false, code: 'MALFORMED', message: 'no serviceResponse' };
  const failure = response.authenticationFailure;
  if (failure !== undefined) {
    const f = failure as Record<string, unknown> | string;
    return { ok: false, code: typeof f === 'object' ? String(f['@code'] ?? 'UNKNOWN') : 'UNKNOWN', message: (text(f) ?? '').slice(0, 300) };
  }
  const success = response.authenticationSuccess as Record<string, unknown> | undefined;
  const user = success ? text(success.user) : null;
  if (!success || !user) return { ok: false, code: 'MALFORMED', message: 'no authenticationSuccess/user' };
  const attributes: Record<string, string[]> = {};
  const attrs = success.attributes;
  if (attrs && typeof attrs === 'object') {
    for (const [name, value] of Object.entries(attrs as Record<string, unknown>)) {
      const values = (Array.isArray(value) ? value : [value]).map(text).filter((v): v is string => v !== null);
      if (values.length) attributes[name] = values;
    }
  }
  return { ok: true, user, attributes };
}

/** The service ticket a single-logout request names (its samlp:SessionIndex), or null. */
export function sessionIndexOfLogoutRequest(xml: string): string | null {
  try {
    const doc = parser.parse(xml) as Record<string, unknown>;
    const req = doc.LogoutRequest as Record<string, unknown> | undefined;
    const idx = req ? text(req.SessionIndex) : null;
    return idx && idx.length <= 256 ? idx : null;
  } catch {
    return null;
  }
}
