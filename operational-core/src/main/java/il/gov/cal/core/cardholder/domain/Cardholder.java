package il.gov.cal.core.cardholder.domain;

import il.gov.cal.core.problem.DomainRuleViolation;
import il.gov.cal.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An employee who holds the organisation's cards, belonging to one unit.
 *
 * <p>Invariants: the external reference (the issuer files' id for the person) is unique in the
 * organisation; personal identifiers are held only in the protected form {@link
 * PersonalDataProtection} produced, never in clear; only an ACTIVE cardholder changes unit or
 * receives cards.
 */
@Entity
@Table(name = "cardholder")
public class Cardholder extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id")
  private long unitId;

  @Column(name = "external_ref")
  private String externalRef;

  @Column(name = "employee_id")
  private String employeeId;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "national_id_enc")
  private byte[] nationalIdEncrypted;

  @Column(name = "national_id_idx")
  private String nationalIdIndex;

  @Column(name = "email_enc")
  private byte[] emailEncrypted;

  @Column(name = "phone_enc")
  private byte[] phoneEncrypted;

  @Enumerated(EnumType.STRING)
  private CardholderStatus status;

  @Version private long version;

  protected Cardholder() {}

  /** The personal facts given on enrolment; the national id is already validated by its type. */
  public record Person(
      String firstName,
      String lastName,
      NationalId nationalId,
      String email,
      String phone,
      String employeeId) {

    @Override
    public String toString() {
      return "Person[redacted]";
    }
  }

  /** A newly enrolled, active cardholder in {@code unitId}. */
  public static Cardholder enrol(
      long unitId, String externalRef, Person person, PersonalDataProtection protection) {
    Cardholder holder = new Cardholder();
    holder.unitId = unitId;
    holder.externalRef = externalRef;
    holder.employeeId = person.employeeId();
    holder.firstName = person.firstName();
    holder.lastName = person.lastName();
    holder.nationalIdEncrypted = protection.encrypt(person.nationalId().digits());
    holder.nationalIdIndex = protection.blindIndex(person.nationalId());
    holder.emailEncrypted = person.email() == null ? null : protection.encrypt(person.email());
    holder.phoneEncrypted = person.phone() == null ? null : protection.encrypt(person.phone());
    holder.status = CardholderStatus.ACTIVE;
    return holder;
  }

  /** Moves the cardholder to another unit of the organisation. */
  public void transferTo(long newUnitId) {
    requireActive();
    this.unitId = newUnitId;
  }

  /** Refuses anything but an active cardholder, with {@code cardholder.inactive}. */
  public void requireActive() {
    if (status != CardholderStatus.ACTIVE) {
      throw new DomainRuleViolation("cardholder.inactive", "The cardholder is not active");
    }
  }

  public Long id() {
    return id;
  }

  public long unitId() {
    return unitId;
  }

  public String externalRef() {
    return externalRef;
  }

  public String employeeId() {
    return employeeId;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public CardholderStatus status() {
    return status;
  }
}
