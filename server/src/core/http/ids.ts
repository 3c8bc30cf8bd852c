import { z } from 'zod';

/** The largest value of a PostgreSQL integer (int4): every id column is serial/integer. */
export const INT4_MAX = 2_147_483_647;

const TOO_LARGE = `编号超出范围（应为 1–${INT4_MAX}）`;

/**
 * An id in a JSON body: a positive integer no larger than the id columns hold, so a larger one is a Chinese 400 and never
 * reaches PostgreSQL (which would answer “integer out of range”). `message` is what a missing choice reads as.
 */
export const idField = (message = '应为正整数') => z.number().int('应为整数').positive(message).max(INT4_MAX, TOO_LARGE);

/** An id in a path or a query string: the text is read as a number, then bounded like {@link idField}. */
export const idQuery = (message = '应为正整数') => z.coerce.number().int('应为整数').positive(message).max(INT4_MAX, TOO_LARGE);

/** The `:id` of a route. */
export const idParam = z.object({ id: idQuery() });

/** A page number in a query string. The offset it makes stays well inside what PostgreSQL takes. */
export const pageQuery = z.coerce.number().int('应为整数').min(1, '不能小于 1').max(1_000_000, '超出范围').default(1);
