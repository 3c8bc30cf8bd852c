/**
 * What other areas may use of this area: its public surface. Everything else in the folder is the area's own;
 * the dependency rule (.dependency-cruiser.cjs) refuses imports past this file.
 */
export { inLeadingGroup } from './access';
