package org.ddmconformance.equivalence;

import java.util.Set;

/**
 * Whether an endpoint read a request written in an equivalent form as the plain form, proven by a refusal: the
 * request carries one semantic error (a target instance that does not exist), so the plain form is refused, and
 * the same request in the other form must be refused alike (same status, same error code). An endpoint that does
 * not understand the form answers otherwise (415, a parse error, 401, ...), unless the form's own rule allows
 * another answer (411 to a chunked body). The comparison tells only where the plain answer differs from the
 * answer to what a server that misread the form would see; otherwise it is undecided.
 */
public final class Equivalence {

    /** SAME: read as the plain form. ALLOWED: another answer the form's own rule allows. DIFFERENT: not read alike. */
    public enum Outcome { SAME, ALLOWED, DIFFERENT, UNDECIDED }

    public record Judgement(Outcome outcome, String reason) {
    }

    private Equivalence() {
    }

    /**
     * @param form        the form, as the report names it
     * @param plain       the answer to the request in the plain form
     * @param inForm      the answer to the same request in the form
     * @param misread     the answer to what a server that misread the form would see (in the plain form)
     * @param misreading  what that is, e.g. "a body that is not JSON"
     * @param alsoAllowed statuses the form's own rule allows besides the plain form's answer
     */
    public static Judgement judge(String form, Refusal plain, Refusal inForm, Refusal misread, String misreading,
                                  Set<Integer> alsoAllowed) {
        if (!plain.isClientError()) {
            return new Judgement(Outcome.UNDECIDED, "undecided: the plain form of the request was answered "
                    + plain.describe() + ", not refused, so there is no refusal to compare " + form + " with (the "
                    + "requirements of the plain request judge that answer)");
        }
        if (!inForm.sameAs(plain) && alsoAllowed.contains(inForm.status())) {
            return new Judgement(Outcome.ALLOWED, "answered " + inForm.describe() + ", which the rule of " + form
                    + " allows (the plain form: " + plain.describe() + ")");
        }
        if (!inForm.sameAs(plain)) {
            return new Judgement(Outcome.DIFFERENT, "with " + form + " the request was answered " + inForm.describe()
                    + ", in the plain form " + plain.describe() + ": an equivalent form of the same request must "
                    + "get the same status and error code");
        }
        if (plain.sameAs(misread)) {
            return new Judgement(Outcome.UNDECIDED, "undecided: the endpoint answers the plain request ("
                    + plain.describe() + ") like " + misreading + " (" + misread.describe() + "), so the same "
                    + "answer with " + form + " cannot tell whether the endpoint read the form");
        }
        return new Judgement(Outcome.SAME, "answered " + inForm.describe() + " like the plain form, unlike "
                + misreading + " (" + misread.describe() + ")");
    }
}
