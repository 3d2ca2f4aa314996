export { CHANGELOG, changesConcerning, changesSince, compareKbVersions, KB_VERSION, provisionExists, knowledgeBase } from '../../src/index.ts';
import { knowledgeBase } from '../../src/index.ts';
export const scenarioExists = (id: string | undefined): boolean => id !== undefined && knowledgeBase.scenarios.some((s) => s.id === id);
