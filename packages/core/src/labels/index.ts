/**
 * The one source of words for the codes shown to people: the web app, the reports and the CLI
 * all read labels from here. Each area keeps its own module; adding one is one line below.
 * Nothing here loads the knowledge base, so the web app can import it cheaply.
 */
export * from './words.ts';
export * from './acts.ts';
export * from './citations.ts';
export * from './outcomes.ts';
export * from './roles.ts';
export * from './incidents.ts';
export * from './gap.ts';
export * from './classifications.ts';
export * from './incident.ts';
export * from './law.ts';
export * from './lifecycle.ts';
export * from './fleet.ts';
