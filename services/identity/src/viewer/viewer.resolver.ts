import { Query, Resolver, Subscription } from '@nestjs/graphql';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, DomainError } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantsService } from '../applicants/applicants.service';
import { OfficerEntity } from '../officers/officer.entity';
import { OfficersService } from '../officers/officers.service';
import { ViewerUnion } from './viewer.union';

@Resolver()
export class ViewerResolver {
  constructor(
    private readonly applicants: ApplicantsService,
    private readonly officers: OfficersService,
  ) {}

  @Query(() => ViewerUnion, { nullable: true, description: 'The signed-in applicant or officer; null when signed out' })
  me(@CurrentIdentity() identity: Identity | null): Promise<ApplicantEntity | OfficerEntity | null> | null {
    if (identity?.kind === 'applicant') return this.applicants.findById(identity.sub);
    if (identity?.kind === 'officer') return this.officers.findById(identity.sub);
    return null;
  }

  /**
   * Declared here so that it is part of the composed graph; the gateway serves it over graphql-ws
   * by re-running `me` whenever `identity.live.viewer.<id>` fires (a new sign-in, for example).
   */
  @Subscription(() => ViewerUnion, { nullable: true, description: 'The signed-in viewer, again whenever it changes' })
  viewerChanged(): never {
    throw new DomainError('BAD_USER_INPUT', message('access.subscribeThroughGateway'));
  }
}
