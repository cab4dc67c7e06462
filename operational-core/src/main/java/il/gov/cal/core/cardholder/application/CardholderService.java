package il.gov.cal.core.cardholder.application;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.cardholder.domain.Cardholder;
import il.gov.cal.core.cardholder.domain.PersonalDataProtection;
import il.gov.cal.core.cardholder.persistence.CardholderRepository;
import il.gov.cal.core.problem.DomainRuleViolation;
import il.gov.cal.core.unit.persistence.UnitRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
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

  /** Enrols a cardholder in a unit of the organisation. */
  public Cardholder enrolCardholder(long unitId, String externalRef, Cardholder.Person person) {
    units.require(unitId);
    if (cardholders.externalRefTaken(externalRef)) {
      throw new DomainRuleViolation(
          "cardholder.external-ref-taken", "Another cardholder has this external reference");
    }

    Cardholder holder = cardholders.add(Cardholder.enrol(unitId, externalRef, person, protection));

    log.info("cardholder enrolled cardholderId={} unitId={}", holder.id(), unitId);
    return holder;
  }

  /** Moves a cardholder to another unit. */
  public Cardholder transferCardholder(long cardholderId, long unitId) {
    Cardholder holder = cardholders.require(cardholderId);
    units.require(unitId);

    holder.transferTo(unitId);

    log.info("cardholder transferred cardholderId={} unitId={}", cardholderId, unitId);
    return holder;
  }

  /** One cardholder. */
  public Cardholder cardholder(long cardholderId) {
    return cardholders.require(cardholderId);
  }

  /** One page of cardholders, optionally of one unit. */
  public List<Cardholder> cardholders(PageRequest page, Long unitId) {
    return cardholders.page(page, unitId);
  }
}
