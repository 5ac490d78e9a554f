import { Controller, Get, Header } from '@nestjs/common';
import { metricsRegistry, scrapeMetrics } from '@antrian/observability';

/** `GET /metrics` for Prometheus (the subgraph's port is internal: only the cluster reaches it). */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('content-type', metricsRegistry.contentType)
  @Header('cache-control', 'no-store')
  async metrics(): Promise<string> {
    return (await scrapeMetrics()).body;
  }
}
