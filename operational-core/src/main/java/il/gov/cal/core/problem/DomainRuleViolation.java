package il.gov.cal.core.problem;

import java.util.List;

/**
 * A command that is well formed but breaks a business rule in the current state, such as activating
 * a cancelled card: 409 Conflict with the rule's stable code.
 */
public class DomainRuleViolation extends ProblemException {

  public DomainRuleViolation(String code, String detail) {
    super(409, code, detail, List.of());
  }

  @Override
  public String title() {
    return "Business rule violated";
  }
}
