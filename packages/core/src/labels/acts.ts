/**
 * Names of the acts as readers cite them. Kept apart from the knowledge base so that the web app
 * can show them without loading the law itself; a test holds them equal to the acts' own data.
 */
import type { ActId } from '../kb/provision-id.ts';

/** How the official text can be linked into. */
export type AnchorScheme =
  /** EUR-Lex HTML with ELI subdivisions: `art_14`, paragraph `014.002`, `anx_III`, `rct_25`. */
  | 'eurlex-eli'
  /** EUR-Lex HTML without stable anchors (texts older than the ELI markup): the locator is shown. */
  | 'eurlex-plain'
  /** A guidance PDF outside EUR-Lex: the locator is shown. */
  | 'pdf';

export interface ActLabel {
  /** `MDR`, `Data Act`, `Reg 1182/71` */
  readonly short: string;
  /** `Regulation (EU) 2017/745` */
  readonly number: string;
  readonly celex?: string;
  readonly anchors: AnchorScheme;
  /** Where the official text lives, for acts not on EUR-Lex. */
  readonly url?: string;
  /** The publisher named on links: `EUR-Lex`, `European Commission (PDF)`. */
  readonly publisher: string;
}

const eli = (short: string, number: string, celex: string): ActLabel => ({ short, number, celex, anchors: 'eurlex-eli', publisher: 'EUR-Lex' });

export const ACT_LABELS: Readonly<Record<ActId, ActLabel>> = {
  gdpr: eli('GDPR', 'Regulation (EU) 2016/679', '32016R0679'),
  csa: eli('CSA', 'Regulation (EU) 2019/881', '32019R0881'),
  eucc: eli('EUCC', 'Implementing Regulation (EU) 2024/482', '32024R0482'),
  nis: eli('NIS', 'Directive (EU) 2016/1148', '32016L1148'),
  nis2: eli('NIS2', 'Directive (EU) 2022/2555', '32022L2555'),
  cer: eli('CER', 'Directive (EU) 2022/2557', '32022L2557'),
  mdr: eli('MDR', 'Regulation (EU) 2017/745', '32017R0745'),
  ivdr: eli('IVDR', 'Regulation (EU) 2017/746', '32017R0746'),
  'mdcg-2019-16': {
    short: 'MDCG 2019-16',
    number: 'MDCG 2019-16 rev.1',
    anchors: 'pdf',
    url: 'https://health.ec.europa.eu/system/files/2022-01/md_cybersecurity_en.pdf',
    publisher: 'European Commission (PDF)',
  },
  'reg-2022-123': eli('Reg 2022/123', 'Regulation (EU) 2022/123', '32022R0123'),
  red: eli('RED', 'Directive 2014/53/EU', '32014L0053'),
  'red-da': eli('RED DA', 'Delegated Regulation (EU) 2022/30', '32022R0030'),
  cra: eli('CRA', 'Regulation (EU) 2024/2847', '32024R2847'),
  gpsr: eli('GPSR', 'Regulation (EU) 2023/988', '32023R0988'),
  sgd: eli('SGD', 'Directive (EU) 2019/771', '32019L0771'),
  dcd: eli('DCD', 'Directive (EU) 2019/770', '32019L0770'),
  'pld-1985': { short: 'PLD 1985', number: 'Council Directive 85/374/EEC', celex: '31985L0374', anchors: 'eurlex-plain', publisher: 'EUR-Lex' },
  'pld-2024': eli('PLD', 'Directive (EU) 2024/2853', '32024L2853'),
  'ai-act': eli('AI Act', 'Regulation (EU) 2024/1689', '32024R1689'),
  'data-act': eli('Data Act', 'Regulation (EU) 2023/2854', '32023R2854'),
  ehds: eli('EHDS', 'Regulation (EU) 2025/327', '32025R0327'),
  'time-limits': { short: 'Reg 1182/71', number: 'Regulation (EEC, Euratom) No 1182/71', celex: '31971R1182', anchors: 'eurlex-plain', publisher: 'EUR-Lex' },
};

/** `MDR`; an unknown id is shown as it is, upper-cased like an abbreviation. */
export function actLabel(act: string): string {
  return (ACT_LABELS as Readonly<Record<string, ActLabel>>)[act]?.short ?? act.toUpperCase();
}

/** `MDR (Regulation (EU) 2017/745)` */
export function actTitle(act: string): string {
  const a = (ACT_LABELS as Readonly<Record<string, ActLabel>>)[act];
  return a ? `${a.short} (${a.number})` : act.toUpperCase();
}
