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

  @RM-EXPLORE-008
  Scenario: A body that is not exactly one JSON text with the documented names is rejected
    Data after the JSON value is not one JSON text (RFC 8259 section 2); a mandatory member named in other letter
    case is missing, since member names are compared exactly.

    Given the JSON text cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-009
  Scenario: What RFC 8259 leaves to the receiver is recorded
    Duplicate member names and an unpaired surrogate escape: RFC 8259 (sections 4 and 8.2) says such texts are
    unpredictable or not interoperable, not that they must be refused. Compared with the plain form, recorded.

    Given the open JSON text cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-010
  Scenario: Identifiers that collide with a server's runtime names are refused, not crashed on
    Given the runtime name cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-011
  Scenario: Path parameters that name nothing are refused
    Given the path identifier cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows

  @RM-EXPLORE-012
  Scenario: The resource spelled otherwise is never served without a valid token
    A trailing slash, a percent-encoded hyphen and the version in upper case, each without a
    token and with a wrong one: a redirect or any client error, never a success (a route that skips
    authentication on another spelling). What else such a path names is not this API's, so bodies are not judged.

    Given the spelling cases generated from the request schema
    When every case is sent
    Then every case is answered as the contract allows
