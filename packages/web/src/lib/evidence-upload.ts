/**
 * An evidence file made ready to upload: type and size checked in the browser first (the server
 * checks again, against the bytes), then encoded as base64 for the JSON API.
 */
import type { EvidenceUpload, ProblemDocument } from '../api/types.ts';

export const EVIDENCE_MAX_BYTES = 700 * 1024;

/** Types by file extension, for files the browser reports without a type. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  json: 'application/json',
};

export const EVIDENCE_ACCEPT = Object.keys(BY_EXTENSION)
  .map((e) => `.${e}`)
  .join(',');

export function evidenceType(name: string, reported: string): string | undefined {
  const known = new Set(Object.values(BY_EXTENSION));
  if (known.has(reported)) return reported;
  return BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? ''];
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function evidenceToUpload(file: File, control: string): Promise<{ upload: EvidenceUpload } | { problem: ProblemDocument }> {
  const type = evidenceType(file.name, file.type);
  if (!type) {
    return { problem: { title: 'That kind of file is not accepted', status: 415, detail: `“${file.name}” is not a PDF, PNG, JPEG, text, CSV, Markdown or JSON file.` } };
  }
  if (file.size > EVIDENCE_MAX_BYTES) {
    return { problem: { title: 'That is too large to accept', status: 413, detail: `“${file.name}” has ${Math.ceil(file.size / 1024)} KiB; evidence files may have at most ${EVIDENCE_MAX_BYTES / 1024} KiB. Link to larger files instead.` } };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { upload: { control, fileName: file.name, contentType: type, contentBase64: toBase64(bytes) } };
}
