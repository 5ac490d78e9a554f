import { registerEnumType } from '@nestjs/graphql';
import { OFFICER_ROLES, OfficerRole } from '@antrian/contracts';

export const OfficerRoleEnum = Object.fromEntries(OFFICER_ROLES.map((role) => [role, role])) as {
  [R in OfficerRole]: R;
};

registerEnumType(OfficerRoleEnum, { name: 'OfficerRole' });
