import { useMutation, useQuery, useSubscription } from '@apollo/client';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionScreen } from '../../app/SessionScreen';
import type { ConsoleTicketFieldsFragment, OfficeCountersQuery } from '../../gql/graphql';
import { plainError } from '../../ui/errors';
import { SignInForm } from '../../ui/SignInForm';
import {
  CallNext,
  CloseCounter,
  CompleteStage,
  FloorPulse,
  HoldTicket,
  MarkNoShow,
  OfficeCounters,
  OfficerMe,
  OpenCounter,
  PauseCounter,
  Recall,
  ResumeCounter,
  SetTicketPriority,
  StartService,
  TransferTicket,
} from './officer.operations';
import { moveForKey, SHORTCUTS, type Move } from './shortcuts';
import { StageLists } from './StageLists';

/** The officer console (desktop): sign in with NIP, open a counter, one big button per move. */
export default function OfficerScreen() {
  const { t } = useTranslation();
  return (
    <SessionScreen
      role="officer"
      title={t('officer.title')}
      kind="desktop"
      signedIn={<Console />}
      signedOut={<SignInForm role="officer" loginLabel={t('officer.nip')} />}
    />
  );
}

type CounterRow = OfficeCountersQuery['counters'][number];

export function Console() {
  const { t } = useTranslation();
  const me = useQuery(OfficerMe);
  const officer = me.data?.me?.__typename === 'Officer' ? me.data.me : null;
  const officeId = officer?.officeId ?? '';
  const counters = useQuery(OfficeCounters, { variables: { officeId }, skip: !officeId, fetchPolicy: 'network-only' });
  const [pulse, setPulse] = useState(0);
  useSubscription(FloorPulse, {
    variables: { officeId },
    skip: !officeId,
    onData: () => {
      setPulse((count) => count + 1);
      void counters.refetch();
    },
  });
  const [openCounter, opening] = useMutation(OpenCounter);
  const [error, setError] = useState<string | null>(null);
  if (!officer) return <p>{t('common.loading')}</p>;
  const mine = counters.data?.counters.find((counter) => counter.open && counter.officer?.id === officer.id);
  if (!mine) {
    return (
      <section aria-labelledby="choose-heading">
        <h2 id="choose-heading">{t('officer.chooseCounter')}</h2>
        {error && <p role="alert">{error}</p>}
        <ul className="choices">
          {counters.data?.counters
            .filter((counter) => !counter.open)
            .map((counter) => (
              <li key={counter.id}>
                <button
                  type="button"
                  disabled={opening.loading}
                  onClick={async () => {
                    setError(null);
                    try {
                      await openCounter({ variables: { counterId: counter.id } });
                      await counters.refetch();
                    } catch (caught) {
                      setError(plainError(caught, t));
                    }
                  }}
                >
                  {t('officer.counterOf', {
                    counter: counter.name,
                    stages: counter.stages.map((stage) => t(`stage.${stage}`)).join(', '),
                  })}
                </button>
              </li>
            ))}
        </ul>
      </section>
    );
  }
  return (
    <CounterConsole
      counter={mine}
      officeId={officeId}
      pulse={pulse}
      others={counters.data!.counters.filter((counter) => counter.id !== mine.id && counter.open)}
      refetch={() => void counters.refetch()}
    />
  );
}

function CounterConsole({
  counter,
  officeId,
  pulse,
  others,
  refetch,
}: {
  counter: CounterRow;
  officeId: string;
  pulse: number;
  others: CounterRow[];
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const ticket = counter.currentTicket;
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState<'hold' | 'transfer' | 'pause' | null>(null);
  const [callNext] = useMutation(CallNext);
  const [recall] = useMutation(Recall);
  const [start] = useMutation(StartService);
  const [complete] = useMutation(CompleteStage);
  const [noShow] = useMutation(MarkNoShow);
  const [hold] = useMutation(HoldTicket);
  const [transfer] = useMutation(TransferTicket);
  const [setPriority] = useMutation(SetTicketPriority);
  const [closeCounter] = useMutation(CloseCounter);
  const [pauseCounter] = useMutation(PauseCounter);
  const [resumeCounter] = useMutation(ResumeCounter);
  const paused = counter.status === 'PAUSED';

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    setMessage(null);
    try {
      await work();
    } catch (caught) {
      setError(plainError(caught, t));
    }
    refetch();
  };

  const enabled: Record<Move, boolean> = {
    callNext: !ticket && !paused,
    recall: ticket?.status === 'CALLED',
    start: ticket?.status === 'CALLED',
    complete: ticket?.status === 'SERVING',
    noShow: ticket?.status === 'CALLED',
    hold: ticket?.status === 'CALLED' || ticket?.status === 'SERVING',
    transfer: (ticket?.status === 'CALLED' || ticket?.status === 'SERVING') && others.length > 0,
    pause: true,
    confirmPriority: !!ticket?.priority,
    clearPriority: !!ticket?.priority,
  };

  const moves: Partial<Record<Move, () => void>> = {
    callNext: () =>
      void run(async () => {
        const result = await callNext({ variables: { counterId: counter.id } });
        if (!result.data?.callNext) setMessage(t('officer.nobodyWaiting'));
      }),
    recall: () => ticket && void run(() => recall({ variables: { ticketId: ticket.id } })),
    start: () => ticket && void run(() => start({ variables: { ticketId: ticket.id } })),
    complete: () => ticket && void run(() => complete({ variables: { ticketId: ticket.id } })),
    noShow: () => ticket && void run(() => noShow({ variables: { ticketId: ticket.id } })),
    hold: () => setAsking('hold'),
    transfer: () => setAsking('transfer'),
    pause: () =>
      paused ? void run(() => resumeCounter({ variables: { counterId: counter.id } })) : setAsking('pause'),
    confirmPriority: () =>
      ticket && void run(() => setPriority({ variables: { ticketId: ticket.id, priority: ticket.priority } })),
    clearPriority: () => ticket && void run(() => setPriority({ variables: { ticketId: ticket.id, priority: null } })),
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = moveForKey(event, event.target);
      if (!move || !enabled[move] || !moves[move]) return;
      event.preventDefault();
      moves[move]!();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const labels: Record<Move, string> = {
    callNext: t('officer.callNext'),
    recall: t('officer.recall'),
    start: t('officer.start'),
    complete: t('officer.complete'),
    noShow: t('officer.noShow'),
    hold: t('officer.hold'),
    transfer: t('officer.transfer'),
    pause: paused ? t('officer.resume') : t('officer.pause'),
    confirmPriority: t('officer.confirmPriority'),
    clearPriority: t('officer.clearPriority'),
  };
  const shown = Object.keys(moves) as Move[];

  return (
    <div className="console">
      <section className="console-counter" aria-labelledby="counter-heading">
        <h2 id="counter-heading">{counter.name}</h2>
        {paused && (
          <p className="console-paused" data-testid="console-paused">
            {t('officer.pause')}
            {counter.pauseReason && ` · ${counter.pauseReason}`}
          </p>
        )}
        <CurrentTicket ticket={ticket} />
        {message && <p role="status">{message}</p>}
        {error && <p role="alert">{error}</p>}
        <div className="moves">
          {shown.map((move) => (
            <button
              key={move}
              type="button"
              className={move === 'callNext' ? 'primary big' : 'big'}
              disabled={!enabled[move]}
              aria-keyshortcuts={SHORTCUTS[move].toUpperCase()}
              onClick={moves[move]}
              data-move={move}
            >
              {labels[move]} <kbd>{SHORTCUTS[move].toUpperCase()}</kbd>
            </button>
          ))}
        </div>
        {asking === 'hold' && ticket && (
          <ReasonForm
            label={t('officer.holdReason')}
            onCancel={() => setAsking(null)}
            onSubmit={(reason) => {
              setAsking(null);
              void run(() => hold({ variables: { ticketId: ticket.id, reason } }));
            }}
          />
        )}
        {asking === 'pause' && (
          <ReasonForm
            label={t('officer.pauseReason')}
            onCancel={() => setAsking(null)}
            onSubmit={(reason) => {
              setAsking(null);
              void run(() => pauseCounter({ variables: { counterId: counter.id, reason } }));
            }}
          />
        )}
        {asking === 'transfer' && ticket && (
          <fieldset className="stack">
            <legend>{t('officer.transferTo')}</legend>
            {others.map((other) => (
              <button
                key={other.id}
                type="button"
                onClick={() => {
                  setAsking(null);
                  void run(() => transfer({ variables: { ticketId: ticket.id, counterId: other.id } }));
                }}
              >
                {other.name}
              </button>
            ))}
            <button type="button" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </button>
          </fieldset>
        )}
        <button
          type="button"
          className="secondary"
          disabled={!!ticket}
          onClick={() => void run(() => closeCounter({ variables: { counterId: counter.id } }))}
        >
          {t('officer.closeCounter')}
        </button>
      </section>
      <StageLists
        officeId={officeId}
        counterId={counter.id}
        stages={counter.stages}
        canCall={!ticket && !paused}
        pulse={pulse}
        onCalled={refetch}
      />
    </div>
  );
}

function CurrentTicket({ ticket }: { ticket: ConsoleTicketFieldsFragment | null | undefined }) {
  const { t } = useTranslation();
  if (!ticket) return <p className="console-empty">{t('officer.noTicket')}</p>;
  return (
    <div className="console-ticket" aria-live="polite">
      <p className="console-number" data-testid="console-number">
        {ticket.number}
      </p>
      <p>
        {t(`status.${ticket.status}`)} · {t(`stage.${ticket.stage}`)}
        {ticket.priority && ` · ${t(`priority.${ticket.priority}`)}`}
      </p>
      <p>{t('officer.calls', { count: ticket.callCount })}</p>
      {ticket.holdReason && <p>{ticket.holdReason}</p>}
    </div>
  );
}

function ReasonForm({
  label,
  onSubmit,
  onCancel,
}: {
  label: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onSubmit(reason.trim());
  };
  return (
    <form onSubmit={submit} className="stack">
      <label htmlFor="reason">{label}</label>
      <input id="reason" value={reason} onChange={(event) => setReason(event.target.value)} autoFocus required />
      <div className="row">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
