import { createUnionType } from '@nestjs/graphql';
import { ApplicantModel } from '../applicants/applicant.model';
import { OfficerModel } from '../officers/officer.model';

export const ViewerUnion = createUnionType({
  name: 'Viewer',
  types: () => [ApplicantModel, OfficerModel] as const,
  resolveType: (value: object) => ('nik' in value ? ApplicantModel : OfficerModel),
});
