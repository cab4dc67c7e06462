package il.gov.cal.odsquery.export;

import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsquery.caller.CallerOrganisation;
import il.gov.cal.odsquery.caller.OdsRoles;
import il.gov.cal.odsquery.transaction.TransactionFilter;
import il.gov.cal.odsquery.transaction.TransactionFilterParams;
import il.gov.cal.odsquery.transaction.TransactionQueryService;
import il.gov.cal.odsquery.transaction.TransactionSort;
import il.gov.cal.odsquery.transaction.TransactionWalk;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /transactions/export}: the search's result as CSV, streamed while it is read from the
 * ODS, so its size is bounded by nothing but the filters. Columns: see {@link TransactionCsv}.
 */
@Path("/transactions/export")
@RequestScoped
@RolesAllowed({
  OdsRoles.ORG_ADMIN,
  OdsRoles.FINANCE_MANAGER,
  OdsRoles.ANALYST,
  OdsRoles.UNIT_MANAGER
})
public class ExportResource {

  private static final Logger log = LoggerFactory.getLogger(ExportResource.class);

  @Inject CallerOrganisation caller;
  @Inject TransactionQueryService transactions;

  @GET
  @Produces("text/csv")
  @Operation(
      summary = "Export the matching transactions as CSV",
      description =
          "Same filters and sort as the search, every match in one streamed file (UTF-8 with a"
              + " byte-order mark so spreadsheets read Hebrew correctly). Columns: "
              + "id, transaction_date, posting_date, card_last4, cardholder_id, cardholder_name,"
              + " unit_id, unit_name, merchant, merchant_city, merchant_country, mcc, category,"
              + " kind, status, amount, currency, billing_amount, billing_currency. Amounts are"
              + " exact decimals; text cells starting with = + - @ are prefixed with '.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content =
          @Content(
              mediaType = "text/csv",
              examples =
                  @ExampleObject(
                      name = "two lines",
                      value =
                          "id,transaction_date,posting_date,card_last4,cardholder_id,"
                              + "cardholder_name,unit_id,unit_name,merchant,merchant_city,"
                              + "merchant_country,mcc,category,kind,status,amount,currency,"
                              + "billing_amount,billing_currency\r\n9001,2025-03-02,2025-03-04,"
                              + "0017,1001,Dana Levi,9,Procurement,Office Depot,Jerusalem,376,"
                              + "5943,Stationery,PURCHASE,POSTED,120.50,ILS,120.50,ILS\r\n")))
  public Response export(
      @BeanParam TransactionFilterParams params, @QueryParam("sort") String sort) {
    TransactionFilter filter = params.toFilter(caller.orgId(), caller.unitScope());
    TransactionWalk walk = transactions.walk(filter, TransactionSort.parse(sort));
    StreamingOutput body = out -> write(walk, filter.orgId(), out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"transactions.csv\"")
        .header("Cache-Control", "no-store")
        .type("text/csv; charset=UTF-8")
        .build();
  }

  private static void write(TransactionWalk walk, long orgId, java.io.OutputStream out)
      throws IOException {
    AtomicLong rows = new AtomicLong();
    try (walk;
        Writer writer =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024)) {
      writer.write('\uFEFF');
      TransactionCsv.writeHeader(writer);
      walk.forEachBatch(
          batch -> {
            try {
              for (TransactionDocument t : batch) {
                TransactionCsv.writeRow(writer, t);
              }
              writer.flush();
              rows.addAndGet(batch.size());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      log.info("export stopped by the client org={} rows={}", orgId, rows.get());
      throw e.getCause();
    }
    log.info("export done org={} rows={}", orgId, rows.get());
  }
}
