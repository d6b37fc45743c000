export * from './types';
export { exportPolicy } from './exportPolicy';
export { declaredSettings, settingValue } from './declaredSettings';
export { PWQUALITY_NEUTRAL, renderPwqualityConf } from './exportPwquality';
export { renderKeycloakPolicy } from './exportKeycloak';
export { PASSWORD_RULE_SETTINGS_TEMPLATE, ENTRA_MAX_TERMS, ENTRA_TERM_LENGTH } from './exportEntra';
export { formatFidelity } from './formatFidelity';
export { enforcementMatrix, ENFORCEMENT_SYSTEM_TITLES, type EnforcementCell, type EnforcementMatrix, type EnforcementRow } from './enforcementMatrix';
export { platformRefusals, type PlatformRefusal } from './platformRefusals';
