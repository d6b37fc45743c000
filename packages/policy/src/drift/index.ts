export { driftPolicy, type DriftEntry, type DriftReport, type DriftVerdict } from './driftPolicy';
export { DRIFT_FORMATS, DRIFT_FORMATTERS, type DriftFormat, type DriftRecord } from './formatDrift';
export { readDriftRecord } from './readDriftRecord';
