@needs-restore
Feature: Cases generated from the request schema that may start restores
  The families of generated cases that are valid restores, or that a lenient endpoint may take as one. Their
  cases are sent one at a time, each accepted restore's job followed before the next, while no other scenario
  runs (the cases that must be rejected are in generated-cases.feature). DDM_EXPLORE=quick sends one case per
  family, DDM_EXPLORE=off none.

  @RM-EXPLORE-006
  Scenario: A valid request written in another JSON form is accepted like the plain form
    These cases are valid restores: they start real restores, one at a time.

    Given the equivalent form cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-007
  Scenario: Where the document does not decide, the answers are recorded
    A strict endpoint refuses these and a lenient one may restore: both are conformant.

    Given the undecided cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows
