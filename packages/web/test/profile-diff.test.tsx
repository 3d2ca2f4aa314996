import { describe, expect, it } from 'vitest';
import type { ActResult, Obligation } from '../src/api/types.ts';
import { diffFacts, flattenFacts, formatFactValue, profileToYamlText } from '../src/lib/profile-diff.ts';
import { ABSENT, compareReports } from '../src/lib/version-compare.ts';

const v1 = {
  $schema: 'https://example.test/profile.schema.json',
  name: 'PulseFit band',
  product: { wearable: true, components: ['hardware', 'mobile-app'], medicalDevice: { qualification: null } },
  organisation: { employees: 40, roles: ['manufacturer'] },
};
const v2 = {
  name: 'PulseFit band',
  product: { wearable: true, components: ['hardware', 'mobile-app', 'cloud-service'], medicalDevice: { qualification: 'medical-device', class: 'IIa' } },
  organisation: { roles: ['manufacturer'] },
};

describe('profile facts', () => {
  it('flattens nested facts to dotted paths, lists as one fact, without $schema', () => {
    expect(flattenFacts(v1)).toEqual([
      ['name', 'PulseFit band'],
      ['product.wearable', true],
      ['product.components', ['hardware', 'mobile-app']],
      ['product.medicalDevice.qualification', null],
      ['organisation.employees', 40],
      ['organisation.roles', ['manufacturer']],
    ]);
    expect(flattenFacts({ product: {} })).toEqual([['product', null]]);
  });

  it('renders a version as YAML-like text, quoting strings that would read as another type', () => {
    expect(profileToYamlText(v1)).toBe(
      ['name: PulseFit band', 'product:', '  wearable: true', '  components: [hardware, mobile-app]', '  medicalDevice:', '    qualification: null', 'organisation:', '  employees: 40', '  roles: [manufacturer]'].join('\n'),
    );
    expect(formatFactValue('true')).toBe('"true"');
    expect(formatFactValue('2027-12-11')).toBe('"2027-12-11"');
    expect(formatFactValue('a: b')).toBe('"a: b"');
    expect(formatFactValue('<script>')).toBe('<script>');
    expect(profileToYamlText({ sites: [{ state: 'DE' }, { state: 'FR' }] })).toBe('sites:\n  - {state: DE}\n  - {state: FR}');
  });

  it('lists the facts answered, changed and no longer stated between two versions, by path', () => {
    expect(diffFacts(v1, v2)).toEqual([
      { fact: 'organisation.employees', kind: 'removed', before: 40 },
      { fact: 'product.components', kind: 'changed', before: ['hardware', 'mobile-app'], after: ['hardware', 'mobile-app', 'cloud-service'] },
      { fact: 'product.medicalDevice.class', kind: 'added', after: 'IIa' },
      { fact: 'product.medicalDevice.qualification', kind: 'changed', before: null, after: 'medical-device' },
    ]);
    expect(diffFacts(v2, v2)).toEqual([]);
  });
});

const act = (id: string, verdict: ActResult['verdict'], from?: string): ActResult => ({
  act: id,
  shortName: id.toUpperCase(),
  number: '',
  title: '',
  kind: 'regulation',
  url: '',
  verdict,
  applicableFrom: from,
  parts: [],
  explanation: '',
  reasons: [],
  missingFacts: [],
  notes: [],
});
const obligation = (id: string, status: Obligation['status'], from?: string): Obligation => ({
  id,
  act: id.split(':')[0] ?? '',
  role: 'manufacturer',
  category: 'security',
  cite: id,
  citation: id,
  url: '',
  title: `Duty ${id}`,
  summary: '',
  status,
  from,
  missingFacts: [],
});

describe('compareReports', () => {
  it('sets two versions’ assessments side by side, changed rows first', () => {
    const rows = compareReports(
      { acts: [act('gdpr', 'applies'), act('mdr', 'unknown'), act('cra', 'applies-from', '2027-12-11')], obligations: [obligation('gdpr:art-32', 'applies'), obligation('mdr:art-10', 'possible')] },
      { acts: [act('gdpr', 'applies'), act('mdr', 'applies'), act('cra', 'applies-from', '2027-12-11')], obligations: [obligation('gdpr:art-32', 'applies'), obligation('mdr:art-10', 'applies'), obligation('mdr:art-83', 'applies')] },
    );
    expect(rows.changedActs).toBe(1);
    expect(rows.acts[0]).toMatchObject({ act: 'mdr', base: 'unknown', variant: 'applies', changed: true });
    expect(rows.acts.filter((a) => !a.changed).map((a) => a.act)).toEqual(['gdpr', 'cra']);
    expect(rows.changedObligations).toBe(2);
    expect(rows.obligations.slice(0, 2)).toEqual([
      expect.objectContaining({ id: 'mdr:art-10', base: 'possible', variant: 'applies', changed: true }),
      expect.objectContaining({ id: 'mdr:art-83', base: ABSENT, variant: 'applies', title: 'Duty mdr:art-83', changed: true }),
    ]);
  });

  it('counts a moved application date as a change', () => {
    const rows = compareReports({ acts: [act('cra', 'applies-from', '2027-12-11')], obligations: [] }, { acts: [act('cra', 'applies-from', '2026-09-11')], obligations: [] });
    expect(rows.acts[0]).toMatchObject({ changed: true, baseFrom: '2027-12-11', variantFrom: '2026-09-11' });
  });
});
