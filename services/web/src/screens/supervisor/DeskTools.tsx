import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeDeviceSetup } from '../../app/session';
import type { DeviceKind } from '../../gql/graphql';
import { plainError } from '../../ui/errors';
import { QrCode } from '../../ui/QrCode';
import { IssuePickup, IssueWalkIn, RegisterDevice, SetWalkInCap, SupervisorPeople } from './supervisor.operations';

/** Officers, devices (registered and handed over as a QR code), walk-in caps and tickets. */
export function DeskTools({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const people = useQuery(SupervisorPeople, { variables: { officeId } });
  const [registerDevice] = useMutation(RegisterDevice);
  const [setCap] = useMutation(SetWalkInCap);
  const [issueWalkIn] = useMutation(IssueWalkIn);
  const [issuePickup] = useMutation(IssuePickup);
  const [deviceName, setDeviceName] = useState('');
  const [deviceKind, setDeviceKind] = useState<DeviceKind>('KIOSK');
  const [handOver, setHandOver] = useState<string | null>(null);
  const [caps, setCaps] = useState({ cap: '', priorityCap: '' });
  const [pickupCode, setPickupCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const quota = people.data?.walkInQuota;

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setMessage(null);
    try {
      await work();
    } catch (caught) {
      setError(plainError(caught, t));
    }
  };

  const register = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const result = await registerDevice({
        variables: { input: { officeId, kind: deviceKind, name: deviceName.trim() } },
      });
      const registration = result.data!.registerDevice;
      const code = encodeDeviceSetup({
        officeId,
        kind: registration.device.kind,
        name: registration.device.name,
        refreshToken: registration.credentials.refreshToken,
      });
      setHandOver(
        `${window.location.origin}/${registration.device.kind === 'KIOSK' ? 'kiosk' : 'papan'}#setup=${code}`,
      );
      setDeviceName('');
      await people.refetch();
    });
  };

  return (
    <>
      {(message || error) && (
        <p role={error ? 'alert' : 'status'} className="panel-wide">
          {error ?? message}
        </p>
      )}
      <section aria-labelledby="desk-heading" className="panel">
        <h2 id="desk-heading">{t('supervisor.walkInCaps')}</h2>
        {quota && (
          <p>
            {t('supervisor.cap')}: {t('supervisor.used', { issued: quota.issued, cap: quota.cap })} ·{' '}
            {t('supervisor.priorityCap')}:{' '}
            {t('supervisor.used', { issued: quota.priorityIssued, cap: quota.priorityCap })}
          </p>
        )}
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await setCap({
                variables: {
                  officeId,
                  cap: caps.cap === '' ? null : Number(caps.cap),
                  priorityCap: caps.priorityCap === '' ? null : Number(caps.priorityCap),
                },
              });
            });
          }}
        >
          <label htmlFor="cap">{t('supervisor.cap')}</label>
          <input
            id="cap"
            type="number"
            min={0}
            value={caps.cap}
            onChange={(e) => setCaps({ ...caps, cap: e.target.value })}
          />
          <label htmlFor="priority-cap">{t('supervisor.priorityCap')}</label>
          <input
            id="priority-cap"
            type="number"
            min={0}
            value={caps.priorityCap}
            onChange={(e) => setCaps({ ...caps, priorityCap: e.target.value })}
          />
          <button type="submit">{t('common.save')}</button>
        </form>
        <div className="row">
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const result = await issueWalkIn({ variables: { officeId, priority: null } });
                setMessage(t('supervisor.issued_ticket', { number: result.data!.issueWalkInTicket.number }));
                await people.refetch();
              })
            }
          >
            {t('supervisor.issueWalkIn')}
          </button>
        </div>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              const result = await issuePickup({
                variables: { officeId, bookingCode: pickupCode.trim().toUpperCase() },
              });
              setMessage(t('supervisor.issued_ticket', { number: result.data!.issuePickupTicket.number }));
            });
          }}
        >
          <label htmlFor="pickup">{t('kiosk.pickupLabel')}</label>
          <input id="pickup" value={pickupCode} onChange={(e) => setPickupCode(e.target.value)} />
          <button type="submit">{t('supervisor.issuePickup')}</button>
        </form>
      </section>
      <section aria-labelledby="devices-heading" className="panel">
        <h2 id="devices-heading">{t('supervisor.devices')}</h2>
        <ul>
          {people.data?.devices.map((device) => (
            <li key={device.id}>
              {device.name} · {t(`supervisor.${device.kind}`)}
              {device.revokedAt && ` · ${t('supervisor.revoked')}`}
            </li>
          ))}
        </ul>
        <form onSubmit={register} className="row">
          <label htmlFor="device-name">{t('supervisor.deviceName')}</label>
          <input id="device-name" value={deviceName} onChange={(e) => setDeviceName(e.target.value)} required />
          <label htmlFor="device-kind">{t('supervisor.deviceKind')}</label>
          <select id="device-kind" value={deviceKind} onChange={(e) => setDeviceKind(e.target.value as DeviceKind)}>
            <option value="KIOSK">{t('supervisor.KIOSK')}</option>
            <option value="BOARD">{t('supervisor.BOARD')}</option>
          </select>
          <button type="submit">{t('supervisor.registerDevice')}</button>
        </form>
        {handOver && (
          <figure className="hand-over">
            <QrCode value={handOver} label={t('supervisor.handOver')} size={280} />
            <figcaption>{t('supervisor.handOver')}</figcaption>
            <input readOnly value={handOver} aria-label={t('kiosk.setupLabel')} data-testid="hand-over-link" />
          </figure>
        )}
      </section>
      <section aria-labelledby="officers-heading" className="panel">
        <h2 id="officers-heading">{t('supervisor.officers')}</h2>
        <ul>
          {people.data?.officers.map((officer) => (
            <li key={officer.id}>
              {officer.fullName} · {officer.roles.join(', ')}
              {!officer.active && ` · ${t('supervisor.inactive')}`}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
