package org.ddmconformance.explore;

import org.ddmconformance.http.RestoreCall;

/**
 * Where a generated case goes and with what credential, when that is what it changes: another project or instance
 * segment, the resource spelled otherwise on the wire, no token or a wrong one. Null fields keep the template's.
 *
 * @param rawPath the path sent exactly as given (another spelling of the resource)
 */
public record Addressing(String projectId, String instanceId, String rawPath, Credential credential) {

    /** The token the case carries. */
    public enum Credential { CONFIGURED, NONE, WRONG }

    static Addressing project(String projectId) {
        return new Addressing(projectId, null, null, Credential.CONFIGURED);
    }

    static Addressing instance(String instanceId) {
        return new Addressing(null, instanceId, null, Credential.CONFIGURED);
    }

    static Addressing spelled(String rawPath, Credential credential) {
        return new Addressing(null, null, rawPath, credential);
    }

    RestoreCall applyTo(RestoreCall call) {
        RestoreCall changed = call;
        if (projectId != null) {
            changed = changed.withProjectId(projectId);
        }
        if (instanceId != null) {
            changed = changed.withInstanceId(instanceId);
        }
        if (rawPath != null) {
            changed = changed.withForm(changed.form().withRawPath(rawPath));
        }
        return switch (credential) {
            case CONFIGURED -> changed;
            case NONE -> changed.withToken(null);
            case WRONG -> changed.withToken("ddm-conformance-wrong-token-0f3c9a");
        };
    }
}
