import { OfficerRole, Stage } from '@antrian/contracts';

/** The role an officer needs to serve a stage. */
export const STAGE_ROLE: Record<Stage, OfficerRole> = {
  RECEPTION: 'RECEPTION',
  INTERVIEW: 'INTERVIEW',
  ADJUDICATION: 'ADJUDICATION',
  PICKUP: 'PICKUP',
};

/** The stages of a counter that an officer with these roles may not serve (empty: she may take it). */
export function stagesNotCovered(roles: readonly OfficerRole[], stages: readonly Stage[]): Stage[] {
  return stages.filter((stage) => !roles.includes(STAGE_ROLE[stage]));
}
