import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { NikReleaseService } from './nik-release.service';

@Resolver()
export class NikReleaseResolver {
  constructor(private readonly releases: NikReleaseService) {}

  @Mutation(() => Boolean, {
    description:
      'A SUPERVISOR (any office) or ADMIN who has seen her identity card: an account holding the NIK as its own is closed, a family entry holding it is removed, their active bookings are cancelled, the holder is told, an audit record is kept; then its owner can register. False when nobody held it',
  })
  releaseNik(
    @Args('nik') nik: string,
    @Args('reason') reason: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<boolean> {
    return this.releases.release(identity, nik, reason);
  }
}
