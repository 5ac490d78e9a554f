import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriorityGroup, ServiceKind } from '../../gql/graphql';
import { plainError } from '../../ui/errors';
import { BookingOffices, BookSession } from './applicant.operations';
import { SessionPicker } from './SessionPicker';

const SERVICES: ServiceKind[] = ['NEW_ORDINARY', 'NEW_ELECTRONIC', 'RENEWAL', 'REPLACE_DAMAGED', 'REPLACE_LOST'];
const PRIORITIES: PriorityGroup[] = ['ELDERLY', 'PREGNANT', 'DISABLED', 'CHILD'];

/** Book for herself or a family member: office, service, then a session from the calendar. */
export function BookingForm({
  familyMembers,
  onBooked,
}: {
  familyMembers: { id: string; fullName: string }[];
  onBooked: (code: string) => void;
}) {
  const { t } = useTranslation();
  const offices = useQuery(BookingOffices, { fetchPolicy: 'cache-first' });
  const [officeId, setOfficeId] = useState('');
  const [service, setService] = useState<ServiceKind>('NEW_ORDINARY');
  const [priority, setPriority] = useState<PriorityGroup | ''>('');
  const [forWhom, setForWhom] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [book, { loading }] = useMutation(BookSession);
  const office = offices.data?.offices.find((candidate) => candidate.id === officeId);

  const pick = async (sessionId: string) => {
    setError(null);
    try {
      const result = await book({
        variables: {
          input: {
            sessionId,
            service,
            priority: priority || null,
            familyMemberId: forWhom || null,
            idempotencyKey: crypto.randomUUID(),
          },
        },
      });
      if (result.data) onBooked(result.data.bookSession.code);
    } catch (caught) {
      setError(plainError(caught, t));
    }
  };

  return (
    <section className="stack" aria-labelledby="book-heading">
      <h2 id="book-heading">{t('applicant.book')}</h2>
      <label htmlFor="book-for">{t('applicant.forWhom')}</label>
      <select id="book-for" value={forWhom} onChange={(event) => setForWhom(event.target.value)}>
        <option value="">{t('applicant.myself')}</option>
        {familyMembers.map((member) => (
          <option key={member.id} value={member.id}>
            {member.fullName}
          </option>
        ))}
      </select>
      <label htmlFor="book-office">{t('common.office')}</label>
      <select id="book-office" value={officeId} onChange={(event) => setOfficeId(event.target.value)}>
        <option value="">{t('common.choose')}</option>
        {offices.data?.offices.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
      <label htmlFor="book-service">{t('applicant.service')}</label>
      <select id="book-service" value={service} onChange={(event) => setService(event.target.value as ServiceKind)}>
        {SERVICES.map((kind) => (
          <option key={kind} value={kind}>
            {t(`service.${kind}`)}
          </option>
        ))}
      </select>
      <label htmlFor="book-priority">{t('applicant.priority')}</label>
      <select
        id="book-priority"
        value={priority}
        onChange={(event) => setPriority(event.target.value as PriorityGroup | '')}
      >
        <option value="">{t('applicant.noPriority')}</option>
        {PRIORITIES.map((group) => (
          <option key={group} value={group}>
            {t(`priority.${group}`)}
          </option>
        ))}
      </select>
      {error && <p role="alert">{error}</p>}
      {office && !loading && (
        <SessionPicker
          officeId={office.id}
          timeZone={office.timeZone}
          service={service}
          onPick={(id) => void pick(id)}
        />
      )}
    </section>
  );
}
