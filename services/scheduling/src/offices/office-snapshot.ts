import { OfficeSnapshotPayload } from '@antrian/contracts';
import { OfficeEntity } from './office.entity';

export function officeSnapshot(office: OfficeEntity): OfficeSnapshotPayload {
  return {
    officeId: office.id,
    code: office.code,
    name: office.name,
    timeZone: office.timeZone,
    checkInOpensMinutesBefore: office.checkInOpensMinutesBefore,
    recallGapSeconds: office.recallGapSeconds,
    maxCalls: office.maxCalls,
  };
}
