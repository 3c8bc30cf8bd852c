/**
 * A spreadsheet cell that begins with = + - @, a tab or a carriage return is read by Excel as a formula (formula
 * injection): such text is prefixed with an apostrophe so it shows as typed. Numbers are left alone. Pure.
 */
export function safeCell(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** A download file name without path separators or characters Windows refuses, with its extension. */
export function safeFileName(base: string, ext: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not carry
  const cleaned = base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '').slice(0, 100) || 'document';
  return `${cleaned}.${ext}`;
}

/** Content-Disposition with the UTF-8 name (RFC 5987) and an ASCII fallback. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
