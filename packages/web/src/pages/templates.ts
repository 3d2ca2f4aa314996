/** Starting points for a new product profile; every fact left out stays unknown and becomes a question. */
export const PROFILE_TEMPLATES: { id: string; label: string; profile: Record<string, unknown> }[] = [
  { id: 'blank', label: 'Start from nothing (all facts unknown)', profile: {} },
  {
    id: 'wellness-wearable',
    label: 'Wellness wearable (not a medical device)',
    profile: {
      product: { hasDigitalElements: true, dataConnection: true, wearable: true, healthMonitoring: true, medicalDevice: { qualification: 'not-a-device' } },
      organisation: { roles: ['manufacturer', 'controller'] },
    },
  },
  {
    id: 'connected-medical-device',
    label: 'Connected medical device',
    profile: {
      product: { hasDigitalElements: true, dataConnection: true, medicalDevice: { qualification: 'medical-device' } },
      organisation: { roles: ['manufacturer'] },
    },
  },
];
