import { useMutation, useQuery } from '@apollo/client';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleTicketFieldsFragment, Stage } from '../../gql/graphql';
import { plainError } from '../../ui/errors';
import { CallTicket, StageTickets } from './officer.operations';

/**
 * The live lists of her counter's stages: waiting (in calling order), on hold, missed; each refreshed
 * when the floor changes (`pulse` counts `officeFloorChanged` messages). "Call this one" calls a
 * waiting ticket out of order (`callTicket`).
 */
export function StageLists({
  officeId,
  counterId,
  stages,
  canCall,
  pulse,
  onCalled,
}: {
  officeId: string;
  counterId: string;
  stages: Stage[];
  canCall: boolean;
  pulse: number;
  onCalled: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="console-lists" aria-labelledby="lists-heading">
      <h2 id="lists-heading">{t('officer.lists')}</h2>
      {stages.map((stage) => (
        <StageList
          key={stage}
          officeId={officeId}
          counterId={counterId}
          stage={stage}
          canCall={canCall}
          pulse={pulse}
          onCalled={onCalled}
        />
      ))}
    </section>
  );
}

function StageList({
  officeId,
  counterId,
  stage,
  canCall,
  pulse,
  onCalled,
}: {
  officeId: string;
  counterId: string;
  stage: Stage;
  canCall: boolean;
  pulse: number;
  onCalled: () => void;
}) {
  const { t } = useTranslation();
  const lists = useQuery(StageTickets, { variables: { officeId, stage }, fetchPolicy: 'network-only' });
  const [callTicket, calling] = useMutation(CallTicket);
  const [error, setError] = useState<string | null>(null);
  const { refetch } = lists;
  useEffect(() => {
    if (pulse > 0) void refetch();
  }, [pulse, refetch]);

  const call = async (ticket: ConsoleTicketFieldsFragment) => {
    setError(null);
    try {
      await callTicket({ variables: { counterId, ticketId: ticket.id } });
    } catch (caught) {
      setError(plainError(caught, t));
    }
    onCalled();
    void refetch();
  };
  const list = (key: 'waiting' | 'onHold' | 'missed', title: string, callable: boolean) => (
    <div className="console-list" data-testid={`list-${stage}-${key}`}>
      <h4>
        {title} ({lists.data?.[key].length ?? 0})
      </h4>
      <ol>
        {lists.data?.[key].map((ticket) => (
          <li key={ticket.id}>
            <span className="console-list-number">{ticket.number}</span>
            {ticket.priority && ` · ${t(`priority.${ticket.priority}`)}`}
            {ticket.holdReason && ` · ${ticket.holdReason}`}
            {callable && (
              <button
                type="button"
                disabled={!canCall || calling.loading}
                onClick={() => void call(ticket)}
                aria-label={`${t('officer.callThis')} ${ticket.number}`}
              >
                {t('officer.callThis')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
  return (
    <div className="console-stage">
      <h3>{t(`stage.${stage}`)}</h3>
      {error && <p role="alert">{error}</p>}
      {list('waiting', t('officer.waitingList'), true)}
      {list('onHold', t('officer.onHoldList'), false)}
      {list('missed', t('officer.missedList'), false)}
    </div>
  );
}
