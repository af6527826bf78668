package org.ddmconformance.http;

/**
 * One call to the resource under test. {@code token} null means "send no X-Auth-Token"; {@code body} is sent
 * as it is (it may be deliberately broken JSON); {@code body} null sends no body.
 */
public record RestoreCall(String method, String projectId, String instanceId, String token, String body) {

    public RestoreCall withMethod(String newMethod) {
        return new RestoreCall(newMethod, projectId, instanceId, token, body);
    }

    public RestoreCall withProjectId(String newProjectId) {
        return new RestoreCall(method, newProjectId, instanceId, token, body);
    }

    public RestoreCall withInstanceId(String newInstanceId) {
        return new RestoreCall(method, projectId, newInstanceId, token, body);
    }

    public RestoreCall withToken(String newToken) {
        return new RestoreCall(method, projectId, instanceId, newToken, body);
    }

    public RestoreCall withBody(String newBody) {
        return new RestoreCall(method, projectId, instanceId, token, newBody);
    }

    @Override
    public String toString() {
        return "RestoreCall[" + method + " project=" + projectId + " instance=" + instanceId
                + (token == null ? " no token" : " token=****") + "]";
    }
}
