import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { Language } from '@hf/shared';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';

// AG Grid Community only (no enterprise modules): range selection, paste and fill are ours (src/grid).
// Registered here, where the grid is, not in main.tsx: AG Grid then loads with the first sheet that shows a grid
// (its own chunk), and the sign-in page, 季度统计 and 导出 never download it.
ModuleRegistry.registerModules([AllCommunityModule]);

/** AG Grid's own texts (menus, filters): its zh-CN locale, or its built-in English. */
export const gridLocaleFor = (language: Language): Record<string, string> | undefined => (language === 'zh-CN' ? AG_GRID_LOCALE_CN : undefined);
