/**
 * The CDC pipeline: every committed change of the operational core ({@code cal_core}) into the ODS,
 * both the OpenSearch indices ({@code cal-transactions}, {@code cal-cards}, {@code
 * cal-cardholders}, {@code cal-budgets}, {@code cal-units}, {@code cal-audit-events}) and the
 * analysts' MySQL tables in {@code cal_ods}.
 *
 * <p>The stages, one per package: {@code engine} (Debezium embedded engine lifecycle and the batch
 * handler), {@code change} (a change record read into a normalised row change), {@code projection}
 * (router and one pure mapper per source table), {@code ods} and {@code search} (the writers),
 * {@code ops} (metrics and health), {@code command} (the main classes).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>At-least-once, made idempotent.</b> A batch's offsets are committed only after its ODS
 *       rows and its documents are written (or dead-lettered). After a crash the engine replays
 *       from the last committed offset; every write is keyed by the source primary key and
 *       versioned by the packed source position ({@link il.gov.cal.cdc.change.SourcePosition}), so
 *       a replay changes nothing.
 *   <li><b>Ordered per key.</b> A document or ODS row only moves to a higher source position
 *       (OpenSearch external versioning, {@code external_gte}; an ODS upsert guarded by {@code
 *       source_position}). A late or redelivered change never overwrites newer state; deletes are
 *       versioned too and leave a tombstone.
 *   <li><b>Snapshot.</b> On first start the engine snapshots the captured tables, then streams from
 *       the binlog position the snapshot was taken at. Snapshot reads carry that position with
 *       order 0, below every change streamed from there. An incremental snapshot of one table can
 *       be requested at any time through the signal table; it runs while streaming goes on.
 *   <li><b>Never a silent loss.</b> A bulk item refused for good (mapping error) goes to {@code
 *       cal_ods.ods_dead_letter} and is counted; retriable refusals (429, 5xx, node down) hold the
 *       batch and its offsets until they succeed.
 *   <li><b>Throughput without reordering.</b> A large batch flows through the ODS writer and the
 *       bulk indexer in chunks (a quarter of the batch, 1,024 to 8,192 changes), the next chunk's
 *       rows written while the previous chunk's documents are indexed; chunks reach each store in
 *       source order. The ODS rows go out as multi-row upserts prepared once on the server, with
 *       the same position guard as a single row. A chunk's documents go out as two bulk requests
 *       side by side, split by document id, so every write of one document still reaches OpenSearch
 *       in source order. The unit, cardholder and card rows that documents denormalise are cached
 *       across batches and forgotten as soon as a batch changes them, which is sound because the
 *       pipeline is the only writer of the ODS tables.
 * </ul>
 *
 * <h2>Known limitations</h2>
 *
 * <ul>
 *   <li>Denormalised names follow renames in the batch that carries the rename; a rename near the
 *       root of the unit tree rewrites every document below it in that one batch.
 *   <li>OpenSearch keeps delete tombstones for {@code index.gc_deletes} (one hour in these
 *       mappings); a change older than a delete and redelivered more than an hour later would bring
 *       the document back until the next change of that row. The ODS keeps tombstones rows ({@code
 *       is_deleted = 1}) forever, so it is not affected.
 *   <li>Versions order changes within one binlog history; after a binlog reset or a switch to a
 *       primary with lower binlog numbers, rebuild the indices and the ODS from a new snapshot.
 *   <li>Lag ({@code cal_cdc_lag_seconds}) is measured from the MariaDB binlog's stamp of a change,
 *       which holds whole seconds and the start of the changing statement: it reads up to a second
 *       high, more for a transaction that ran on after the statement. Nothing in the MariaDB
 *       connector is more precise; the MySQL connector with GTIDs gives the exact commit time.
 *   <li><b>The MySQL source is not proven end to end.</b> {@code source.kind=mysql} selects
 *       Debezium's {@code MySqlConnector}; unit tests check the engine properties it is given
 *       (connector class, excluded sensitive columns, signal table, exact decimals, transaction
 *       metadata, state stores) and that the MySQL connector's own validation accepts every one of
 *       them. No test streams from a MySQL server, since none can be installed where the tests run:
 *       the MySQL-only behaviour (JSON columns arriving as JSON and rewritten canonically,
 *       fractional seconds rounded by the server, the {@code binlog_row_value_options} check at
 *       start, GTID handling) and the MySQL connector's snapshot locking are untested against a
 *       real server. Run the integration tests against a MySQL 8 source before using it.
 * </ul>
 */
package il.gov.cal.cdc;
