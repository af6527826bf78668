Feature: Request forms that real clients send
  A request gets the same answer in every form HTTP lets a client write it. Huawei's SDKs declare
  application/json;charset=UTF-8 (Java) or application/json;charset=utf-8 (Python); HTTP/2 clients send every
  header name in lower case (RFC 9110 section 5.1); streaming clients send the body in chunks (RFC 9112 section 7.1).
  Each form is proven by a refusal, so no restore is spent on it: the request names a target instance that does
  not exist, and it must be refused in the form as in the plain form (same status, same error code). An endpoint
  that does not read the form answers otherwise. Where the endpoint answers the plain request like the request a
  server that misread the form would see, the answer cannot tell, and the scenario is skipped with that reason.

  @RM-HTTP-004
  Scenario Outline: A request declaring JSON with a charset or in other letter case is read alike (<form>)
    Given a restore request refused for one reason: the target instance does not exist
    And the request is written in another form: <form>
    When the restore request is sent
    Then it is answered like the same request in the plain form

    Examples:
      | form                                           |
      | Content-Type application/json;charset=utf-8    |
      | Content-Type application/json;charset=UTF-8    |
      | Content-Type Application/JSON; charset="utf-8" |

  @RM-HTTP-005
  Scenario: A request with header names in lower case is read alike
    Given a restore request refused for one reason: the target instance does not exist
    And the request is written in another form: header names in lower case
    When the restore request is sent
    Then it is answered like the same request in the plain form

  @RM-HTTP-006
  Scenario: A body without Content-Type
    The document requires Content-Type; whether an endpoint still reads the body is recorded.

    Given a restore request refused for one reason: the target instance does not exist
    And the request is written in another form: no Content-Type
    When the restore request is sent
    Then how it is answered, compared with the plain form, is recorded

  @RM-HTTP-007
  Scenario: A body sent in chunks is read like one sent with its length
    A server may refuse a body without a length with 411 Length Required (RFC 9112 section 6.3); any other answer
    that differs from the plain form's means the body was not read.

    Given a restore request refused for one reason: the target instance does not exist
    And the request is written in another form: the body in chunks
    When the restore request is sent
    Then it is answered like the same request in the plain form

  @RM-HTTP-008
  Scenario: Whitespace around the token is not part of it
    Given a restore request refused for one reason: the target instance does not exist
    And the request is written in another form: whitespace around the token
    When the restore request is sent
    Then it is answered like the same request in the plain form

  @RM-HTTP-009
  Scenario Outline: A percent-encoded unreserved character in the path names the same resource (<segment>)
    Given a restore request refused for one reason: the target instance does not exist
    And the request is written in another form: a percent-encoded character in the <segment> segment
    When the restore request is sent
    Then it is answered like the same request in the plain form

    Examples:
      | segment  |
      | project  |
      | instance |

  @RM-HTTP-010
  Scenario: The same fields form-encoded are not read as the JSON request
    Default body parsers of web frameworks also read application/x-www-form-urlencoded (with bracket names, as
    qs does); the document's body is JSON and 415 is its answer to another media type.

    Given a restore request refused for one reason: the target instance does not exist
    And the request is written in another form: the fields form-encoded
    When the restore request is sent
    Then it is refused with 400 or 415, not read like the same request in the plain form
