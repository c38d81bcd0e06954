/**
 * @motcua/server — the reference dossier server.
 *
 * The HTTP API and stores arrive with the server issue; this entry point exists so that the
 * workspace, the build and the published package layout are in place from the start.
 */
export const SERVER_VERSION = '0.1.0';
