Feature: A source naming both a backup and a restore time
  The document says either one needs to be specified and is silent on both. This runs beside the accepted
  restores but starts none: it is proven by a refusal, like the request forms.

  @RM-INFO-001
  Scenario: A source naming both a backup and a restore time
    The document says either one needs to be specified and is silent on both: a strict endpoint refuses the
    request for that, a lenient one reads it like the plain form. Both are conformant; the suite records which,
    by refusal, so no restore is spent on it.

    Given a restore request refused for one reason: the target instance does not exist
    And its source names the configured restore time as well
    When the restore request is sent
    Then how it is answered, compared with the plain form, is recorded
