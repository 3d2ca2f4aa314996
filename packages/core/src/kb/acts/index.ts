/** Every act of the knowledge base, in the order reports list them. */
import type { ActDefinition } from '../types.ts';
import { aiAct } from './ai-act.ts';
import { cer } from './cer.ts';
import { cra } from './cra.ts';
import { csa } from './csa.ts';
import { dataAct } from './data-act.ts';
import { dcd } from './dcd.ts';
import { ehds } from './ehds.ts';
import { eucc } from './eucc.ts';
import { gdpr } from './gdpr.ts';
import { gpsr } from './gpsr.ts';
import { ivdr } from './ivdr.ts';
import { mdcg201916 } from './mdcg-2019-16.ts';
import { mdr } from './mdr.ts';
import { nis } from './nis.ts';
import { nis2 } from './nis2.ts';
import { pld1985 } from './pld-1985.ts';
import { pld2024 } from './pld-2024.ts';
import { red } from './red.ts';
import { redDa } from './red-da.ts';
import { reg2022123 } from './reg-2022-123.ts';
import { sgd } from './sgd.ts';
import { timeLimits } from './time-limits.ts';

export const ACTS: readonly ActDefinition[] = [
  mdr, ivdr, mdcg201916, reg2022123, cra, red, redDa, gdpr, nis2, nis, cer, aiAct, dataAct, ehds,
  gpsr, sgd, dcd, pld2024, pld1985, csa, eucc, timeLimits,
];
