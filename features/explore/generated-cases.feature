Feature: Cases generated from the request schema
  Besides the document's own examples, the suite walks schemas/restore-metadata-request.json (and the source
  and target schemas it refers to) and generates, for every member at every depth, requests that break one of
  its rules in an otherwise valid body. The cases of a family are sent concurrently (DDM_CONCURRENCY); each one
  appears in the Cucumber reports with its request and answer, and the conformance table counts them.
  DDM_EXPLORE=quick sends one case per family, DDM_EXPLORE=off none. Every answer of every case is also checked
  for a server error (RM-ROBUST-001) and, when JSON, for its Content-Type (RM-HTTP-002).

  @RM-EXPLORE-001
  Scenario: Every member given a JSON type the schema does not allow is rejected
    Given the type cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-002
  Scenario: Every mandatory member left out is rejected
    Given the absence cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-003
  Scenario: Every identifier that names nothing is rejected
    Given the identifier cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-004
  Scenario: Every value outside its range is rejected
    Given the range cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-005
  Scenario: Every body that is not a JSON object, or far too large, is rejected
    Given the body cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-006
  Scenario: A request written in another JSON form is read like the plain form
    Each case is a refused request (its target instance does not exist) in another JSON form that means the same;
    it must get the plain form's status and error code, so no restore is spent on it.

    Given the equivalent form cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-007
  Scenario: Where the document does not decide, the answers are recorded
    A strict endpoint refuses these and a lenient one reads them like the plain form: both are conformant.

    Given the undecided cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows
