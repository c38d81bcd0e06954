/**
 * @motcua/elements — Lit web components for citizens and officers.
 *
 * The components arrive with the components issue; this entry point exists so that the
 * workspace, the build and the published package layout are in place from the start.
 */
export const ELEMENTS_VERSION = '0.1.0';
