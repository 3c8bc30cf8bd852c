import { z } from 'zod';
import { isValidIsoDate } from '../shared/dates';
import { DATE_FORMAT_MESSAGE } from './zod-messages';

/** A calendar date in a request (YYYY-MM-DD), with the Chinese message when it is not one. */
export const isoDate = z.string().refine(isValidIsoDate, DATE_FORMAT_MESSAGE);
