/**
 * What one control closes across acts: the provisions it is mapped to (and whether it meets
 * each alone) and the duties it serves. Without a selection the answer covers the whole
 * knowledge base; with one, only the profile's duties.
 */
import { CONTROLS, controlById } from '../kb/controls/index.ts';
import { citation, knowledgeBase } from '../kb/knowledge-base.ts';
import type { ActId } from '../kb/provision-id.ts';
import { InputError } from '../engine/options.ts';
import { byActOrder, dutyMappings, resolveMapping } from './select.ts';
import type { ControlClosure, ControlSelection } from './types.ts';

/**
 * What `controlId` closes. Throws an InputError for an id that is not in the catalogue.
 *
 * @example
 * closes('ctl-incident-handling').acts; // ['gdpr', 'nis2', 'cer', 'mdr', 'ivdr', 'cra', 'ai-act', 'ehds', …]
 */
export function closes(controlId: string, selection?: ControlSelection): ControlClosure {
  const control = controlById(controlId);
  if (!control) throw new InputError('control', controlId, 'a control id of the catalogue (see `iomt controls list`)');

  const duties: ControlClosure['duties'][number][] = [];
  if (selection) {
    for (const d of selection.duties) {
      if (!d.controls.includes(control.id)) continue;
      duties.push({
        obligation: d.obligation,
        act: d.act,
        title: d.title,
        cite: d.cite,
        citation: d.citation,
        status: d.status,
        alone: d.controls.length === 1,
      });
    }
  } else {
    for (const act of knowledgeBase.acts) {
      for (const o of act.obligations) {
        if (dutyMappings(control, o).provisions.length === 0) continue;
        const others = CONTROLS.filter((c) => c.id !== control.id && dutyMappings(c, o).provisions.length > 0).length;
        duties.push({ obligation: o.id, act: act.id, title: o.title, cite: o.cite, citation: citation(o.cite), alone: others === 0 });
      }
    }
  }
  // For a profile, only the mappings its duties reach; for the catalogue, every mapping.
  const reached = selection ? new Set(selection.controls.find((c) => c.control === control.id)?.provisions.map((p) => p.provision)) : undefined;
  const provisions = control.provisions.filter((m) => !reached || reached.has(m.provision)).map((m) => ({
    ...resolveMapping(m),
    fully: m.relationship === 'equal' || m.relationship === 'superset',
  }));
  const acts = [...new Set<ActId>([...provisions.map((p) => p.act), ...duties.map((d) => d.act)])].sort(byActOrder);
  return { control: control.id, title: control.title, acts, provisions, duties };
}
