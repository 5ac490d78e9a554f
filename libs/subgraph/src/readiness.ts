import { Injectable } from '@nestjs/common';

/**
 * Whether this process takes new work. It stops at the first step of a shutdown, so that
 * `/health/ready` answers 503 at once and load balancers send nothing more, while the requests
 * already in flight finish.
 */
@Injectable()
export class Readiness {
  private serving = true;

  get accepting(): boolean {
    return this.serving;
  }

  stopServing(): void {
    this.serving = false;
  }
}
