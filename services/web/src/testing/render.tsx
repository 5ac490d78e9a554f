import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { initReactI18next } from 'react-i18next';
import { en } from '../i18n/en';
import { id } from '../i18n/id';

export async function useLanguage(language: 'id' | 'en' = 'id') {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources: { id: { translation: id }, en: { translation: en } },
      lng: language,
      fallbackLng: 'id',
      interpolation: { escapeValue: false },
    });
  } else {
    await i18next.changeLanguage(language);
  }
}

/** Renders a screen's part against mocked graph answers, in Bahasa Indonesia unless told. */
export function renderWithGraph(ui: ReactElement, mocks: MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={mocks} addTypename={false}>
      {ui}
    </MockedProvider>,
  );
}
