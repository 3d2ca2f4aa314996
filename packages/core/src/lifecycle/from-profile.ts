/** The lifecycle facts of a product read from its profile: computed once, reused for every unit. */
import type { Profile } from '../facts/profile-schema.ts';
import type { DeviceStatus, LifecycleProduct } from './types.ts';

const DEVICE_STATUS: Readonly<Record<string, DeviceStatus>> = {
  'medical-device': 'medical-device',
  'md-accessory': 'medical-device',
  // Annex XVI products without a medical purpose are under the MDR too (Art 1(2)), so outside the CRA.
  'annex-xvi': 'medical-device',
  ivd: 'ivd',
  'ivd-accessory': 'ivd',
  'not-a-device': 'not-a-device',
};

export function lifecycleProductOf(profile: Profile): LifecycleProduct {
  const p = profile.product ?? {};
  const l = p.lifecycle ?? {};
  const q = p.medicalDevice?.qualification ?? null;
  const digital = p.hasDigitalElements ?? null;
  const connection = p.dataConnection ?? null;
  const components = p.components ?? null;
  const consumer = p.consumerProduct ?? null;
  return {
    ...(p.name ? { name: p.name } : {}),
    deviceStatus: q === null ? null : (DEVICE_STATUS[q] ?? null),
    digitalWithConnection: digital === false || connection === false ? false : digital === true && connection === true ? true : null,
    goods: components === null ? null : components.includes('hardware'),
    saleTo: l.saleTo ?? (consumer === null ? null : consumer ? 'consumer' : 'professional'),
    supplyMode: l.supplyMode ?? null,
    placedOnMarketOn: p.placedOnMarketOn ?? null,
    declaredSupportEnd: l.declaredSupportEnd ?? null,
    expectedUseYears: p.expectedUseYears ?? null,
    deviceLifetimeYears: l.deviceLifetimeYears ?? null,
    substantiallyModifiedOn: p.substantiallyModified === false ? null : (p.substantiallyModifiedOn ?? null),
  };
}
