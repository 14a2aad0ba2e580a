import { ApolloProvider } from '@apollo/client/react';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './api/apollo';
import { App } from './App';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

// AG Grid Community only (no enterprise modules): range selection, paste and fill are ours (src/grid).
ModuleRegistry.registerModules([AllCommunityModule]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <I18nProvider>
        <App />
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
