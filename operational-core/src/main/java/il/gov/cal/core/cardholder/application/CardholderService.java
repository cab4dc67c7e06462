package il.gov.cal.core.cardholder.application;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.audit.Audit;
import il.gov.cal.core.cardholder.domain.Cardholder;
import il.gov.cal.core.cardholder.domain.NationalId;
import il.gov.cal.core.cardholder.domain.PersonalData;
import il.gov.cal.core.cardholder.domain.PersonalDataProtection;
import il.gov.cal.core.cardholder.persistence.CardholderRepository;
import il.gov.cal.core.unit.persistence.UnitRepository;
import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Use cases on the caller's organisation's cardholders. Logs ids only, never personal data. */
@RequestScoped
@Transactional
public class CardholderService {

  private static final Logger log = LoggerFactory.getLogger(CardholderService.class);

  @Inject private CardholderRepository cardholders;
  @Inject private UnitRepository units;
  @Inject private PersonalDataProtection protection;
  @Inject private Audit audit;

  /** Enrols a cardholder in a unit of the organisation. */
  public Cardholder enrolCardholder(long unitId, String externalRef, Cardholder.Person person) {
    units.require(unitId);
    if (cardholders.externalRefTaken(externalRef)) {
      audit.failed("cardholder.enrol", "cardholder", null);
      throw new DomainRuleViolation(
          CONFLICT,
          "cardholder.external-ref-taken",
          "Another cardholder has this external reference");
    }

    Cardholder holder = cardholders.add(Cardholder.enrol(unitId, externalRef, person));
    holder.protectPersonalData(person, protection);
    audit.succeeded("cardholder.enrol", "cardholder", holder.id());

    log.info("cardholder enrolled cardholderId={} unitId={}", holder.id(), unitId);
    return holder;
  }

  /** Moves a cardholder to another unit. */
  public Cardholder transferCardholder(long cardholderId, long unitId) {
    Cardholder holder = cardholders.require(cardholderId);
    units.require(unitId);

    audit.refusable(
        "cardholder.transfer", "cardholder", cardholderId, () -> holder.transferTo(unitId));
    audit.succeeded("cardholder.transfer", "cardholder", cardholderId);

    log.info("cardholder transferred cardholderId={} unitId={}", cardholderId, unitId);
    return holder;
  }

  /** One cardholder. */
  public Cardholder cardholder(long cardholderId) {
    return cardholders.require(cardholderId);
  }

  /**
   * One cardholder with its decrypted personal data, absent when the stored data does not decrypt
   * for this row.
   */
  public CardholderDetails cardholderWithPersonalData(long cardholderId) {
    Cardholder holder = cardholders.require(cardholderId);

    Optional<PersonalData> data = holder.personalData(protection);
    audit.succeeded("cardholder.personal-data.read", "cardholder", cardholderId);

    log.info("cardholder personal data read cardholderId={}", cardholderId);
    return new CardholderDetails(holder, data);
  }

  /** The cardholders with this national id, found by its blind index. */
  public List<Cardholder> cardholdersWithNationalId(NationalId nationalId) {
    List<Cardholder> found = cardholders.withNationalIdIndex(protection.blindIndex(nationalId));
    if (found.isEmpty()) {
      audit.succeeded("cardholder.national-id.search", "cardholder", null);
    }
    found.forEach(h -> audit.succeeded("cardholder.national-id.search", "cardholder", h.id()));

    log.info("cardholders searched by national id found={}", found.size());
    return found;
  }

  /** One page of cardholders, optionally of one unit. */
  public List<Cardholder> cardholders(PageRequest page, Long unitId) {
    return cardholders.page(page, unitId);
  }
}
