import { useMutation, useQuery } from '@apollo/client';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphProvider } from '../../app/GraphProvider';
import {
  decodeDeviceSetup,
  onSessionChange,
  readDeviceSetup,
  writeDeviceSetup,
  writeSession,
  type DeviceSetup,
} from '../../app/session';
import type { KioskTicketFieldsFragment } from '../../gql/graphql';
import { plainError } from '../../ui/errors';
import { Shell } from '../../ui/Shell';
import { KioskCheckIn, KioskOffice, KioskPickup } from './kiosk.operations';
import { scannedCode } from './scanned-code';
import { TicketReceipt } from './TicketReceipt';

const CameraScanner = lazy(() => import('./CameraScanner'));
const RESULT_SECONDS = 20;

/**
 * The kiosk (portrait touch screen): a USB scanner types the booking's QR token and Enter into the
 * focused field; the camera is the fallback. Set up once from a supervisor's device registration
 * (a QR code or link carrying `#setup=…`).
 */
export default function KioskScreen() {
  const [setup, setSetup] = useState<DeviceSetup | null>(() => takeSetupFromLink() ?? readDeviceSetup());
  useEffect(() => onSessionChange(() => setSetup(readDeviceSetup())), []);
  if (!setup) return <KioskSetup />;
  return (
    <GraphProvider role="device" initialRefreshToken={setup.refreshToken} generation={setup.refreshToken}>
      <KioskReady officeId={setup.officeId} />
    </GraphProvider>
  );
}

function takeSetupFromLink(): DeviceSetup | null {
  const match = /#setup=([\w-]+)/.exec(window.location.hash);
  const setup = match ? decodeDeviceSetup(match[1]) : null;
  if (setup) {
    writeSession('device', null);
    writeDeviceSetup(setup);
    window.history.replaceState(null, '', window.location.pathname);
  }
  return setup;
}

function KioskSetup() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [camera, setCamera] = useState(false);
  const apply = useCallback((text: string) => {
    const fromLink = /#setup=([\w-]+)/.exec(text)?.[1] ?? text;
    const setup = decodeDeviceSetup(fromLink);
    if (!setup) return setInvalid(true);
    writeSession('device', null);
    writeDeviceSetup(setup);
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(code);
  };
  return (
    <Shell title={t('kiosk.setupTitle')} kind="kiosk">
      <p className="kiosk-help">{t('kiosk.setupHelp')}</p>
      <form onSubmit={submit} className="stack">
        <label htmlFor="setup-code">{t('kiosk.setupLabel')}</label>
        <input id="setup-code" value={code} onChange={(event) => setCode(event.target.value)} autoComplete="off" />
        <button type="submit" className="primary">
          {t('kiosk.setupButton')}
        </button>
        <button type="button" onClick={() => setCamera(!camera)}>
          {camera ? t('kiosk.stopCamera') : t('kiosk.camera')}
        </button>
      </form>
      {invalid && <p role="alert">{t('kiosk.setupInvalid')}</p>}
      {camera && (
        <Suspense fallback={null}>
          <CameraScanner onScan={apply} />
        </Suspense>
      )}
    </Shell>
  );
}

export function KioskReady({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const { data: officeData } = useQuery(KioskOffice, { variables: { id: officeId }, fetchPolicy: 'cache-first' });
  const [checkIn, checkInState] = useMutation(KioskCheckIn);
  const [pickup, pickupState] = useMutation(KioskPickup);
  const [ticket, setTicket] = useState<KioskTicketFieldsFragment | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [entry, setEntry] = useState('');
  const [pickupCode, setPickupCode] = useState('');
  const [camera, setCamera] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = checkInState.loading || pickupState.loading;

  const finish = useCallback(() => {
    setTicket(null);
    setRefusal(null);
    setEntry('');
    setPickupCode('');
    setTimeout(() => input.current?.focus(), 0);
  }, []);

  useEffect(() => {
    if (!ticket) return;
    const print = setTimeout(() => window.print(), 300);
    const back = setTimeout(finish, RESULT_SECONDS * 1000);
    return () => {
      clearTimeout(print);
      clearTimeout(back);
    };
  }, [ticket, finish]);

  const submitCode = useCallback(
    async (raw: string) => {
      const code = scannedCode(raw);
      if (!code || busy) return;
      setRefusal(null);
      setCamera(false);
      try {
        const result = await checkIn({ variables: { input: { officeId, ...code } } });
        if (result.data) setTicket(result.data.checkIn);
      } catch (error) {
        setRefusal(plainError(error, t));
        setEntry('');
      }
    },
    [busy, checkIn, officeId, t],
  );

  const submitPickup = async (event: FormEvent) => {
    event.preventDefault();
    if (!pickupCode.trim()) return;
    try {
      const result = await pickup({ variables: { officeId, bookingCode: pickupCode.trim().toUpperCase() } });
      if (result.data) setTicket(result.data.issuePickupTicket);
    } catch (error) {
      setRefusal(plainError(error, t));
    }
  };

  const office = officeData?.office;
  if (ticket) {
    return (
      <Shell title={office?.name ?? t('kiosk.title')} kind="kiosk">
        <section className="kiosk-result" aria-live="polite">
          <h2>{t('kiosk.yourNumber')}</h2>
          <p className="kiosk-number" data-testid="kiosk-number">
            {ticket.number}
          </p>
          <p className="kiosk-next">{t('kiosk.next', { stage: t(`stage.${ticket.stage}`) })}</p>
          <p>{t('kiosk.printing')}</p>
          <div className="row">
            <button type="button" onClick={() => window.print()}>
              {t('kiosk.printAgain')}
            </button>
            <button type="button" className="primary" onClick={finish} autoFocus>
              {t('kiosk.done')}
            </button>
          </div>
        </section>
        <TicketReceipt
          ticket={ticket}
          officeName={office?.name ?? ''}
          timeZone={office?.timeZone}
          followCode={ticket.followCode}
        />
      </Shell>
    );
  }
  return (
    <Shell title={office?.name ?? t('kiosk.title')} kind="kiosk">
      <section className="kiosk-scan">
        <h2>{t('kiosk.scanPrompt')}</h2>
        <p className="kiosk-help">{t('kiosk.scanHelp')}</p>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void submitCode(entry);
          }}
        >
          <label htmlFor="kiosk-code">{t('kiosk.tokenLabel')}</label>
          <input
            id="kiosk-code"
            ref={input}
            value={entry}
            onChange={(event) => setEntry(event.target.value)}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            disabled={busy}
          />
          <button type="submit" className="primary big" disabled={busy}>
            {t('kiosk.checkIn')}
          </button>
        </form>
        {refusal && (
          <div role="alert" className="refusal">
            <p className="refusal-title">{t('kiosk.refused')}</p>
            <p>{refusal}</p>
          </div>
        )}
        <button type="button" onClick={() => setCamera(!camera)}>
          {camera ? t('kiosk.stopCamera') : t('kiosk.camera')}
        </button>
        {camera && (
          <Suspense fallback={null}>
            <CameraScanner onScan={(text) => void submitCode(text)} />
          </Suspense>
        )}
      </section>
      <details className="kiosk-pickup">
        <summary>{t('kiosk.pickup')}</summary>
        <form onSubmit={submitPickup} className="stack">
          <label htmlFor="pickup-code">{t('kiosk.pickupLabel')}</label>
          <input
            id="pickup-code"
            value={pickupCode}
            onChange={(event) => setPickupCode(event.target.value)}
            autoComplete="off"
          />
          <button type="submit" disabled={busy}>
            {t('kiosk.pickup')}
          </button>
        </form>
      </details>
    </Shell>
  );
}
