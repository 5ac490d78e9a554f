import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { writeSession } from '../../app/session';
import { plainError } from '../../ui/errors';
import { SignIn } from '../../ui/SignInForm';
import { RegisterApplicant } from './applicant.operations';
import { checkNik } from './nik-rule';

/** Registration, the NIK checked as she types with the server's own rules. */
export function RegisterForm() {
  const { t } = useTranslation();
  const [fields, setFields] = useState({ nik: '', fullName: '', birthDate: '', email: '', phone: '', password: '' });
  const [error, setError] = useState<string | null>(null);
  const [register, { loading }] = useMutation(RegisterApplicant);
  const [signIn] = useMutation(SignIn);
  const nikProblem = fields.nik ? checkNik(fields.nik, fields.birthDate || '1900-01-01') : null;
  // Until the birth date is given only the NIK's own shape can be judged.
  const shownProblem = nikProblem === 'DATE_MISMATCH' && !fields.birthDate ? null : nikProblem;
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (shownProblem) return;
    setError(null);
    try {
      await register({
        variables: {
          input: {
            nik: fields.nik,
            fullName: fields.fullName.trim(),
            birthDate: fields.birthDate,
            email: fields.email.trim(),
            phone: fields.phone.trim() || null,
            password: fields.password,
          },
        },
      });
      const session = await signIn({ variables: { input: { login: fields.email.trim(), password: fields.password } } });
      if (session.data) writeSession('applicant', session.data.signIn);
    } catch (caught) {
      setError(plainError(caught, t));
    }
  };

  return (
    <form onSubmit={submit} className="stack" aria-labelledby="register-heading" noValidate>
      <h2 id="register-heading">{t('applicant.register')}</h2>
      <label htmlFor="reg-nik">{t('applicant.nik')}</label>
      <input
        id="reg-nik"
        inputMode="numeric"
        maxLength={16}
        value={fields.nik}
        onChange={set('nik')}
        aria-describedby="reg-nik-check"
        aria-invalid={!!shownProblem}
        required
      />
      <p id="reg-nik-check" className={shownProblem ? 'field-problem' : 'field-ok'} aria-live="polite">
        {fields.nik &&
          (shownProblem ? t(`applicant.nikProblem.${shownProblem}`) : nikProblem ? '' : t('applicant.nikOk'))}
      </p>
      <label htmlFor="reg-birth">{t('applicant.birthDate')}</label>
      <input id="reg-birth" type="date" value={fields.birthDate} onChange={set('birthDate')} required />
      <label htmlFor="reg-name">{t('applicant.fullName')}</label>
      <input id="reg-name" value={fields.fullName} onChange={set('fullName')} autoComplete="name" required />
      <label htmlFor="reg-email">{t('applicant.email')}</label>
      <input id="reg-email" type="email" value={fields.email} onChange={set('email')} autoComplete="email" required />
      <label htmlFor="reg-phone">{t('applicant.phone')}</label>
      <input id="reg-phone" type="tel" value={fields.phone} onChange={set('phone')} autoComplete="tel" />
      <label htmlFor="reg-password">{t('common.password')}</label>
      <input
        id="reg-password"
        type="password"
        value={fields.password}
        onChange={set('password')}
        autoComplete="new-password"
        required
      />
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="primary" disabled={loading || !!shownProblem}>
        {t('applicant.register')}
      </button>
    </form>
  );
}
