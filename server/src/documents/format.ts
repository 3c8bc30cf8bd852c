/** A date as Chinese documents write it: 2026年11月30日; empty for none. Pure. */
export const zhDate = (iso: string | null | undefined) => (iso ? `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : '');
