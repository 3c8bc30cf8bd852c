/** The HTTP statuses an error body is sent with. */
export const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 415, 422, 423, 429, 500] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

/**
 * One registered error code: the status (or statuses, where different routes send it with different ones) it is
 * sent with, and what it means in a line of Chinese (the API document shows it).
 */
export type CodeEntry = readonly [status: ErrorStatus | readonly ErrorStatus[], meaning: string];

/** An area's codes, all under its prefixes. */
export type CodeTable<Prefix extends string> = Record<`${Prefix}.${string}`, CodeEntry>;
