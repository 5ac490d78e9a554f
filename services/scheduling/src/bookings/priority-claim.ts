import { LocalizedMessage, message } from '@antrian/messages';
import { PersonFacts, PriorityGroup } from '@antrian/contracts';

export const ELDERLY_FROM_AGE = 60;
export const CHILD_BELOW_AGE = 5;

export type PriorityClaimVerdict = { accepted: true } | { accepted: false; reason: LocalizedMessage };

/**
 * Whether a booking's priority group agrees with what is known of the person it is for
 * (DOMAIN.md, "Priority groups are checked"): ELDERLY is 60 or older and CHILD under 5 on the
 * session's day, PREGNANT is never a man. DISABLED is declared, and so is any group while the
 * person's facts have not reached scheduling yet: reception checks the claim at the office
 * (`setTicketPriority`).
 */
export function priorityClaimVerdict(
  priority: PriorityGroup | null | undefined,
  person: PersonFacts | null,
  sessionDay: string,
): PriorityClaimVerdict {
  if (!priority || !person) return { accepted: true };
  switch (priority) {
    case 'ELDERLY':
      return ageOn(person.birthDate, sessionDay) >= ELDERLY_FROM_AGE
        ? { accepted: true }
        : refused(message('scheduling.priorityElderly', { age: ELDERLY_FROM_AGE }));
    case 'CHILD':
      return ageOn(person.birthDate, sessionDay) < CHILD_BELOW_AGE
        ? { accepted: true }
        : refused(message('scheduling.priorityChild', { age: CHILD_BELOW_AGE }));
    case 'PREGNANT':
      return person.sex === 'F' ? { accepted: true } : refused(message('scheduling.priorityPregnant'));
    case 'DISABLED':
      return { accepted: true };
  }
}

/** Whole years between two calendar dates (YYYY-MM-DD); someone born on 29 February ages on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function refused(reason: LocalizedMessage): PriorityClaimVerdict {
  return { accepted: false, reason };
}
