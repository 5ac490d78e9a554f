import { accessMessages } from './access.messages';
import { announcementMessages } from './announcement.messages';
import { counterDeskMessages } from './counter-desk.messages';
import { gatewayMessages } from './gateway.messages';
import { identityMessages } from './identity.messages';
import { familyMessages } from './family.messages';
import { counterFloorMessages } from './counter-floor.messages';
import { floorMessages } from './floor.messages';
import { inputMessages } from './input.messages';
import { requestMessages } from './request.messages';
import { schedulingMessages } from './scheduling.messages';
import { sessionCancellationMessages } from './session-cancellation.messages';

/**
 * Every sentence a person reads (errors, announcements, notices), one file per area beside this
 * one, each in Bahasa Indonesia (the default language) and English. Plain words, no codes. Keys
 * are `<area>.<what>`; parameters are named. A new area: a new `<area>.messages.ts`, listed here.
 */
const AREAS = [
  accessMessages,
  announcementMessages,
  counterDeskMessages,
  gatewayMessages,
  identityMessages,
  familyMessages,
  counterFloorMessages,
  floorMessages,
  inputMessages,
  requestMessages,
  schedulingMessages,
  sessionCancellationMessages,
] as const;

type Area = (typeof AREAS)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type Catalogue = UnionToIntersection<Area['indonesian']>;

function merged(language: 'indonesian' | 'english'): Catalogue {
  const catalogue: Record<string, unknown> = {};
  for (const area of AREAS) {
    for (const [key, template] of Object.entries(area[language])) {
      if (key in catalogue) throw new Error(`The message ${key} is defined twice`);
      catalogue[key] = template;
    }
  }
  return catalogue as Catalogue;
}

export const indonesian = merged('indonesian');
export const english = merged('english');
