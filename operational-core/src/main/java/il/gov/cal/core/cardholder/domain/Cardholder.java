package il.gov.cal.core.cardholder.domain;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.tenancy.TenantOwned;
import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An employee who holds the organisation's cards, belonging to one unit.
 *
 * <p>Invariants: the external reference (the issuer files' id for the person) is unique in the
 * organisation; personal identifiers are held only in the protected form {@link
 * PersonalDataProtection} produced, never in clear, each ciphertext bound to the organisation, the
 * field and this row's id; only an ACTIVE cardholder changes unit or receives cards.
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

  /**
   * A newly enrolled, active cardholder in {@code unitId}, without personal data yet: that is
   * encrypted by {@link #protectPersonalData} once the row has its id, to which each ciphertext is
   * bound.
   */
  public static Cardholder enrol(long unitId, String externalRef, Person person) {
    Cardholder holder = new Cardholder();
    holder.unitId = unitId;
    holder.externalRef = externalRef;
    holder.employeeId = person.employeeId();
    holder.firstName = person.firstName();
    holder.lastName = person.lastName();
    holder.status = CardholderStatus.ACTIVE;
    return holder;
  }

  /** Stores the person's national id, email and phone encrypted, and the national id's index. */
  public void protectPersonalData(Person person, PersonalDataProtection protection) {
    if (id == null) {
      throw new IllegalStateException("personal data is bound to the id: store the row first");
    }
    nationalIdEncrypted =
        protection.encrypt(PersonalField.NATIONAL_ID, id, person.nationalId().digits());
    nationalIdIndex = protection.blindIndex(person.nationalId());
    emailEncrypted =
        person.email() == null ? null : protection.encrypt(PersonalField.EMAIL, id, person.email());
    phoneEncrypted =
        person.phone() == null ? null : protection.encrypt(PersonalField.PHONE, id, person.phone());
  }

  /**
   * The decrypted personal data, or empty when any stored value does not decrypt for this row (or
   * none was stored, as for cardholders created by the issuer-file import).
   */
  public Optional<PersonalData> personalData(PersonalDataProtection protection) {
    if (nationalIdEncrypted == null) {
      return Optional.empty();
    }
    Map<PersonalField, byte[]> stored = new EnumMap<>(PersonalField.class);
    stored.put(PersonalField.NATIONAL_ID, nationalIdEncrypted);
    stored.put(PersonalField.EMAIL, emailEncrypted);
    stored.put(PersonalField.PHONE, phoneEncrypted);
    Map<PersonalField, String> clear = new EnumMap<>(PersonalField.class);
    for (Map.Entry<PersonalField, byte[]> column : stored.entrySet()) {
      if (column.getValue() != null) {
        Optional<String> value = protection.decrypt(column.getKey(), id, column.getValue());
        if (value.isEmpty()) {
          return Optional.empty();
        }
        clear.put(column.getKey(), value.get());
      }
    }
    return Optional.of(
        new PersonalData(
            NationalId.of(clear.get(PersonalField.NATIONAL_ID)),
            clear.get(PersonalField.EMAIL),
            clear.get(PersonalField.PHONE)));
  }

  /** Whether personal data was stored for this cardholder (the import stores none). */
  public boolean hasPersonalData() {
    return nationalIdEncrypted != null;
  }

  /** Moves the cardholder to another unit of the organisation. */
  public void transferTo(long newUnitId) {
    requireActive();
    this.unitId = newUnitId;
  }

  /** Refuses anything but an active cardholder, with {@code cardholder.inactive}. */
  public void requireActive() {
    if (status != CardholderStatus.ACTIVE) {
      throw new DomainRuleViolation(
          CONFLICT, "cardholder.inactive", "The cardholder is not active");
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
