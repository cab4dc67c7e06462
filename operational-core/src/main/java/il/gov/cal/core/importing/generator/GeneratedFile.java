package il.gov.cal.core.importing.generator;

import java.nio.file.Path;

/**
 * One organisation's output: its VCF file, a side file describing its unit hierarchy (which VCF
 * names only by node code), and what they hold.
 *
 * @param vcfFile the VCF 4.0 transmission
 * @param unitsFile tab-separated {@code code, parent_code, level, name}, one unit a line
 * @param contents the counts written
 */
public record GeneratedFile(Path vcfFile, Path unitsFile, GeneratedOrganisation contents) {}
