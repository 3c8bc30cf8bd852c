/**
 * What other areas may use of this area: its public surface. Everything else in the folder is the area's own;
 * the dependency rule (.dependency-cruiser.cjs) refuses imports past this file.
 */
export { fileParams, fileUpload } from './http/sidelines.schema';
export { applicantContext } from './queries/applications';
export { mainPost } from './rules/post-change';
export { SIDELINE_FILE_KINDS } from './http/sidelines.schema';
