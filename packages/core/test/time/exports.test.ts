/** The time functions are part of the public API of @iomt/core. */
import { expect, it } from 'vitest';

it('exports the deadline functions from the package entry point', async () => {
  const core = await import('../../src/index.ts');
  for (const name of [
    'computePeriodDeadline',
    'describePeriod',
    'describeOpenDeadline',
    'publicHolidays',
    'isWorkingDay',
    'regionsOf',
    'holidaySource',
    'TimeInputError',
  ]) {
    expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
  }
  expect(core.DATE_HOLIDAYS_VERSION).toBe('3.37.0');
});
