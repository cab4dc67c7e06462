/** Operating the pipeline: metrics (Prometheus text) and the health endpoint. */
package il.gov.cal.cdc.ops;
