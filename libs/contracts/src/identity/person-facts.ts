/**
 * What another service may know of a person to apply its own rules (priority groups: ELDERLY and
 * CHILD follow from the birth date, PREGNANT from the sex): never the NIK or a name.
 */
export interface PersonFacts {
  /** YYYY-MM-DD. */
  birthDate: string;
  /** From the NIK (a woman's birth day has 40 added). */
  sex: 'F' | 'M';
}
