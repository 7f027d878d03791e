/**
 * The job summaries the browser test looks at, produced the real way: the built dist/index.js
 * run as the runner runs it against the DTS simulator, and the summary file read back.
 *
 * - the six-table job with one failing foreign key;
 * - a 300-object job stopped by `fail-fast` at five failures with long DTS errors whose cause
 *   comes last, while some tables are still copying;
 * - the job of `npm run demo -- --precheck-failure`, whose precheck fails: the failed checks with
 *   their errors and how to repair them;
 * - the cutover gate of `npm run demo` (`max-delay: 5s`), which finishes: the job's state, the
 *   copy as a bar and the replication delay in the head;
 * - a copy whose full data verification finds tables that differ (long names, one copied to a
 *   table of another name) and a table whose check failed: each reason in "What failed".
 */
import {
  type CheckedTable,
  constant,
  copyRun,
  constraintEntry,
  dataEntry,
  demo,
  demoRun,
  FAILED_PRECHECK_ITEMS,
  FOREIGN_KEY_ERROR,
  incrementalEntry,
  type JobScenario,
  type JobSpec,
  precheckFailure,
  type RawEntry,
  runAction,
  startSimulator,
  state,
  type Status,
  structureEntry,
  verifying
} from '../../simulator/index.js';
import { KEY } from '../support/fixtures.js';

export interface RenderedJob {
  /** What the summary is of, for test names and file names. */
  name: string;
  /** The summary file as the action wrote it. */
  markdown: string;
  /** The whole error text of every failure the scenario has, as DTS sent it (and how to repair it). */
  errors: string[];
  /** Whether the run fails (the verdict its heading names). */
  failed: boolean;
  /** Objects in the scenario. */
  objects: number;
}

async function summaryOf(jobId: string, scenario: JobScenario | JobSpec, inputs: Record<string, string>): Promise<string> {
  const sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs: { [jobId]: scenario } });
  try {
    const run = await runAction({
      'job-id': jobId,
      region: 'cn-hangzhou',
      endpoint: sim.endpoint,
      'access-key-id': KEY.accessKeyId,
      'access-key-secret': KEY.accessKeySecret,
      timeout: '1m',
      ...inputs
    });
    if (!run.summary.trim()) throw new Error(`the action wrote no summary (exit ${run.code}): ${run.stderr || run.stdout}`);
    return run.summary;
  } finally {
    await sim.close();
  }
}

/** The six-table job whose foreign key fails, polled every 100 ms. */
export async function demoJob(): Promise<RenderedJob> {
  const markdown = await summaryOf('dtsdemo01x2y3z', demo(), { 'poll-interval': '100ms' });
  return { name: 'demo job', markdown, errors: [FOREIGN_KEY_ERROR], failed: true, objects: 6 * 3 + 3 };
}

/** `npm run demo -- --precheck-failure`, polled every 100 ms: every failed check's error and repair method. */
export async function precheckFailureJob(): Promise<RenderedJob> {
  const markdown = await summaryOf('dtsdemo01x2y3z', precheckFailure(), { 'poll-interval': '100ms' });
  const errors = FAILED_PRECHECK_ITEMS.flatMap((item) => [item.error, item.repair]).filter((t): t is string => t !== undefined);
  return { name: 'failed precheck', markdown, errors, failed: true, objects: 0 };
}

/** `npm run demo` (the cutover gate with max-delay 5s), polled every 100 ms. */
export async function cutoverJob(): Promise<RenderedJob> {
  const markdown = await summaryOf('dtsdemo01x2y3z', demoRun(), { 'poll-interval': '100ms', 'max-delay': '5s' });
  return { name: 'cutover gate', markdown, errors: [], failed: false, objects: 6 * 3 };
}

/** The tables of {@link dataDiffersJob} that fail its verification, and why, as the summary words it. */
const DIFFERING_TABLES: ReadonlyArray<{ table: CheckedTable; reason: string }> = [
  {
    table: { db: 'loyalty', table: 'customer_loyalty_program_membership_tier_history', rows: 2_600_000, diff: 1_284 },
    reason: '1,284 rows differ · 2,600,000 of 2,600,000 rows checked'
  },
  {
    table: {
      db: 'billing',
      table: 'invoice_lines',
      destTable: 'invoice_lines_archive_2024_with_a_long_name',
      rows: 880_000,
      diff: 301,
      errorCode: 2
    },
    reason: '301 rows differ (ErrorCode 2: more than 300 rows differ) · 880,000 of 880,000 rows checked'
  },
  {
    table: { db: 'crm', table: 'events', rows: 5_000, checked: 0, status: '5', errorCode: 4 },
    reason: 'check failed (status 5, ErrorCode 4: an SQL error) · 0 of 5,000 rows checked'
  }
];

/** A copy whose full data verification finds two tables that differ and one whose check failed, among 40. */
export async function dataDiffersJob(): Promise<RenderedJob> {
  const same: CheckedTable[] = Array.from({ length: 37 }, (_, i) => ({ db: 'shop', table: `table_${i}`, rows: 1000 }));
  const scenario = verifying(copyRun({ tables: [{ name: 'orders', rows: 1000 }], rowsPerPoll: 1000 }), {
    tables: [...DIFFERING_TABLES.map((d) => d.table), ...same],
    checkingPolls: 1
  });
  const markdown = await summaryOf('dtsverify40x', { scenario, fullDataCheck: true }, { 'poll-interval': '100ms' });
  return { name: 'differing tables', markdown, errors: DIFFERING_TABLES.map((d) => d.reason), failed: true, objects: 3 };
}

// ---------------------------------------------------------------------------------------------
// The 300-object job

const DATABASES = ['shop', 'billing', 'crm'] as const;
const TABLES = [
  ...['accounts', 'addresses', 'audit_log', 'carts', 'cart_items', 'categories', 'coupons', 'customers', 'deliveries'],
  ...['discounts', 'events', 'invoices', 'invoice_lines', 'ledger_entries', 'notifications', 'orders', 'order_items'],
  ...['payments', 'prices', 'products', 'refunds', 'returns', 'sessions', 'shipments', 'suppliers']
] as const;

/** Long DTS errors as DTS writes them: the failed statement or batch first, the cause at the end. */
export const WIDE_JOB_ERRORS = {
  foreignKey:
    'DTS-1020042 Execute sql error sql: ALTER TABLE `billing`.`invoice_lines` ADD CONSTRAINT `fk_invoice_lines_invoice` ' +
    'FOREIGN KEY (`invoice_id`) REFERENCES `billing`.`invoices` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT, ' +
    'job: dtsbig300x9k, worker: dts-init-structure-after-03, retried 3 times in 180 seconds, ' +
    'cause: java.sql.SQLIntegrityConstraintViolationException: Cannot add or update a child row: a foreign key ' +
    'constraint fails (`billing`.`#sql-5f2e_8a1`, CONSTRAINT `fk_invoice_lines_invoice` FOREIGN KEY (`invoice_id`) ' +
    'REFERENCES `invoices` (`id`) ON DELETE CASCADE)',
  truncation:
    'DTS-070211 Record Replicator error in table shop.order_items. ' +
    'Batch insert of 512 rows into `shop`.`order_items` (`id`, `order_id`, `product_id`, `quantity`, `unit_price`, ' +
    '`gift_message`, `created_at`, `updated_at`) failed at checkpoint mysql-bin.004211:88213377, ' +
    'full data migration of this table stopped after 1,284,096 of 2,600,000 rows, ' +
    "cause by [java.sql.BatchUpdateException: Data truncation: Data too long for column 'gift_message' at row 17]",
  collation:
    'DTS-1020042 Execute sql error sql: CREATE TABLE IF NOT EXISTS `crm`.`events` (`id` bigint NOT NULL AUTO_INCREMENT, ' +
    '`contact_id` bigint NOT NULL, `kind` varchar(64) COLLATE utf8mb4_0900_ai_ci NOT NULL, `payload` json DEFAULT NULL, ' +
    '`occurred_at` datetime(3) NOT NULL, PRIMARY KEY (`id`), KEY `idx_events_contact` (`contact_id`)) ' +
    'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci, ' +
    "cause: java.sql.SQLSyntaxErrorException: Unknown collation: 'utf8mb4_0900_ai_ci'",
  duplicate:
    'DTS-070211 Record Replicator error in table billing.payments. ' +
    'Insert into `billing`.`payments` (`id`, `invoice_id`, `amount`, `currency`, `provider`, `provider_ref`, `paid_at`) ' +
    "values (7781236, 5520341, 129.90, 'CNY', 'alipay', '2024061822001456781234567890', '2024-06-18 09:14:03.512') " +
    'failed after 3 retries, the destination table is not empty, ' +
    "cause by [java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '7781236' for key 'payments.PRIMARY']",
  link:
    'DTS-31009 Incremental data writing error for table crm.sessions at checkpoint mysql-bin.004213:1207730, ' +
    'DTS retried the transaction 5 times over 300 seconds with a back-off of 60 seconds, writer: dts-incr-writer-02, ' +
    'cause by [com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure. ' +
    'The last packet successfully received from the server was 30,012 milliseconds ago. ' +
    'The last packet sent successfully to the server was 30,011 milliseconds ago.]'
} as const;

/** Which object fails with which error (database.table and, for a constraint, its name). */
const FAILURES = {
  structure: { 'crm.events': WIDE_JOB_ERRORS.collation },
  constraint: { 'billing.fk_invoice_lines_invoice': WIDE_JOB_ERRORS.foreignKey },
  data: { 'shop.order_items': WIDE_JOB_ERRORS.truncation, 'billing.payments': WIDE_JOB_ERRORS.duplicate },
  incremental: { 'crm.sessions': WIDE_JOB_ERRORS.link }
} as const;

/**
 * 75 tables in three databases, each with one constraint: 300 objects over structure,
 * constraint, data and incremental. Five fail; six tables are still copying and four have not
 * started, so only `fail-fast` ends the wait.
 */
export function wideFailureScenario(): JobScenario {
  const structure: RawEntry[] = [];
  const data: RawEntry[] = [];
  const incremental: RawEntry[] = [];
  let index = 0;
  for (const db of DATABASES) {
    for (const name of TABLES) {
      const key = `${db}.${name}`;
      const rows = 1000 + ((index * 7919) % 250_000);
      const fk = name === 'invoice_lines' && db === 'billing';
      const constraintName = fk ? 'fk_invoice_lines_invoice' : `idx_${name}_created_at`;
      const constraintError = (FAILURES.constraint as Record<string, string>)[`${db}.${constraintName}`];
      const structureError = (FAILURES.structure as Record<string, string>)[key];
      structure.push(
        structureEntry({
          db,
          name,
          status: structureError ? 'Failed' : 'Finished',
          ...(structureError ? { error: structureError } : {}),
          constraints: [
            constraintEntry({
              db,
              name: constraintName,
              type: fk ? 'ForeignKey' : 'Index',
              status: constraintError ? 'Failed' : 'Finished',
              ...(constraintError ? { error: constraintError } : {})
            })
          ]
        })
      );
      const dataError = (FAILURES.data as Record<string, string>)[key];
      const copying = index % 12 === 5 && !dataError;
      const notStarted = index % 19 === 7 && !dataError && !copying;
      const dataStatus: Status = dataError ? 'Failed' : copying ? 'Migrating' : notStarted ? 'NotStarted' : 'Finished';
      data.push(
        dataEntry({
          db,
          name,
          status: dataStatus,
          total: rows,
          finished: dataStatus === 'Finished' ? rows : dataStatus === 'NotStarted' ? 0 : Math.floor(rows * 0.49),
          usedTime: (rows / 8000).toFixed(1),
          ...(dataError ? { error: dataError } : {})
        })
      );
      const incrementalError = (FAILURES.incremental as Record<string, string>)[key];
      incremental.push(
        incrementalEntry({
          db,
          name,
          status: incrementalError ? 'Failed' : dataStatus === 'Finished' ? 'Migrating' : 'NotStarted',
          ...(incrementalError ? { error: incrementalError } : {})
        })
      );
      index++;
    }
  }
  return constant(state({ structure, data, incremental }));
}

export async function wideFailureJob(): Promise<RenderedJob> {
  const markdown = await summaryOf('dtsbig300x9k', wideFailureScenario(), { 'poll-interval': '100ms', 'fail-fast': 'true' });
  return {
    name: '300-object job',
    markdown,
    errors: Object.values(WIDE_JOB_ERRORS),
    failed: true,
    objects: DATABASES.length * TABLES.length * 4
  };
}
