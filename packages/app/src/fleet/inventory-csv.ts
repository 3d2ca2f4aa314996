/**
 * The inventory as CSV (RFC 4180, one unit per row, header names below). A row without serial
 * and asset tag declares a model version only. Import reads the same columns it exports; a row's
 * problem is named by its JSON pointer in the equivalent JSON inventory (`/units/3/exposure`).
 */
import { parse } from 'csv-parse/sync';
import { csvRow } from '../export/csv.ts';
import { InvalidInputError } from '../store/contract.ts';
import type { FleetInventory } from '../store/contract.ts';

export const INVENTORY_COLUMNS = [
  'manufacturer', 'model', 'version', 'version_support_end', 'serial', 'asset_tag', 'site', 'department', 'owner', 'installed_on', 'exposure', 'criticality', 'placed_on_market_on', 'support_end',
] as const;

const FIELD: Record<string, string> = {
  serial: 'serial', asset_tag: 'assetTag', site: 'site', department: 'department', owner: 'owner', installed_on: 'installedOn', exposure: 'exposure', criticality: 'criticality', placed_on_market_on: 'placedOnMarketOn', support_end: 'supportEnd',
};

export function parseInventoryCsv(text: string): FleetInventory {
  let rows: Record<string, string>[];
  try {
    rows = parse<Record<string, string>>(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new InvalidInputError('/csv', text.slice(0, 60), `RFC 4180 CSV with a header row (${e instanceof Error ? e.message : String(e)})`);
  }
  const header = Object.keys(rows[0] ?? {});
  const unknown = header.find((h) => !(INVENTORY_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined) throw new InvalidInputError('/csv/header', unknown, `only the columns ${INVENTORY_COLUMNS.join(', ')}`);
  const models = new Map<string, FleetInventory['models'][number]>();
  const units: FleetInventory['units'] = [];
  rows.forEach((r) => {
    const key = `${r.manufacturer ?? ''}\n${r.model ?? ''}`;
    const m = models.get(key) ?? { manufacturer: r.manufacturer ?? '', name: r.model ?? '', versions: [] };
    models.set(key, m);
    if (r.version && !m.versions.some((v) => v.version === r.version)) m.versions.push({ version: r.version, supportEnd: r.version_support_end || null });
    if (r.serial || r.asset_tag) {
      const unit: Record<string, unknown> = { manufacturer: r.manufacturer ?? '', model: r.model ?? '', version: r.version || null };
      for (const [col, field] of Object.entries(FIELD)) if (r[col] !== undefined && r[col] !== '') unit[field] = r[col];
      units.push(unit as FleetInventory['units'][number]);
    }
  });
  return { models: [...models.values()], units };
}

export function inventoryCsv(inv: FleetInventory): string {
  const lines = [csvRow(INVENTORY_COLUMNS)];
  const supportEnd = new Map(inv.models.flatMap((m) => m.versions.map((v) => [`${m.manufacturer}\n${m.name}\n${v.version}`, v.supportEnd ?? null] as const)));
  const withUnits = new Set<string>();
  for (const u of inv.units) {
    withUnits.add(`${u.manufacturer}\n${u.model}\n${u.version ?? ''}`);
    lines.push(csvRow([u.manufacturer, u.model, u.version, supportEnd.get(`${u.manufacturer}\n${u.model}\n${u.version ?? ''}`) ?? null, u.serial, u.assetTag, u.site, u.department, u.owner, u.installedOn, u.exposure, u.criticality, u.placedOnMarketOn, u.supportEnd]));
  }
  for (const m of inv.models) {
    for (const v of m.versions) {
      if (!withUnits.has(`${m.manufacturer}\n${m.name}\n${v.version}`)) lines.push(csvRow([m.manufacturer, m.name, v.version, v.supportEnd ?? null, null, null, null, null, null, null, null, null, null, null]));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
