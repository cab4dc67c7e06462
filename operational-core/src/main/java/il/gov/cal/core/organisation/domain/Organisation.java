package il.gov.cal.core.organisation.domain;

import il.gov.cal.security.problem.BadRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tenant: a government body whose units, cardholders, cards, budgets and transactions are visible
 * only to itself. Its code is unique across the platform; the issuer company id, when known, is how
 * the issuer's files name it.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  private String name;

  @Column(name = "issuer_company_id")
  private String issuerCompanyId;

  protected Organisation() {}

  private Organisation(String code, String name, String issuerCompanyId) {
    this.code = code;
    this.name = name;
    this.issuerCompanyId = issuerCompanyId;
  }

  /** A new organisation; the code must be short and stable since the issuer files refer to it. */
  public static Organisation register(String code, String name, String issuerCompanyId) {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}")) {
      throw BadRequest.ofField(
          "organisation.invalid-code", "code", "must be 1-32 letters or digits");
    }
    return new Organisation(code, name, issuerCompanyId);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String issuerCompanyId() {
    return issuerCompanyId;
  }
}
