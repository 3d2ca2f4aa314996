/** Shared pieces of the OSCAL 1.2.1 JSON exports: version, namespace, metadata and resources. */
import { knowledgeBase } from '@iomt/core';
import type { ActId } from '@iomt/core';
import { uuidV5 } from './uuid.ts';

export const OSCAL_VERSION = '1.2.1';
/** Namespace of the properties this project defines (OSCAL requires one for non-core names). */
export const IOMT_NS = 'urn:iomt-compliance:oscal';
/** File name the profile and assessment results use to refer to the catalog. */
export const CATALOG_FILE = 'iomt-controls.catalog.json';
export const PROFILE_FILE = 'iomt-controls.profile.json';

export interface OscalProp {
  name: string;
  value: string;
  ns?: string;
  class?: string;
  remarks?: string;
}
export interface OscalLink {
  href: string;
  rel?: string;
  text?: string;
}
export interface OscalResource {
  uuid: string;
  title?: string;
  description?: string;
  props?: OscalProp[];
  rlinks?: { href: string; 'media-type'?: string; hashes?: { algorithm: string; value: string }[] }[];
  remarks?: string;
}
export interface OscalMetadata {
  title: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: OscalProp[];
  remarks?: string;
}

/** Midnight UTC of a calendar date: exports carry the as-of date, never the clock. */
export const instantOf = (date: string): string => `${date}T00:00:00Z`;

export function metadata(title: string, asOf: string, remarks?: string, props?: OscalProp[]): OscalMetadata {
  return {
    title,
    'last-modified': instantOf(asOf),
    version: knowledgeBase.version,
    'oscal-version': OSCAL_VERSION,
    ...(props && props.length > 0 ? { props } : {}),
    ...(remarks ? { remarks } : {}),
  };
}

/** OSCAL string values may not start or end with white space or be empty. */
export const oscalString = (s: string): string => s.replace(/\s+/g, ' ').trim() || '-';

/** A back-matter resource for an act: its title and a link to the official text. */
export function actResource(act: ActId): OscalResource {
  const a = knowledgeBase.act(act);
  return {
    uuid: uuidV5(`act:${act}`),
    title: a ? `${a.shortName} — ${a.number}` : act,
    ...(a ? { description: a.title, rlinks: [{ href: a.url, 'media-type': 'text/html' }] } : {}),
  };
}
