package org.ddmconformance.restore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmconformance.http.ExchangeRecorder;
import tools.jackson.databind.JsonNode;

/**
 * Whether a refused valid restore says anything about the contract. A metadata restore needs a new target
 * instance (related APIs, "Querying Instances Available for Restoration": a target must be new, without schemas;
 * {@code available}, {@code unavailable_reason}), so a real DDM refuses a second restore to a target that an
 * earlier restore of the same run has used. Such a refusal is inconclusive, not a failure, when the endpoint is
 * consistent about it: restorable-instances no longer lists that target as available. A target it still lists
 * as available must take the restore.
 */
public final class TargetAvailability {

    private TargetAvailability() {
    }

    /**
     * @param refusedBody   the body of the valid restore that was refused
     * @param earlierBodies the bodies of the restores of this run accepted before it
     * @return why the refusal is inconclusive, or empty when it stands (the target is new to this run, is still
     *         listed available, or restorable-instances cannot be read)
     */
    public static Optional<String> whyInconclusive(String refusedBody, List<String> earlierBodies, RelatedApis apis,
                                                   ExchangeRecorder recorder) {
        String target = targetOf(refusedBody);
        if (target == null || earlierBodies.stream().map(TargetAvailability::targetOf).noneMatch(target::equals)) {
            return Optional.empty();
        }
        List<JsonNode> listed;
        try {
            listed = apis.list("restorable-instances", RelatedApis.TARGETS, Map.of(), "instances", recorder,
                    note -> { });
        } catch (RelatedApiException | AssertionError cannotTell) { // AssertionError: the transport's sentence
            return Optional.empty();
        }
        Optional<JsonNode> entry = listed.stream()
                .filter(t -> target.equals(RelatedApis.text(t.path("instance_id")))).findFirst();
        if (entry.isPresent() && RelatedApis.flag(entry.get().path("available"))) {
            return Optional.empty();
        }
        String state = entry.map(e -> "lists it as not available" + reason(e)).orElse("no longer lists it");
        return Optional.of("inconclusive: an earlier restore of this run went to the target " + target
                + ", and restorable-instances now " + state + "; a metadata restore needs a target no restore has"
                + " used, so this refusal says nothing about the contract (a target of its own for each restore"
                + " would verify it)");
    }

    private static String reason(JsonNode entry) {
        String reason = RelatedApis.text(entry.path("unavailable_reason"));
        return reason == null || reason.isBlank() ? "" : " (\"" + reason + "\")";
    }

    /** target.instance_id of a restore body, trimmed; null when the body does not name one. */
    static String targetOf(String body) {
        if (body == null) {
            return null;
        }
        try {
            String id = RelatedApis.text(RelatedApis.JSON.readTree(body).path("target").path("instance_id"));
            return id == null || id.isBlank() ? null : id.trim();
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
