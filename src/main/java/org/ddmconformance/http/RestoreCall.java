package org.ddmconformance.http;

/**
 * One call to the resource under test. {@code token} null means "send no X-Auth-Token"; {@code body} is sent
 * as it is (it may be deliberately broken JSON); {@code body} null sends no body, unless {@code largeBody} (a body
 * of many megabytes, made only when sent) is given instead. {@code form} says how the headers are written on the
 * wire (the Content-Type exactly, the case of header names).
 */
public record RestoreCall(String method, String projectId, String instanceId, String token, String body,
                          RequestForm form, LargeBody largeBody) {

    public RestoreCall {
        form = form == null ? RequestForm.PLAIN : form;
        if (body != null && largeBody != null) {
            throw new IllegalArgumentException("a call has a body or a large body, not both");
        }
    }

    public RestoreCall(String method, String projectId, String instanceId, String token, String body,
                       RequestForm form) {
        this(method, projectId, instanceId, token, body, form, null);
    }

    /** A call in the plain form: {@code Content-Type: application/json}, header names as the document writes them. */
    public RestoreCall(String method, String projectId, String instanceId, String token, String body) {
        this(method, projectId, instanceId, token, body, RequestForm.PLAIN);
    }

    public RestoreCall withMethod(String newMethod) {
        return new RestoreCall(newMethod, projectId, instanceId, token, body, form, largeBody);
    }

    public RestoreCall withProjectId(String newProjectId) {
        return new RestoreCall(method, newProjectId, instanceId, token, body, form, largeBody);
    }

    public RestoreCall withInstanceId(String newInstanceId) {
        return new RestoreCall(method, projectId, newInstanceId, token, body, form, largeBody);
    }

    public RestoreCall withToken(String newToken) {
        return new RestoreCall(method, projectId, instanceId, newToken, body, form, largeBody);
    }

    public RestoreCall withBody(String newBody) {
        return new RestoreCall(method, projectId, instanceId, token, newBody, form, null);
    }

    public RestoreCall withLargeBody(LargeBody newBody) {
        return new RestoreCall(method, projectId, instanceId, token, null, form, newBody);
    }

    public boolean hasBody() {
        return body != null || largeBody != null;
    }

    public RestoreCall withForm(RequestForm newForm) {
        return new RestoreCall(method, projectId, instanceId, token, body, newForm, largeBody);
    }

    @Override
    public String toString() {
        return "RestoreCall[" + method + " project=" + projectId + " instance=" + instanceId
                + (token == null ? " no token" : " token=****") + "]";
    }
}
