package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.storage.FileStore;
import il.gov.cal.core.importing.vcf.VcfFileSummary;
import il.gov.cal.core.importing.vcf.VcfFormatException;
import il.gov.cal.core.importing.vcf.VcfRecordKind;
import il.gov.cal.core.importing.vcf.VcfValidator;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step one: reads the whole stored file once, in constant memory, and checks every file-level rule
 * (header and trailer, blocks opening and closing in step, trailer counts and control totals,
 * truncation), then finds the organisation named by the header. A file that fails is REJECTED with
 * line and reason and the job ends here, before anything is written; a valid one moves to IMPORTING
 * with its record count known.
 *
 * <p>An unknown company id rejects the file, unless {@code cal.import.create-unknown-organisations}
 * is true (dev and test), in which case the organisation is registered.
 */
@Named("validateIssuerFile")
@Dependent
public class ValidateIssuerFile extends AbstractBatchlet {

  /** Exit status ending the job after a rejection. */
  static final String REJECTED = "REJECTED";

  private static final Logger log = LoggerFactory.getLogger(ValidateIssuerFile.class);

  @Inject private JobContext jobContext;
  @Inject private ImportJobs imports;
  @Inject private IssuerOrganisations organisations;
  @Inject private FileStore files;

  @Inject
  @ConfigProperty(name = "cal.import.create-unknown-organisations", defaultValue = "false")
  private boolean createUnknownOrganisations;

  @Override
  public String process() throws Exception {
    long importId = ImportJobParameters.importId(jobContext);
    ImportJob job = imports.find(importId).orElseThrow();
    imports.markValidating(importId);
    VcfFileSummary summary;
    try (InputStream in = files.open(job.storedAt())) {
      summary = VcfValidator.validate(in, StandardCharsets.UTF_8);
    } catch (VcfFormatException e) {
      return reject(importId, e.line(), e.reason());
    }
    String companyId = summary.header().companyId();
    OptionalLong organisation =
        createUnknownOrganisations
            ? OptionalLong.of(organisations.findOrRegister(companyId))
            : organisations.find(companyId);
    if (organisation.isEmpty()) {
      return reject(importId, 1, "no organisation has issuer company id " + companyId);
    }
    long total =
        summary.records(VcfRecordKind.CARDHOLDER)
            + summary.records(VcfRecordKind.CARD_ACCOUNT)
            + summary.records(VcfRecordKind.CARD_TRANSACTION);
    imports.markImporting(importId, organisation.getAsLong(), total);
    log.info(
        "issuer file valid import_id={} org_id={} records={}",
        importId,
        organisation.getAsLong(),
        total);
    return "VALID";
  }

  private String reject(long importId, int line, String reason) {
    imports.markRejected(importId, line, reason);
    log.info("issuer file rejected import_id={} line={} reason={}", importId, line, reason);
    return REJECTED;
  }
}
