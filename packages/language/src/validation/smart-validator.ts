/**
 * Registers every plan check with Langium's validation registry. Each checks module
 * covers one area of the rule catalogue.
 */
import type { SmartServices } from '../smart-module.js';
import { avatarChecks } from './checks/avatar-checks.js';
import { checkinChecks } from './checks/checkin-checks.js';
import { dateChecks } from './checks/date-checks.js';
import { goalChecks } from './checks/goal-checks.js';
import { planChecks } from './checks/plan-checks.js';
import { importChecks } from './checks/import-checks.js';
import { nameChecks } from './checks/name-checks.js';
import { propertyChecks } from './checks/property-checks.js';
import { strategyChecks } from './checks/strategy-checks.js';

export function registerValidationChecks(services: SmartServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const checks of [
        nameChecks(services),
        importChecks(services),
        dateChecks(),
        propertyChecks(),
        goalChecks(services),
        checkinChecks(),
        strategyChecks(services),
        avatarChecks(services),
        planChecks(services)
    ]) {
        registry.register(checks);
    }
}
