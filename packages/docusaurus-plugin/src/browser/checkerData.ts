import type { CheckerData, CheckerPolicy } from './interactiveData';
// Written by `interactiveRoutes` (createData): the shipped policies, resolved, as plain JSON.
import data from '@stepwise/docusaurus-plugin-data/checker-policies.json';

export const checkerData = data as CheckerData;

export function checkerPolicy(id: string): CheckerPolicy | undefined {
  return checkerData.policies.find((policy) => policy.id === id);
}
