package il.gov.cal.core.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MccDirectoryTest {

  private static final MccDirectory DIRECTORY = MccDirectory.load();

  @Test
  void loadsEveryRowOfTheReferenceList() {
    assertThat(DIRECTORY.size()).isEqualTo(981);
  }

  @Test
  void codesKeepLeadingZeros() {
    assertThat(DIRECTORY.find("0742"))
        .hasValueSatisfying(
            category -> assertThat(category.description()).isEqualTo("Veterinary Services"));
    assertThat(DIRECTORY.find("742")).isEmpty();
    assertThat(DIRECTORY.all().get(0).code()).isEqualTo("0742");
  }

  @Test
  void descriptionsWithQuotedCommasAreReadWhole() {
    assertThat(DIRECTORY.find("5943").orElseThrow().description())
        .isEqualTo("Stationery Stores, Office and School Supply Stores");
  }

  @Test
  void atmCodeDescriptionIsCorrectedWhereTheSourceCopiedManualCashDisbursements() {
    MerchantCategory manual = DIRECTORY.find("6010").orElseThrow();
    MerchantCategory atm = DIRECTORY.find("6011").orElseThrow();

    assertThat(manual.description()).contains("Manual Cash Disbursements");
    assertThat(atm.description()).contains("Automated Cash Disbursements");
    assertThat(atm.description()).isNotEqualTo(manual.description());
  }

  @Test
  void rangeReturnsCodesBetweenBoundsInclusive() {
    assertThat(DIRECTORY.range("5541", "5542"))
        .extracting(MerchantCategory::code)
        .containsExactly("5541", "5542");
  }

  @Test
  void duplicateCodeInTheListIsRefused() {
    String csv = "mcc,a,b,c,d,e\n5812,X,X,X,X,Yes\n5812,Y,Y,Y,Y,Yes\n";

    assertThatThrownBy(() -> MccDirectory.read(new BufferedReader(new StringReader(csv))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("repeats 5812");
  }

  @Test
  void wellFormedCodeIsExactlyFourDigits() {
    assertThat(MerchantCategory.isWellFormedCode("0742")).isTrue();
    assertThat(MerchantCategory.isWellFormedCode("742")).isFalse();
    assertThat(MerchantCategory.isWellFormedCode("58a2")).isFalse();
    assertThat(MerchantCategory.isWellFormedCode(null)).isFalse();
  }
}
