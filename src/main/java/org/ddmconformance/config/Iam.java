package org.ddmconformance.config;

/** IAM password-method credentials the suite obtains its token with, when no DDM_AUTH_TOKEN is given. */
public record Iam(String url, String domain, String username, String password) {

    @Override
    public String toString() {
        return "Iam[url=" + url + ", domain=" + domain + ", username=" + username + ", password=****]";
    }
}
