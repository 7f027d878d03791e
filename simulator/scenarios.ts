/**
 * Ready-made scenarios of a job's lists for the DTS simulator, built from the model's entry
 * builders (model.ts).
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import {
  constant,
  dataEntry,
  incrementalEntry,
  rawJson,
  state,
  steps,
  structureEntry,
  constraintEntry,
  type JobScenario,
  type PollState,
  type RawEntry,
  type Status
} from './model.js';

// ---------------------------------------------------------------------------------------------
// Named scenarios
// ---------------------------------------------------------------------------------------------

/** The example from the API documentation: one table `dtstestdata.customer`. */
export function seedExample(): JobScenario {
  return constant(
    state({
      structure: [structureEntry({ db: 'dtstestdata', name: 'customer', status: 'Finished' })],
      data: [
        dataEntry({
          db: 'dtstestdata',
          name: 'customer',
          status: 'Finished',
          total: '9981',
          finished: '9993',
          usedTime: '0.0'
        })
      ],
      incremental: [incrementalEntry({ db: 'dtstestdata', name: 'customer', status: 'Migrating' })]
    })
  );
}

const PROGRESS_TABLES: ReadonlyArray<{ name: string; rows: number }> = [
  { name: 'orders', rows: 1200 },
  { name: 'customers', rows: 300 },
  { name: 'products', rows: 75 }
];

/**
 * Three tables of `appdb`: poll 0 everything NotStarted; poll 1 structure Finished, data Migrating
 * (half copied), incremental NotStarted; poll 2 and later every entry of every section Finished.
 */
export function progressing(): JobScenario {
  const db = 'appdb';
  const at = (phase: 0 | 1 | 2): PollState =>
    state({
      structure: PROGRESS_TABLES.map((t) => structureEntry({ db, name: t.name, status: phase === 0 ? 'NotStarted' : 'Finished' })),
      data: PROGRESS_TABLES.map((t) =>
        dataEntry({
          db,
          name: t.name,
          status: phase === 0 ? 'NotStarted' : phase === 1 ? 'Migrating' : 'Finished',
          total: String(t.rows),
          finished: phase === 0 ? '0' : phase === 1 ? String(Math.floor(t.rows / 2)) : String(t.rows),
          usedTime: phase === 0 ? '0.0' : phase === 1 ? '1.5' : '3.2'
        })
      ),
      incremental: PROGRESS_TABLES.map((t) => incrementalEntry({ db, name: t.name, status: phase === 2 ? 'Finished' : 'NotStarted' }))
    });
  return steps(at(0), at(1), at(2));
}

/** The DTS/MySQL error of the failing foreign key in {@link demo} and {@link constraintFailure}. */
export const FOREIGN_KEY_ERROR =
  'DTS-1020042 Execute sql error sql: ALTER TABLE `shop`.`order_items` ADD CONSTRAINT `fk_order_items_product` ' +
  'FOREIGN KEY (`product_id`) REFERENCES `shop`.`products` (`id`), ' +
  'cause: java.sql.SQLIntegrityConstraintViolationException: Cannot add or update a child row: ' +
  'a foreign key constraint fails (`shop`.`#sql-1a2b_3c4`, CONSTRAINT `fk_order_items_product` ' +
  'FOREIGN KEY (`product_id`) REFERENCES `products` (`id`))';

/** The data error of {@link dataFailure}. */
export const NUMBER_FORMAT_ERROR = 'DTS-070211 Record Replicator error. cause by [java.lang.NumberFormatException: For input string: ""]';

interface DemoTable {
  db: string;
  name: string;
  rows: number;
  /** Rows actually copied when different from the estimate. */
  copied?: number;
  /** Poll at which its structure is Finished / its data starts / its data is Finished. */
  structureAt: number;
  dataStartAt: number;
  dataDoneAt: number;
}

const DEMO_TABLES: readonly DemoTable[] = [
  { db: 'shop', name: 'customers', rows: 48210, structureAt: 1, dataStartAt: 1, dataDoneAt: 2 },
  { db: 'shop', name: 'products', rows: 1875, structureAt: 1, dataStartAt: 1, dataDoneAt: 2 },
  { db: 'shop', name: 'orders', rows: 120000, copied: 120873, structureAt: 1, dataStartAt: 2, dataDoneAt: 3 },
  { db: 'shop', name: 'order_items', rows: 356400, structureAt: 1, dataStartAt: 2, dataDoneAt: 3 },
  { db: 'crm', name: 'contacts', rows: 9300, structureAt: 1, dataStartAt: 1, dataDoneAt: 2 },
  { db: 'crm', name: 'campaigns', rows: 240, structureAt: 2, dataStartAt: 2, dataDoneAt: 3 }
];

/**
 * For `npm run demo`: six tables in `shop` and `crm` moving NotStarted -> Migrating -> Finished
 * over four polls (poll 3 is final). The foreign key `shop.fk_order_items_product` fails with a
 * real-looking DTS-1020042 error, `shop.orders` copies 120873 rows for an estimate of 120000,
 * incremental entries are Migrating once their data is copied.
 */
export function demo(): JobScenario {
  const at = (poll: number): PollState => {
    const structure = DEMO_TABLES.map((t) => {
      const status: Status = poll >= t.structureAt ? 'Finished' : poll >= t.structureAt - 1 && poll > 0 ? 'Migrating' : 'NotStarted';
      let constraints: RawEntry[] = [];
      if (t.name === 'order_items') {
        constraints = [
          constraintEntry({
            db: 'shop',
            name: 'fk_order_items_order',
            status: poll >= 3 ? 'Finished' : poll >= 2 ? 'Migrating' : 'NotStarted',
            definition:
              'ALTER TABLE `shop`.`order_items` ADD CONSTRAINT `fk_order_items_order` FOREIGN KEY (`order_id`) REFERENCES `shop`.`orders` (`id`)'
          }),
          constraintEntry({
            db: 'shop',
            name: 'fk_order_items_product',
            status: poll >= 3 ? 'Failed' : poll >= 2 ? 'Migrating' : 'NotStarted',
            error: poll >= 3 ? FOREIGN_KEY_ERROR : '',
            definition:
              'ALTER TABLE `shop`.`order_items` ADD CONSTRAINT `fk_order_items_product` FOREIGN KEY (`product_id`) REFERENCES `shop`.`products` (`id`)'
          })
        ];
      } else if (t.name === 'orders') {
        constraints = [
          constraintEntry({
            db: 'shop',
            name: 'idx_orders_customer',
            type: 'Index',
            status: poll >= 3 ? 'Finished' : poll >= 2 ? 'Migrating' : 'NotStarted',
            definition: 'CREATE INDEX `idx_orders_customer` ON `shop`.`orders` (`customer_id`)'
          })
        ];
      }
      return structureEntry({ db: t.db, name: t.name, status, constraints });
    });
    const data = DEMO_TABLES.map((t) => {
      const done = poll >= t.dataDoneAt;
      const started = poll >= t.dataStartAt;
      const final = t.copied ?? t.rows;
      return dataEntry({
        db: t.db,
        name: t.name,
        status: done ? 'Finished' : started ? 'Migrating' : 'NotStarted',
        total: String(t.rows),
        finished: done ? String(final) : started ? String(Math.floor(t.rows * 0.42)) : '0',
        usedTime: done ? (t.rows / 9000).toFixed(1) : started ? (t.rows / 21000).toFixed(1) : '0.0'
      });
    });
    const incremental = DEMO_TABLES.map((t) =>
      incrementalEntry({ db: t.db, name: t.name, status: poll >= t.dataDoneAt ? 'Migrating' : 'NotStarted' })
    );
    return state({ structure, data, incremental });
  };
  return steps(at(0), at(1), at(2), at(3));
}

/** `sales.invoices` data Failed with a NumberFormatException; everything else Finished. */
export function dataFailure(): JobScenario {
  const db = 'sales';
  return constant(
    state({
      structure: [
        structureEntry({ db, name: 'invoices', status: 'Finished' }),
        structureEntry({ db, name: 'payments', status: 'Finished' })
      ],
      data: [
        dataEntry({
          db,
          name: 'invoices',
          status: 'Failed',
          total: '52000',
          finished: '31877',
          usedTime: '4.1',
          error: NUMBER_FORMAT_ERROR
        }),
        dataEntry({ db, name: 'payments', status: 'Finished', total: '8000', finished: '8000', usedTime: '0.9' })
      ],
      incremental: [
        incrementalEntry({ db, name: 'invoices', status: 'NotStarted' }),
        incrementalEntry({ db, name: 'payments', status: 'Migrating' })
      ]
    })
  );
}

/** Foreign key `shop.fk_order_items_product` (of table `shop.order_items`) Failed; the rest Finished. */
export function constraintFailure(): JobScenario {
  return constant(
    state({
      structure: [
        structureEntry({ db: 'shop', name: 'products', status: 'Finished' }),
        structureEntry({
          db: 'shop',
          name: 'order_items',
          status: 'Finished',
          constraints: [
            constraintEntry({ db: 'shop', name: 'idx_order_items_order', type: 'Index', status: 'Finished' }),
            constraintEntry({ db: 'shop', name: 'fk_order_items_product', status: 'Failed', error: FOREIGN_KEY_ERROR })
          ]
        })
      ],
      data: [
        dataEntry({ db: 'shop', name: 'products', status: 'Finished', total: '1875', finished: '1875', usedTime: '0.3' }),
        dataEntry({ db: 'shop', name: 'order_items', status: 'Finished', total: '356400', finished: '356400', usedTime: '38.0' })
      ],
      incremental: [
        incrementalEntry({ db: 'shop', name: 'products', status: 'Migrating' }),
        incrementalEntry({ db: 'shop', name: 'order_items', status: 'Migrating' })
      ]
    })
  );
}

/** Never finishes: structure Finished, data Migrating forever (copied rows stay put). */
export function stuck(): JobScenario {
  const db = 'warehouse';
  return constant(
    state({
      structure: [structureEntry({ db, name: 'events', status: 'Finished' })],
      data: [dataEntry({ db, name: 'events', status: 'Migrating', total: '9000000', finished: '4500000', usedTime: '600.0' })],
      incremental: [incrementalEntry({ db, name: 'events', status: 'NotStarted' })]
    })
  );
}

/** Structure and data Finished, incremental Migrating forever (a healthy running sync). */
export function incrementalMigrating(): JobScenario {
  const db = 'appdb';
  const names = ['accounts', 'sessions'];
  return constant(
    state({
      structure: names.map((name) => structureEntry({ db, name, status: 'Finished' })),
      data: names.map((name) => dataEntry({ db, name, status: 'Finished', total: '100', finished: '100', usedTime: '0.1' })),
      incremental: names.map((name) => incrementalEntry({ db, name, status: 'Migrating' }))
    })
  );
}

/** A job that reports no objects at all. */
export function empty(): JobScenario {
  return constant(state());
}

/** A structure entry with status `Paused` (not a status DTS documents); the rest Finished. */
export function unknownStatus(): JobScenario {
  const db = 'appdb';
  return constant(
    state({
      structure: [
        structureEntry({ db, name: 'accounts', status: 'Finished' }),
        structureEntry({ db, name: 'audit_log', status: 'Paused' })
      ],
      data: [dataEntry({ db, name: 'accounts', status: 'Finished', total: '10', finished: '10', usedTime: '0.0' })],
      incremental: []
    })
  );
}

/** HTTP 200 with `Success: false`, `ErrCode: InvalidJobId` at every poll. */
export function successFalse(
  errCode = 'InvalidJobId',
  errMessage = 'The specified synchronization job does not exist or has been released.'
): JobScenario {
  return constant(state({ successFalse: { ErrCode: errCode, ErrMessage: errMessage } }));
}

/** Statuses in odd casings: `finished`, `FINISHED`, `Finished`, `FAILED`, `migrating`. */
export function mixedCase(): JobScenario {
  const db = 'legacy';
  return constant(
    state({
      structure: [
        structureEntry({
          db,
          name: 'users',
          status: 'finished',
          constraints: [constraintEntry({ db, name: 'uk_users_email', type: 'Index', status: 'FINISHED' })]
        }),
        structureEntry({ db, name: 'roles', status: 'Finished' })
      ],
      data: [
        dataEntry({ db, name: 'users', status: 'finished', total: '42', finished: '42', usedTime: '0.0' }),
        dataEntry({ db, name: 'roles', status: 'FAILED', total: '7', finished: '0', usedTime: '0.0', error: 'DTS-31009 table not found' })
      ],
      incremental: [incrementalEntry({ db, name: 'users', status: 'migrating' })]
    })
  );
}

/** Data row counts as unquoted JSON numbers beyond 2^53 (and one exact one below). */
export function hugeNumbers(): JobScenario {
  const db = 'bigdata';
  return constant(
    state({
      structure: [structureEntry({ db, name: 'clicks', status: 'Finished' })],
      data: [
        dataEntry({
          db,
          name: 'clicks',
          status: 'Finished',
          total: rawJson('12345678901234567890'),
          finished: rawJson('12345678901234567891'),
          usedTime: '86400.5'
        })
      ],
      incremental: [incrementalEntry({ db, name: 'clicks', status: 'Migrating' })]
    })
  );
}

/**
 * Malformed but parseable entries: numbers where strings belong, nulls, missing fields, a
 * non-array `Constraints`, empty row counts. Everything ends up Finished or Failed.
 */
export function malformed(): JobScenario {
  return constant(
    state({
      structure: [
        { ObjectName: 'weird', ObjectType: null, SourceOwnerDBName: 'odd', Status: 'Finished', Constraints: null },
        {
          ObjectName: 123,
          SourceOwnerDBName: 'odd',
          DestinationOwnerDBName: 'odd',
          Status: 'Finished',
          ErrorMessage: null,
          Constraints: 'none'
        },
        {
          ObjectName: 'no_status',
          SourceOwnerDBName: 'odd',
          Status: 'Failed',
          ErrorMessage: 42,
          Constraints: [{ ObjectName: 'c', Status: 'Finished' }]
        }
      ],
      data: [
        { TableName: 'weird', SourceOwnerDBName: 'odd', Status: 'Finished', TotalRowNum: 10, FinishRowNum: '', UsedTime: null },
        { TableName: 'blank', SourceOwnerDBName: 'odd', Status: 'Finished', TotalRowNum: '', FinishRowNum: 'abc' }
      ],
      incremental: [{ TableName: 'weird', Status: 'Migrating' }]
    })
  );
}
