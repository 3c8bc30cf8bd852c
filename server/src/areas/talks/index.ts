/**
 * What other areas may use of this area: its public surface. Everything else in the folder is the area's own;
 * the dependency rule (.dependency-cruiser.cjs) refuses imports past this file.
 */
export { registerTalkOccasion, withdrawTalkOccasions } from './commands/occasions';
export { TALK_FORMS, TALK_KINDS, TALK_OCCASIONS } from './http/talks.schema';
export { talksPolicy } from './policy';
