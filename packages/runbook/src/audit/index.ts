export { AUDIT_RECORD_FORMAT, AUDIT_RECORD_VERSION, exportAuditRecord, auditRecordToJson, type AuditRecord } from './auditRecord';
export { verifyAuditRecord, type AuditProblem, type AuditProblemCode, type AuditSummary, type AuditVerification } from './verifyAuditRecord';
export { formatAuditMarkdown } from './formatAuditMarkdown';
