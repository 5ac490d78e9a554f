import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export type Language = 'id' | 'en';
const STORAGE_KEY = 'antrian.language';

export function storedLanguage(): Language {
  try {
    const fromUrl = new URLSearchParams(window.location.search).get('lang');
    if (fromUrl === 'en' || fromUrl === 'id') return fromUrl;
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Bahasa Indonesia by default; English by the switch (remembered in this browser) or ?lang=en. */
export async function setupI18n(language: Language = storedLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: language,
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the switch still works for this page
  }
}

/** BCP 47 tag for dates, numbers and speech. */
export function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}
