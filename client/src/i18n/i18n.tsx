import type { Language } from '@hf/shared';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MESSAGES, type MessageKey } from './messages';
import { serverText, type ServerMessage } from './server-messages';

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** a server's refusal (userError, GraphQL error, download error) in the chosen language */
  serverMessage: (error: ServerMessage) => string;
}

const STORAGE_KEY = 'hf.language';
const I18nContext = createContext<I18n | null>(null);

export function translate(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = MESSAGES[key][language];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** zh-CN by default; the choice is remembered in the browser. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'));
  // the window's title and the document's language follow the choice (index.html carries the zh-CN ones)
  useEffect(() => {
    document.title = `${translate(language, 'appTitle')} · ${translate(language, 'loginSubtitle')}`;
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => ({
    language,
    setLanguage: (next) => {
      localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      setLanguageState(next);
    },
    t: (key, values) => translate(language, key, values),
    serverMessage: (error) => serverText(error, language),
  }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
