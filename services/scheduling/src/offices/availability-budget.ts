import { message } from '@antrian/messages';
import { DomainError } from '@antrian/subgraph';
import { daysBetween } from '../calendar/local-time';

/** The most days of availability one request may ask for, over all its `availability` fields. */
export const MAX_AVAILABILITY_DAYS_PER_REQUEST = 62;

/** Days asked for so far, per request and per `availability` field of its operation. */
const asked = new WeakMap<object, Map<unknown, number>>();

/**
 * Counts the days one `availability` field asks for (`from` to `to`, both included; both valid
 * dates) against the request's budget and refuses the request past it: aliases would otherwise
 * multiply a 62-day range. The field's days count once however many offices it is asked of
 * (`offices { availability }`), which the gateway's cost limit bounds.
 */
export function spendAvailabilityDays(request: object, field: unknown, from: string, to: string): void {
  const fields = asked.get(request) ?? new Map<unknown, number>();
  asked.set(request, fields);
  fields.set(field, daysBetween(from, to) + 1);
  let total = 0;
  for (const days of fields.values()) total += days;
  if (total > MAX_AVAILABILITY_DAYS_PER_REQUEST) {
    throw new DomainError(
      'BAD_USER_INPUT',
      message('scheduling.availabilityBudget', { days: MAX_AVAILABILITY_DAYS_PER_REQUEST, asked: total }),
    );
  }
}
