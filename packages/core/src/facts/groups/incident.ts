/**
 * Facts about an incident: what happened, as the notification duties of each regime ask it.
 * The incident's timeline (instants with time zones) is kept apart from these facts.
 */
import { group } from '../vocabulary-dsl.ts';

export const INCIDENT = group('The incident', {});
