import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { OfficeCreated, OfficeUpdated } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireAdmin, requireOfficeManager } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { CalendarRepository } from '../calendar/calendar.repository';
import { CalendarService } from '../calendar/calendar.service';
import { isValidTimeZone } from '../calendar/local-time';
import { defaultTemplate, TemplateSlot } from '../calendar/office-calendar';
import { CreateOfficeInput } from './create-office.input';
import { OfficeEntity } from './office.entity';
import { OfficeRepository } from './office.repository';
import { officeSnapshot } from './office-snapshot';
import { UpdateOfficeRulesInput } from './update-office-rules.input';
import { SetWeeklyTemplateInput } from './weekly-template.input';

/** Slots of one weekday may not overlap: an applicant arrives in exactly one session. */
export function findOverlap(slots: readonly TemplateSlot[]): TemplateSlot | undefined {
  const sorted = [...slots].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  return sorted.find((slot, i) => {
    const next = sorted[i + 1];
    return slot.end <= slot.start || (next && next.weekday === slot.weekday && next.start < slot.end);
  });
}

@Injectable()
export class OfficesService {
  constructor(
    private readonly offices: OfficeRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly calendar: CalendarService,
    private readonly calendars: CalendarRepository,
  ) {}

  list(): Promise<OfficeEntity[]> {
    return this.offices.list();
  }

  findById(id: string): Promise<OfficeEntity | null> {
    return this.offices.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<Map<string, OfficeEntity>> {
    return this.offices.findByIds(ids);
  }

  async get(id: string): Promise<OfficeEntity> {
    const office = await this.findById(id);
    if (!office) throw new DomainError('NOT_FOUND', message('scheduling.noSuchOffice'));
    return office;
  }

  /** A new office opens with the default weekly template: hourly sessions 08:00-15:00, Monday to Friday. */
  async create(actor: Identity | null, input: CreateOfficeInput): Promise<OfficeEntity> {
    requireAdmin(actor);
    if (!isValidTimeZone(input.timeZone)) {
      throw new DomainError('BAD_USER_INPUT', message('scheduling.badTimeZone', { timeZone: input.timeZone }));
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const office = await this.offices.insert(manager, {
          code: input.code.toUpperCase(),
          name: input.name.trim(),
          timeZone: input.timeZone,
          address: input.address?.trim() || null,
        });
        await this.calendars.replaceTemplate(manager, office.id, defaultTemplate());
        await this.calendar.extend(office, new Date(), manager);
        await this.outbox.append(manager, OfficeCreated, officeSnapshot(office));
        return office;
      });
    } catch (error) {
      if (violatedUniqueConstraint(error) !== undefined) {
        throw new DomainError(
          'ALREADY_REGISTERED',
          message('scheduling.officeCodeTaken', { code: input.code.toUpperCase() }),
        );
      }
      throw error;
    }
  }

  async updateRules(actor: Identity | null, input: UpdateOfficeRulesInput): Promise<OfficeEntity> {
    requireOfficeManager(actor, input.officeId);
    return this.dataSource.transaction(async (manager) => {
      const office = await this.offices.lockById(manager, input.officeId);
      if (!office) throw new DomainError('NOT_FOUND', message('scheduling.noSuchOffice'));
      const { officeId: _officeId, ...changes } = input;
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined && value !== null) Object.assign(office, { [key]: value });
      }
      const saved = await this.offices.save(manager, office);
      await this.calendar.extend(saved, new Date(), manager);
      await this.outbox.append(manager, OfficeUpdated, officeSnapshot(saved));
      return saved;
    });
  }

  async setWeeklyTemplate(actor: Identity | null, input: SetWeeklyTemplateInput): Promise<OfficeEntity> {
    requireOfficeManager(actor, input.officeId);
    const overlap = findOverlap(input.slots);
    if (overlap) {
      throw new DomainError(
        'BAD_USER_INPUT',
        message('scheduling.weeklySessionOverlap', { start: overlap.start, weekday: overlap.weekday }),
      );
    }
    const office = await this.get(input.officeId);
    await this.dataSource.transaction(async (manager) => {
      await this.calendars.replaceTemplate(manager, office.id, input.slots);
      await this.calendar.extend(office, new Date(), manager);
    });
    return office;
  }
}
