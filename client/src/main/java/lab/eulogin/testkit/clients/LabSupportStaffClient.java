package lab.eulogin.testkit.clients;

import java.util.Map;

/** The IdP's {@code /__lab/support-staff}: support console accounts, made as configuration makes them. */
public final class LabSupportStaffClient {
    private final LabHttp http;

    public LabSupportStaffClient(String idpUrl) {
        this.http = new LabHttp(idpUrl);
    }

    /** @param role VIEWER or AGENT */
    public void create(String login, String name, String role, String password) {
        http.post("/__lab/support-staff", Map.of("login", login, "name", name, "role", role, "password", password), 201);
    }
}
