/**
 * Exports of the controls crosswalk and of gap assessments: OSCAL 1.2.1 JSON (catalog, profile,
 * assessment results, with deterministic UUIDs), CSV, Markdown and standalone HTML reports, and
 * import of a saved assessment state. Pure functions of their inputs (no clock, no files).
 */
export { continueImportedState, importGapState } from './assessment-import.ts';
export type { StateImport } from './assessment-import.ts';
export { csvField, csvRow, gapCsv, GAP_CSV_HEADER } from './csv.ts';
export { escapeHtml, gapHtml } from './html-report.ts';
export { gapMarkdown, mdText } from './markdown-report.ts';
export { oscalAssessmentResults } from './oscal-assessment-results.ts';
export type { OscalAssessmentResults } from './oscal-assessment-results.ts';
export { CATEGORY_TITLES, oscalCatalog } from './oscal-catalog.ts';
export type { OscalCatalog, OscalControl } from './oscal-catalog.ts';
export { CATALOG_FILE, IOMT_NS, OSCAL_VERSION, PROFILE_FILE } from './oscal-common.ts';
export { oscalProfile } from './oscal-profile.ts';
export type { OscalProfile } from './oscal-profile.ts';
export { IOMT_NAMESPACE, uuidV5 } from './uuid.ts';
export { cisoAssistantLibrary, libraryVersion } from './ciso-assistant.ts';
export type { CisoLibrary, CisoRequirementNode } from './ciso-assistant.ts';
