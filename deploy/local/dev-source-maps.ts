import { devNodeFlags } from './dev-node-flags';

/*
 * The launcher's own Node is started by the npm script, before any setting is read: it maps stack
 * traces to the TypeScript lines (as its subgraphs do with --enable-source-maps) from here on, when
 * the development flags ask for it. Imported first by start.ts, so that every module after it counts.
 */
if (devNodeFlags(process.env).includes('--enable-source-maps')) process.setSourceMapsEnabled(true);
