/** Official texts cited by the changelog and the uncertainty register. */
import type { Source } from './types.ts';

export const OFFICIAL = {
  nis2: { title: 'Directive (EU) 2022/2555 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj/eng' },
  cer: { title: 'Directive (EU) 2022/2557 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2022/2557/oj/eng' },
  cra: { title: 'Regulation (EU) 2024/2847 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng' },
  aiActConsolidated: {
    title: 'Regulation (EU) 2024/1689, consolidated text of 27 July 2026 (EUR-Lex)',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng',
  },
  aiOmnibus: { title: 'Regulation (EU) 2026/1744 (EUR-Lex)', url: 'https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=OJ:L_202601744' },
  redDa: { title: 'Delegated Regulation (EU) 2022/30 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg_del/2022/30/oj/eng' },
  redDaRepeal: { title: 'Delegated Regulation (EU) 2026/339 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg_del/2026/339/oj/eng' },
  pld1985: { title: 'Council Directive 85/374/EEC (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/1985/374/oj/eng' },
  recommendation2003361: { title: 'Commission Recommendation 2003/361/EC (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reco/2003/361/oj/eng' },
} as const satisfies Record<string, Source>;
