package org.ddmconformance.http;

/**
 * One call to the resource under test. {@code token} null means "send no X-Auth-Token"; {@code body} is sent
 * as it is (it may be deliberately broken JSON); {@code body} null sends no body. {@code form} says how the
 * headers are written on the wire (the Content-Type exactly, the case of header names).
 */
public record RestoreCall(String method, String projectId, String instanceId, String token, String body,
                          RequestForm form) {

    public RestoreCall {
        form = form == null ? RequestForm.PLAIN : form;
    }

    /** A call in the plain form: {@code Content-Type: application/json}, header names as the document writes them. */
    public RestoreCall(String method, String projectId, String instanceId, String token, String body) {
        this(method, projectId, instanceId, token, body, RequestForm.PLAIN);
    }

    public RestoreCall withMethod(String newMethod) {
        return new RestoreCall(newMethod, projectId, instanceId, token, body, form);
    }

    public RestoreCall withProjectId(String newProjectId) {
        return new RestoreCall(method, newProjectId, instanceId, token, body, form);
    }

    public RestoreCall withInstanceId(String newInstanceId) {
        return new RestoreCall(method, projectId, newInstanceId, token, body, form);
    }

    public RestoreCall withToken(String newToken) {
        return new RestoreCall(method, projectId, instanceId, newToken, body, form);
    }

    public RestoreCall withBody(String newBody) {
        return new RestoreCall(method, projectId, instanceId, token, newBody, form);
    }

    public RestoreCall withForm(RequestForm newForm) {
        return new RestoreCall(method, projectId, instanceId, token, body, newForm);
    }

    @Override
    public String toString() {
        return "RestoreCall[" + method + " project=" + projectId + " instance=" + instanceId
                + (token == null ? " no token" : " token=****") + "]";
    }
}
