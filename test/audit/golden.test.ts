import { describe, expect, it } from 'vitest';
import { exportAuditRecord, sha256Hex, verifyAuditRecord } from '@stepwise/runbook';
import { fileURLToPath } from 'node:url';
import { loadFixture } from '../run/fixtures';
import { runThrough } from '../run/exchangeRun';

const FROZEN_EXCHANGE = fileURLToPath(new URL('../fixtures/runbooks/exchange-password-reset-frozen.yaml', import.meta.url));

// Golden vectors: a fixed run with a fixed clock gives a fixed head hash. A change here means the
// event format, the canonical JSON or the hashing changed, which breaks every record already
// handed to auditors: bump AUDIT_RECORD_VERSION instead.
describe('golden vectors', () => {
  it('a fixed run of the fixture runbook', async () => {
    const { runbook, source } = loadFixture();
    const run = await runThrough(runbook, source, 'onprem', {}, { ticket: 'INC123456', account: 'ana@example.org', 'admin-account': true });
    const record = exportAuditRecord(run);
    expect(await sha256Hex(source)).toBe('afad2c2afa6fbe05c5e2362c2baa37d8cfb637cdfb2528a383487d095294d4f1');
    expect(record.events[0]!.hash).toBe('75c71132e85f840d408de276ff2b88b0be152d883495e55bc088d6cff5989f16');
    expect({ headHash: record.headHash, eventCount: record.eventCount }).toEqual({ headHash: 'b1e6776d44f640c070b12b470ed2d7976ebc10ce36314491ee8c1ca880198a13', eventCount: 7 });
    expect((await verifyAuditRecord(record, source, runbook)).valid).toBe(true);
  });

  it('a fixed run of the Exchange runbook (frozen copy), including the failure branch', async () => {
    const { runbook, source } = loadFixture(FROZEN_EXCHANGE);
    const run = await runThrough(runbook, source, 'exchange-online', {
      'test-sign-in': [{ type: 'fail', stepId: 'test-sign-in', reason: 'Outlook on the phone still used the old password.' }],
      'secure-credentials': [{ type: 'note', stepId: 'secure-credentials', note: 'User notified on the alternate address.' }],
    });
    const record = exportAuditRecord(run);
    expect(run.state.outcome).toBe('completed');
    expect(await sha256Hex(source)).toBe('533bfc9828c994740a44007366d980d21bdf018686791f96c3fc086c6de49ec9');
    expect({ headHash: record.headHash, eventCount: record.eventCount }).toEqual({ headHash: 'b5515911cc0d24d0cf7edaa03416c7783dbd698fca54385aff586829c29dfc44', eventCount: 20 });
    expect((await verifyAuditRecord(record, source, runbook)).valid).toBe(true);
  });
});
