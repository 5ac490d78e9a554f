import {
  Args,
  Context,
  ID,
  Info,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Identity } from '@antrian/auth';
import { ServiceKind } from '@antrian/contracts';
import { CurrentIdentity, DateScalar, isCalendarDate, RequestContext, requestLoader } from '@antrian/subgraph';
import { ServiceKindEnum } from '../shared/scheduling-enums';
import { DayAvailabilityModel } from '../sessions/session.model';
import { DayAvailability, SessionsService } from '../sessions/sessions.service';
import { spendAvailabilityDays } from './availability-budget';
import { CreateOfficeInput } from './create-office.input';
import { OfficeEntity } from './office.entity';
import { OfficeModel } from './office.model';
import { OfficesService } from './offices.service';
import { UpdateOfficeRulesInput } from './update-office-rules.input';
import { SetWeeklyTemplateInput } from './weekly-template.input';

@Resolver(() => OfficeModel)
export class OfficesResolver {
  constructor(
    private readonly service: OfficesService,
    private readonly sessions: SessionsService,
  ) {}

  @Query(() => [OfficeModel], { description: 'Public' })
  offices(): Promise<OfficeEntity[]> {
    return this.service.list();
  }

  @Query(() => OfficeModel, { nullable: true, description: 'Public' })
  office(@Args('id', { type: () => ID }) id: string): Promise<OfficeEntity | null> {
    return this.service.findById(id);
  }

  @ResolveField('availability', () => [DayAvailabilityModel], { description: 'Public, no sign-in' })
  availability(
    @Parent() office: OfficeEntity,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('service', { type: () => ServiceKindEnum, nullable: true }) service: ServiceKind | null | undefined,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DayAvailability[]> {
    // A bad range is the service's to refuse, with its own message.
    if (isCalendarDate(from) && isCalendarDate(to) && from <= to) {
      spendAvailabilityDays(context, info.fieldNodes[0], from, to);
    }
    return this.sessions.availability(office, from, to, service);
  }

  @Mutation(() => OfficeModel, { description: 'ADMIN' })
  createOffice(
    @Args('input') input: CreateOfficeInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficeEntity> {
    return this.service.create(identity, input);
  }

  @Mutation(() => OfficeModel, { description: 'SUPERVISOR of the office, or ADMIN' })
  updateOfficeRules(
    @Args('input') input: UpdateOfficeRulesInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficeEntity> {
    return this.service.updateRules(identity, input);
  }

  @Mutation(() => OfficeModel, { description: 'SUPERVISOR of the office, or ADMIN: replaces the weekly sessions' })
  setWeeklyTemplate(
    @Args('input') input: SetWeeklyTemplateInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficeEntity> {
    return this.service.setWeeklyTemplate(identity, input);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }, context: RequestContext): Promise<OfficeEntity | null> {
    return requestLoader(context, 'office', (ids) => this.service.findByIds(ids)).load(reference.id);
  }
}
