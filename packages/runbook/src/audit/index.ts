export { AUDIT_RECORD_FORMAT, AUDIT_RECORD_VERSION, MAX_RECORD_BYTES, exportAuditRecord, auditRecordToJson, type AuditRecord } from './auditRecord';
export { verifyAuditRecord, type AuditProblem, type AuditProblemCode, type AuditSummary, type AuditVerification, type VerifyOptions } from './verifyAuditRecord';
export { formatAuditMarkdown } from './formatAuditMarkdown';
export { parseRecordJson, type ParsedRecordJson } from './parseRecordJson';
export { describeEvent, type ProblemStep } from './describeEvent';
