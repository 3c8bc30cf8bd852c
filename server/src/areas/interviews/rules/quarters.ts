/** Calendar quarters, for the quarterly plans and statistics of tongren-2016 四（三）、六（一）. Pure. */
export const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
export const quarterStart = (year: number, q: number) => `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
const END = ['03-31', '06-30', '09-30', '12-31'];
export const quarterEnd = (year: number, q: number) => `${year}-${END[q - 1]}`;
/** The quarters of a year that have begun by a date. */
export const quartersBegun = (year: number, asOf: string) => [1, 2, 3, 4].filter((q) => quarterStart(year, q) <= asOf);
