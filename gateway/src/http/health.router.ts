import { Router } from 'express';

/**
 * `live`: the process answers. `ready`: it serves GraphQL, which needs only the supergraph file,
 * not the subgraphs: a subgraph still booting fails its own operations, not the gateway.
 */
export function healthRouter(isReady: () => boolean): Router {
  const router = Router();
  router.get('/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', (_req, res) => {
    const ready = isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable' });
  });
  return router;
}
