package il.gov.cal.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DataConflictsTest {

  @Test
  void aRowChangedMeanwhileIsA409ToRetry() {
    DomainRuleViolation conflict =
        DataConflicts.in(new OptimisticLockException("row changed")).orElseThrow();

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.code()).isEqualTo("request.concurrent-update");
  }

  @Test
  void aDuplicateRefusedAtCommitIsA409SayingNothingOfTheRow() {
    TransactionalException atCommit =
        new TransactionalException(
            "commit failed",
            new RollbackException(
                new PersistenceException(
                    new SQLIntegrityConstraintViolationException("Duplicate entry 'MOF'"))));

    DomainRuleViolation conflict = DataConflicts.in(atCommit).orElseThrow();

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.code()).isEqualTo("request.conflicting-data");
    assertThat(conflict.toProblem().toJson()).doesNotContain("MOF");
  }

  @Test
  void anyOtherPersistenceFailureIsNoConflict() {
    assertThat(DataConflicts.in(new PersistenceException("table card is missing"))).isEmpty();
  }
}
