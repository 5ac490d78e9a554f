import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { writeSession, type Role } from '../app/session';
import { graphql } from '../gql';
import { plainError } from './errors';

export const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      refreshToken
      expiresAt
    }
  }
`);

/** Signs in (NIP for officers; e-mail or NIK for applicants) and keeps the session for the role. */
export function SignInForm({ role, loginLabel }: { role: Role; loginLabel: string }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SignIn);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await signIn({ variables: { input: { login: login.trim(), password } } });
      if (result.data) writeSession(role, result.data.signIn);
    } catch (caught) {
      setError(plainError(caught, t));
    }
  };
  return (
    <form onSubmit={submit} className="stack sign-in" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t('common.signIn')}</h2>
      <label htmlFor="sign-in-login">{loginLabel}</label>
      <input
        id="sign-in-login"
        value={login}
        onChange={(event) => setLogin(event.target.value)}
        autoComplete="username"
        required
      />
      <label htmlFor="sign-in-password">{t('common.password')}</label>
      <input
        id="sign-in-password"
        type="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="current-password"
        required
      />
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="primary" disabled={loading}>
        {t('common.signIn')}
      </button>
    </form>
  );
}
