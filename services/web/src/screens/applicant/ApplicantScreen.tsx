import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionScreen } from '../../app/SessionScreen';
import { plainError } from '../../ui/errors';
import { SignInForm } from '../../ui/SignInForm';
import { ApplicantMe, ConfirmEmail, MyBookings } from './applicant.operations';
import { BookingCard } from './BookingCard';
import { BookingForm } from './BookingForm';
import { MyTicketsLive } from './MyTicketsLive';
import { RegisterForm } from './RegisterForm';

/** The applicant's pages, phone first: register, sign in, book, her bookings, her ticket live. */
export default function ApplicantScreen() {
  const { t } = useTranslation();
  return (
    <SessionScreen
      role="applicant"
      title={t('applicant.title')}
      kind="phone"
      signedIn={<SignedIn />}
      signedOut={<SignedOut />}
    />
  );
}

function SignedOut() {
  const { t } = useTranslation();
  const [registering, setRegistering] = useState(false);
  return (
    <div className="stack">
      <div className="tabs" role="group">
        <button type="button" aria-pressed={!registering} onClick={() => setRegistering(false)}>
          {t('applicant.signInTitle')}
        </button>
        <button type="button" aria-pressed={registering} onClick={() => setRegistering(true)}>
          {t('applicant.register')}
        </button>
      </div>
      {registering ? <RegisterForm /> : <SignInForm role="applicant" loginLabel={t('applicant.login')} />}
    </div>
  );
}

function SignedIn() {
  const { t } = useTranslation();
  const me = useQuery(ApplicantMe);
  const bookings = useQuery(MyBookings, { fetchPolicy: 'network-only' });
  const [tab, setTab] = useState<'bookings' | 'book'>('bookings');
  const [notice, setNotice] = useState<string | null>(null);
  const applicant = me.data?.me?.__typename === 'Applicant' ? me.data.me : null;
  return (
    <div className="stack">
      <MyTicketsLive />
      {applicant && !applicant.emailConfirmed && <ConfirmEmailForm onDone={() => void me.refetch()} />}
      <div className="tabs" role="group">
        <button type="button" aria-pressed={tab === 'bookings'} onClick={() => setTab('bookings')}>
          {t('applicant.myBookings')}
        </button>
        <button type="button" aria-pressed={tab === 'book'} onClick={() => setTab('book')}>
          {t('applicant.book')}
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
      {tab === 'book' ? (
        <BookingForm
          familyMembers={applicant?.familyMembers ?? []}
          onBooked={(code) => {
            setNotice(t('applicant.booked', { code }));
            setTab('bookings');
            void bookings.refetch();
          }}
        />
      ) : (
        <section className="stack print-area" aria-labelledby="bookings-heading">
          <h2 id="bookings-heading">{t('applicant.myBookings')}</h2>
          {bookings.data?.myBookings.length === 0 && <p>{t('applicant.noBookings')}</p>}
          {bookings.data?.myBookings.map((booking) => (
            <BookingCard key={booking.id} booking={booking} onChanged={() => void bookings.refetch()} />
          ))}
        </section>
      )}
    </div>
  );
}

function ConfirmEmailForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirm, { loading }] = useMutation(ConfirmEmail);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await confirm({ variables: { code: code.trim() } });
      onDone();
    } catch (caught) {
      setError(plainError(caught, t));
    }
  };
  return (
    <form onSubmit={submit} className="stack notice">
      <label htmlFor="confirm-code">{t('applicant.confirmCode')}</label>
      <input
        id="confirm-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="one-time-code"
      />
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={loading}>
        {t('applicant.confirmEmail')}
      </button>
    </form>
  );
}
