package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.vcf.VcfEntry;
import il.gov.cal.core.merchant.MccDirectory;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The chunk step's processor: {@link RecordTranslation} of each record; never filters one out. */
@Named("issuerRecordProcessor")
@Dependent
public class IssuerRecordProcessor implements ItemProcessor {

  private static final RecordTranslation TRANSLATION = new RecordTranslation(MccDirectory.load());

  @Override
  public Object processItem(Object item) {
    return TRANSLATION.translate((VcfEntry) item);
  }
}
